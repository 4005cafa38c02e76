// Adding what the extractor missed: the words selected in the text (or found by typing them, for
// keyboard users) become the new item's span.
import { LitElement, css, html, nothing } from 'lit';
import type { ItemKind, Span } from '../data/types.js';
import { KINDS } from './document.js';
import type { Translate } from './messages.js';
import { controls, kindColours, tokens } from './styles.js';
import { shorten } from './item-summary.js';

export class StudioAddEvent extends Event {
  constructor(
    readonly kind: ItemKind,
    readonly span: Span,
  ) {
    super('studio-add', { bubbles: true, composed: true });
  }
}

export class StudioAdd extends LitElement {
  static override properties = {
    text: { attribute: false },
    span: { attribute: false },
    t: { attribute: false },
    notFound: { state: true },
  };
  declare text: string;
  declare span: Span | null;
  declare t: Translate;
  declare notFound: string;

  static override styles = [
    tokens,
    controls,
    kindColours,
    css`
      :host {
        display: block;
      }
      .bar {
        display: grid;
        gap: 0.5rem;
        padding: 0.75rem;
        background: var(--panel);
        border: 1px solid var(--rule);
        border-radius: var(--radius);
      }
      .find {
        display: flex;
        gap: 0.5rem;
      }
      .selection {
        font-family: var(--serif);
        font-size: 0.9375rem;
        margin: 0;
      }
      .kinds {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        align-items: center;
      }
      .kinds button {
        box-shadow: inset 4px 0 0 var(--k-line);
        background: var(--k-bg);
        border-color: transparent;
      }
    `,
  ];

  constructor() {
    super();
    this.notFound = '';
    this.span = null;
  }

  protected override render() {
    const t = this.t;
    const words = this.span ? this.text.slice(this.span[0], this.span[1]) : '';
    return html`<div class="bar">
      <form class="find" @submit=${this.find}>
        <label class="visually-hidden" for="find">${t('findWords')}</label>
        <input id="find" name="find" placeholder=${t('findWords')} aria-describedby="add-hint" />
        <button type="submit">${t('find')}</button>
      </form>
      <p class="hint" id="add-hint" role="status">${this.notFound ? t('notFound', { words: this.notFound }) : this.span ? nothing : t('addHint')}</p>
      ${this.span
        ? html`<p class="selection"><span class="label">${t('selection')}</span> « ${shorten(words, 160)} »</p>
            <div class="kinds" role="group" aria-label=${t('addAs')}>
              <span class="label">${t('addAs')}</span>
              ${KINDS.map(
                (kind) =>
                  html`<button type="button" class="k-${kind}" @click=${() => this.dispatchEvent(new StudioAddEvent(kind, this.span!))}>
                    + ${t(`kind_${kind}`)}
                  </button>`,
              )}
            </div>`
        : nothing}
    </div>`;
  }

  /** Finds the typed words after the current selection (or from the top), wrapping around. */
  private find = (event: SubmitEvent): void => {
    event.preventDefault();
    const words = (new FormData(event.target as HTMLFormElement).get('find') as string).trim();
    if (!words) return;
    // Case does not matter to someone looking for words: « Tirs » finds « TIRS ».
    const text = this.text.toLowerCase();
    const wanted = words.toLowerCase();
    const from = this.span ? this.span[0] + 1 : 0;
    let at = text.indexOf(wanted, from);
    if (at < 0) at = text.indexOf(wanted);
    this.notFound = at < 0 ? words : '';
    this.dispatchEvent(new CustomEvent('studio-found', { detail: at < 0 ? null : [at, at + words.length], bubbles: true, composed: true }));
  };
}

customElements.define('studio-add', StudioAdd);

declare global {
  interface HTMLElementTagNameMap {
    'studio-add': StudioAdd;
  }
}
