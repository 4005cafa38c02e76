import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Article } from '../data/types.js';

/** What every widget takes on the server: its language and theme, and the data script it reads once hydrated. */
export interface CommonOptions {
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  /** Id of the `<script type="application/json">` the widget reads in the browser (its `for`). */
  dataId?: string;
  /**
   * URL the widget reads its article from in the browser (its `src`) instead of a data script: fifty
   * widgets on one page share one download, and each shows its server-rendered content until then.
   */
  src?: string;
  /** `loading="lazy"`: in the browser the widget goes live only as the reader nears it. */
  lazy?: boolean;
}

export interface QuoteCardOptions extends CommonOptions {
  widget: 'quote-card';
  quote?: string;
}
export interface FiguresPanelOptions extends CommonOptions {
  widget: 'figures-panel';
  figures?: string;
  limit?: number;
  heading?: string;
}
export interface ActorBadgeOptions extends CommonOptions {
  widget: 'actor-badge';
  actor?: string;
  compact?: boolean;
  expanded?: boolean;
}
export interface MiniTimelineOptions extends CommonOptions {
  widget: 'mini-timeline';
  from?: string;
  to?: string;
  limit?: number;
  orientation?: 'vertical' | 'horizontal';
  heading?: string;
  expanded?: boolean;
}

export type WidgetOptions = QuoteCardOptions | FiguresPanelOptions | ActorBadgeOptions | MiniTimelineOptions;
export type WidgetName = WidgetOptions['widget'];

// One template per element, naming each attribute: on the server the article goes in as a property
// (so the widget renders its content), in the browser the same element reads it through `for` or `src`.
export function widgetTemplate(article: Article, options: WidgetOptions): TemplateResult {
  const { lang, theme, src } = options;
  const loading = options.lazy ? 'lazy' : undefined;
  // The widget reads its data from `src` when given one, else from the page's data script.
  const dataId = src ? undefined : options.dataId;
  switch (options.widget) {
    case 'quote-card':
      return html`<encart-quote-card for=${ifDefined(dataId)} src=${ifDefined(src)} .article=${article} quote=${ifDefined(options.quote)}
        lang=${ifDefined(lang)} theme=${ifDefined(theme)} loading=${ifDefined(loading)}></encart-quote-card>`;
    case 'figures-panel':
      return html`<encart-figures-panel for=${ifDefined(dataId)} src=${ifDefined(src)} .article=${article} figures=${ifDefined(options.figures)}
        limit=${ifDefined(options.limit)} heading=${ifDefined(options.heading)} lang=${ifDefined(lang)}
        theme=${ifDefined(theme)} loading=${ifDefined(loading)}></encart-figures-panel>`;
    case 'actor-badge':
      return html`<encart-actor-badge for=${ifDefined(dataId)} src=${ifDefined(src)} .article=${article} actor=${ifDefined(options.actor)}
        ?compact=${options.compact} ?expanded=${options.expanded} lang=${ifDefined(lang)}
        theme=${ifDefined(theme)} loading=${ifDefined(loading)}></encart-actor-badge>`;
    case 'mini-timeline':
      return html`<encart-mini-timeline for=${ifDefined(dataId)} src=${ifDefined(src)} .article=${article} from=${ifDefined(options.from)}
        to=${ifDefined(options.to)} limit=${ifDefined(options.limit)} orientation=${ifDefined(options.orientation)}
        heading=${ifDefined(options.heading)} ?expanded=${options.expanded} lang=${ifDefined(lang)}
        theme=${ifDefined(theme)} loading=${ifDefined(loading)}></encart-mini-timeline>`;
  }
}
