import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { FETCH_TIMEOUT_MS, MAX_ARTICLE_BYTES } from '../../src/shared/article-cache.js';
import type { EncartElement } from '../../src/shared/encart-element.js';
import { allSettled, muteWarnings, statusOf, TAGS } from './shadow-audit.js';
import { forgetOutcomes } from '../helpers/outcomes.js';

/**
 * A `src` that fails in every way a network can: each case ends in a clear state (data, or the
 * designed error with a retry control), retrying after the server recovers shows the data, and
 * nothing escapes to the page as an unhandled rejection.
 */
type Handler = (init?: RequestInit) => Response | Promise<Response>;
const routes = new Map<string, Handler>();
const realFetch = window.fetch;
const rejections: unknown[] = [];
const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
let cases = 0;

const ARTICLE = {
  schema: 'encart/article@1',
  id: 'net',
  lang: 'en',
  published: '2022-01-08',
  actors: [{ id: 'a', name: 'Ada Lovelace', kind: 'person', aliases: [], mentions: [] }],
  quotes: [{ id: 'q', text: 'Numbers are words.', speaker: 'a', span: [0, 0] }],
  figures: [{ id: 'f', value: 12, display: '12', approx: 'exact', label: 'engines', span: [0, 0] }],
  events: [{ id: 'e', date: '1843', precision: 'year', label: 'Notes published', actors: ['a'], span: [0, 0] }],
};
const json = (body: unknown, init?: ResponseInit) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });

/** A fake URL answered by `handler`; unique, so the page-wide article cache starts empty for it. */
function route(handler: Handler): string {
  const url = `https://encart-net.test/${Math.random().toString(36).slice(2)}.json`;
  routes.set(url, handler);
  return url;
}

/** A fetch that never answers: its promise settles only when the caller aborts. */
const neverAnswers: Handler = (init) =>
  new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));

/** All four widgets on one `src`, in the page. */
function mountAll(src: string): EncartElement[] {
  const container = document.createElement('div');
  container.className = 'network-case';
  document.body.append(container);
  cases++;
  return TAGS.map((tag) => {
    const element = document.createElement(tag) as EncartElement;
    element.setAttribute('src', src);
    container.append(element);
    return element;
  });
}

function expectErrorWithRetry(widgets: EncartElement[], words: RegExp): void {
  for (const element of widgets) {
    const root = element.shadowRoot!;
    expect(statusOf(element), element.localName).to.equal('error');
    expect(root.querySelector('[part~="error"][role="status"]')!.textContent, element.localName).to.match(words);
    expect(root.querySelector('button[part="retry"]'), `${element.localName}: retry control`).to.exist;
  }
}

function expectData(widgets: EncartElement[]): void {
  for (const element of widgets) {
    expect(statusOf(element), element.localName).to.equal('ready');
    expect(element.shadowRoot!.querySelector('[part~="content"]'), element.localName).to.exist;
  }
}

const LOAD_FAILED = /could not be loaded/;
const INVALID = /invalid/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('failing network: every way a src can fail ends in a clear state', function () {
  this.timeout(15000);
  let warnings: ReturnType<typeof muteWarnings>;

  before(() => {
    window.fetch = (input, init) => {
      const handler = routes.get(String(input instanceof Request ? input.url : input));
      return handler ? Promise.resolve().then(() => handler(init)) : realFetch(input, init);
    };
    window.addEventListener('unhandledrejection', onRejection);
    warnings = muteWarnings();
  });

  afterEach(() => {
    document.querySelectorAll('.network-case').forEach((c) => c.remove());
    warnings.lines.length = 0;
  });

  after(async () => {
    // Rejections are reported a task later: give them the time to show up before counting.
    await sleep(50);
    window.fetch = realFetch;
    window.removeEventListener('unhandledrejection', onRejection);
    warnings.restore();
    console.log(`network: ${cases} failure cases × ${TAGS.length} widgets, unhandled rejections: ${rejections.length}`);
  });

  it('404 from the real server: error state, retry control, "HTTP 404" in the console', async () => {
    const widgets = mountAll(`/missing-${Math.random().toString(36).slice(2)}.json`);
    await allSettled(widgets);
    expectErrorWithRetry(widgets, LOAD_FAILED);
    expect(warnings.lines.join()).to.include('HTTP 404');
  });

  it('500: error state, retry control', async () => {
    const widgets = mountAll(route(() => new Response('Internal error', { status: 500 })));
    await allSettled(widgets);
    expectErrorWithRetry(widgets, LOAD_FAILED);
    expect(warnings.lines.join()).to.include('HTTP 500');
  });

  it('a body that is not JSON: invalid-data state, retry control, the parse error in the console', async () => {
    const widgets = mountAll(route(() => new Response('<!doctype html><title>Paywall</title>', { headers: { 'content-type': 'text/html' } })));
    await allSettled(widgets);
    expectErrorWithRetry(widgets, INVALID);
    expect(warnings.lines.join()).to.include('not JSON');
  });

  it('JSON of another schema: invalid-data state, the JSON path in the console', async () => {
    const widgets = mountAll(route(() => json({ schema: 'other/thing@3', items: [] })));
    await allSettled(widgets);
    expectErrorWithRetry(widgets, INVALID);
    expect(warnings.lines.join()).to.include('schema: expected "encart/article@1"');
  });

  it(`a body declared over ${MAX_ARTICLE_BYTES} bytes is refused unread`, async () => {
    let pulled = 0;
    // A body that would never end if read: refusing it from the header is the only way to settle.
    const body = new ReadableStream({ pull: () => void pulled++ });
    const widgets = mountAll(route(() => new Response(body, { headers: { 'content-length': String(MAX_ARTICLE_BYTES + 1) } })));
    await allSettled(widgets);
    expectErrorWithRetry(widgets, LOAD_FAILED);
    expect(warnings.lines.join()).to.include(`over ${MAX_ARTICLE_BYTES} bytes`);
    expect(pulled, 'chunks read').to.be.at.most(1);
  });

  it(`a body over ${MAX_ARTICLE_BYTES} bytes with no declared length is refused once read`, async () => {
    const huge = JSON.stringify({ ...ARTICLE, padding: 'x'.repeat(MAX_ARTICLE_BYTES) });
    const widgets = mountAll(route(() => new Response(huge)));
    await allSettled(widgets);
    expectErrorWithRetry(widgets, LOAD_FAILED);
    expect(warnings.lines.join()).to.include(`over ${MAX_ARTICLE_BYTES} bytes`);
  });

  it(`a server that never answers is given up after FETCH_TIMEOUT_MS (${FETCH_TIMEOUT_MS} ms), on a compressed clock`, async () => {
    // Waiting the real 15 s would cost every run 15 s: the timer the loader asks for is shortened
    // (and only that one), and the test checks it asked for exactly FETCH_TIMEOUT_MS.
    const realSetTimeout = window.setTimeout;
    const asked: number[] = [];
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
      if (ms === FETCH_TIMEOUT_MS) asked.push(ms);
      return realSetTimeout(fn, ms === FETCH_TIMEOUT_MS ? 400 : ms, ...rest);
    }) as typeof window.setTimeout;
    let signal: AbortSignal | undefined;
    let widgets: EncartElement[];
    try {
      widgets = mountAll(route((init) => ((signal = init?.signal ?? undefined), neverAnswers(init))));
      await sleep(150);
      for (const element of widgets) expect(statusOf(element), 'still loading before the timeout').to.equal('loading');
      await allSettled(widgets, 3000);
    } finally {
      window.setTimeout = realSetTimeout;
    }
    expect(asked).to.deep.equal([FETCH_TIMEOUT_MS]);
    expect(signal?.aborted, 'the request is aborted').to.be.true;
    expectErrorWithRetry(widgets, LOAD_FAILED);
    expect(warnings.lines.join()).to.include(`no answer after ${FETCH_TIMEOUT_MS / 1000} s`);
  });

  it('a slow response shows the loading state (accessible, busy), then the data', async () => {
    const widgets = mountAll(route(async () => (await sleep(400), json(ARTICLE))));
    await sleep(100);
    for (const element of widgets) {
      await element.updateComplete;
      expect(statusOf(element)).to.equal('loading');
      expect(element.shadowRoot!.querySelector('[aria-busy="true"]'), `${element.localName}: busy`).to.exist;
      expect(element.shadowRoot!.querySelector('[part~="skeleton"] [role="status"]'), `${element.localName}: announced`).to.exist;
    }
    await allSettled(widgets);
    expectData(widgets);
  });

  it('a cross-origin URL that refuses the connection: error state, retry control', async () => {
    const widgets = mountAll(`http://127.0.0.1:1/x-${Math.random().toString(36).slice(2)}.json`);
    await allSettled(widgets, 10000);
    expectErrorWithRetry(widgets, LOAD_FAILED);
    expect(warnings.lines.join()).to.include('TypeError');
  });

  it('a CORS refusal (fetch rejects with TypeError: Failed to fetch): error state, retry control', async () => {
    const widgets = mountAll(route(() => Promise.reject(new TypeError('Failed to fetch'))));
    await allSettled(widgets);
    expectErrorWithRetry(widgets, LOAD_FAILED);
    expect(warnings.lines.join()).to.include('Failed to fetch');
  });

  it('removed while loading: the request is aborted and nothing is reported', async () => {
    let signal: AbortSignal | undefined;
    const widgets = mountAll(route((init) => ((signal = init?.signal ?? undefined), neverAnswers(init))));
    await sleep(50);
    widgets[0].parentElement!.remove();
    expect(signal?.aborted, 'aborted once nobody waits').to.be.true;
    await sleep(50);
    expect(warnings.lines.filter((l) => l.includes('could not load')), 'an abort is not an error to report').to.deep.equal([]);
  });

  // A framework, a tab panel or a carousel may put a widget back a tick after taking it off the page.
  it('removed while loading and put back after the abort settled: loads again', async () => {
    let answer = false;
    const widgets = mountAll(route((init) => (answer ? json(ARTICLE) : neverAnswers(init))));
    const container = widgets[0].parentElement!;
    await sleep(50);
    container.remove();
    await sleep(50);
    answer = true;
    document.body.append(container);
    await allSettled(widgets);
    expectData(widgets);
  });

  it('the retry control after the server recovers shows the data', async () => {
    let up = false;
    const widgets = mountAll(route(() => (up ? json(ARTICLE) : new Response('down', { status: 503 }))));
    await allSettled(widgets);
    expectErrorWithRetry(widgets, LOAD_FAILED);
    up = true;
    // Every widget's own control, as readers would press them.
    forgetOutcomes(widgets);
    for (const element of widgets) element.shadowRoot!.querySelector<HTMLButtonElement>('button[part="retry"]')!.click();
    await allSettled(widgets);
    expectData(widgets);
  });

  it('retry() after a network error asks the network again and shows the data', async () => {
    let calls = 0;
    const widgets = mountAll(route(() => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : json(ARTICLE))));
    await allSettled(widgets);
    expectErrorWithRetry(widgets, LOAD_FAILED);
    forgetOutcomes(widgets);
    widgets.forEach((w) => w.retry());
    await sleep(0);
    await allSettled(widgets);
    expectData(widgets);
    expect(calls, 'one request for the first try, one shared by the four retries').to.equal(2);
  });

  it('a failed download answers the widgets that ask within a second; one added later asks again', async () => {
    let calls = 0;
    const src = route(() => (++calls === 1 ? new Response('down', { status: 503 }) : json(ARTICLE)));
    const first = mountAll(src);
    await allSettled(first);
    expectErrorWithRetry(first, LOAD_FAILED);
    expect(calls, 'four widgets, loading in turns, one request').to.equal(1);
    await sleep(1100);
    const later = mountAll(src);
    await allSettled(later);
    expectData(later);
    expect(calls).to.equal(2);
  });

  it('no unhandled promise rejection came out of any of it', async () => {
    await sleep(50);
    expect(rejections).to.deep.equal([]);
  });
});
