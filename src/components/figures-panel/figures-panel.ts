import { html, nothing, type TemplateResult } from 'lit';
import type { Article, Figure } from '../../data/types.js';
import { baseStyles } from '../../shared/base.styles.js';
import { headingStyles } from '../../shared/heading.styles.js';
import { EncartElement } from '../../shared/encart-element.js';
import { FIGURES_PANEL_ATTRIBUTES } from '../attributes.js';
import type { Translations } from '../../shared/messages.js';
import type { EncartWords } from '../../shared/translations.js';
import { figureValueText, unitAfterValue } from '../../shared/format.js';
import { figuresPanelStyles } from './figures-panel.styles.js';

type FiguresWords = Pick<EncartWords, 'figuresHeading' | 'noFigures' | 'about' | 'more-than' | 'less-than'>;
export const FIGURES_PANEL_WORDS: Translations<FiguresWords> = {
  fr: { figuresHeading: 'En chiffres', noFigures: 'Aucun chiffre dans cet article.', about: 'environ', 'more-than': 'plus de', 'less-than': 'moins de' },
  en: { figuresHeading: 'By the numbers', noFigures: 'No figures in this article.', about: 'about', 'more-than': 'more than', 'less-than': 'less than' },
};

/**
 * @tag encart-figures-panel
 * @summary A "by the numbers" panel: each key figure large, its qualifier above, what it counts below.
 *
 * @prop {Article} article - The article as an object; wins over `for` and `src`.
 * @slot - Fallback content, shown until the data is there and if it never comes.
 * @csspart panel - The `<section>` around the panel.
 * @csspart heading - The panel's title.
 * @csspart figures - The list of figures.
 * @csspart figure - One figure.
 * @csspart qualifier - « plus de », "about": above the number.
 * @csspart value - The number, or the words of a vague quantity (« Des dizaines »).
 * @csspart unit - The unit after the number (« ans »).
 * @csspart label - What the figure counts.
 * @cssproperty [--encart-figures-panel-accent=var(--encart-color-accent)] - Accent for this widget only.
 * @cssproperty [--encart-figures-panel-value-size=2.25em] - Size of the numbers.
 */
export class EncartFiguresPanel extends EncartElement {
  static override styles = [baseStyles, headingStyles, figuresPanelStyles];
  // Lit adds those of EncartElement.
  static override properties = FIGURES_PANEL_ATTRIBUTES;

  /** Space-separated figure ids, in the order to show them. */
  declare figures?: string;
  /** At most this many figures. */
  declare limit?: number;
  /** The panel's title. */
  declare heading?: string;

  protected override renderArticle(article: Article): TemplateResult {
    const words = this.words(FIGURES_PANEL_WORDS);
    if (!article.figures.length) return this.renderNotice(words.noFigures);
    const chosen = this.#chooseFigures(article);
    if (!chosen.length) return this.renderNotFound('figures', this.figures!, article);
    const heading = this.heading ?? words.figuresHeading;
    return html`<section class="panel" part="panel" aria-label=${heading || words.figuresHeading}>
      ${heading ? html`<h2 class="heading" part="heading">${heading}</h2>` : nothing}
      <ul class="figures" part="figures" role="list" data-columns=${balancedColumns(chosen.length)}>
        ${chosen.map((figure) => this.#renderFigure(figure, words))}
      </ul>
    </section>`;
  }

  #chooseFigures(article: Article): Figure[] {
    const ids = this.figures?.trim().split(/\s+/);
    const chosen = ids ? ids.flatMap((id) => article.figures.find((f) => f.id == id) ?? []) : article.figures;
    if (ids && chosen.length && chosen.length < ids.length) this.warn(`figures="${this.figures}": some ids are not in article "${article.id}"`);
    const { limit } = this;
    return limit! >= 0 ? chosen.slice(0, limit) : chosen;
  }

  #renderFigure(figure: Figure, words: FiguresWords): TemplateResult {
    const { approx } = figure;
    const vague = approx == 'order-of-magnitude';
    const qualifier = approx == 'exact' || vague ? '' : words[approx];
    const unit = unitAfterValue(figure);
    return html`<li class="figure" part="figure">
      <span class="qualifier" part="qualifier">${qualifier}</span>
      <span class="value ${vague ? 'value--words' : ''}" part="value"
        >${figureValueText(figure, this.locale)}${unit ? html`<span class="unit" part="unit">${unit}</span>` : nothing}</span
      >
      <span class="label" part="label" title=${figure.label}>${figure.label}</span>
    </li>`;
  }
}

/** Columns for a wide panel that leave no lonely figure on the last row: 4 → 4, 5 → 3, 6 → 3, 7 → 4. */
function balancedColumns(count: number): number {
  if (count <= 4) return count;
  return count % 4 == 0 || count % 4 == 3 ? 4 : 3;
}
