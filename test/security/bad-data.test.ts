import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import type { Article } from '../../src/data/types.js';
import { formatValidationError, parseArticle, validateArticle } from '../../src/data/validate.js';
import type { EncartElement } from '../../src/shared/encart-element.js';
import { brokenArticle, notAnArticle, validArticle } from './arbitraries.js';
import { allSettled, muteWarnings, statusOf, TAGS } from './shadow-audit.js';

/**
 * Generated articles, valid and broken, through the validator and through all four widgets: the
 * widget never throws into the page, a broken document always ends in the designed error state with
 * its JSON path in the console, a valid one always renders, and the page around keeps working.
 */
const NUM_RUNS = 150;
const counts = { valid: 0, broken: 0, notArticle: 0, extreme: 0, widgetRenders: 0 };
const uncaught: unknown[] = [];
const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);

// The host page's own bit of UI, next to the widgets: it must keep answering after every case.
let sibling: HTMLButtonElement;
let clicks = 0;

const prototypeKeys = () =>
  [Object.prototype, Array.prototype, Function.prototype].map((proto) => Object.getOwnPropertyNames(proto).sort().join());
let prototypesBefore: string[];

/** Renders `value` in all four widgets (badge and timeline expanded) and returns them, settled. */
async function renderAll(value: unknown): Promise<EncartElement[]> {
  const container = document.createElement('div');
  document.body.append(container);
  const widgets = TAGS.map((tag) => {
    const element = document.createElement(tag) as EncartElement;
    element.setAttribute('expanded', '');
    element.article = value as Article;
    container.append(element);
    return element;
  });
  try {
    await allSettled(widgets);
  } finally {
    container.remove();
  }
  counts.widgetRenders += widgets.length;
  return widgets;
}

async function expectPageStillWorks(): Promise<void> {
  const before = clicks;
  sibling.click();
  sibling.textContent = `clicked ${clicks}`;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  expect(clicks, 'the page’s own button still works').to.equal(before + 1);
  expect(sibling.textContent).to.equal(`clicked ${clicks}`);
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').to.be.undefined;
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
}

describe('bad data: generated articles through the validator and every widget', function () {
  this.timeout(60000);
  let warnings: ReturnType<typeof muteWarnings>;

  before(() => {
    prototypesBefore = prototypeKeys();
    sibling = document.createElement('button');
    sibling.addEventListener('click', () => clicks++);
    document.body.append(sibling);
    warnings = muteWarnings();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  after(() => {
    warnings.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    sibling.remove();
    const total = counts.valid + counts.broken + counts.notArticle + counts.extreme;
    console.log(
      `bad data: ${total} cases (valid ${counts.valid}, broken ${counts.broken}, not an article ${counts.notArticle}, extreme ${counts.extreme}), ` +
        `widget renders: ${counts.widgetRenders}, uncaught: ${uncaught.length}, prototypes polluted: ${prototypeKeys().join() === prototypesBefore.join() ? 0 : 1}`,
    );
  });

  it('every valid article passes the validator and renders in all four widgets', async () => {
    await fc.assert(
      fc.asyncProperty(validArticle, async (article) => {
        counts.valid++;
        const result = validateArticle(article);
        expect(result.ok, result.ok ? '' : result.errors.map(formatValidationError).join('\n')).to.be.true;
        expect(parseArticle(JSON.stringify(article)).ok, 'and its JSON text').to.be.true;
        warnings.lines.length = 0;
        for (const element of await renderAll(article)) {
          expect(statusOf(element), element.localName).to.equal('ready');
          expect(element.shadowRoot!.querySelector('[part~="content"]'), element.localName).to.exist;
        }
        expect(warnings.lines.filter((l) => l.includes('invalid article')), 'no validation warning').to.deep.equal([]);
        await expectPageStillWorks();
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('every broken article is refused with its JSON path, and shows the designed error state', async () => {
    await fc.assert(
      fc.asyncProperty(brokenArticle, async ({ doc, path, name }) => {
        counts.broken++;
        const result = validateArticle(doc);
        expect(result.ok, `${name}: validator accepted it`).to.be.false;
        if (result.ok) return;
        // A list of the wrong items is reported at the item (`events[0].actors[0]`): more precise, as good.
        const atPath = (p: string) => p === path || p.startsWith(`${path}[`);
        const paths = result.errors.map((e) => e.path);
        expect(paths.some(atPath), `${name}: errors name ${path} (got ${paths.join(', ')})`).to.be.true;
        warnings.lines.length = 0;
        for (const element of await renderAll(doc)) {
          expect(statusOf(element), `${name}, <${element.localName}>`).to.equal('error');
          const notice = element.shadowRoot!.querySelector('[part~="error"][role="status"]');
          expect(notice, `${name}, <${element.localName}>: designed error state`).to.exist;
        }
        expect(
          warnings.lines.some((l) => l.includes(`\n  ${path}: `) || l.includes(`\n  ${path}[`)),
          `${name}: a console warning names ${path}`,
        ).to.be.true;
        await expectPageStillWorks();
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('a value that is not an article at all is refused, never thrown on', async () => {
    await fc.assert(
      fc.asyncProperty(notAnArticle, async (value) => {
        counts.notArticle++;
        const result = validateArticle(value);
        expect(result.ok).to.be.false;
        if (result.ok) return;
        warnings.lines.length = 0;
        for (const element of await renderAll(value)) {
          expect(statusOf(element)).to.equal('error');
          expect(element.shadowRoot!.querySelector('[part~="error"]')).to.exist;
        }
        // "(document): expected an article object", "schema: …", "id: is required": a path each time.
        const first = formatValidationError(result.errors[0]);
        expect(warnings.lines.some((l) => l.includes(`\n  ${first}`)), warnings.lines.join('|')).to.be.true;
        await expectPageStillWorks();
      }),
      { numRuns: 60 },
    );
  });

  it('JSON text with __proto__, constructor and prototype keys pollutes nothing', async () => {
    const texts = [
      '{"__proto__": {"polluted": true}}',
      '{"schema": "encart/article@1", "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
      '{"schema": "encart/article@1", "id": "x", "lang": "en", "published": "2022-01-08", "actors": [{"__proto__": {"polluted": true}, "id": "a", "name": "A", "kind": "person", "aliases": [], "mentions": []}], "quotes": [], "figures": [], "events": [], "prototype": {"polluted": true}}',
    ];
    for (const text of texts) {
      counts.extreme++;
      parseArticle(text);
      const value = JSON.parse(text);
      await renderAll(value);
      await expectPageStillWorks();
    }
    expect(prototypeKeys()).to.deep.equal(prototypesBefore);
  });

  it('extreme but valid: 10,000 events, a 1 MB name, deep unknown fields, NaN-free huge numbers', async () => {
    const [article] = fc.sample(validArticle, { numRuns: 1, seed: 42 });
    const actor = { id: 'big', name: 'N'.repeat(1_000_000), kind: 'person', aliases: [], mentions: [] };
    const events = Array.from({ length: 10_000 }, (_, i) => ({
      id: `e${i}`,
      date: `${1000 + (i % 1000)}`,
      precision: 'year',
      label: `event ${i}`,
      actors: [],
      span: [0, 0],
    }));
    const figures = [{ id: 'f', value: Number.MAX_VALUE, display: 'x', approx: 'exact', label: 'max', span: [0, 0] }];
    const doc = { ...article, actors: [actor], quotes: [], events, figures, future: JSON.parse('['.repeat(5000) + ']'.repeat(5000)) };
    counts.extreme++;
    const start = performance.now();
    expect(validateArticle(doc).ok).to.be.true;
    for (const element of await renderAll(doc)) expect(statusOf(element), element.localName).to.equal('ready');
    expect(performance.now() - start, 'ms to validate and render').to.be.below(10_000);
    await expectPageStillWorks();
  });

  it('extreme and broken: 10,000 events with bad dates report a bounded list of errors quickly', async () => {
    const [article] = fc.sample(validArticle, { numRuns: 1, seed: 7 });
    const events = Array.from({ length: 10_000 }, (_, i) => ({ id: `e${i}`, date: 'soon', precision: 'day', label: '', actors: [], span: [0, 0] }));
    counts.extreme++;
    const result = validateArticle({ ...article, events });
    expect(result.ok).to.be.false;
    if (!result.ok) {
      expect(result.errors[0].path).to.equal('events[0].date');
      expect(result.errors.length).to.be.at.most(50);
    }
    for (const element of await renderAll({ ...article, events })) expect(statusOf(element)).to.equal('error');
    await expectPageStillWorks();
  });

  // A framework's object spread leaves optional fields present but undefined: as good as absent.
  it('accepts an optional field set to undefined through .article, as the types allow', async () => {
    const [article] = fc.sample(validArticle, { numRuns: 1, seed: 3 });
    const doc = { ...article, title: undefined, quotes: [{ id: 'q', text: 'x', speaker: undefined, span: [0, 0] as [number, number] }] };
    expect(validateArticle(doc).ok).to.be.true;
    for (const element of await renderAll(doc)) expect(statusOf(element)).to.equal('ready');
  });

  it('leaves Object.prototype, Array.prototype and Function.prototype as they were', () => {
    expect(prototypeKeys()).to.deep.equal(prototypesBefore);
  });
});
