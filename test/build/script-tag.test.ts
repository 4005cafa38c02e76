import { expect, waitUntil } from '@open-wc/testing';

// The script-tag bundle, as a news page loads it: built by `npm test` before the browser starts.
const TAGS = ['encart-quote-card', 'encart-figures-panel', 'encart-actor-badge', 'encart-mini-timeline'];

function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('dist/encart.iife.js', () => {
  it('registers all four elements, and a second copy on the page throws nothing', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    await addScript('/dist/encart.iife.js');
    await addScript('/dist/encart.iife.js?second-copy');
    window.removeEventListener('error', onError);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.exist;
    expect(errors).to.deep.equal([]);
  });

  it('upgrades markup already on the page and shows the article', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<encart-figures-panel id="from-iife" src="/examples/kazakhstan-massimov/article.json" figures="f-4400-personnes"></encart-figures-panel>`,
    );
    const panel = document.querySelector('#from-iife')!;
    await waitUntil(() => panel.shadowRoot?.querySelector('[part="value"]'), 'never rendered', { timeout: 5000 });
    expect(panel.shadowRoot!.querySelector('[part="value"]')!.textContent!.trim()).to.equal('4\u202f400');
    panel.remove();
  });
});
