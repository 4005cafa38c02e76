import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { ACTOR_BADGE_WORDS } from '../../src/components/actor-badge/actor-badge.js';
import { FIGURES_PANEL_WORDS } from '../../src/components/figures-panel/figures-panel.js';
import { MINI_TIMELINE_WORDS } from '../../src/components/mini-timeline/mini-timeline.js';
import { QUOTE_CARD_WORDS } from '../../src/components/quote-card/quote-card.js';
import type { Article } from '../../src/data/types.js';
import { ar } from '../../src/locales/ar.js';
import { de } from '../../src/locales/de.js';
import { es } from '../../src/locales/es.js';
import { it as italian } from '../../src/locales/it.js';
import { nl } from '../../src/locales/nl.js';
import { pt } from '../../src/locales/pt.js';
import { STATE_WORDS } from '../../src/shared/messages.js';
import { registerTranslation, type EncartTranslation } from '../../src/shared/translations.js';
import { arabicArticle } from '../../stories/data/arabic-article.js';
import { englishArticle } from '../../stories/data/english-article.js';
import { germanArticle } from '../../stories/data/german-article.js';
import { captureWarnings, renderWidget, shadowText } from './describe-widget.js';

const SHIPPED = { de, es, it: italian, pt, nl, ar };
// The keys a language must give: every word the widgets show in English, the decade, and the typography.
const ENGLISH = { ...STATE_WORDS.en, ...QUOTE_CARD_WORDS.en, ...FIGURES_PANEL_WORDS.en, ...MINI_TIMELINE_WORDS.en, ...ACTOR_BADGE_WORDS.en };
const KEYS = [...Object.keys(ENGLISH), 'decade', '$code', '$quotes'].sort();

describe('languages: the words each module gives', () => {
  for (const [code, words] of Object.entries(SHIPPED)) {
    it(`${code} has every key the widgets show, each a phrase of its own`, () => {
      expect(Object.keys(words).sort()).to.deep.equal(KEYS);
      expect(words.$code).to.equal(code);
      for (const [key, value] of Object.entries(words)) {
        if (key.startsWith('$')) continue;
        const text = typeof value == 'function' ? (value as (x: never) => string)((key == 'decade' ? 1990 : key == 'showAll' || key == 'mentions' ? 7 : 'X') as never) : value;
        expect(text, `${code}.${key}`).to.be.a('string').and.not.match(/undefined|NaN|\[object/);
        expect(text.trim(), `${code}.${key}`).to.not.equal('');
        if (typeof value != 'function') expect(text, `${code}.${key} is translated`).to.not.equal(ENGLISH[key as keyof typeof ENGLISH]);
      }
    });
  }

  it('plural forms follow each language: one and many differ, written as the language writes numbers', () => {
    for (const [code, words] of Object.entries(SHIPPED)) {
      expect(words.mentions(1), code).to.not.equal(words.mentions(7).replace(/7|٧/, '1'));
      expect(words.showAll(5), code).to.not.equal(words.showAll(1));
    }
    expect(de.mentions(1)).to.equal('1 Erwähnung');
    expect(de.mentions(3)).to.equal('3 Erwähnungen');
    expect(pt.showAll(12)).to.equal('Ver os 12 acontecimentos');
    // Arabic's six categories: zero, one, two, few (3–10), many (11–99), other (100 and up).
    const arabic = [0, 1, 2, 3, 11, 100].map((n) => ar.mentions(n));
    expect(new Set(arabic).size, arabic.join(' | ')).to.equal(6);
    expect(ar.mentions(2)).to.equal('إشارتان');
    expect(ar.mentions(3)).to.match(/إشارات$/);
    expect(ar.mentions(11)).to.match(/إشارة$/);
  });

  it('decades as each language writes them', () => {
    expect([de, es, italian, nl].map((w) => w.decade(1990))).to.deep.equal(['1990er-Jahre', 'década de 1990', 'anni ’90', 'jaren 90']);
    expect(italian.decade(2000)).to.equal('anni 2000');
  });
});

describe('languages: widgets in a registered language', () => {
  it('the figures panel speaks German: heading, qualifiers, numbers', async () => {
    const el = await renderWidget('encart-figures-panel', germanArticle, { limit: 3 });
    const text = shadowText(el);
    expect(text).to.include('In Zahlen').and.include('etwa').and.include('mehr als').and.include('18.000').and.include('Millionen');
    expect(text).to.not.include('By the numbers');
  });

  it('the quote card sets each language’s quotation marks', async () => {
    const marks = async (lang: string) => {
      const el = await renderWidget('encart-quote-card', englishArticle, { lang });
      return el.shadowRoot!.querySelector('[part="quote"]')!.textContent!.trim();
    };
    expect(await marks('de')).to.match(/^„the biggest.*“$/s);
    expect(await marks('pt')).to.match(/^«the biggest.*»$/s);
    expect(await marks('nl')).to.match(/^“the biggest.*”$/s);
    expect(await marks('ar')).to.match(/^«the biggest.*»$/s);
  });

  it('the timeline’s button counts in the language’s plural, the decade in its words', async () => {
    const el = await renderWidget('encart-mini-timeline', germanArticle, { limit: 2 });
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    expect(toggle.textContent!.trim()).to.equal('Alle 6 Ereignisse anzeigen');
    toggle.click();
    await el.updateComplete;
    expect(shadowText(el)).to.include('Chronik').and.include('1990er-Jahre').and.include('Weniger anzeigen');
  });

  it('a language registered later re-renders the widgets already shown, after one note naming the missing module', async () => {
    let first!: HTMLElement & { updateComplete: Promise<boolean> };
    const notes = await captureWarnings(async () => {
      first = await renderWidget('encart-mini-timeline', englishArticle, { lang: 'sv' });
      await renderWidget('encart-quote-card', englishArticle, { lang: 'sv' });
    }, 'info');
    expect(notes).to.have.length(1);
    expect(notes[0]).to.include('"sv"').and.include('encart/locales/sv.js');
    expect(shadowText(first), 'English words until Swedish comes').to.include('Timeline');
    const swedish: EncartTranslation = { ...de, $code: 'sv', $quotes: ['”', '”'], timelineHeading: 'Tidslinje', published: 'Artikeln publicerad' };
    registerTranslation(swedish);
    await first.updateComplete;
    expect(shadowText(first)).to.include('Tidslinje').and.include('Artikeln publicerad');
  });
});

describe('languages: right to left', () => {
  const rendered = (tag: string, article: Article) => renderWidget(tag, article, {});

  it('the quote card’s rule and the timeline’s dates move to the right in Arabic', async () => {
    const english = await rendered('encart-quote-card', englishArticle);
    const arabic = await rendered('encart-quote-card', arabicArticle);
    const rule = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part="quote"]')!.parentElement!);
    expect(arabic.shadowRoot!.querySelector('[part="content"]')!.getAttribute('dir')).to.equal('rtl');
    const [ltr, rtl] = [rule(english), rule(arabic)];
    expect([ltr.borderLeftWidth, ltr.borderRightWidth]).to.deep.equal(['3px', '0px']);
    expect([rtl.borderLeftWidth, rtl.borderRightWidth]).to.deep.equal(['0px', '3px']);

    const timeline = await rendered('encart-mini-timeline', arabicArticle);
    // Each date sits on the right half of the list, where it sits on the left in English.
    const dateSide = (el: Element) => {
      const list = el.shadowRoot!.querySelector('[part="events"]')!.getBoundingClientRect();
      const date = el.shadowRoot!.querySelector('[part="date"]')!.getBoundingClientRect();
      return date.left + date.width / 2 > list.left + list.width / 2 ? 'right' : 'left';
    };
    expect(dateSide(timeline)).to.equal('right');
    expect(dateSide(await rendered('encart-mini-timeline', englishArticle))).to.equal('left');
  });

  it('an Arabic widget has no axe violations and says nothing in English', async () => {
    const warnings = await captureWarnings(async () => {
      for (const tag of ['encart-quote-card', 'encart-figures-panel', 'encart-mini-timeline']) {
        const el = await rendered(tag, arabicArticle);
        expect(shadowText(el), tag).to.not.match(/\b(Timeline|By the numbers|Show all|about|more than|Unnamed)\b/);
        await expect(el).to.be.accessible();
      }
    });
    expect(warnings).to.deep.equal([]);
  });
});
