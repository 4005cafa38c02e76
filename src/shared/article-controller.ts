import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { articleFromScript, articleFromValue, fetchArticle, forgetArticle, type LoadResult } from './article-cache.js';
import { fireOutcome } from './events.js';
import { warmFormatsSoon } from './format.js';
import { nextTurn } from './turns.js';

/** What became of an element's article: none asked for, on its way, there, or why not. */
export type ArticleState = { status: 'idle' | 'loading' } | ({ status: 'ready' | 'error' } & LoadResult);

/** An element that takes an article, and where from: its `.article`, else the script its `for` names, else its `src`. */
export interface ArticleHost extends ReactiveControllerHost, HTMLElement {
  article?: unknown;
  htmlFor?: string;
  src?: string;
  /** The language the article will be shown in: its formatters warm up while the article downloads. */
  readonly locale: string;
}

/**
 * Takes its element's article from where the element says, validates it, and keeps the outcome in `state`. The
 * element asks with `sync()` before each update (so a new source loads in the update that brings it), updates on
 * every change of state, and fires `encart-load` or `encart-error` once the article is there or cannot be. A
 * download stops (its signal aborts) when the source changes or the element leaves the page, and starts again if
 * the element comes back.
 */
export class ArticleController implements ReactiveController {
  state: ArticleState = { status: 'idle' };
  /** Resolves once the latest load has settled `state` (or given way to a newer one). */
  settled: Promise<void> = Promise.resolve();
  #host: ArticleHost;
  // Where the latest load took the article from.
  #source?: unknown[];
  #abort?: AbortController;

  constructor(host: ArticleHost) {
    (this.#host = host).addController(this);
  }

  /** Loads the article if the element's source changed since the latest load (or was never loaded). */
  sync(): void {
    const { article, htmlFor, src } = this.#host;
    const source = this.#source;
    if (source && source[0] === article && source[1] === htmlFor && source[2] === src) return;
    this.#source = [article, htmlFor, src];
    this.#start();
  }

  /** Loads the article again; after a network error, asks the network again. */
  retry(): void {
    const url = this.#url();
    if (url) forgetArticle(url);
    this.#start();
  }

  hostConnected(): void {
    // Back on the page after leaving it mid-download.
    if (this.state.status == 'loading' && this.#abort?.signal.aborted) this.#start();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  #start(): void {
    this.#abort?.abort();
    this.settled = this.#load((this.#abort = new AbortController()).signal);
  }

  async #load(signal: AbortSignal): Promise<void> {
    const host = this.#host;
    const { article, htmlFor, src } = host;
    if (article !== undefined) return this.#settle(articleFromValue(article, `the .article of <${host.localName}>`));
    if (htmlFor) return this.#loadScript(htmlFor, signal);
    if (!src) return this.#set({ status: 'idle' });
    const url = this.#url();
    if (!url) return this.#settle({ ok: false, reason: 'network', message: `"${src}" is not a URL` });
    this.#set({ status: 'loading' });
    warmFormatsSoon(host.locale);
    const loaded = await fetchArticle(url, signal);
    // Every widget on one `src` gets its article at the same moment: each takes it, and renders, in a task of its own.
    await nextTurn();
    if (!signal.aborted) this.#settle(loaded);
  }

  async #loadScript(id: string, signal: AbortSignal): Promise<void> {
    const host = this.#host;
    const find = () => (host.getRootNode() as Document).getElementById?.(id) ?? document.getElementById(id);
    if (!find() && document.readyState == 'loading') {
      // The script may come later in the HTML than the element: look again once the page is parsed.
      this.#set({ status: 'loading' });
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
      if (signal.aborted) return;
    }
    const script = find();
    if (script instanceof HTMLScriptElement && script.type == 'application/json') return this.#settle(articleFromScript(script));
    const message = `for="${id}": no <script type="application/json" id="${id}"> on the page`;
    console.warn(`[encart] <${host.localName}> ${message}`);
    this.#settle({ ok: false, reason: 'invalid', message });
  }

  #settle(result: LoadResult): void {
    this.#set({ status: result.ok ? 'ready' : 'error', ...result });
    fireOutcome(this.#host, result);
  }

  #set(state: ArticleState): void {
    this.state = state;
    this.#host.requestUpdate();
  }

  #url(): string | undefined {
    try {
      return this.#host.src ? new URL(this.#host.src, document.baseURI).href : undefined;
    } catch {
      return undefined;
    }
  }
}
