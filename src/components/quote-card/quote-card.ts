import { html, nothing, type TemplateResult } from 'lit';
import type { Actor, Article } from '../../data/types.js';
import { EncartElement } from '../../shared/encart-element.js';
import { QUOTE_CARD_ATTRIBUTES } from '../attributes.js';
import type { Translations } from '../../shared/messages.js';
import type { EncartWords } from '../../shared/translations.js';
import { formatEventDate, quoteMarks } from '../../shared/format.js';
import { baseStyles } from '../../shared/base.styles.js';
import { quoteCardStyles } from './quote-card.styles.js';

export const QUOTE_CARD_WORDS: Translations<Pick<EncartWords, 'noQuotes' | 'unnamedSource'>> = {
  fr: { noQuotes: 'Aucune citation dans cet article.', unnamedSource: 'Source non nommée' },
  en: { noQuotes: 'No quotes in this article.', unnamedSource: 'Unnamed source' },
};

/**
 * @tag encart-quote-card
 * @summary A quote from the article, with its speaker, the speaker's role and the date it was said.
 *
 * @prop {Article} article - The article as an object; wins over `for` and `src`.
 * @slot - Fallback content (a plain `<blockquote>`), shown until the data is there and if it never comes.
 * @fires {EncartSelectEvent} encart-select - The reader picked the speaker (`detail.kind === 'actor'`).
 * @csspart card - The `<figure>` around the quote.
 * @csspart mark - The large decorative opening mark.
 * @csspart quote - The `<blockquote>`.
 * @csspart attribution - The caption: speaker, role, date.
 * @csspart speaker - The speaker's name.
 * @csspart role - The speaker's role.
 * @csspart date - The `<time>` the quote was said.
 * @cssproperty [--encart-quote-card-accent=var(--encart-color-accent)] - Accent for this widget only.
 * @cssproperty [--encart-quote-card-font-size=1.25em] - Size of the quoted words.
 * @cssproperty [--encart-quote-card-font-family=inherit] - Typeface of the quoted words.
 */
export class EncartQuoteCard extends EncartElement {
  static override styles = [baseStyles, quoteCardStyles];
  // Lit adds those of EncartElement.
  static override properties = QUOTE_CARD_ATTRIBUTES;

  /** Id of the quote to show. */
  declare quote?: string;

  protected override renderArticle(article: Article): TemplateResult {
    const words = this.words(QUOTE_CARD_WORDS);
    if (!article.quotes.length) return this.renderNotice(words.noQuotes);
    const quote = this.quote ? article.quotes.find((q) => q.id == this.quote) : article.quotes[0];
    if (!quote) return this.renderNotFound('quote', this.quote!, article);
    const speaker = article.actors.find((actor) => actor.id === quote.speaker);
    const [open, close] = quoteMarks(this.locale);
    return html`<figure class="card" part="card">
      <span class="mark" part="mark" aria-hidden="true">${open.trim()}</span>
      <blockquote part="quote" lang=${article.lang}>
        <p>${open}${quote.text}${close}</p>
      </blockquote>
      <figcaption part="attribution">
        ${speaker ? this.#renderSpeaker(speaker) : html`<cite part="speaker">${words.unnamedSource}</cite>`}
        ${quote.date
          ? html`<time part="date" datetime=${quote.date}>${formatEventDate(quote.date.slice(0, 10), 'day', this.locale)}</time>`
          : nothing}
      </figcaption>
    </figure>`;
  }

  #renderSpeaker(speaker: Actor): TemplateResult {
    return html`<cite part="speaker"
        ><button type="button" class="speaker" @click=${() => this.select('actor', speaker)}>${speaker.name}</button></cite
      >${speaker.role ? html`<span class="role" part="role">${speaker.role}</span>` : nothing}`;
  }
}
