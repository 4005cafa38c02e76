// <encart-studio>: the whole editor. It owns the store and the selection, and lays out the three
// steps (Text, Review, Preview and export); each step is a component of its own.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { parseArticle, formatValidationError } from '../data/validate.js';
import type { Article, Span } from '../data/types.js';
import { KINDS, itemsOf, newDoc, type ItemRef } from './document.js';
import { defaultUiLang, translator, type Translate, type UiLang } from './messages.js';
import { prewarmWorker } from './extractor-client.js';
import { loadSample } from './sample.js';
import { StudioStore } from './store.js';
import { StudioAddEvent } from './studio-add.js';
import { StudioActionEvent, StudioFileEvent } from './studio-input.js';
import { toCheck } from './studio-items.js';
import { StudioSelectEvent, StudioTextSelectionEvent } from './studio-text.js';
import { controls, kindColours, tokens } from './styles.js';
import './studio-add.js';
import './studio-input.js';
import './studio-items.js';
import './studio-output.js';
import './studio-preview.js';
import './studio-text.js';

type Tab = 'text' | 'review' | 'output';
const TABS: Tab[] = ['text', 'review', 'output'];
const TAB_LABEL = { text: 'tabText', review: 'tabReview', output: 'tabOutput' } as const;
const UI_LANG_KEY = 'encart-studio/ui-lang';

// Counts shown on every render, typing included: computed once per article, not per keystroke.
const counts = new WeakMap<Article, { items: number; toCheck: number }>();
function articleCounts(article: Article) {
  let found = counts.get(article);
  if (!found) counts.set(article, (found = { items: KINDS.reduce((n, kind) => n + itemsOf(article, kind).length, 0), toCheck: toCheck(article).length }));
  return found;
}
const itemCount = (article: Article) => articleCounts(article).items;
const toCheckCount = (article: Article) => articleCounts(article).toCheck;

export class EncartStudio extends LitElement {
  static override properties = {
    storageKey: { attribute: 'storage-key' },
    uiLang: { attribute: 'ui-lang', reflect: true },
    tab: { state: true },
    selected: { state: true },
    pendingSpan: { state: true },
    notice: { state: true },
    // Bumped on every store change: the one state that re-renders the studio with the new document.
    revision: { state: true },
  };
  declare storageKey: string;
  declare uiLang: UiLang;
  declare tab: Tab;
  declare selected: ItemRef | null;
  declare pendingSpan: Span | null;
  declare notice: string;
  declare revision: number;
  store?: StudioStore;
  private confirmResolve?: (ok: boolean) => void;

  static override styles = [
    tokens,
    controls,
    kindColours,
    css`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--canvas);
      }
      header {
        position: sticky;
        top: 0;
        z-index: 2;
        background: #15171b;
        color: #fff;
        display: flex;
        align-items: center;
        gap: 0.75rem 1.25rem;
        padding: 0.6rem 1.25rem;
        flex-wrap: wrap;
      }
      .brand {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        font-weight: 700;
        letter-spacing: 0.01em;
        margin: 0;
        font-size: 1rem;
      }
      .brand .logo {
        display: inline-grid;
        place-items: center;
        width: 1.6rem;
        height: 1.6rem;
        border-radius: 4px;
        background: var(--accent);
        font-family: var(--serif);
        font-size: 1.05rem;
      }
      .brand .product {
        font-weight: 400;
        color: #c9ccd3;
      }
      .doc {
        flex: 1 1 12rem;
        min-width: 0;
        display: grid;
      }
      .doc-title {
        font-family: var(--serif);
        font-size: 1rem;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .status {
        font-size: 0.75rem;
        color: #c9ccd3;
        margin: 0;
      }
      .status .busy::before {
        content: '';
        display: inline-block;
        width: 0.5rem;
        height: 0.5rem;
        border-radius: 50%;
        background: #f2b84b;
        margin-inline-end: 0.35rem;
      }
      .tools {
        display: flex;
        gap: 0.4rem;
        align-items: center;
      }
      header button {
        background: transparent;
        color: #fff;
        border-color: #50555f;
      }
      header button:hover:not(:disabled) {
        background: #2a2d33;
      }
      header button:disabled {
        background: transparent;
        color: #8d929c;
        border-color: #3a3e45;
      }
      header .segmented {
        border-color: #50555f;
      }
      header .segmented button + button {
        border-color: #50555f;
      }
      header .segmented button[aria-pressed='true'] {
        background: #fff;
        color: #15171b;
      }
      header :focus-visible {
        outline-color: #a8c7fa;
      }
      nav {
        display: flex;
        gap: 0.25rem;
        padding: 0 1.25rem;
        background: var(--panel);
        border-bottom: 1px solid var(--rule);
        overflow-x: auto;
        position: sticky;
        top: var(--header-height, 3.2rem);
        z-index: 1;
      }
      [role='tab'] {
        all: unset;
        cursor: pointer;
        padding: 0.8rem 0.9rem 0.7rem;
        font-size: 0.9375rem;
        font-weight: 600;
        color: var(--muted);
        border-bottom: 3px solid transparent;
        white-space: nowrap;
        display: inline-flex;
        gap: 0.45rem;
        align-items: center;
      }
      [role='tab'][aria-selected='true'] {
        color: var(--ink);
        border-bottom-color: var(--accent);
      }
      [role='tab']:focus-visible {
        outline: 2px solid var(--focus);
        outline-offset: -4px;
      }
      .step {
        display: inline-grid;
        place-items: center;
        width: 1.35rem;
        height: 1.35rem;
        border-radius: 50%;
        border: 1.5px solid currentColor;
        font-size: 0.75rem;
      }
      .short {
        display: none;
      }
      .pill {
        font-size: 0.75rem;
        background: var(--warn-bg);
        color: var(--warn-ink);
        border: 1px solid #e0a64a;
        border-radius: 999px;
        padding: 0.05rem 0.45rem;
      }
      main {
        padding: 1.25rem;
        max-width: 90rem;
        margin: 0 auto;
      }
      .notice {
        margin: 0 0 1rem;
        padding: 0.6rem 0.9rem;
        border-radius: var(--radius);
        background: #fdf1f0;
        border: 1px solid #e2b4af;
        color: #9b1c13;
      }
      .review {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(20rem, 27rem);
        gap: 1.25rem;
        align-items: start;
      }
      .publish {
        display: grid;
        gap: 1.25rem;
      }
      .paper {
        background: var(--panel);
        border: 1px solid var(--rule);
        border-radius: var(--radius);
        padding: 1rem 1.5rem;
        min-width: 0;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        align-items: center;
        margin: 0 0 0.75rem;
        padding: 0 0 0.75rem;
        border-bottom: 1px solid var(--rule);
        list-style: none;
      }
      .unsure-sample {
        font-size: 0.8125rem;
        color: var(--muted);
        margin-inline-start: 0.5rem;
        text-decoration: underline dashed var(--warn-ink);
        text-underline-offset: 4px;
      }
      .side {
        position: sticky;
        top: 7.5rem;
        max-height: calc(100vh - 8.5rem);
        overflow: auto;
        display: grid;
        gap: 0.9rem;
        align-content: start;
        padding: 0 0.25rem 1rem;
      }
      .empty {
        font-family: var(--serif);
        color: var(--muted);
      }
      @media (max-width: 900px) {
        .review {
          grid-template-columns: 1fr;
        }
        .side {
          position: static;
          max-height: none;
          overflow: visible;
          padding: 0;
        }
        .paper {
          padding: 0.75rem 1rem;
        }
        /* On a phone the list is the work surface: it comes before the long text. */
        .review .side {
          order: -1;
        }
      }
      @media (max-width: 480px) {
        header,
        nav,
        main {
          padding-inline: 0.75rem;
        }
        main {
          padding-block: 0.75rem;
        }
        .brand .product,
        .brand .name,
        .step,
        .tool-label {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip-path: inset(50%);
          white-space: nowrap;
        }
        header {
          gap: 0.5rem 0.75rem;
        }
        /* Two sticky bars would leave a phone little room for the work. */
        header,
        nav {
          position: static;
        }
        .tools {
          order: -1;
          margin-inline-start: auto;
        }
        .brand {
          order: -2;
        }
        .doc {
          flex-basis: 100%;
        }
        [role='tab'] {
          padding-inline: 0.5rem;
          font-size: 0.875rem;
        }
        [role='tab'] .long {
          display: none;
        }
        [role='tab'] .short {
          display: inline;
        }
      }
      dialog {
        border: 0;
        border-radius: 8px;
        padding: 1.25rem 1.5rem;
        max-width: min(30rem, calc(100vw - 2rem));
        box-shadow: 0 10px 40px rgb(0 0 0 / 0.3);
      }
      dialog::backdrop {
        background: rgb(10 12 16 / 0.5);
      }
      dialog h2 {
        margin: 0 0 0.5rem;
        font-size: 1.125rem;
      }
      dialog p {
        margin: 0 0 1.25rem;
        color: var(--muted);
        line-height: 1.5;
      }
      .dialog-actions {
        display: flex;
        justify-content: flex-end;
        gap: 0.5rem;
        flex-wrap: wrap;
      }
    `,
  ];

  constructor() {
    super();
    this.storageKey = 'encart-studio/doc@1';
    this.uiLang = (globalThis.localStorage?.getItem(UI_LANG_KEY) as UiLang) || defaultUiLang();
    this.tab = 'review';
    this.selected = null;
    this.pendingSpan = null;
    this.notice = '';
    this.revision = 0;
  }

  private get t(): Translate {
    return translator(this.uiLang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('pagehide', this.onPageHide);
    if (!this.store) {
      prewarmWorker();
      void this.open();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
    window.removeEventListener('pagehide', this.onPageHide);
    this.store?.dispose();
    this.store = undefined;
  }

  private async open(): Promise<void> {
    const store = await StudioStore.open(loadSample, this.storageKey);
    if (!this.isConnected) return store.dispose();
    this.store = store;
    store.addEventListener('change', () => {
      this.revision++;
      if (store.status.state == 'done' && !performance.getEntriesByName('encart-studio-extracted').length) performance.mark('encart-studio-extracted');
      // An undo may take away the selected item.
      if (this.selected && !itemsOf(store.doc.article, this.selected.kind).some((i) => i.id == this.selected!.id)) this.selected = null;
    });
    this.revision++;
    await this.updateComplete;
    performance.mark('encart-studio-ready');
    // Saved work needs no extraction: it is ready as soon as it is drawn.
    if (store.doc.extractedFor && !performance.getEntriesByName('encart-studio-extracted').length) performance.mark('encart-studio-extracted');
    this.dispatchEvent(new Event('studio-ready', { bubbles: true, composed: true }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The browser tab says which article is open.
    const title = this.store?.doc.title;
    document.title = title ? `${title} — Encart Studio` : 'Encart Studio';
    if (changed.has('uiLang')) {
      document.documentElement.lang = this.uiLang;
      try {
        localStorage.setItem(UI_LANG_KEY, this.uiLang);
      } catch {
        // No storage: the choice lasts for this visit.
      }
    }
  }

  protected override render() {
    const t = this.t;
    const store = this.store;
    return html`<header>
        <p class="brand"><span class="logo" aria-hidden="true">E</span> <span class="name">Encart</span> <span class="product">${t('studio')}</span></p>
        <div class="doc">
          <span class="doc-title">${store ? store.doc.title || t('untitled') : ''}</span>
          <p class="status" role="status">${store ? this.renderStatus(store) : t('loading')}</p>
        </div>
        <div class="tools">
          <button type="button" aria-keyshortcuts="Control+Z" title="${t('undo')} (Ctrl+Z)" ?disabled=${!store?.canUndo} @click=${() => store?.undo()}>
            <span aria-hidden="true">↶</span> <span class="tool-label">${t('undo')}</span>
          </button>
          <button type="button" aria-keyshortcuts="Control+Shift+Z" title="${t('redo')} (Ctrl+Shift+Z)" ?disabled=${!store?.canRedo} @click=${() => store?.redo()}>
            <span aria-hidden="true">↷</span> <span class="tool-label">${t('redo')}</span>
          </button>
          <div class="segmented" role="group" aria-label=${t('interfaceLanguage')}>
            ${(['fr', 'en'] as const).map(
              (lang) =>
                html`<button type="button" lang=${lang} aria-pressed=${this.uiLang == lang ? 'true' : 'false'} @click=${() => (this.uiLang = lang)}>
                  ${lang.toUpperCase()}
                </button>`,
            )}
          </div>
        </div>
      </header>
      <nav role="tablist" aria-label=${t('steps')} @keydown=${this.onTabKey}>
        ${TABS.map((tab, i) => {
          const checks = tab == 'review' && store ? toCheckCount(store.doc.article) : 0;
          return html`<button
            role="tab"
            id="tab-${tab}"
            aria-selected=${this.tab == tab ? 'true' : 'false'}
            aria-controls="panel"
            tabindex=${this.tab == tab ? 0 : -1}
            @click=${() => (this.tab = tab)}
          >
            <span class="step" aria-hidden="true">${i + 1}</span> <span class="long">${t(TAB_LABEL[tab])}</span
            ><span class="short">${t(`${TAB_LABEL[tab]}Short`)}</span>
            ${checks ? html`<span class="pill">${t('toCheckCount', { n: checks })}</span>` : nothing}
          </button>`;
        })}
      </nav>
      <main>
        <div id="panel" role="tabpanel" aria-labelledby="tab-${this.tab}">
          ${this.notice ? html`<p class="notice" role="alert">${this.notice}</p>` : nothing} ${store ? this.renderTab(store) : nothing}
        </div>
      </main>
      <dialog aria-labelledby="discard-title" @cancel=${() => this.answer(false)}>
        <h2 id="discard-title">${t('discardTitle')}</h2>
        <p>${t('discardBody')}</p>
        <div class="dialog-actions">
          <button type="button" autofocus @click=${() => this.answer(false)}>${t('cancel')}</button>
          <button type="button" class="primary" @click=${() => this.answer(true)}>${t('discardConfirm')}</button>
        </div>
      </dialog>`;
  }

  private renderStatus(store: StudioStore) {
    const t = this.t;
    const s = store.status;
    const count = itemCount(store.doc.article);
    const saved = store.saved ? t('saved') : t('notSaved');
    if (s.state == 'extracting') return html`<span class="busy">${t('extracting')}</span>`;
    if (s.state == 'error') return t('extractError', { message: s.message });
    return `${s.state == 'done' ? t('found', { n: count, ms: s.ms }) : t('items', { n: count })} · ${saved}`;
  }

  private renderTab(store: StudioStore) {
    const t = this.t;
    const doc = store.doc;
    if (this.tab == 'text') return html`<studio-input .store=${store} .doc=${doc} .t=${t} @studio-file=${this.onFile} @studio-action=${this.onAction}></studio-input>`;
    if (this.tab == 'output') {
      return html`<div class="publish">
        <studio-output .doc=${doc} .t=${t} @studio-select=${this.onSelect}></studio-output>
        <studio-preview .store=${store} .doc=${doc} .t=${t}></studio-preview>
      </div>`;
    }
    const article = doc.article;
    return html`<div class="review">
      <section class="paper" aria-label=${t('articleText')}>
        <ul class="legend" aria-label=${t('legend')}>
          ${KINDS.map((kind) => html`<li class="chip k-${kind}">${t(`kind_${kind}`)}</li>`)}
          <li class="unsure-sample">${t('unsure')}</li>
        </ul>
        ${article.text?.trim()
          ? html`<studio-text .article=${article} .selected=${this.selected} @studio-select=${this.onSelect} @studio-text-selection=${this.onTextSelection}></studio-text>`
          : html`<p class="empty">${t('noText')}</p>`}
      </section>
      <div class="side">
        <studio-add .text=${article.text ?? ''} .span=${this.pendingSpan} .t=${t} @studio-add=${this.onAdd} @studio-found=${this.onFound}></studio-add>
        <studio-items .store=${store} .doc=${doc} .selected=${this.selected} .t=${t} .uiLang=${this.uiLang} @studio-select=${this.onSelect} @studio-merged=${this.onMerged}></studio-items>
      </div>
    </div>`;
  }

  /** Selects an item (from the text, a list or an error), toggling off when it is already selected. */
  private onSelect = (event: StudioSelectEvent): void => {
    const { ref } = event;
    const same = this.selected?.kind == ref.kind && this.selected.id == ref.id;
    // A second click on a list row closes its editor; a click in the text always selects.
    this.selected = same && this.fromList(event) ? null : ref;
    // Coming from an error in the Export step, the keyboard goes straight to the field to fix.
    if (this.tab == 'output') void this.focusEditor();
    this.tab = 'review';
  };

  private fromList(event: Event): boolean {
    return event.composedPath().some((node) => (node as Element).localName == 'studio-items');
  }

  private onTextSelection = (event: StudioTextSelectionEvent): void => {
    if (event.span) this.pendingSpan = event.span;
  };

  private onFound = (event: CustomEvent<Span | null>): void => {
    this.pendingSpan = event.detail;
  };

  private onAdd = (event: StudioAddEvent): void => {
    this.selected = this.store!.add(event.kind, event.span);
    this.pendingSpan = null;
    document.getSelection()?.removeAllRanges();
    void this.focusEditor();
  };

  private async focusEditor(): Promise<void> {
    await this.updateComplete;
    await this.renderRoot.querySelector('studio-items')?.focusEditor();
  }

  private onMerged = (event: CustomEvent<string>): void => {
    this.selected = { kind: 'actor', id: event.detail };
  };

  private onFile = async (event: StudioFileEvent): Promise<void> => {
    const content = await event.file.text();
    const store = this.store!;
    if (event.as == 'article') {
      const result = parseArticle(content);
      if (!result.ok) {
        this.notice = this.t('importFailed', { message: result.errors.slice(0, 3).map(formatValidationError).join('; ') });
        return;
      }
      if (!(await this.confirmDiscard())) return;
      this.notice = '';
      store.replace(StudioStore.docFromArticle(result.article));
      this.selected = null;
      this.tab = 'review';
      return;
    }
    if (!(await this.confirmDiscard())) return;
    // A Markdown file's first heading is its title.
    const heading = /^#\s+(.+)\n+/.exec(content);
    const text = heading ? content.slice(heading[0].length) : content;
    store.replace(newDoc({ text, published: store.doc.published, title: heading?.[1].trim() ?? event.file.name.replace(/\.(txt|md)$/i, '') }));
    this.notice = '';
    this.selected = null;
  };

  private onAction = async (event: StudioActionEvent): Promise<void> => {
    if (!(await this.confirmDiscard())) return;
    const store = this.store!;
    store.replace(event.action == 'example' ? await loadSample() : newDoc({ text: '', published: store.doc.published }));
    this.selected = null;
    this.notice = '';
  };

  /** Asks before replacing an editor's work; no question when there is none to lose. */
  confirmDiscard(): Promise<boolean> {
    if (!this.store?.hasWork) return Promise.resolve(true);
    const dialog = this.renderRoot.querySelector('dialog')!;
    dialog.showModal();
    return new Promise((resolve) => (this.confirmResolve = resolve));
  }

  private answer(ok: boolean): void {
    this.renderRoot.querySelector('dialog')?.close();
    this.confirmResolve?.(ok);
    this.confirmResolve = undefined;
  }

  private onTabKey = (event: KeyboardEvent): void => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    const next = TABS[(TABS.indexOf(this.tab) + step + TABS.length) % TABS.length];
    this.tab = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  };

  // A closing tab gets the last changes written rather than waiting for the usual pause.
  private onPageHide = (): void => void this.store?.flushSave();

  /** Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y) undo the studio's edits; inside a text field they stay the field's. */
  private onKey = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || !this.store) return;
    const target = event.composedPath()[0] as HTMLElement;
    if (target?.matches?.('input:not([type=checkbox]):not([type=radio]), textarea, select')) return;
    const key = event.key.toLowerCase();
    if (key == 'z' && !event.shiftKey) this.store.undo();
    else if ((key == 'z' && event.shiftKey) || key == 'y') this.store.redo();
    else return;
    event.preventDefault();
  };
}

customElements.define('encart-studio', EncartStudio);

declare global {
  interface HTMLElementTagNameMap {
    'encart-studio': EncartStudio;
  }
}
