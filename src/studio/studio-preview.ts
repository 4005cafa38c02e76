// The four widgets, live on the edited data, as a reader would see them: in either language, light
// or dark, phone or desk width; and the choice of what each one shows.
import { LitElement, css, html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../define.js';
import type { StudioDoc } from './document.js';
import { chosenItems } from './embed-snippet.js';
import { shorten, speakerName } from './item-summary.js';
import type { Translate } from './messages.js';
import type { StudioStore } from './store.js';
import { controls, tokens } from './styles.js';

type Look = { lang: 'fr' | 'en'; theme: 'light' | 'dark'; width: 'phone' | 'desk' };

export class StudioPreview extends LitElement {
  static override properties = {
    store: { attribute: false },
    doc: { attribute: false },
    t: { attribute: false },
    look: { state: true },
  };
  declare store: StudioStore;
  declare doc: StudioDoc;
  declare t: Translate;
  declare look: Look;

  static override styles = [
    tokens,
    controls,
    css`
      :host {
        display: grid;
        grid-template-columns: minmax(14rem, 17rem) minmax(0, 1fr);
        gap: 1.25rem;
        align-items: start;
      }
      @media (max-width: 800px) {
        :host {
          grid-template-columns: 1fr;
        }
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 0 0 1rem;
        display: grid;
        gap: 0.6rem;
      }
      legend {
        font-size: 0.75rem;
        font-weight: 700;
        letter-spacing: 0.06em;
        text-transform: uppercase;
        color: var(--muted);
        margin-bottom: 0.5rem;
      }
      .look {
        display: grid;
        gap: 0.3rem;
        justify-items: start;
      }
      .figures {
        display: grid;
        gap: 0.25rem;
        max-height: 14rem;
        overflow: auto;
        padding: 0.25rem;
        border: 1px solid var(--rule);
        border-radius: var(--radius);
        background: #fff;
      }
      .figures label {
        display: flex;
        gap: 0.45rem;
        align-items: start;
        line-height: 1.3;
        color: var(--ink);
        font-weight: 400;
        font-size: 0.875rem;
      }
      .figures input {
        margin: 0.15rem 0 0;
        flex: none;
      }
      .range {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0.5rem;
      }
      .stage {
        background: #e9ebef;
        border-radius: var(--radius);
        padding: 1rem;
        overflow: auto;
      }
      .page {
        margin: 0 auto;
        background: #fff;
        color: #1b1d21;
        padding: 1.25rem;
        display: grid;
        gap: 1.5rem;
        font-family: var(--serif);
        max-width: 100%;
        box-shadow: 0 1px 3px rgb(0 0 0 / 0.12);
      }
      .page.phone {
        width: 360px;
      }
      .page.desk {
        width: 720px;
      }
      .page.dark {
        background: #161616;
        color: #ececec;
      }
    `,
  ];

  constructor() {
    super();
    this.look = { lang: 'fr', theme: 'light', width: 'desk' };
  }

  private segmented<K extends keyof Look>(key: K, label: string, values: [Look[K], string][]) {
    return html`<div class="look">
      <span class="label" id="look-${key}">${label}</span>
      <div class="segmented" role="group" aria-labelledby="look-${key}">
        ${values.map(
          ([value, text]) =>
            html`<button type="button" aria-pressed=${this.look[key] == value ? 'true' : 'false'} @click=${() => (this.look = { ...this.look, [key]: value })}>
              ${text}
            </button>`,
        )}
      </div>
    </div>`;
  }

  protected override render() {
    const t = this.t;
    const { article, picks } = this.doc;
    const chosen = chosenItems(article, picks);
    const look = this.look;
    return html`<div>
        <fieldset>
          <legend>${t('previewSettings')}</legend>
          ${this.segmented('lang', t('widgetLanguage'), [
            ['fr', 'FR'],
            ['en', 'EN'],
          ])}
          ${this.segmented('theme', t('theme'), [
            ['light', t('light')],
            ['dark', t('dark')],
          ])}
          ${this.segmented('width', t('width'), [
            ['phone', t('phone')],
            ['desk', t('desk')],
          ])}
        </fieldset>
        <fieldset>
          <legend>${t('widgetPicks')}</legend>
          <div class="field">
            <label for="pick-quote">${t('pickQuote')}</label>
            <select id="pick-quote" @change=${(e: Event) => this.store.setPicks({ quote: (e.target as HTMLSelectElement).value })}>
              ${article.quotes.map(
                (q) => html`<option value=${q.id} ?selected=${q.id == chosen.quote?.id}>${speakerName(article, q, t)} : ${shorten(q.text, 50)}</option>`,
              )}
            </select>
          </div>
          <div class="field">
            <span class="label" id="pick-figures">${t('pickFigures')}</span>
            <div class="figures" role="group" aria-labelledby="pick-figures">
              ${article.figures.map((f) => {
                const on = chosen.figures.includes(f);
                return html`<label
                  ><input
                    type="checkbox"
                    .checked=${on}
                    ?disabled=${!on && chosen.figures.length >= 4}
                    @change=${(e: Event) => {
                      const ids = chosen.figures.map((c) => c.id).filter((id) => id != f.id);
                      if ((e.target as HTMLInputElement).checked) ids.push(f.id);
                      this.store.setPicks({ figures: ids });
                    }}
                  />${f.display} ${shorten(f.label, 40)}</label
                >`;
              })}
            </div>
          </div>
          <div class="field">
            <label for="pick-actor">${t('pickActor')}</label>
            <select id="pick-actor" @change=${(e: Event) => this.store.setPicks({ actor: (e.target as HTMLSelectElement).value })}>
              ${article.actors.map((a) => html`<option value=${a.id} ?selected=${a.id == chosen.actor?.id}>${a.name}</option>`)}
            </select>
          </div>
          <div class="range">
            ${(['eventsFrom', 'eventsTo'] as const).map(
              (key) =>
                html`<div class="field">
                  <label for="pick-${key}">${t(key == 'eventsFrom' ? 'pickFrom' : 'pickTo')}</label>
                  <input
                    id="pick-${key}"
                    type="date"
                    .value=${picks[key] ?? ''}
                    @change=${(e: Event) => this.store.setPicks({ [key]: (e.target as HTMLInputElement).value || undefined })}
                  />
                </div>`,
            )}
          </div>
          <div class="field">
            <label for="pick-events">${t('pickEvents')}</label>
            <input
              id="pick-events"
              type="number"
              min="1"
              max="50"
              .value=${String(picks.eventsLimit)}
              @change=${(e: Event) => {
                const n = (e.target as HTMLInputElement).valueAsNumber;
                if (n >= 1) this.store.setPicks({ eventsLimit: Math.min(50, Math.round(n)) });
              }}
            />
          </div>
        </fieldset>
      </div>
      <section class="stage" aria-label=${t('preview')}>
        <div class="page ${look.width} ${look.theme}" lang=${look.lang}>
          ${chosen.quote ? html`<encart-quote-card .article=${article} quote=${chosen.quote.id} lang=${look.lang} theme=${look.theme}></encart-quote-card>` : ''}
          <encart-figures-panel .article=${article} figures=${chosen.figures.map((f) => f.id).join(' ')} lang=${look.lang} theme=${look.theme}></encart-figures-panel>
          ${chosen.actor ? html`<p><encart-actor-badge .article=${article} actor=${chosen.actor.id} lang=${look.lang} theme=${look.theme}></encart-actor-badge></p>` : ''}
          <encart-mini-timeline
            .article=${article}
            limit=${picks.eventsLimit}
            from=${ifDefined(picks.eventsFrom)}
            to=${ifDefined(picks.eventsTo)}
            lang=${look.lang}
            theme=${look.theme}
          ></encart-mini-timeline>
        </div>
      </section>`;
  }
}

customElements.define('studio-preview', StudioPreview);

declare global {
  interface HTMLElementTagNameMap {
    'studio-preview': StudioPreview;
  }
}
