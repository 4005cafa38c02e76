// The article controller alone, on the smallest host Lit allows: source → load → validate → state, the events, and
// a download's signal aborted when the source changes or the element leaves the page. Public API only.
import { expect, oneEvent } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import type { Article } from '../../src/data/types.js';
import type { EncartErrorEvent, EncartLoadEvent } from '../../src/shared/events.js';
import { ArticleController } from '../../src/shared/article-controller.js';
import { captureWarnings, DEMO_URL, freshUrl } from '../components/describe-widget.js';
import { loadDemoArticle } from '../helpers/fixtures.js';

class ArticleHost extends ReactiveElement {
  static override properties = { src: {}, htmlFor: { attribute: 'for' }, article: { attribute: false } };
  declare src?: string;
  declare htmlFor?: string;
  declare article?: unknown;
  readonly locale = 'en';
  readonly data = new ArticleController(this);
  /** The state each update showed. */
  readonly shown: string[] = [];

  protected override willUpdate(): void {
    this.data.sync();
  }

  protected override updated(): void {
    this.shown.push(this.data.state.status);
  }
}
customElements.define('article-host', ArticleHost);

/** A host on the page, given its source first. */
function host(source: Partial<Pick<ArticleHost, 'src' | 'htmlFor' | 'article'>>): ArticleHost {
  const element = Object.assign(document.createElement('article-host') as ArticleHost, source);
  document.body.append(element);
  return element;
}

/** Answers `fetch` for URLs containing `part` with `answer` (given the request's signal) while `run` goes. */
async function withFetch(part: string, answer: (signal: AbortSignal | undefined, call: number) => Promise<Response>, run: () => Promise<void>) {
  const original = window.fetch;
  let calls = 0;
  window.fetch = (input, init) => (String(input).includes(part) ? answer(init?.signal ?? undefined, calls++) : original(input, init));
  try {
    await run();
  } finally {
    window.fetch = original;
  }
}

/** A server that never answers, though it hears the request given up. */
const never = (signal?: AbortSignal) => new Promise<Response>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));

describe('ArticleController', () => {
  let demo: Article;
  const hosts: ArticleHost[] = [];
  beforeEach(async () => {
    demo = await loadDemoArticle();
  });
  afterEach(() => hosts.splice(0).forEach((element) => element.remove()));
  const on = (source: Parameters<typeof host>[0]) => {
    const element = host(source);
    hosts.push(element);
    return element;
  };

  it('takes a valid .article in the same update: ready, then encart-load with the article', async () => {
    const element = document.createElement('article-host') as ArticleHost;
    element.article = demo;
    const loaded = oneEvent(element, 'encart-load') as Promise<EncartLoadEvent>;
    hosts.push(element);
    document.body.append(element);
    await element.updateComplete;
    expect(element.data.state.status).to.equal('ready');
    expect(element.shown).to.deep.equal(['ready']);
    const { detail, bubbles, composed } = await loaded;
    expect([detail.article.id, bubbles, composed]).to.deep.equal([demo.id, true, true]);
  });

  it('reports invalid data: error state and encart-error with every JSON path', async () => {
    const element = document.createElement('article-host') as ArticleHost;
    element.article = { ...demo, figures: [{ ...demo.figures[0], value: 'many' }] };
    const failed = oneEvent(element, 'encart-error') as Promise<EncartErrorEvent>;
    await captureWarnings(async () => {
      hosts.push(element);
      document.body.append(element);
      await element.updateComplete;
    });
    const { state } = element.data;
    expect(state.status == 'error' && !state.ok && state.reason).to.equal('invalid');
    expect((await failed).detail.errors!.map((error) => error.path)).to.deep.equal(['figures[0].value']);
  });

  it('takes no source as nothing to show: idle, and no event', async () => {
    let events = 0;
    const element = on({});
    element.addEventListener('encart-load', () => events++);
    element.addEventListener('encart-error', () => events++);
    await element.updateComplete;
    await element.data.settled;
    expect([element.data.state.status, events]).to.deep.equal(['idle', 0]);
  });

  it('loads a src: loading, then ready once settled; one request for two elements', async () => {
    const url = freshUrl();
    let requests = 0;
    await withFetch(url, (signal) => (requests++, fetch(DEMO_URL, { signal })), async () => {
      const [first, second] = [on({ src: url }), on({ src: url })];
      await first.updateComplete;
      expect(first.data.state.status).to.equal('loading');
      await Promise.all([first.data.settled, second.data.settled]);
      expect([first.data.state.status, second.data.state.status, requests]).to.deep.equal(['ready', 'ready', 1]);
    });
  });

  it('takes turns: each element on one src has shown its article before the next takes its own', async () => {
    const url = freshUrl();
    const [first, second] = [on({ src: url }), on({ src: url })];
    let firstShowed: string | undefined;
    second.addEventListener('encart-load', () => (firstShowed = first.shown.at(-1)));
    await Promise.all([first.updateComplete, second.updateComplete]);
    await Promise.all([first.data.settled, second.data.settled]);
    await second.updateComplete;
    expect(firstShowed).to.equal('ready');
    expect([first.shown, second.shown]).to.deep.equal([['loading', 'ready'], ['loading', 'ready']]);
  });

  it('aborts the download when the source changes, and ignores its late answer', async () => {
    const [old, current] = [freshUrl(), freshUrl()];
    let oldSignal: AbortSignal | undefined;
    let answerOld!: () => void;
    const oldAnswered = new Promise<void>((resolve) => (answerOld = resolve));
    await withFetch(old, async (signal) => {
      oldSignal = signal;
      // This server answers late whatever the client says, with another article.
      await oldAnswered;
      return new Response(JSON.stringify({ ...demo, id: 'old-answer' }));
    }, async () => {
      const element = on({ src: old });
      await element.updateComplete;
      expect(oldSignal?.aborted, 'old download running').to.equal(false);
      element.src = current;
      await element.updateComplete;
      expect(oldSignal!.aborted, 'old download aborted').to.equal(true);
      await element.data.settled;
      const settled = element.data.settled;
      answerOld();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const { state } = element.data;
      expect(element.data.settled).to.equal(settled);
      expect(state.status == 'ready' && state.ok && state.article.id).to.equal(demo.id);
    });
  });

  it('aborts the download when its element leaves the page, and starts again when it comes back', async () => {
    const url = freshUrl();
    const signals: (AbortSignal | undefined)[] = [];
    await withFetch(url, (signal, call) => (signals.push(signal), call == 0 ? never(signal) : fetch(DEMO_URL)), async () => {
      const element = on({ src: url });
      await element.updateComplete;
      element.remove();
      expect(signals.map((signal) => signal?.aborted)).to.deep.equal([true]);
      expect(element.data.state.status, 'still to load').to.equal('loading');
      document.body.append(element);
      await element.data.settled;
      expect([element.data.state.status, signals.length]).to.deep.equal(['ready', 2]);
    });
  });

  it('asks the network again on retry() after a failure', async () => {
    const url = freshUrl();
    await withFetch(url, (_, call) => (call == 0 ? Promise.resolve(new Response('', { status: 503 })) : fetch(DEMO_URL)), async () => {
      const element = on({ src: url });
      const failed = oneEvent(element, 'encart-error') as Promise<EncartErrorEvent>;
      await captureWarnings(async () => {
        expect((await failed).detail.reason).to.equal('network');
      });
      const loaded = oneEvent(element, 'encart-load');
      element.data.retry();
      await loaded;
      expect(element.data.state.status).to.equal('ready');
    });
  });

  it('reads the inline script for= names, and says when there is none', async () => {
    const script = Object.assign(document.createElement('script'), { type: 'application/json', id: 'controller-data', textContent: JSON.stringify(demo) });
    document.body.append(script);
    try {
      const element = on({ htmlFor: 'controller-data' });
      await element.updateComplete;
      expect(element.data.state.status).to.equal('ready');
    } finally {
      script.remove();
    }
    const missing = on({ htmlFor: 'no-such-script' });
    const warnings = await captureWarnings(() => missing.updateComplete.then(() => undefined));
    const { state } = missing.data;
    expect(state.status == 'error' && !state.ok && [state.reason, state.message]).to.deep.equal([
      'invalid',
      'for="no-such-script": no <script type="application/json" id="no-such-script"> on the page',
    ]);
    expect(warnings.join('\n')).to.include('<article-host>');
  });
});
