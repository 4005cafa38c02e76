import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { WIDGET_ATTRIBUTES } from '../components/attributes.js';
import type { Article, Item, ItemKind } from '../data/types.js';
import { ArticleController } from './article-controller.js';
import { EncartSelectEvent, fireOutcome, type EncartErrorDetail } from './events.js';
import { LazyController } from './lazy-controller.js';
import { STATE_WORDS, translate, type Translations } from './messages.js';
import { registeredWords, rendersNewWords } from './translations.js';
import { nextTurn } from './turns.js';

/**
 * What every Encart widget shares: taking its article from `src`, `for` or `.article`, the loading,
 * error and fallback states, the locale, and the `encart-select` event. A widget only picks its item
 * and renders it (`renderArticle`).
 *
 * `updateComplete` settles in every state: it resolves to `true` once the widget shows its article,
 * an empty or not-found state, or its error state (a render that throws is caught and shows the error
 * state); to `false` while the widget waits on something no update brings (a `loading="lazy"` widget
 * the reader has not neared, a widget taken off the page before its first update, server markup kept
 * because its `src` failed); it rejects, as in any Lit element, on an error thrown elsewhere in an update.
 *
 * @fires encart-load - The article arrived and is valid (`detail.article`); the widget renders it in the same turn.
 * @fires encart-error - No article to show: `detail.reason` is `network` (the `src` failed), `invalid` (the data breaks `encart/article@1`; `detail.errors` lists each rule with its JSON path) or `render` (the widget threw while rendering); `detail.message` says what happened.
 *
 * @csspart content - The rendered widget, once the data is there (carries the content's `dir`).
 * @csspart state - Loading, empty, not-found and error states.
 * @csspart skeleton - The placeholder shown while loading when the page gave no fallback content.
 * @csspart error - The error state.
 * @csspart retry - The error state's "try again" button.
 * @cssproperty [--encart-color-accent=#b3261e] - Accent colour; #ff8a80 on dark pages.
 * @cssproperty [--encart-color-text=inherit] - Text colour.
 * @cssproperty [--encart-color-muted=currentColor at 72%] - Secondary text.
 * @cssproperty [--encart-color-rule=currentColor at 18%] - Rules and borders.
 * @cssproperty [--encart-color-surface=currentColor at 4%] - Tinted backgrounds.
 * @cssproperty [--encart-color-focus=#0b57d0] - Focus ring; #a8c7fa on dark pages.
 * @cssproperty [--encart-color-background=#fff] - Background with `theme="light"` (#161616 dark) and of popups.
 * @cssproperty [--encart-font-family=inherit] - Typeface.
 * @cssproperty [--encart-font-size=1em] - Base size.
 * @cssproperty [--encart-radius=4px] - Corner radius.
 * @cssproperty [--encart-space=1rem] - Inner spacing.
 */
export abstract class EncartElement extends LitElement {
  static override properties: PropertyDeclarations = {
    ...WIDGET_ATTRIBUTES,
    article: { attribute: false },
    hasFallback: { state: true },
  };

  /** URL of an `encart/article@1` JSON document; fetched once per page however many widgets use it. */
  declare src?: string;
  /** Id of a `<script type="application/json">` holding the article. */
  declare htmlFor?: string;
  /** The article as a JS object (frameworks); wins over `for` and `src`. */
  declare article?: Article;
  /** `light`, `dark` or `auto` (the reader's system); by default the widget follows the page. */
  declare theme?: 'light' | 'dark' | 'auto';
  /**
   * `lazy`: wait until the widget nears the viewport to download, validate and render (its fallback
   * or server markup shows until then), as `<img loading="lazy">` does; `updateComplete` resolves to false until then.
   */
  declare loading?: 'eager' | 'lazy';
  protected declare hasFallback: boolean;

  // The article, from `.article`, `for` or `src`, and what became of it.
  readonly #data = new ArticleController(this);
  readonly #lazy = new LazyController(this);
  // Whether the shadow root held the server's markup before the first update.
  #serverRendered = false;

  /** Registers the element under `tag` unless that tag is taken (a second copy of Encart on the page). */
  static define(this: CustomElementConstructor, tag: string, registry = customElements): void {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  constructor() {
    super();
    this.hasFallback = false;
    rendersNewWords(this);
  }

  /** The locale for words, numbers and dates: the element's `lang`, the article's, then the page's. */
  get locale(): string {
    const { state } = this.#data;
    return (
      this.lang ||
      (state.status == 'ready' && state.ok && state.article.lang) ||
      this.parentElement?.closest<HTMLElement>('[lang]')?.lang ||
      document.documentElement.lang ||
      'en'
    );
  }

  /** This widget's words in the reader's language. */
  protected words<T>(table: Translations<T>): T {
    return (registeredWords(this.locale) as T | undefined) ?? translate(this.locale, table);
  }

  /** Loads the article again; after a network error, asks the network again. */
  retry(): void {
    this.#data.retry();
  }

  // Until its first render a widget shows what its shadow root holds: the server's markup, or else a
  // bare slot, so the page's fallback content stays where it was.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.#serverRendered = !!root.firstChild;
    if (!root.firstChild) root.append(document.createElement('slot'));
    return root;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hasUpdated ? super.scheduleUpdate() : this.#beforeFirstUpdate().then(() => super.scheduleUpdate());
  }

  // The first update waits for its turn, so that fifty widgets upgrading at once (a script tag, a framework's
  // list, a server-rendered page) render one after another and the page stays responsive; the page's fallback
  // shows meanwhile. A lazy widget waits for the reader first, and one taken off the page meanwhile for its return. Server markup stays on screen until there is data
  // to render it again: the update that replaces it comes in the turn that brings the article.
  async #beforeFirstUpdate(): Promise<void> {
    await nextTurn();
    if (this.#lazy.wait()) return;
    this.#data.sync();
    if (this.#serverRendered) await this.#data.settled;
  }

  // Held back (no update, and `updateComplete` resolves to false) while the widget waits on something no update
  // brings: the reader, for a lazy widget; the page, for one taken off it; data, for server markup whose `src` failed.
  protected override shouldUpdate(): boolean {
    return this.hasUpdated || !(this.#lazy.waiting || (this.#serverRendered && this.#data.state.status != 'ready'));
  }

  // Settles in every state: false once an update is held back, as Lit's own false means "more to come".
  protected override async getUpdateComplete(): Promise<boolean> {
    return (await super.getUpdateComplete()) && this.hasUpdated;
  }

  // Lit SSR calls willUpdate, not a controller's hostUpdate: the server renders the article given to it too.
  protected override willUpdate(): void {
    this.#data.sync();
  }

  protected override update(changed: PropertyValues<this>): void {
    // The first render takes the place of the bare slot or of the server's markup, in one task: readers see no
    // change. Lit's hydration support (encart.hydrate.js) adopts the server's nodes instead.
    if (!this.hasUpdated && !(this.#serverRendered && hydrates(this))) {
      this.renderRoot.replaceChildren();
      this.renderOptions.renderBefore = null;
    }
    super.update(changed);
  }

  override render(): TemplateResult {
    const { state } = this.#data;
    let failed: EncartErrorDetail['reason'] | false = state.status == 'error' && !state.ok && state.reason;
    // Text runs in its own language's direction: an English widget on a right-to-left page stays
    // left-to-right inside, while the page's own layout (logical properties) still holds.
    if (state.status == 'ready' && state.ok) {
      try {
        return html`<div part="content" dir=${/^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)\b/i.test(this.locale) ? 'rtl' : 'ltr'}>
          ${this.renderArticle(state.article)}
        </div>`;
      } catch (error) {
        // A widget that cannot render its article shows the fallback and the error state, never an empty box.
        failed = 'render';
        this.#renderFailed(error);
      }
    }
    const words = this.words(STATE_WORDS);
    // Until there is data, and when there is none, the page's own fallback content stays in view.
    const fallback = html`<slot @slotchange=${this.#onSlotChange}></slot>`;
    if (failed) {
      return html`${fallback}
        <div class="notice error" part="state error" role="status">
          <p>${failed == 'network' ? words.loadFailed : words.invalidData}</p>
          ${this.src ? html`<button part="retry" @click=${this.retry}>${words.retry}</button>` : nothing}
        </div>`;
    }
    const loading = state.status == 'loading';
    return html`<div part="state" aria-busy=${loading}>
      ${fallback}${loading && !this.hasFallback
        ? html`<div class="skeleton" part="skeleton"><span class="visually-hidden" role="status">${words.loading}</span></div>`
        : nothing}
    </div>`;
  }

  // Once per element and error, since a failing render fails again on every update.
  #renderFailed(error: unknown): void {
    const message = String(error);
    if (warned.get(this) == message) return;
    warned.set(this, message);
    console.error(`[encart] <${this.localName}> could not render its article:`, error);
    fireOutcome(this, { ok: false, reason: 'render', message });
  }

  #onSlotChange(event: Event): void {
    const nodes = (event.target as HTMLSlotElement).assignedNodes();
    this.hasFallback = nodes.some((node) => node.nodeType == Node.ELEMENT_NODE || node.textContent?.trim());
  }

  /** The widget's content for a valid article, including its own empty and not-found states. */
  protected abstract renderArticle(article: Article): TemplateResult;

  /** A designed state inside a widget: nothing to show, or the requested item is not in the article. */
  protected renderNotice(message: string): TemplateResult {
    return html`<div class="notice" part="state" role="status"><p>${message}</p></div>`;
  }

  /** Warns that the item the page asked for (`quote="q9"`) is not in the article, and says so on the page. */
  protected renderNotFound(attribute: string, value: string, article: Article): TemplateResult {
    this.warn(`${attribute}="${value}": not in article "${article.id}"`);
    return this.renderNotice(this.words(STATE_WORDS).notFound(value));
  }

  /** A console warning about this element, once per distinct message: widgets re-render often. */
  protected warn(message: string): void {
    if (warned.get(this) == message) return;
    warned.set(this, message);
    console.warn(`[encart] <${this.localName}> ${message}`);
  }

  /** Tells the page (and other widgets) that the reader picked an item. */
  protected select(kind: ItemKind, item: Item): void {
    this.dispatchEvent(new EncartSelectEvent({ kind, id: item.id, item }));
  }
}

const warned = new WeakMap<Element, string>();

/** Whether Lit's hydration support is installed: it alone makes elements observe `defer-hydration`. */
function hydrates(element: LitElement): boolean {
  return (element.constructor as typeof LitElement).observedAttributes.includes('defer-hydration');
}
