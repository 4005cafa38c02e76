// The article with every item highlighted by kind. A click on a highlight selects its item; the
// selected item is outlined and scrolled into view; selecting words offers them as a new item.
import { LitElement, css, html, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Article, ItemKind } from '../data/types.js';
import { isUnsure, itemKey, findItem, type ItemRef } from './document.js';
import { coverKeys, innermost, paragraphs, type Run } from './highlight.js';
import { kindColours, tokens } from './styles.js';

export class StudioSelectEvent extends Event {
  constructor(readonly ref: ItemRef) {
    super('studio-select', { bubbles: true, composed: true });
  }
}

export class StudioTextSelectionEvent extends Event {
  constructor(readonly span: [number, number] | null) {
    super('studio-text-selection', { bubbles: true, composed: true });
  }
}

export class StudioText extends LitElement {
  static override properties = { article: { attribute: false }, selected: { attribute: false } };
  declare article: Article;
  declare selected: ItemRef | null;

  static override styles = [
    tokens,
    kindColours,
    css`
      :host {
        display: block;
      }
      .text {
        font-family: var(--serif);
        font-size: 1.0625rem;
        line-height: 1.75;
        max-width: 42rem;
        margin: 0 auto;
        padding: 0.5rem 0 2rem;
      }
      p {
        margin: 0 0 1.1em;
        /* A 50,000-word text: paragraphs out of view cost no layout. */
        content-visibility: auto;
        contain-intrinsic-size: auto 5em;
      }
      mark {
        color: inherit;
        background: var(--k-bg);
        border-bottom: 2px solid var(--k-line);
        border-radius: 2px;
        cursor: pointer;
        padding: 0.05em 0;
      }
      mark.k-quote {
        border-bottom-style: none;
      }
      mark.k-quote.k-actor,
      mark.k-quote.k-figure,
      mark.k-quote.k-event {
        box-shadow: inset 0 -0.35em 0 var(--quote-bg);
      }
      mark.unsure {
        border-bottom-style: dashed;
        border-bottom-color: var(--warn-ink);
      }
      mark.selected {
        outline: 2px solid var(--ink);
        outline-offset: 1px;
        background: #ffe27a;
      }
    `,
  ];

  private lastArticle?: Article;

  protected override render() {
    const article = this.article;
    // Re-cutting and re-rendering a long text only when the article changes, not on each selection.
    return html`<div class="text" lang=${article.lang} @click=${this.onClick} @mouseup=${this.onSelect} @keyup=${this.onSelect}>
      ${guard([article], () => this.renderParagraphs(article))}
    </div>`;
  }

  private renderParagraphs(article: Article) {
    const text = article.text ?? '';
    const unsure = (kind: ItemKind, id: string) => {
      const item = findItem(article, { kind, id });
      return !!item && !item.checked && isUnsure(item);
    };
    return paragraphs(article, unsure).map((p) => html`<p>${p.runs.map((run) => this.renderRun(text, run))}</p>`);
  }

  private renderRun(text: string, run: Run) {
    const words = text.slice(run.start, run.end);
    const top = innermost(run);
    if (!top) return html`<span data-s=${run.start}>${words}</span>`;
    const kinds = [...new Set(run.covers.map((c) => `k-${c.kind}`))].join(' ');
    const unsure = run.covers.some((c) => c.unsure) ? ' unsure' : '';
    return html`<mark class="${kinds} k-${top.kind}${unsure}" data-s=${run.start} data-keys=${coverKeys(run)} data-kind=${top.kind} data-id=${top.id}
      >${words}</mark
    >`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('selected') && this.article == this.lastArticle) return;
    const articleChanged = this.article != this.lastArticle;
    this.lastArticle = this.article;
    const root = this.renderRoot as ShadowRoot;
    for (const mark of root.querySelectorAll('mark.selected')) mark.classList.remove('selected');
    if (!this.selected) return;
    const marks = root.querySelectorAll(`mark[data-keys~="${CSS.escape(itemKey(this.selected.kind, this.selected.id))}"]`);
    for (const mark of marks) mark.classList.add('selected');
    if (changed.has('selected') && !articleChanged) marks[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  private onClick(event: MouseEvent): void {
    const selection = this.currentSpan();
    if (selection) return;
    const mark = (event.target as Element).closest?.('mark');
    if (mark) this.dispatchEvent(new StudioSelectEvent({ kind: mark.getAttribute('data-kind') as ItemKind, id: mark.getAttribute('data-id')! }));
  }

  private onSelect = (): void => {
    this.dispatchEvent(new StudioTextSelectionEvent(this.currentSpan()));
  };

  /** The selected words as a span of the text, or null when nothing (or nothing here) is selected. */
  currentSpan(): [number, number] | null {
    const root = this.renderRoot as ShadowRoot & { getSelection?: () => Selection | null };
    const selection = root.getSelection?.() ?? document.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
    const range = selection.getRangeAt(0);
    const start = this.offsetOf(range.startContainer, range.startOffset);
    const end = this.offsetOf(range.endContainer, range.endOffset);
    return start === undefined || end === undefined || end <= start ? null : [start, end];
  }

  /** A DOM position inside the text pane as an offset into the article text. */
  private offsetOf(node: Node, offset: number): number | undefined {
    if (!this.renderRoot.contains(node)) return undefined;
    if (node.nodeType == Node.TEXT_NODE) {
      const run = node.parentElement?.closest('[data-s]');
      return run ? Number(run.getAttribute('data-s')) + offset : undefined;
    }
    const element = node as Element;
    const child = element.childNodes[offset] as Element | undefined;
    const run = child?.nodeType == Node.ELEMENT_NODE ? (child.matches('[data-s]') ? child : child.querySelector('[data-s]')) : null;
    return run ? Number(run.getAttribute('data-s')) : undefined;
  }
}

customElements.define('studio-text', StudioText);

declare global {
  interface HTMLElementTagNameMap {
    'studio-text': StudioText;
  }
}
