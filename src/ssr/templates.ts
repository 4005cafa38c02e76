import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { Article } from '../data/types.js';
import {
  ATTRIBUTES,
  WIDGET_ATTRIBUTES,
  type ACTOR_BADGE_ATTRIBUTES,
  type Attributes,
  type AttributeValues,
  type FIGURES_PANEL_ATTRIBUTES,
  type MINI_TIMELINE_ATTRIBUTES,
  type QUOTE_CARD_ATTRIBUTES,
  type WidgetName,
} from '../components/attributes.js';

export type { WidgetName };

/** What every widget takes on the server: its language and theme, and the data script it reads once hydrated. */
export interface CommonOptions extends Pick<AttributeValues<typeof WIDGET_ATTRIBUTES>, 'lang' | 'theme'> {
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

// Each widget's own options are its attributes (../components/attributes.ts), by property name.
export interface QuoteCardOptions extends CommonOptions, AttributeValues<typeof QUOTE_CARD_ATTRIBUTES> {
  widget: 'quote-card';
}
export interface FiguresPanelOptions extends CommonOptions, AttributeValues<typeof FIGURES_PANEL_ATTRIBUTES> {
  widget: 'figures-panel';
}
export interface ActorBadgeOptions extends CommonOptions, AttributeValues<typeof ACTOR_BADGE_ATTRIBUTES> {
  widget: 'actor-badge';
}
export interface MiniTimelineOptions extends CommonOptions, AttributeValues<typeof MINI_TIMELINE_ATTRIBUTES> {
  widget: 'mini-timeline';
}

export type WidgetOptions = QuoteCardOptions | FiguresPanelOptions | ActorBadgeOptions | MiniTimelineOptions;

// The server's markup has always named where the data comes from first, then the widget's own attributes, then
// the rest: the attributes come out in that order.
const { htmlFor, src, ...presentation } = WIDGET_ATTRIBUTES;
const inOrder = (widget: WidgetName): Attributes[] => [{ htmlFor, src }, ATTRIBUTES[widget], presentation];

// One template per element, naming each declared attribute: on the server the article goes in as a property (so
// the widget renders its content), in the browser the same element reads it through `for` or `src`. Lit's static
// html makes the template from the names; it caches it, so each widget's is made once.
export function widgetTemplate(article: Article, options: WidgetOptions): TemplateResult {
  const values: Record<string, unknown> = {
    ...options,
    // The widget reads its data from `src` when given one, else from the page's data script.
    htmlFor: options.src ? undefined : options.dataId,
    loading: options.lazy ? 'lazy' : undefined,
  };
  const bindings: string[] = [];
  const bound: unknown[] = [];
  for (const list of inOrder(options.widget)) {
    for (const [property, { type, attribute = property }] of Object.entries(list)) {
      const value = values[property];
      bindings.push(type == Boolean ? ` ?${attribute}=` : ` ${attribute}=`);
      bound.push(type == Boolean ? value : ifDefined(value));
    }
  }
  const tag = unsafeStatic(`encart-${options.widget}`);
  const strings = ['<', ...bindings, ' .article=', '></', '>'] as unknown as TemplateStringsArray;
  return html(strings, tag, ...bound, article, tag);
}
