// Each widget's attributes, declared once. An entry is the property's Lit options plus what people read: the
// widgets spread these lists into their `static properties`, and the server-rendering template and its option
// types, `encart render`'s flags and help, the studio's embed code and custom-elements.json are all made from
// them (test/node/attributes.test.mjs checks that they agree). Readers' bundles keep only what Lit reads: the
// build blanks `description`, `values`, `default` and `type: String` (rollup.config.mjs, `readersOnly`).

export interface Attribute {
  /** How Lit reads the attribute: text, a number, or present / absent. */
  readonly type: StringConstructor | NumberConstructor | BooleanConstructor;
  /** The attribute's name, when it is not the property's (`for` is `htmlFor`, as on `<label>`). */
  readonly attribute?: string;
  /** Whether the attribute follows the property (a widget's own `expanded` shows on the page). */
  readonly reflect?: boolean;
  /** The only values the attribute takes, for text that is one of a few words. */
  readonly values?: readonly string[];
  /** What the widget does when the attribute is absent; a boolean's is false. */
  readonly default?: string | number | boolean;
  /** One line for the docs, the manifest and `encart render --help`. */
  readonly description: string;
}

export type Attributes = Record<string, Attribute>;

/**
 * What every widget takes. Where the data comes from goes first: the server's markup writes a widget's own
 * attributes right after these two.
 */
export const WIDGET_ATTRIBUTES = {
  htmlFor: { type: String, attribute: 'for', description: 'Id of a `<script type="application/json">` holding the article.' },
  src: { type: String, reflect: true, description: "URL of the article's `encart/article@1` JSON (fetched once per page)." },
  lang: { type: String, reflect: true, description: "Language for words, numbers and dates; by default the article's, then the page's." },
  theme: {
    type: String,
    reflect: true,
    values: ['light', 'dark', 'auto'],
    description: "`light`, `dark` or `auto` (the reader's system); by default the widget follows the page's colours.",
  },
  loading: {
    type: String,
    reflect: true,
    values: ['eager', 'lazy'],
    default: 'eager',
    description: '`lazy`: download and render only as the reader nears the widget (like `<img loading="lazy">`).',
  },
} as const satisfies Attributes;

export const QUOTE_CARD_ATTRIBUTES = {
  quote: { type: String, reflect: true, description: "Id of the quote to show; the article's first quote by default." },
} as const satisfies Attributes;

export const FIGURES_PANEL_ATTRIBUTES = {
  figures: { type: String, reflect: true, description: 'Space-separated ids of the figures to show, in that order; all by default.' },
  limit: { type: Number, reflect: true, description: 'Show at most this many figures.' },
  heading: { type: String, reflect: true, description: 'The panel\'s title; « En chiffres » / "By the numbers" by default, empty for none.' },
} as const satisfies Attributes;

export const ACTOR_BADGE_ATTRIBUTES = {
  actor: { type: String, reflect: true, description: "Id of the actor to show; the article's first actor by default." },
  compact: {
    type: Boolean,
    reflect: true,
    description: 'Shows the name alone in the pill (the role stays in the panel): for badges in running text.',
  },
  expanded: { type: Boolean, reflect: true, description: 'Present when the panel with quotes and events is open.' },
} as const satisfies Attributes;

/** Events a timeline shows before "show all": the declaration's default, and the widget's when none is set. */
export const TIMELINE_LIMIT = 6;

export const MINI_TIMELINE_ATTRIBUTES = {
  from: { type: String, reflect: true, description: 'Earliest date to show (`2022`, `2022-01`, `2022-01-05`).' },
  to: { type: String, reflect: true, description: 'Latest date to show.' },
  limit: { type: Number, reflect: true, default: TIMELINE_LIMIT, description: 'Events shown before "show all": those closest to publication.' },
  orientation: { type: String, reflect: true, values: ['vertical', 'horizontal'], default: 'vertical', description: '`vertical` or `horizontal`.' },
  heading: { type: String, reflect: true, description: 'The timeline\'s title; « Chronologie » / "Timeline" by default, empty for none.' },
  expanded: { type: Boolean, reflect: true, description: 'Present when every event is shown; the "show all" button toggles it.' },
} as const satisfies Attributes;

/** Each widget's own attributes, by the name its tag has after `encart-`. */
export const ATTRIBUTES = {
  'quote-card': QUOTE_CARD_ATTRIBUTES,
  'figures-panel': FIGURES_PANEL_ATTRIBUTES,
  'actor-badge': ACTOR_BADGE_ATTRIBUTES,
  'mini-timeline': MINI_TIMELINE_ATTRIBUTES,
} as const;

export type WidgetName = keyof typeof ATTRIBUTES;

/** The value an attribute holds as a property: its words, a number, a boolean or text. */
export type AttributeValue<A extends Attribute> = A extends { values: readonly (infer V)[] }
  ? V
  : A['type'] extends NumberConstructor
    ? number
    : A['type'] extends BooleanConstructor
      ? boolean
      : string;

/** Values for some of the attributes of a list, by attribute name. */
export type AttributeValues<L extends Attributes> = { -readonly [K in keyof L]?: AttributeValue<L[K]> };
