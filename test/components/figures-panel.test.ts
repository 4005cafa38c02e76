import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/figures-panel/define.js';
import type { EncartFiguresPanel } from '../../src/components/figures-panel/figures-panel.js';
import type { Article } from '../../src/data/types.js';
import { loadDemoArticle } from '../helpers/fixtures.js';
import { captureWarnings, describeWidget, renderWidget, settled, shadowText } from './describe-widget.js';

describeWidget('encart-figures-panel', { expectText: (a) => a.figures[0].label });

describe('<encart-figures-panel>', () => {
  let demo: Article;
  beforeEach(async () => {
    demo = await loadDemoArticle();
  });

  const panel = (props: Partial<EncartFiguresPanel>) => renderWidget<EncartFiguresPanel>('encart-figures-panel', demo, props);
  const figureTexts = (el: Element) =>
    [...el.shadowRoot!.querySelectorAll('[part="figure"]')].map((li) => li.textContent!.replace(/[ \t\n]+/g, ' ').trim());

  it('shows the chosen figures in the order asked, as a list', async () => {
    const el = await panel({ figures: 'f-2000000-habitants f-4400-personnes' });
    expect(el.shadowRoot!.querySelector('ul')).to.exist;
    const texts = figureTexts(el);
    expect(texts).to.have.length(2);
    expect(texts[0]).to.include('environ').and.include('2 millions');
    expect(texts[1]).to.include('plus de').and.include('4\u202f400').and.include('personnes arrêtées');
  });

  it('writes numbers the locale’s way: 4 400 in French, 4,400 in English', async () => {
    const fr = await panel({ figures: 'f-4400-personnes' });
    expect(fr.shadowRoot!.querySelector('[part="value"]')!.textContent!.trim()).to.equal('4\u202f400');
    const en = await panel({ figures: 'f-4400-personnes', lang: 'en' });
    expect(en.shadowRoot!.querySelector('[part="value"]')!.textContent!.trim()).to.equal('4,400');
    expect(en.shadowRoot!.querySelector('[part="qualifier"]')!.textContent).to.equal('more than');
  });

  it('shows a vague quantity in its own words, never a made-up number', async () => {
    const el = await panel({ figures: 'f-10-personnes' });
    const value = el.shadowRoot!.querySelector('[part="value"]')!.textContent!.trim();
    expect(value).to.equal('Des dizaines');
    expect(shadowText(el)).not.to.include('10');
  });

  it('shows the unit beside the number', async () => {
    const el = await panel({ figures: 'f-81-ans-age' });
    expect(el.shadowRoot!.querySelector('[part="unit"]')!.textContent).to.equal('ans');
  });

  it('writes money with its sign where the language puts it: "$450 million", « 450 millions $ »', async () => {
    const money = { id: 'm1', value: 450_000_000, display: '$450 million', approx: 'exact' as const, unit: '$', label: 'to settle the case', span: [0, 12] as [number, number] };
    const withMoney = { ...demo, figures: [...demo.figures, money] };
    const value = async (lang: string) => {
      const el = await renderWidget<EncartFiguresPanel>('encart-figures-panel', withMoney, { figures: 'm1', lang });
      expect(el.shadowRoot!.querySelector('[part="unit"]'), 'the sign is not a unit after the number').to.equal(null);
      return el.shadowRoot!.querySelector('[part="value"]')!.textContent!.trim();
    };
    expect(await value('en')).to.equal('$450 million');
    expect(await value('fr')).to.equal('450 millions\u00a0$');
  });

  it('obeys limit', async () => {
    const el = await panel({ limit: 3 });
    expect(figureTexts(el)).to.have.length(3);
  });

  it('titles the panel in the reader’s language, or as told', async () => {
    expect(shadowText(await panel({}))).to.include('En chiffres');
    expect(shadowText(await panel({ lang: 'en' }))).to.include('By the numbers');
    expect(shadowText(await panel({ heading: 'Le bilan' }))).to.include('Le bilan');
  });

  it('warns about unknown ids and shows not-found when none is known', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await panel({ figures: 'f98 f99' });
      expect(shadowText(el)).to.include('introuvable');
    });
    expect(warnings.join()).to.include('figures="f98 f99"');
  });

  it('shows an empty state for an article without figures', async () => {
    demo.figures = [];
    expect(shadowText(await panel({}))).to.include('Aucun chiffre');
  });

  it('lays figures out in columns on a desk and in one column on a phone', async () => {
    const wide = await fixture<EncartFiguresPanel>(
      html`<div style="width: 760px"><encart-figures-panel .article=${demo} limit="4"></encart-figures-panel></div>`,
    );
    const narrow = await fixture<EncartFiguresPanel>(
      html`<div style="width: 320px"><encart-figures-panel .article=${demo} limit="4"></encart-figures-panel></div>`,
    );
    const columns = async (wrap: Element) => {
      const el = wrap.firstElementChild as EncartFiguresPanel;
      await settled(el);
      const tops = [...el.shadowRoot!.querySelectorAll('[part="figure"]')].map((li) => li.getBoundingClientRect().top);
      return tops.filter((top) => top === tops[0]).length;
    };
    expect(await columns(wide)).to.be.within(2, 4);
    expect(await columns(narrow)).to.equal(1);
  });
});
