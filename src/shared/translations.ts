/**
 * The words of the widgets in other languages than the two built in (French and English live in each widget):
 * a page registers a language once (`encart/locales/de.js`, or a translation of its own), every widget on the
 * page uses it, and the widgets already shown re-render.
 */
import type { ReactiveControllerHost } from 'lit';

/** Every word a widget shows, in one language; a function where the words depend on a number or a name. */
export interface EncartWords {
  loading: string;
  loadFailed: string;
  invalidData: string;
  retry: string;
  /** The `quote`, `actor`… asked for is not in the article. */
  notFound: (what: string) => string;
  noQuotes: string;
  unnamedSource: string;
  figuresHeading: string;
  noFigures: string;
  about: string;
  'more-than': string;
  'less-than': string;
  timelineHeading: string;
  noEvents: string;
  published: string;
  /** The timeline's button, `count` events hidden behind it: plural forms through `Intl.PluralRules`. */
  showAll: (count: number) => string;
  showFewer: string;
  noActors: string;
  mentions: (count: number) => string;
  quotesBy: (name: string) => string;
  eventsWith: (name: string) => string;
  /** A decade as the language writes it: 1990 → « années 1990 », "1990s", „1990er-Jahre“. */
  decade: (year: number) => string;
}

export interface EncartTranslation extends EncartWords {
  /** The language's BCP 47 tag ('de', 'pt', 'pt-BR'): a tag with a region wins over its language for that region. */
  $code: string;
  /** Quotation marks around quoted words, with any space the language sets inside them. */
  $quotes: [open: string, close: string];
}

const registered = new Map<string, EncartTranslation>();
const shown = new Set<ReactiveControllerHost>();
const noted = new Set<string>();

/** Makes each translation's words available to every widget on the page; widgets already shown re-render. */
export function registerTranslation(...translations: EncartTranslation[]): void {
  for (const translation of translations) registered.set(translation.$code.toLowerCase(), translation);
  shown.forEach((widget) => widget.requestUpdate());
}

/**
 * The registered words for `locale`: its own tag's, else its language's. A language with none but French and English
 * gets a note on the console, once, naming where its words come from.
 */
export function registeredWords(locale: string): EncartTranslation | undefined {
  const tag = locale.toLowerCase();
  const language = tag.split('-')[0];
  const found = registered.get(tag) ?? registered.get(language);
  if (!found && !/^(en|fr)$/.test(language) && !noted.has(language)) {
    noted.add(language);
    console.info(`[encart] no "${language}" words: import encart/locales/${language}.js`);
  }
  return found;
}

/** Re-renders `widget` when a language is registered, while it is on the page. */
export const rendersNewWords = (widget: ReactiveControllerHost): void =>
  widget.addController({ hostConnected: () => shown.add(widget), hostDisconnected: () => shown.delete(widget) });
