import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Article, Item, ItemKind } from '../data/types.js';
import { articleFromScript, articleFromValue, fetchArticle, forgetArticle, type LoadResult } from './article-cache.js';
import { EncartSelectEvent } from './events.js';
import { messagesFor, type Messages } from './messages.js';

type LoadState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; article: Article }
  | { status: 'error'; reason: 'network' | 'invalid'; message: string };

/**
 * What every Encart widget shares: taking its article from `src`, `for` or `.article`, the loading,
 * error and fallback states, the locale, and the `encart-select` event. A widget only picks its item
 * and renders it (`renderArticle`).
 */
export abstract class EncartElement extends LitElement {
  static override properties = {
    src: { reflect: true },
    htmlFor: { attribute: 'for' },
    article: { attribute: false },
    lang: { reflect: true },
    theme: { reflect: true },
    loadState: { state: true },
    hasFallback: { state: true },
  };

  /** URL of an `encart/article@1` JSON document; fetched once per page however many widgets use it. */
  declare src?: string;
  /** Id of a `<script type="application/json">` holding the article. */
  declare htmlFor?: string;
  /** The article as a JS object (frameworks); wins over `for` and `src`. */
  declare article?: Article;
  /** `light`, `dark` or `auto` (follow the reader's system); by default the widget follows the page. */
  declare theme?: 'light' | 'dark' | 'auto';
  protected declare loadState: LoadState;
  protected declare hasFallback: boolean;

  private releaseFetch?: () => void;
  // Bumped on every new load, so a late answer for an old `src` is ignored.
  private loadGeneration = 0;

  /** Registers the element under `tag` unless that tag is taken (a second copy of Encart on the page). */
  static define(this: CustomElementConstructor, tag: string, registry: CustomElementRegistry = customElements): void {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  constructor() {
    super();
    this.loadState = { status: 'idle' };
    this.hasFallback = false;
  }

  /** The locale for words, numbers and dates: the element's `lang`, the article's, then the page's. */
  get locale(): string {
    const article = this.loadState.status === 'ready' ? this.loadState.article : undefined;
    const own = this.lang;
    const page = this.parentElement?.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang;
    return own || article?.lang || page || 'en';
  }

  protected get messages(): Messages {
    return messagesFor(this.locale);
  }

  /** Loads the article again; after a network error, asks the network again. */
  retry(): void {
    if (this.src) forgetArticle(this.absoluteSrc() ?? '');
    this.load();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a removal that cancelled a download: start it again.
    if (this.loadState.status === 'loading' && !this.releaseFetch) this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseFetch?.();
    this.releaseFetch = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('htmlFor') || changed.has('article')) this.load();
  }

  private load(): void {
    this.releaseFetch?.();
    this.releaseFetch = undefined;
    const generation = ++this.loadGeneration;
    if (this.article !== undefined) {
      this.settle(articleFromValue(this.article, `the .article property of <${this.localName}>`));
    } else if (this.htmlFor) {
      this.loadInline(this.htmlFor, generation);
    } else if (this.src) {
      const url = this.absoluteSrc();
      if (!url) return this.settle({ ok: false, reason: 'network', message: `"${this.src}" is not a URL` });
      const { result, release } = fetchArticle(url);
      this.releaseFetch = release;
      this.loadState = { status: 'loading' };
      void result.then((loaded) => {
        if (generation !== this.loadGeneration) return;
        this.releaseFetch = undefined;
        this.settle(loaded);
      });
    } else {
      this.loadState = { status: 'idle' };
    }
  }

  private loadInline(id: string, generation: number): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const script = root.getElementById?.(id) ?? document.getElementById(id);
    if (!script && document.readyState === 'loading') {
      // The script may come later in the HTML than the element: look again once the page is parsed.
      this.loadState = { status: 'loading' };
      document.addEventListener('DOMContentLoaded', () => generation === this.loadGeneration && this.load(), {
        once: true,
      });
      return;
    }
    if (!(script instanceof HTMLScriptElement) || script.type !== 'application/json') {
      const message = `for="${id}": no <script type="application/json" id="${id}"> on the page`;
      console.warn(`[encart] <${this.localName}> ${message}`);
      return this.settle({ ok: false, reason: 'invalid', message });
    }
    this.settle(articleFromScript(script));
  }

  private settle(result: LoadResult): void {
    this.loadState = result.ok ? { status: 'ready', article: result.article } : { status: 'error', ...result };
  }

  private absoluteSrc(): string | undefined {
    try {
      return new URL(this.src ?? '', document.baseURI).href;
    } catch {
      return undefined;
    }
  }

  override render(): TemplateResult {
    const state = this.loadState;
    if (state.status === 'ready') return this.renderArticle(state.article);
    // Until there is data, and when there is none, the page's own fallback content stays in view.
    const fallback = html`<slot @slotchange=${this.onFallbackChange}></slot>`;
    if (state.status === 'error') {
      const title = state.reason === 'network' ? this.messages.loadFailed : this.messages.invalidData;
      return html`${fallback}
        <div class="notice notice--error" part="state error" role="status">
          <p>${title}</p>
          ${this.src
            ? html`<button class="retry" part="retry" type="button" @click=${this.retry}>${this.messages.retry}</button>`
            : nothing}
        </div>`;
    }
    const busy = state.status === 'loading';
    return html`<div part="state" aria-busy=${busy ? 'true' : 'false'}>
      ${fallback}${busy && !this.hasFallback
        ? html`<span class="skeleton" part="skeleton"><span class="visually-hidden" role="status">${this.messages.loading}</span></span>`
        : nothing}
    </div>`;
  }

  private onFallbackChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasFallback = slot.assignedNodes().some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
  }

  /** The widget's content for a valid article, including its own empty and not-found states. */
  protected abstract renderArticle(article: Article): TemplateResult;

  /** A designed state inside a widget: nothing to show, or the requested item is not in the article. */
  protected renderNotice(message: string): TemplateResult {
    return html`<div class="notice" part="state" role="status"><p>${message}</p></div>`;
  }

  /** Tells the page (and other widgets) that the reader picked an item. */
  protected select(kind: ItemKind, item: Item): void {
    this.dispatchEvent(new EncartSelectEvent({ kind, id: item.id, item }));
  }
}
