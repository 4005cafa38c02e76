import { expect, oneEvent } from '@open-wc/testing';
import '../../src/components/quote-card/define.js';
import type { EncartQuoteCard } from '../../src/components/quote-card/quote-card.js';
import type { Article } from '../../src/data/types.js';
import { loadDemoArticle } from '../helpers/fixtures.js';
import { captureWarnings, describeWidget, renderWidget, shadowText } from './describe-widget.js';

describeWidget('encart-quote-card', { expectText: (a) => a.quotes[0].text });

describe('<encart-quote-card>', () => {
  let demo: Article;
  beforeEach(async () => {
    demo = await loadDemoArticle();
  });

  const card = (props: Partial<EncartQuoteCard>) => renderWidget<EncartQuoteCard>('encart-quote-card', demo, props);

  it('shows the chosen quote in a blockquote, the speaker in a cite, the date in a time', async () => {
    const el = await card({ quote: 'q-blinken-une-lecon' });
    const root = el.shadowRoot!;
    expect(root.querySelector('blockquote')!.textContent).to.include('Une leçon de l\'histoire récente');
    expect(root.querySelector('cite')!.textContent!.trim()).to.equal('Antony Blinken');
    expect(root.querySelector('[part="role"]')!.textContent).to.equal("secrétaire d'État américain");
    const time = root.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2022-01-07');
    expect(time.textContent).to.equal('ven. 7 janv. 2022');
  });

  it('uses French marks with narrow no-break spaces for a French article', async () => {
    const el = await card({ quote: 'q-tokayev-dormi-pendant' });
    expect(el.shadowRoot!.querySelector('blockquote')!.textContent!.trim()).to.equal('«\u202fdormi pendant\u202f»');
  });

  it('uses English marks and dates when told lang="en"', async () => {
    const el = await card({ quote: 'q-blinken-une-lecon', lang: 'en' });
    expect(el.shadowRoot!.querySelector('blockquote')!.textContent!.trim()).to.match(/^“Une leçon.*partir”$/);
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('Fri, Jan 7, 2022');
  });

  it('names an unnamed speaker as such rather than guessing', async () => {
    const el = await card({ quote: 'q-terroristes' });
    expect(el.shadowRoot!.querySelector('cite')!.textContent).to.equal('Source non nommée');
  });

  it('shows a not-found state and warns when the quote id is absent', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await card({ quote: 'q9' });
      expect(shadowText(el)).to.include('« q9 » est introuvable');
      await expect(el).to.be.accessible();
    });
    expect(warnings.join()).to.include('quote="q9"');
  });

  it('shows an empty state when the article has no quote', async () => {
    demo.quotes = [];
    const el = await card({ lang: 'en' });
    expect(shadowText(el)).to.include('No quotes in this article.');
  });

  it('fires encart-select with the speaker when the name is activated', async () => {
    const el = await card({ quote: 'q-patov-il-y-a' });
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('cite button')!;
    setTimeout(() => button.click());
    const event = await oneEvent(document, 'encart-select');
    expect(event.detail).to.include({ kind: 'actor', id: 'zhumadin-patov' });
    expect(event.composed && event.bubbles).to.be.true;
  });

  it('treats text from data as text, never as HTML', async () => {
    demo.quotes[0].text = '<img src=x onerror="window.__pwned=1">';
    const el = await card({});
    expect(el.shadowRoot!.querySelector('img')).to.be.null;
    expect((window as any).__pwned).to.be.undefined;
  });
});
