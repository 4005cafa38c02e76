import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { eventDateStart } from '../../data/dates.js';
import { safeHttpUrl } from '../../data/url.js';
import type { Actor, Article } from '../../data/types.js';
import { baseStyles } from '../../shared/base.styles.js';
import { EncartElement } from '../../shared/encart-element.js';
import { ACTOR_BADGE_ATTRIBUTES } from '../attributes.js';
import type { Translations } from '../../shared/messages.js';
import type { EncartWords } from '../../shared/translations.js';
import { formatEventDate, machineDate, monogram, quoteMarks } from '../../shared/format.js';
import { actorBadgeStyles } from './actor-badge.styles.js';

export const ACTOR_BADGE_WORDS: Translations<Pick<EncartWords, 'noActors' | 'mentions' | 'quotesBy' | 'eventsWith'>> = {
  fr: {
    noActors: 'Aucune personne ni organisation dans cet article.',
    mentions: (n) => `${n} mention${n > 1 ? 's' : ''}`,
    quotesBy: (name) => `Citations de ${name}`,
    eventsWith: (name) => `Événements liés à ${name}`,
  },
  en: {
    noActors: 'No people or organisations in this article.',
    mentions: (n) => `${n} mention${n == 1 ? '' : 's'}`,
    quotesBy: (name) => `Quotes from ${name}`,
    eventsWith: (name) => `Events involving ${name}`,
  },
};

/**
 * @tag encart-actor-badge
 * @summary An inline pill for a person or organisation: monogram or picture, name and role. It opens
 * to show what the actor said and the dated events they took part in.
 *
 * @prop {Article} article - The article as an object; wins over `for` and `src`.
 * @slot - Fallback content (the actor's name as plain text), shown until the data is there.
 * @fires {EncartSelectEvent} encart-select - The reader opened the badge (`detail.kind === 'actor'`).
 * @csspart badge - The pill (a button).
 * @csspart avatar - The circle with the monogram or picture.
 * @csspart name - The actor's name.
 * @csspart role - The actor's role.
 * @csspart panel - The panel that opens below the pill.
 * @csspart mentions - How often the article names the actor.
 * @csspart quotes - The list of the actor's quotes.
 * @csspart events - The list of the actor's events.
 * @cssproperty [--encart-actor-badge-avatar-color=var(--encart-color-accent)] - The avatar circle only.
 */
export class EncartActorBadge extends EncartElement {
  static override styles = [baseStyles, actorBadgeStyles];
  // Lit adds those of EncartElement.
  static override properties = ACTOR_BADGE_ATTRIBUTES;

  /** Id of the actor to show. */
  declare actor?: string;
  /** Whether the panel with quotes and events is open. */
  declare expanded: boolean;
  /** The name alone in the pill, for badges in running text. */
  declare compact: boolean;

  constructor() {
    super();
    this.expanded = false;
    this.compact = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.#closeOnOutsidePointer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('expanded')) return;
    // Only an open badge listens to the whole page.
    if (this.expanded) document.addEventListener('pointerdown', this.#closeOnOutsidePointer);
    else document.removeEventListener('pointerdown', this.#closeOnOutsidePointer);
  }

  #closeOnOutsidePointer = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.expanded = false;
  };

  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.expanded) return;
    this.expanded = false;
    this.renderRoot.querySelector<HTMLButtonElement>('.badge')?.focus();
  }

  protected override renderArticle(article: Article): TemplateResult {
    if (!article.actors.length) return this.renderNotice(this.words(ACTOR_BADGE_WORDS).noActors);
    const actor = this.actor ? article.actors.find((a) => a.id == this.actor) : article.actors[0];
    if (!actor) return this.renderNotFound('actor', this.actor!, article);
    const image = safeHttpUrl(actor.image);
    return html`<span class="wrap" @keydown=${this.#onKeydown}>
      <button
        class="badge"
        part="badge"
        type="button"
        aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-controls="panel"
        @click=${() => this.#toggle(actor)}
      >
        <span class="avatar" part="avatar" aria-hidden="true"
          >${image ? html`<img src=${image} alt="" loading="lazy" />` : monogram(actor.name)}</span
        >
        <span class="name" part="name">${actor.name}</span>
        ${actor.role && !this.compact ? html`<span class="role" part="role">${actor.role}</span>` : nothing}
      </button>
      <div class="panel" part="panel" id="panel" role="region" aria-label=${actor.name} ?hidden=${!this.expanded}>
        ${this.expanded ? this.#renderPanel(actor, article) : nothing}
      </div>
    </span>`;
  }

  #toggle(actor: Actor): void {
    this.expanded = !this.expanded;
    if (this.expanded) this.select('actor', actor);
  }

  #renderPanel(actor: Actor, article: Article): TemplateResult {
    const { locale } = this;
    const words = this.words(ACTOR_BADGE_WORDS);
    const quotes = article.quotes.filter((q) => q.speaker === actor.id);
    const events = article.events
      .filter((e) => e.actors.includes(actor.id))
      .sort((a, b) => (eventDateStart(a.date) < eventDateStart(b.date) ? -1 : 1));
    const [open, close] = quoteMarks(locale);
    const link = safeHttpUrl(actor.url);
    // A compact pill has no room for the role: the panel gives it.
    return html`${actor.role && this.compact ? html`<p class="panel-role">${actor.role}</p>` : nothing}
      <p class="mentions" part="mentions">
        ${words.mentions(actor.mentions.length)}${link
          ? html` · <a href=${link} rel="noopener noreferrer" target="_blank">${new URL(link).hostname}</a>`
          : nothing}
      </p>
      ${quotes.length
        ? html`<h3>${words.quotesBy(actor.name)}</h3>
            <ul class="quotes" part="quotes" role="list">
              ${quotes.map(
                (q) => html`<li>
                  <blockquote lang=${article.lang}>${open}${q.text}${close}</blockquote>
                </li>`,
              )}
            </ul>`
        : nothing}
      ${events.length
        ? html`<h3>${words.eventsWith(actor.name)}</h3>
            <ol class="events" part="events" role="list">
              ${events.map(
                (e) => html`<li>
                  <time datetime=${machineDate(e.date, e.precision)}>${formatEventDate(e.date, e.precision, locale)}</time>
                  <span>${e.label}</span>
                </li>`,
              )}
            </ol>`
        : nothing}`;
  }
}
