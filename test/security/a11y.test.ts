import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { EncartActorBadge } from '../../src/components/actor-badge/actor-badge.js';
import type { EncartMiniTimeline } from '../../src/components/mini-timeline/mini-timeline.js';
import type { Article } from '../../src/data/types.js';
import type { EncartElement } from '../../src/shared/encart-element.js';
import { allSettled, muteWarnings, TAGS } from './shadow-audit.js';

/**
 * axe on every widget in every state, light and dark, French and English; a keyboard walk through
 * every interactive part; and no motion when the reader asked for none.
 */
function article(): Article {
  return {
    schema: 'encart/article@1',
    id: 'a11y',
    lang: 'fr',
    published: '2022-01-08',
    actors: [{ id: 'ada', name: 'Ada Lovelace', kind: 'person', role: 'analyste', aliases: [], mentions: [[0, 0]], url: 'https://127.0.0.1:1/ada' }],
    quotes: [{ id: 'q1', text: 'La machine analytique tisse des motifs algébriques.', speaker: 'ada', span: [0, 0], date: '2022-01-07' }],
    figures: [
      { id: 'f1', value: 4400, display: 'plus de 4 400', approx: 'more-than', label: 'personnes arrêtées', span: [0, 0] },
      { id: 'f2', value: 10, display: 'des dizaines', approx: 'order-of-magnitude', label: 'blessés', span: [0, 0] },
      { id: 'f3', value: 15.2, display: '15,2 %', approx: 'exact', unit: '%', label: 'de hausse', span: [0, 0] },
    ],
    events: Array.from({ length: 8 }, (_, i) => ({
      id: `e${i}`,
      date: `2022-01-0${i + 1}`,
      precision: 'day' as const,
      label: `Événement ${i + 1}`,
      actors: i % 2 ? ['ada'] : [],
      span: [0, 0] as [number, number],
    })),
  };
}
const EMPTY: Article = { ...article(), actors: [], quotes: [], figures: [], events: [] };
const NOT_FOUND_ATTRS: Record<string, [string, string]> = {
  'encart-quote-card': ['quote', 'nope'],
  'encart-figures-panel': ['figures', 'nope'],
  'encart-actor-badge': ['actor', 'nope'],
  'encart-mini-timeline': ['from', '2100'],
};

const realFetch = window.fetch;
const NEVER = 'https://encart-a11y.test/never.json';
const FAILS = 'https://encart-a11y.test/fails.json';

type State = 'loading' | 'loading with fallback' | 'ready' | 'expanded' | 'empty' | 'not found' | 'network error' | 'invalid data';
const STATES: State[] = ['loading', 'loading with fallback', 'ready', 'expanded', 'empty', 'not found', 'network error', 'invalid data'];

/** The four widgets in one state, theme and language, inside a page-like container. */
async function renderState(state: State, theme: string, lang: string): Promise<HTMLElement> {
  const container = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const widgets = TAGS.map((tag) => {
    const el = document.createElement(tag) as EncartElement;
    el.setAttribute('theme', theme);
    el.setAttribute('lang', lang);
    if (state === 'loading' || state === 'loading with fallback') el.setAttribute('src', `${NEVER}?${Math.random()}`);
    else if (state === 'network error') el.setAttribute('src', `${FAILS}?${Math.random()}`);
    else if (state === 'invalid data') el.article = { ...article(), lang: 42 } as unknown as Article;
    else el.article = state === 'empty' ? EMPTY : article();
    if (state === 'not found') el.setAttribute(...NOT_FOUND_ATTRS[tag]);
    if (state === 'expanded') el.setAttribute('expanded', '');
    if (state === 'loading with fallback') el.innerHTML = '<p>Ada Lovelace, analyste : « La machine analytique… »</p>';
    container.append(el);
    return el;
  });
  if (state.startsWith('loading')) await Promise.all(widgets.map((w) => w.updateComplete));
  else await allSettled(widgets);
  return container;
}

let axeRuns = 0;
describe('accessibility: axe on every widget, every state, light and dark, fr and en', function () {
  this.timeout(30000);
  let warnings: ReturnType<typeof muteWarnings>;
  before(() => {
    warnings = muteWarnings();
    window.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.startsWith(FAILS)) return Promise.resolve(new Response('down', { status: 503 }));
      if (url.startsWith(NEVER)) return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
      return realFetch(input, init);
    };
  });
  after(() => {
    window.fetch = realFetch;
    warnings.restore();
    console.log(`a11y: ${axeRuns} axe runs (${TAGS.length} widgets each: ${STATES.length} states × 2 themes × 2 languages), violations: 0`);
  });

  for (const state of STATES) {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['fr', 'en']) {
        it(`${state}, ${theme}, ${lang}`, async () => {
          const container = await renderState(state, theme, lang);
          await expect(container).to.be.accessible();
          axeRuns++;
        });
      }
    }
  }
});

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
const describeFocus = (el: Element | null) => `${el?.localName}.${el?.className || el?.getAttribute('part') || el?.id}`;

describe('keyboard: every interactive part in order, Enter/Space activate, Escape closes', () => {
  async function page() {
    const container = await fixture<HTMLElement>(html`<div lang="en">
      <button id="before">before</button>
      <encart-quote-card .article=${article()}></encart-quote-card>
      <encart-figures-panel .article=${article()}></encart-figures-panel>
      <encart-actor-badge .article=${article()} actor="ada"></encart-actor-badge>
      <encart-mini-timeline .article=${article()}></encart-mini-timeline>
      <button id="after">after</button>
    </div>`);
    const widgets = [...container.querySelectorAll<EncartElement>(TAGS.join(','))];
    await allSettled(widgets);
    return { container, widgets };
  }

  it('Tab reaches every button and link, in document order, and leaves on the other side', async () => {
    const { container, widgets } = await page();
    // What should be reachable: every button and link, widget by widget, in DOM order.
    const expected = [
      container.querySelector('#before')!,
      ...widgets.flatMap((w) => [...w.shadowRoot!.querySelectorAll('button, a[href]')]),
      container.querySelector('#after')!,
    ];
    container.querySelector<HTMLButtonElement>('#before')!.focus();
    const reached = [deepActive()];
    for (let i = 1; i < expected.length; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(deepActive());
    }
    expect(reached.map(describeFocus)).to.deep.equal(expected.map(describeFocus));
    expect(reached).to.deep.equal(expected);
    expect(expected.length, 'speaker, badge, 6 events, toggle between the two page buttons').to.equal(11);
  });

  it('Enter and Space activate: speaker and event buttons select, the badge and the timeline toggle', async () => {
    const { widgets } = await page();
    const [card, , badge, timeline] = widgets as [EncartElement, EncartElement, EncartActorBadge, EncartMiniTimeline];
    const selected: string[] = [];
    const onSelect = (e: Event) => selected.push((e as CustomEvent).detail.kind);
    document.addEventListener('encart-select', onSelect);

    card.shadowRoot!.querySelector<HTMLButtonElement>('button.speaker')!.focus();
    await sendKeys({ press: 'Enter' });
    timeline.shadowRoot!.querySelector<HTMLButtonElement>('button.label')!.focus();
    await sendKeys({ press: ' ' });
    document.removeEventListener('encart-select', onSelect);
    expect(selected).to.deep.equal(['actor', 'event']);

    const pill = badge.shadowRoot!.querySelector<HTMLButtonElement>('button[part="badge"]')!;
    pill.focus();
    await sendKeys({ press: ' ' });
    await badge.updateComplete;
    expect(badge.expanded, 'Space opens the badge').to.be.true;
    // Tab into the open panel (its link), then Escape: closed, focus back on the pill.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.localName, 'the panel link is reachable').to.equal('a');
    await sendKeys({ press: 'Escape' });
    await badge.updateComplete;
    expect(badge.expanded, 'Escape closes the badge').to.be.false;
    expect(deepActive()).to.equal(pill);
    await sendKeys({ press: 'Enter' });
    await badge.updateComplete;
    expect(badge.expanded, 'Enter opens it again').to.be.true;

    const toggle = timeline.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await timeline.updateComplete;
    expect(timeline.expanded, 'Enter shows every event').to.be.true;
    expect(timeline.shadowRoot!.querySelectorAll('li.event:not(.event--published)')).to.have.length(8);
    await expect(badge).to.be.accessible();
    await expect(timeline).to.be.accessible();
  });
});

describe('reduced motion', () => {
  async function skeleton(): Promise<Element> {
    const el = await fixture<EncartElement>(html`<encart-quote-card src=${`${NEVER}?${Math.random()}`}></encart-quote-card>`);
    await el.updateComplete;
    return el.shadowRoot!.querySelector('[part~="skeleton"]')!;
  }

  before(() => {
    window.fetch = (input, init) =>
      String(input).startsWith(NEVER)
        ? new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))
        : realFetch(input, init);
  });
  after(async () => {
    window.fetch = realFetch;
    await emulateMedia({ reducedMotion: 'no-preference' }).catch(() => undefined);
  });

  /**
   * Asks the engine for a `prefers-reduced-motion` value. WebDriver (WebKit) and WebDriver BiDi (Firefox) cannot
   * emulate it; Firefox is launched with reduced motion on instead (test/helpers/engines.mjs), so there the
   * `reduce` case still runs against the real media query, and a case the engine cannot reach is skipped.
   */
  async function prefer(context: Mocha.Context, reducedMotion: 'reduce' | 'no-preference') {
    try {
      await emulateMedia({ reducedMotion });
    } catch {
      if (!matchMedia(`(prefers-reduced-motion: ${reducedMotion})`).matches) context.skip();
    }
  }

  it('control: the loading skeleton shimmers when motion is fine', async function () {
    await prefer(this, 'no-preference');
    const el = await skeleton();
    expect(getComputedStyle(el).animationName).to.equal('shimmer');
    expect(el.getAnimations()).to.have.length(1);
  });

  it('no animation runs on the loading skeleton with prefers-reduced-motion: reduce', async function () {
    await prefer(this, 'reduce');
    const el = await skeleton();
    expect(getComputedStyle(el).animationName).to.equal('none');
    expect(el.getAnimations()).to.have.length(0);
    const root = el.getRootNode() as ShadowRoot;
    expect(root.getAnimations?.() ?? [], 'nothing else in the widget moves').to.have.length(0);
  });
});
