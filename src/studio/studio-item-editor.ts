// The form to fix one item: its fields by kind, delete, and for an actor the merge.
// Fields commit on change (leaving the field or Enter), so each correction is one undo step.
import { LitElement, css, html, nothing } from 'lit';
import { isEventDate } from '../data/dates.js';
import type { Actor, Article, DatePrecision, Event as DatedEvent, Figure, Item, Quote } from '../data/types.js';
import { ACTOR_KIND_VALUES, APPROX_VALUES, DATE_PRECISION_VALUES } from '../data/words.js';
import type { ItemRef } from './document.js';
import type { Translate } from './messages.js';
import type { StudioStore } from './store.js';
import { controls, tokens } from './styles.js';

const EXAMPLES: Record<DatePrecision, string> = { day: '2022-01-05', month: '2022-01', year: '2019', decade: '199X' };

export class StudioItemEditor extends LitElement {
  static override properties = {
    store: { attribute: false },
    article: { attribute: false },
    ref: { attribute: false },
    t: { attribute: false },
    mergeTarget: { state: true },
  };
  declare store: StudioStore;
  declare article: Article;
  declare ref: ItemRef;
  declare t: Translate;
  declare mergeTarget: string;

  static override styles = [
    tokens,
    controls,
    css`
      :host {
        display: block;
      }
      form {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
        gap: 0.75rem;
        padding: 0.75rem 0 0.25rem;
      }
      .wide {
        grid-column: 1 / -1;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: end;
      }
      .row .field {
        flex: 1 1 10rem;
      }
      .actions {
        grid-column: 1 / -1;
        display: flex;
        justify-content: flex-end;
        align-items: center;
        gap: 0.5rem;
        flex-wrap: wrap;
        border-top: 1px solid var(--rule);
        padding-top: 0.6rem;
      }
      textarea {
        resize: vertical;
        min-height: 4.5rem;
        font-family: var(--serif);
      }
      .aliases {
        font-size: 0.875rem;
        margin: 0;
      }
    `,
  ];

  constructor() {
    super();
    this.mergeTarget = '';
  }

  private get item(): Item | undefined {
    const list = this.article[`${this.ref.kind}s` as 'quotes'] as Item[];
    return list.find((i) => i.id == this.ref.id);
  }

  private set(patch: Record<string, unknown>): void {
    this.store.update(this.ref, patch);
  }

  /** A text field that commits its value on change; `optional` fields are removed when emptied. */
  private textField(key: string, label: string, value: string | undefined, wide = false, multiline = false) {
    const id = `field-${key}`;
    const commit = (event: Event) => {
      const v = (event.target as HTMLInputElement).value;
      if (v != (value ?? '')) this.set({ [key]: v.trim() ? v : key == 'label' ? '' : undefined });
    };
    return html`<div class="field ${wide ? 'wide' : ''}">
      <label for=${id}>${label}</label>
      ${multiline
        ? html`<textarea id=${id} .value=${value ?? ''} @change=${commit}></textarea>`
        : html`<input id=${id} .value=${value ?? ''} @change=${commit} />`}
    </div>`;
  }

  protected override render() {
    const item = this.item;
    if (!item) return nothing;
    const t = this.t;
    return html`<form @submit=${(e: Event) => e.preventDefault()} aria-label=${t(`kind_${this.ref.kind}`)}>
      ${this.ref.kind == 'quote' ? this.quoteFields(item as Quote) : nothing} ${this.ref.kind == 'figure' ? this.figureFields(item as Figure) : nothing}
      ${this.ref.kind == 'actor' ? this.actorFields(item as Actor) : nothing} ${this.ref.kind == 'event' ? this.eventFields(item as DatedEvent) : nothing}
      <div class="actions">
        <button
          type="button"
          class="danger"
          @click=${() => {
            this.store.remove(this.ref);
            // The button is gone with its item: tell the list, which keeps the keyboard focus in place.
            this.dispatchEvent(new CustomEvent('studio-deleted', { bubbles: true, composed: true }));
          }}
        >
          ${t('delete')}
        </button>
      </div>
    </form>`;
  }

  private quoteFields(q: Quote) {
    const t = this.t;
    return html`<div class="field wide">
        <label for="field-speaker">${t('speaker')}</label>
        <select id="field-speaker" @change=${(e: Event) => this.set({ speaker: (e.target as HTMLSelectElement).value || undefined })}>
          <option value="" ?selected=${!q.speaker}>${t('unnamed')}</option>
          ${this.article.actors.map((a) => html`<option value=${a.id} ?selected=${a.id == q.speaker}>${a.name}${a.role ? ` — ${a.role}` : ''}</option>`)}
        </select>
      </div>
      ${this.textField('text', t('quoteText'), q.text, true, true)}
      <div class="field">
        <label for="field-date">${t('quoteDate')}</label>
        <input id="field-date" type="date" .value=${q.date?.slice(0, 10) ?? ''} @change=${(e: Event) => this.set({ date: (e.target as HTMLInputElement).value || undefined })} />
      </div>`;
  }

  private figureFields(f: Figure) {
    const t = this.t;
    return html`${this.textField('display', t('display'), f.display)}
      <div class="field">
        <label for="field-value">${t('value')}</label>
        <input
          id="field-value"
          type="number"
          step="any"
          .value=${String(f.value)}
          @change=${(e: Event) => {
            const value = (e.target as HTMLInputElement).valueAsNumber;
            if (Number.isFinite(value)) this.set({ value });
          }}
        />
      </div>
      <div class="field">
        <label for="field-approx">${t('approx')}</label>
        <select id="field-approx" @change=${(e: Event) => this.set({ approx: (e.target as HTMLSelectElement).value })}>
          ${APPROX_VALUES.map((a) => html`<option value=${a} ?selected=${a == f.approx}>${t(`approx_${a}`)}</option>`)}
        </select>
      </div>
      ${this.textField('unit', t('unit'), f.unit)} ${this.textField('label', t('label'), f.label, true)}`;
  }

  private actorFields(a: Actor) {
    const t = this.t;
    const others = this.article.actors.filter((o) => o.id != a.id);
    return html`${this.textField('name', t('name'), a.name)} ${this.textField('role', t('role'), a.role)}
      <div class="field">
        <label for="field-kind">${t('actorKind')}</label>
        <select id="field-kind" @change=${(e: Event) => this.set({ kind: (e.target as HTMLSelectElement).value })}>
          ${ACTOR_KIND_VALUES.map((k) => html`<option value=${k} ?selected=${k == a.kind}>${t(`kind_${k}`)}</option>`)}
        </select>
      </div>
      <p class="aliases wide"><span class="label">${t('aliases')}</span> ${a.aliases.length ? a.aliases.join(' · ') : t('noAliases')}</p>
      ${others.length
        ? html`<div class="row wide">
            <div class="field">
              <label for="field-merge">${t('mergeInto')}</label>
              <select id="field-merge" .value=${this.mergeTarget} @change=${(e: Event) => (this.mergeTarget = (e.target as HTMLSelectElement).value)}>
                <option value="">${t('chooseActor')}</option>
                ${others.map((o) => html`<option value=${o.id} ?selected=${o.id == this.mergeTarget}>${o.name}</option>`)}
              </select>
            </div>
            <button
              type="button"
              ?disabled=${!this.mergeTarget}
              @click=${() => {
                const into = this.mergeTarget;
                this.mergeTarget = '';
                this.store.merge(a.id, into);
                this.dispatchEvent(new CustomEvent('studio-merged', { detail: into, bubbles: true, composed: true }));
              }}
            >
              ${t('merge')}
            </button>
          </div>`
        : nothing}`;
  }

  private eventFields(e: DatedEvent) {
    const t = this.t;
    const valid = isEventDate(e.date, e.precision);
    return html`<div class="field">
        <label for="field-date">${t('date')}</label>
        <input
          id="field-date"
          .value=${e.date}
          aria-invalid=${valid ? 'false' : 'true'}
          aria-describedby="date-help"
          @change=${(ev: Event) => this.set({ date: (ev.target as HTMLInputElement).value.trim() })}
        />
        <p id="date-help" class=${valid ? 'hint' : 'error'}>${t('dateFormat', { example: EXAMPLES[e.precision] })}</p>
      </div>
      <div class="field">
        <label for="field-precision">${t('precision')}</label>
        <select id="field-precision" @change=${(ev: Event) => this.set({ precision: (ev.target as HTMLSelectElement).value })}>
          ${DATE_PRECISION_VALUES.map((p) => html`<option value=${p} ?selected=${p == e.precision}>${t(`precision_${p}`)}</option>`)}
        </select>
      </div>
      ${this.textField('label', t('eventLabel'), e.label, true, true)}`;
  }
}

customElements.define('studio-item-editor', StudioItemEditor);

declare global {
  interface HTMLElementTagNameMap {
    'studio-item-editor': StudioItemEditor;
  }
}
