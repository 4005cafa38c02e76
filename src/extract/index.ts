/**
 * The extractor: article text in, `encart/article@1` out. Deterministic, offline, linear in the text's
 * length, free of Node APIs, so the same call gives the same document in Node and in a browser.
 *
 * Stages (src/extract/pipeline), each reading the segmented text and the language's word lists:
 * segment → actors → quotes → figures → events; then quote dates, ids from content (pipeline/ids.ts) and a final validation.
 */
import { ARTICLE_SCHEMA, type Article, type Source } from '../data/types.js';
import { validateArticle, formatValidationError } from '../data/validate.js';
import { detectLanguage, LANGUAGES } from './lang/index.js';
import { findActors } from './pipeline/actors.js';
import { findEvents } from './pipeline/events.js';
import { findFigures } from './pipeline/figures.js';
import { assignItemIds } from './pipeline/ids.js';
import { findQuotes } from './pipeline/quotes.js';
import { segment } from './pipeline/segment.js';
import { hashText, slugify } from './pipeline/util.js';

export { detectLanguage } from './lang/index.js';
export type { Lang } from './lang/types.js';

export interface ExtractOptions {
  /** Publication date, ISO 8601 ('2022-01-08'): the anchor for « mercredi », "yesterday", « la semaine prochaine ». */
  published: string;
  /** Language of the text; detected from its function words when absent. */
  lang?: 'fr' | 'en';
  id?: string;
  title?: string;
  url?: string;
  source?: { name: string; url?: string };
}

export interface ExtractResult {
  article: Article;
  /** Things an editor should know: empty text, nothing found, a part of the pipeline that gave up. */
  warnings: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/;
const ID = /^[^\s"'<>]{1,200}$/;

/** The article's id: the one given, else a slug of the title, else a stable hash of the text. */
function articleId(text: string, options: ExtractOptions): string {
  if (options.id && ID.test(options.id)) return options.id;
  const fromTitle = options.title ? slugify(options.title, 80) : '';
  return fromTitle || `article-${hashText(text)}`;
}

/**
 * Extracts actors, quotes, figures and dated events from `text`.
 * Never throws on any text: what cannot be read is left out and said in `warnings`.
 * Throws a RangeError only when `options.published` is not an ISO 8601 date, since every relative date depends on it.
 */
export function extract(text: string, options: ExtractOptions): ExtractResult {
  if (typeof options?.published != 'string' || !ISO_DATE.test(options.published) || !validDay(options.published)) {
    throw new RangeError(`published must be an ISO 8601 date such as 2022-01-08, got ${JSON.stringify(options?.published)}`);
  }
  if (options.lang != null && !(options.lang in LANGUAGES)) {
    throw new RangeError(`lang must be one of ${Object.keys(LANGUAGES).join(', ')}, got ${JSON.stringify(options.lang)}: the extractor has no rules for it`);
  }
  const source = String(text ?? '');
  const code = options.lang ?? detectLanguage(source);
  const lang = code ? LANGUAGES[code] : undefined;
  const warnings: string[] = [];
  const article: Article = {
    schema: ARTICLE_SCHEMA,
    id: articleId(source, options),
    lang: lang?.code ?? 'und',
    published: options.published,
    text: source,
    actors: [],
    quotes: [],
    figures: [],
    events: [],
  };
  if (options.title) article.title = options.title;
  if (options.url && /^https:\/\/\S+$/.test(options.url)) article.url = options.url;
  else if (options.url) warnings.push(`url ignored: "${options.url}" is not an https URL`);
  if (options.source?.name?.trim()) article.source = { ...options.source } as Source;

  if (!source.trim()) {
    warnings.push('the text is empty: nothing to extract');
    return { article, warnings };
  }
  if (!lang) {
    warnings.push(`the text reads as neither ${Object.keys(LANGUAGES).join(' nor ')}: nothing extracted (pass lang to read it as one of them)`);
    return { article, warnings };
  }
  try {
    const doc = segment(source, lang);
    const found = findActors(doc);
    const { actors, mentions } = found;
    const quotes = findQuotes(doc, found);
    const figures = findFigures(doc);
    const events = findEvents(doc, options.published, mentions, actors);
    // A quote takes the date of a day named next to its verb: « a déclaré vendredi ».
    // Both lists are in text order: one forward pointer keeps this linear.
    let next = 0;
    for (const { quote, cueToken } of quotes) {
      if (cueToken < 0) continue;
      while (next < events.length && events[next].cueFirst < cueToken - 3) next++;
      for (let k = next; k < events.length && events[k].cueFirst <= cueToken + 3; k++) {
        const e = events[k];
        if (e.event.precision == 'day' && doc.tokens[e.cueFirst].sentence == doc.tokens[cueToken].sentence) {
          quote.date = e.event.date;
          break;
        }
      }
    }
    Object.assign(article, { actors, quotes: quotes.map((q) => q.quote), figures, events: events.map((e) => e.event) });
    // Last, since a quote's date is part of what it is: ids from content, not the stages' positions.
    assignItemIds(article.actors, article.quotes, article.figures, article.events);
  } catch (error) {
    warnings.push(`extraction stopped: ${(error as Error)?.message ?? error}; the article is returned empty`);
    Object.assign(article, { actors: [], quotes: [], figures: [], events: [] });
  }
  const checked = validateArticle(article);
  if (!checked.ok) {
    warnings.push(`internal error, output dropped: ${checked.errors.slice(0, 3).map(formatValidationError).join('; ')}`);
    Object.assign(article, { actors: [], quotes: [], figures: [], events: [] });
  }
  if (source.trim().length < 200) warnings.push('the text is very short: results will be thin');
  const empty = (['quotes', 'figures', 'events'] as const).filter((k) => !article[k].length);
  if (empty.length == 3 && !article.actors.length) warnings.push('nothing found: is this a news article, and is the language right?');
  else if (empty.length) warnings.push(`no ${empty.join(', ')} found`);
  return { article, warnings };
}

function validDay(iso: string): boolean {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() == y && t.getUTCMonth() == m - 1 && t.getUTCDate() == d;
}
