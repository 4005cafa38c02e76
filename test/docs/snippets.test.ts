// The snippets on the documentation pages, run as a reader of the docs would paste them: through the
// package's public entry points (`encart`, `encart/data`, dist/encart.iife.js), never src/.
import { expect, waitUntil } from '@open-wc/testing';
import 'encart/components/encart-figures-panel.js';
import { mountWidgets } from '../../examples/snippets/bundler.js';
import { checkArticleJson } from '../../examples/snippets/validate.js';
import { fetchText } from '../helpers/fixtures.js';

const DEMO = '/examples/kazakhstan-massimov/article.json';
const shadowText = (el: Element | null | undefined) => el?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('docs snippets', () => {
  it('script tag: the page shows a quote from a src URL and a figure from an inline script', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/examples/snippets/script-tag.html';
    frame.style.cssText = 'width: 800px; height: 600px';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('encart-quote-card')?.shadowRoot?.querySelector('blockquote'), 'quote card rendered', { timeout: 5000 });
      const doc = frame.contentDocument!;
      expect(shadowText(doc.querySelector('encart-quote-card'))).to.include("Une leçon de l'histoire récente");
      await waitUntil(() => shadowText(doc.querySelector('encart-figures-panel')).includes('4 400'), 'figures panel rendered');
    } finally {
      frame.remove();
    }
  });

  it('bundler: widgets mounted by property, and a timeline pick changes the quote', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    try {
      await mountWidgets(container, DEMO);
      const card = container.querySelector('encart-quote-card')!;
      const timeline = container.querySelector('encart-mini-timeline')!;
      await card.updateComplete;
      await timeline.updateComplete;
      expect(shadowText(card)).to.include('Une leçon'); // the last quote, Blinken's
      const tokayevEvent = [...timeline.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~=label]')].find((b) =>
        b.textContent!.includes('Tokayev'),
      )!;
      tokayevEvent.click();
      await card.updateComplete;
      expect(shadowText(card)).to.include('Kassym-Jomart Tokayev');
    } finally {
      container.remove();
    }
  });

  it('theming: custom properties and ::part rules reach inside the widgets', async () => {
    const style = document.createElement('style');
    style.textContent = await fetchText('/examples/snippets/theming.css');
    const page = document.createElement('div');
    page.innerHTML = `<div class="article-body"><encart-quote-card src="${DEMO}"></encart-quote-card>
      <encart-figures-panel src="${DEMO}"></encart-figures-panel></div>
      <aside class="sidebar"><encart-quote-card src="${DEMO}"></encart-quote-card></aside>`;
    document.head.append(style);
    document.body.append(page);
    try {
      const [bodyCard, panel, sideCard] = page.querySelectorAll('encart-quote-card, encart-figures-panel');
      const part = (el: Element, name: string) => el.shadowRoot?.querySelector(`[part~=${name}]`);
      await waitUntil(() => part(bodyCard, 'mark') && part(panel, 'value') && part(sideCard, 'mark'), 'widgets rendered');
      expect(getComputedStyle(part(bodyCard, 'mark')!).color).to.equal('rgb(0, 80, 122)');
      expect(getComputedStyle(part(bodyCard, 'quote')!).fontFamily).to.include('Georgia');
      expect(getComputedStyle(part(panel, 'value')!).fontWeight).to.equal('800');
      expect(getComputedStyle(part(sideCard, 'mark')!).display).to.equal('none');
    } finally {
      page.remove();
      style.remove();
    }
  });

  it('data contract: the check passes the demo article and names the path at fault', async () => {
    const json = await fetchText(DEMO);
    expect(checkArticleJson(json)).to.deep.equal([]);
    const broken = JSON.parse(json);
    broken.figures[1].value = 'beaucoup';
    const errors = checkArticleJson(JSON.stringify(broken));
    expect(errors).to.have.length.greaterThan(0);
    expect(errors[0]).to.match(/^figures\[1\]\.value/);
  });
});
