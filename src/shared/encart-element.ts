import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { WIDGET_ATTRIBUTES } from '../components/attributes.js';
import type { Article, Item, ItemKind } from '../data/types.js';
import { articleFromScript, articleFromValue, fetchArticle, forgetArticle, type LoadResult } from './article-cache.js';
import { EncartSelectEvent, type EncartErrorDetail } from './events.js';
import { warmFormatsSoon } from './format.js';
import { STATE_WORDS, translate, type Translations } from './messages.js';
import { registeredWords, showing } from './translations.js';

type LoadState = { status: 'idle' | 'loading' } | ({ status: 'ready' | 'error' } & LoadResult);

/**
 * What every Encart widget shares: taking its article from `src`, `for` or `.article`, the loading,
 * error and fallback states, the locale, and the `encart-select` event. A widget only picks its item
 * and renders it (`renderArticle`).
 *
 * `updateComplete` settles in every state: it resolves to `true` once the widget shows its article,
 * an empty or not-found state, or its error state (a render that throws is caught and shows the error
 * state); to `false` while the widget waits on something no update brings (a `loading="lazy"` widget
 * the reader has not neared, server markup kept because its `src` failed); it rejects, as in any Lit
 * element, on an error thrown elsewhere in an update.
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
    loadState: { state: true },
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
   * or server markup shows until then), as `<img loading="lazy">` does; `updateComplete` waits too.
   */
  declare loading?: 'eager' | 'lazy';
  protected declare loadState: LoadState;
  protected declare hasFallback: boolean;

  #release?: () => void;
  #placeholder?: HTMLSlotElement;
  #serverRendered = false;
  // A lazy widget the reader has come near: it no longer waits.
  #reached = false;
  // Lets a server-rendered widget's first update go once its data is there.
  #whenReady?: () => void;
  // What the current load was started from: connecting and updating start it only when that changed.
  #loadedFrom?: Pick<this, 'article' | 'htmlFor' | 'src'>;
  // Bumped on every new load, so a late answer for an old `src` is ignored.
  #generation = 0;
  // Resolves with false when the widget starts waiting on something no update brings (the reader, for
  // a lazy widget; data that failed, for server markup kept in view), so `updateComplete` settles then too.
  #waited!: Promise<boolean>;
  // Unset while the widget waits.
  #startWaiting?: () => void;

  /** Registers the element under `tag` unless that tag is taken (a second copy of Encart on the page). */
  static define(this: CustomElementConstructor, tag: string, registry = customElements): void {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  constructor() {
    super();
    this.loadState = { status: 'idle' };
    this.hasFallback = false;
    this.#resume();
  }

  /** The locale for words, numbers and dates: the element's `lang`, the article's, then the page's. */
  get locale(): string {
    const { loadState } = this;
    return (
      this.lang ||
      (loadState.status == 'ready' && loadState.ok && loadState.article.lang) ||
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
    const url = this.#url();
    if (url) forgetArticle(url);
    this.#load();
  }

  override connectedCallback(): void {
    showing(this, true);
    if (!this.#deferUntilNear()) this.#start();
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return Promise.race([super.getUpdateComplete(), this.#waited]);
  }

  #wait(): void {
    this.#startWaiting?.();
    this.#startWaiting = undefined;
  }

  #resume(): void {
    if (!this.#startWaiting) this.#waited = new Promise((resolve) => (this.#startWaiting = () => resolve(false)));
  }

  // A lazy widget not rendered yet waits for the reader to near it (true when it does so). Asked
  // again in its turn: a framework sets `loading`, like every property, just after it joins the page.
  #deferUntilNear(): boolean {
    if (this.loading != 'lazy' || this.renderRoot || this.#reached) return false;
    whenNearViewport(this, () => {
      this.#reached = true;
      this.#start();
    });
    this.#wait();
    return true;
  }

  // `loading="lazy"` removed while the widget waits for the reader: it starts now, as an image would.
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name == 'loading' && value != 'lazy' && stopWatching(this)) this.#start();
  }

  #start(): void {
    this.#resume();
    if (this.renderRoot) {
      this.#loadIfChanged();
      return this.#connect();
    }
    // The first connection (the load, the shadow root and styles, the first update) waits for the
    // widget's turn: a script that upgrades fifty widgets stays quick (a third less, traced), and the
    // page's fallback content shows until then. The first turn starts the page's one download.
    void renderInTurn(() => {
      if (!this.isConnected || this.renderRoot || this.#deferUntilNear()) return;
      this.#loadIfChanged();
      this.#connect();
    });
  }

  #connect(): void {
    super.connectedCallback();
    // Back on the page after a removal that cancelled its download: start again.
    if (this.loadState.status == 'loading' && !this.#release) this.#load();
  }

  override disconnectedCallback(): void {
    stopWatching(this);
    showing(this, false);
    super.disconnectedCallback();
    if (!this.#release) return;
    this.#release();
    this.#release = undefined;
    // The aborted download must not settle this element: put back later, it starts again.
    this.#generation++;
  }

  // Until its first render a widget shows what its shadow root holds: the server's markup, or else a
  // bare slot, so the page's fallback content stays where it was.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.#serverRendered = !!root.firstChild;
    if (!root.firstChild) root.append((this.#placeholder = document.createElement('slot')));
    return root;
  }

  // Fifty widgets upgrading at once (a script tag, a framework's list, a server-rendered page) render
  // for the first time in turns, so the page stays responsive; nothing on screen moves while they wait.
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    // Server-rendered content stays on screen until there is data to render it again: its first
    // update comes in the turn that brings the article (never a loading state or an error over it).
    if (this.#serverRendered && this.loadState.status != 'ready') {
      return new Promise<void>((resolve) => (this.#whenReady = resolve)).then(() => super.scheduleUpdate());
    }
    return renderInTurn(() => super.scheduleUpdate());
  }

  protected override update(changed: PropertyValues<this>): void {
    this.#placeholder?.remove();
    this.#placeholder = undefined;
    // Lit's hydration support (encart.hydrate.js) adopts the server's nodes. Without it (the script
    // tag, encart.js) the widget renders afresh in their place, in one task: readers see no change.
    if (this.#serverRendered && !this.hasUpdated && !hydrates(this)) {
      this.renderRoot.replaceChildren();
      this.renderOptions.renderBefore = null;
    }
    super.update(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('htmlFor') || changed.has('article')) this.#loadIfChanged();
  }

  #loadIfChanged(): void {
    const { article, htmlFor, src } = this;
    const from = this.#loadedFrom;
    if (from && from.article === article && from.htmlFor === htmlFor && from.src === src) return;
    this.#loadedFrom = { article, htmlFor, src };
    this.#load();
  }

  #load(): void {
    this.#resume();
    this.#release?.();
    this.#release = undefined;
    const generation = ++this.#generation;
    const { article, htmlFor, src } = this;
    if (article !== undefined) return this.#settle(articleFromValue(article, `the .article of <${this.localName}>`));
    if (htmlFor) return this.#loadScript(htmlFor, generation);
    if (!src) return void (this.loadState = { status: 'idle' });
    const url = this.#url();
    if (!url) return this.#settle({ ok: false, reason: 'network', message: `"${src}" is not a URL` });
    const { result, release } = fetchArticle(url);
    this.#release = release;
    this.loadState = { status: 'loading' };
    warmFormatsSoon(this.locale);
    result.then((loaded) =>
      renderInTurn(async () => {
        if (generation != this.#generation) return;
        this.#release = undefined;
        this.#settle(loaded);
        // Rendered in this turn; a widget not yet rendered once renders in its own turn, queued later.
        if (this.hasUpdated) await this.updateComplete;
      }),
    );
  }

  #loadScript(id: string, generation: number): void {
    const script = (this.getRootNode() as Document).getElementById?.(id) ?? document.getElementById(id);
    if (!script && document.readyState == 'loading') {
      // The script may come later in the HTML than the element: look again once the page is parsed.
      this.loadState = { status: 'loading' };
      return document.addEventListener('DOMContentLoaded', () => generation == this.#generation && this.#load(), {
        once: true,
      });
    }
    if (script instanceof HTMLScriptElement && script.type == 'application/json') {
      return this.#settle(articleFromScript(script));
    }
    const message = `for="${id}": no <script type="application/json" id="${id}"> on the page`;
    console.warn(`[encart] <${this.localName}> ${message}`);
    this.#settle({ ok: false, reason: 'invalid', message });
  }

  #settle(result: LoadResult): void {
    this.loadState = { status: result.ok ? 'ready' : 'error', ...result };
    if (result.ok) this.#whenReady?.();
    // Server markup stays in view when its data fails: no update comes, and updateComplete must still settle.
    else if (!this.hasUpdated && this.#serverRendered) this.#wait();
    this.#emit(result.ok ? 'encart-load' : 'encart-error', result);
  }

  // encart-load or encart-error (named in the @fires above, which the manifest reads).
  #emit(type: string, detail: unknown): void {
    const event = new CustomEvent(type, { detail, bubbles: true, composed: true });
    this.dispatchEvent(event);
  }

  #url(): string | undefined {
    try {
      return this.src ? new URL(this.src, document.baseURI).href : undefined;
    } catch {
      return undefined;
    }
  }

  override render(): TemplateResult {
    const state = this.loadState;
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
    this.#emit('encart-error', { ok: false, reason: 'render', message } satisfies EncartErrorDetail);
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

// One observer for every lazy widget on the page. The margin starts a widget's work about a screen
// before the reader gets there, so it has rendered, and settled its height, out of sight.
const nearViewport = new Map<Element, () => void>();
let viewportObserver: IntersectionObserver | undefined;

function whenNearViewport(element: Element, start: () => void): void {
  viewportObserver ??= new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        if (!isIntersecting) continue;
        const started = nearViewport.get(target);
        stopWatching(target);
        started?.();
      }
    },
    { rootMargin: '100% 0px' },
  );
  nearViewport.set(element, start);
  viewportObserver.observe(element);
}

/** Stops waiting for `element` to near the viewport; says whether it was waiting. */
function stopWatching(element: Element): boolean {
  const waiting = nearViewport.delete(element);
  if (waiting) viewportObserver!.unobserve(element);
  return waiting;
}

// Every widget on one `src` gets its article at the same moment; rendering fifty of them in one task
// would freeze the page. They render one after another, giving the browser a turn every few ms.
const TURN_MS = 8;
const waiting: Array<() => Promise<void>> = [];
let turning = false;

/** Runs `render` in its turn; resolves once it has run. */
function renderInTurn(render: () => unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    // A widget whose render fails must not hold up the others; the failure goes to whoever awaits it
    // (Lit's updateComplete, which rejects as it does for any Lit element).
    waiting.push(() => Promise.resolve().then(render).then(() => resolve(), reject));
    if (!turning) void takeTurns();
  });
}

// A task of its own through a message port: setTimeout would wait 4 ms once timers nest.
let port: MessagePort | undefined;
const waitingForTask: Array<() => void> = [];
export function nextTask(): Promise<void> {
  if (!port) {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => waitingForTask.shift()?.();
    port = channel.port2;
  }
  return new Promise((resolve) => {
    waitingForTask.push(resolve);
    port!.postMessage(0);
  });
}

async function takeTurns(): Promise<void> {
  turning = true;
  // The first turn starts in a task of its own: the task that queued it (a script defining the
  // elements and upgrading fifty of them, say) has had its share of the main thread already.
  await nextTask();
  let turnStart = performance.now();
  while (waiting.length) {
    await waiting.shift()!();
    if (performance.now() - turnStart > TURN_MS && waiting.length) {
      await nextTask();
      turnStart = performance.now();
    }
  }
  turning = false;
}
