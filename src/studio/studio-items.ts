// The found items, one list per kind plus "to check" (unchecked items, least sure first). Each row
// shows what the widgets will show; the selected row opens its editor in place.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { Article, Item, ItemKind } from '../data/types.js';
import { KINDS, isUnsure, itemKey, itemsOf, type ItemRef, type StudioDoc } from './document.js';
import { shorten, summary } from './item-summary.js';
import type { Translate, UiLang } from './messages.js';
import type { StudioStore } from './store.js';
import { StudioSelectEvent } from './studio-text.js';
import { controls, kindColours, tokens } from './styles.js';
import './studio-item-editor.js';

export type ListName = 'check' | ItemKind;
const LISTS: ListName[] = ['check', ...KINDS];

interface Row {
  kind: ItemKind;
  item: Item;
}

/** Unchecked items, least confident first: what an editor should look at before publishing. */
export function toCheck(article: Article): Row[] {
  const rows = KINDS.flatMap((kind) => itemsOf(article, kind).map((item) => ({ kind, item })));
  return rows.filter((r) => !r.item.checked).sort((a, b) => (a.item.confidence ?? 1) - (b.item.confidence ?? 1));
}

export class StudioItems extends LitElement {
  static override properties = {
    store: { attribute: false },
    doc: { attribute: false },
    selected: { attribute: false },
    t: { attribute: false },
    uiLang: { attribute: false },
    list: { state: true },
  };
  declare store: StudioStore;
  declare doc: StudioDoc;
  declare selected: ItemRef | null;
  declare t: Translate;
  declare uiLang: UiLang;
  declare list: ListName;

  static override styles = [
    tokens,
    controls,
    kindColours,
    css`
      :host {
        display: block;
      }
      .lists {
        display: flex;
        gap: 0.25rem;
        flex-wrap: wrap;
        margin-bottom: 0.75rem;
      }
      .lists button {
        font-weight: 500;
        border-radius: 999px;
        padding: 0.3rem 0.7rem;
      }
      .lists button[aria-pressed='true'] {
        background: var(--ink);
        border-color: var(--ink);
        color: #fff;
      }
      .count {
        font-variant-numeric: tabular-nums;
        opacity: 0.85;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      li {
        background: var(--panel);
        border: 1px solid var(--rule);
        border-inline-start: 4px solid var(--k-line);
        border-radius: var(--radius);
        padding: 0.6rem 0.75rem;
      }
      li.unsure {
        background: var(--warn-bg);
      }
      li.selected {
        border-color: var(--ink);
        border-inline-start-color: var(--k-line);
        box-shadow: 0 1px 6px rgb(0 0 0 / 0.12);
      }
      .row {
        display: flex;
        gap: 0.6rem;
        align-items: start;
      }
      .pick {
        all: unset;
        flex: 1;
        min-width: 0;
        cursor: pointer;
        display: grid;
        gap: 0.2rem;
        border-radius: 3px;
      }
      .pick:focus-visible {
        outline: 2px solid var(--focus);
        outline-offset: 3px;
      }
      .title {
        font-size: 0.9375rem;
        font-weight: 600;
        line-height: 1.35;
        overflow-wrap: anywhere;
      }
      .k-quote .title {
        font-family: var(--serif);
        font-weight: 400;
      }
      .detail {
        font-size: 0.8125rem;
        color: var(--muted);
      }
      .meta {
        display: flex;
        gap: 0.35rem;
        flex-wrap: wrap;
        align-items: center;
        margin-top: 0.15rem;
      }
      .badge {
        font-size: 0.75rem;
        padding: 0.05rem 0.4rem;
        border-radius: 999px;
        border: 1px solid var(--rule);
        color: var(--muted);
      }
      .badge.unsure {
        border-color: #e0a64a;
        color: var(--warn-ink);
        background: #fff;
        font-weight: 600;
      }
      .badge.ok {
        color: var(--ok-ink);
        border-color: #9fd0ae;
      }
      .check {
        display: inline-flex;
        align-items: center;
        gap: 0.3rem;
        font-size: 0.8125rem;
        color: var(--muted);
        white-space: nowrap;
        padding-top: 0.1rem;
      }
      .empty {
        color: var(--muted);
        font-size: 0.9375rem;
        padding: 1rem;
        border: 1px dashed var(--rule);
        border-radius: var(--radius);
        text-align: center;
      }
    `,
  ];

  constructor() {
    super();
    this.list = 'check';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Selecting from the text shows the item's own list if the current one does not hold it.
    if (changed.has('selected') && this.selected && this.list != this.selected.kind && !this.rows().some((r) => this.isSelected(r))) {
      this.list = this.selected.kind;
    }
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    if (!changed.has('selected') || !this.selected) return;
    // Once the editor inside has rendered, so the whole opened row comes into view.
    await this.renderRoot.querySelector('studio-item-editor')?.updateComplete;
    this.renderRoot.querySelector('li.selected')?.scrollIntoView({ block: 'nearest' });
  }

  private rows(): Row[] {
    const article = this.doc.article;
    if (this.list != 'check') return itemsOf(article, this.list).map((item) => ({ kind: this.list as ItemKind, item }));
    const rows = toCheck(article);
    // The item being checked stays in view even once ticked.
    const sel = this.selected;
    if (sel && !rows.some((r) => this.isSelected(r))) {
      const item = itemsOf(article, sel.kind).find((i) => i.id == sel.id);
      if (item) rows.unshift({ kind: sel.kind, item });
    }
    return rows;
  }

  private isSelected(row: Row): boolean {
    return !!this.selected && this.selected.kind == row.kind && this.selected.id == row.item.id;
  }

  private count(list: ListName): number {
    return list == 'check' ? toCheck(this.doc.article).length : itemsOf(this.doc.article, list).length;
  }

  /** Puts the keyboard in the open item's first field: after adding an item, or coming to fix one. */
  async focusEditor(): Promise<void> {
    await this.updateComplete;
    const editor = this.renderRoot.querySelector('studio-item-editor');
    await editor?.updateComplete;
    const field = editor?.shadowRoot?.querySelector<HTMLElement>('input, select, textarea');
    field?.focus();
    // As Tab would: the value selected, so typing replaces it.
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) field.select();
  }

  /** After a deletion, focus goes to the list's first row rather than being lost with the item. */
  private onDeleted = async (): Promise<void> => {
    await this.updateComplete;
    (this.renderRoot.querySelector<HTMLElement>('button.pick') ?? this.renderRoot.querySelector<HTMLElement>('.lists button'))?.focus();
  };

  protected override render() {
    const t = this.t;
    const rows = this.rows();
    return html`<div class="lists" role="group" aria-label=${t('itemLists')}>
        ${LISTS.map(
          (name) =>
            html`<button type="button" aria-pressed=${this.list == name ? 'true' : 'false'} @click=${() => (this.list = name)}>
              ${t(`list_${name}`)} <span class="count">${this.count(name)}</span>
            </button>`,
        )}
      </div>
      ${rows.length
        ? html`<ul aria-label=${t(`list_${this.list}`)} @studio-deleted=${this.onDeleted}>
            ${rows.map((row) => this.renderRow(row))}
          </ul>`
        : html`<p class="empty">${this.list == 'check' ? t('allChecked') : t('noItems')}</p>`}`;
  }

  private renderRow({ kind, item }: Row) {
    const t = this.t;
    const selected = this.isSelected({ kind, item });
    const unsure = !item.checked && isUnsure(item);
    const { title, detail } = summary(this.doc.article, kind, item, t, this.uiLang);
    const ref = { kind, id: item.id };
    const edited = this.doc.edited.includes(itemKey(kind, item.id));
    const editorId = `editor-${kind}-${item.id}`;
    return html`<li class="k-${kind} ${selected ? 'selected' : ''} ${unsure ? 'unsure' : ''}" data-key=${itemKey(kind, item.id)}>
      <div class="row">
        <button
          type="button"
          class="pick"
          aria-expanded=${selected ? 'true' : 'false'}
          aria-controls=${editorId}
          @click=${() => this.dispatchEvent(new StudioSelectEvent(ref))}
        >
          <span class="title">${kind == 'quote' ? `« ${shorten(title, 140)} »` : shorten(title)}</span>
          <span class="detail">${detail}</span>
          <span class="meta">
            <span class="chip">${t(`kind_${kind}`)}</span>
            ${unsure ? html`<span class="badge unsure">⚠ ${t('unsure')}</span>` : nothing}
            ${typeof item.confidence == 'number' ? html`<span class="badge">${t('confidence', { n: Math.round(item.confidence * 100) })}</span>` : nothing}
            ${edited ? html`<span class="badge">${t('handEdited')}</span>` : nothing}
          </span>
        </button>
        <label class="check"
          ><input type="checkbox" .checked=${!!item.checked} @change=${(e: Event) => this.store.update(ref, { checked: (e.target as HTMLInputElement).checked })} />
          <span>${t('checked')}<span class="visually-hidden"> : ${shorten(title, 40)}</span></span></label
        >
      </div>
      <div id=${editorId}>
        ${selected ? html`<studio-item-editor .store=${this.store} .article=${this.doc.article} .ref=${ref} .t=${t}></studio-item-editor>` : nothing}
      </div>
    </li>`;
  }
}

customElements.define('studio-items', StudioItems);

declare global {
  interface HTMLElementTagNameMap {
    'studio-items': StudioItems;
  }
}
