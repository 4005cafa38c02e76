import { isEventDate, isIsoDate } from './dates.js';
import { ARTICLE_SCHEMA, type Article, type DatePrecision } from './types.js';
import { isHttpUrl } from './url.js';

/** One thing wrong with a document, at a JSON path such as `quotes[2].speaker`. */
export interface ValidationError {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; article: Article } | { ok: false; errors: ValidationError[] };

/** `quotes[2].speaker: unknown actor "putin"`: how an error reads in a console or a CLI. */
export function formatValidationError({ path, message }: ValidationError): string {
  return `${path || '(document)'}: ${message}`;
}

// Past this many, more errors say nothing new and only cost time on a huge broken document.
const MAX_ERRORS = 50;

type Json = Record<string, unknown>;
type Check = (value: unknown, path: string, doc: Doc) => string | void;
type Fields = Record<string, [required: boolean, check: Check]>;

interface Doc {
  text?: string;
  errors: ValidationError[];
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const string: Check = (v) => (typeof v === 'string' ? undefined : 'expected a string');
const text: Check = (v) => (typeof v !== 'string' ? 'expected a string' : v.trim() ? undefined : 'must not be empty');
const id: Check = (v) =>
  typeof v !== 'string' || !/^[^\s"'<>]{1,200}$/.test(v)
    ? 'expected an id: 1 to 200 characters, no spaces or quotes'
    : undefined;
const boolean: Check = (v) => (typeof v === 'boolean' ? undefined : 'expected true or false');
const finite: Check = (v) => (typeof v === 'number' && Number.isFinite(v) ? undefined : 'expected a finite number');
const unitInterval: Check = (v) =>
  typeof v === 'number' && v >= 0 && v <= 1 ? undefined : 'expected a number from 0 to 1';
const isoDate: Check = (v) =>
  typeof v === 'string' && isIsoDate(v) ? undefined : 'expected an ISO 8601 date such as 2022-01-08';
const httpUrl: Check = (v) =>
  typeof v === 'string' && isHttpUrl(v) ? undefined : 'expected an absolute http(s) URL';
const httpsUrl: Check = (v) => (typeof v === 'string' && isHttpUrl(v, true) ? undefined : 'expected an https URL');
const oneOf =
  (...allowed: string[]): Check =>
  (v) =>
    typeof v === 'string' && allowed.includes(v) ? undefined : `expected one of ${allowed.join(', ')}`;

const span: Check = (v, _path, doc) => {
  if (!Array.isArray(v) || v.length !== 2 || !v.every((n) => Number.isInteger(n) && n >= 0)) {
    return 'expected a span [start, end] of two whole numbers';
  }
  if (v[0] > v[1]) return 'span start is after its end';
  if (doc.text !== undefined && v[1] > doc.text.length) return `span ends after the text (${doc.text.length} characters)`;
};

const listOf =
  (check: Check): Check =>
  (v, path, doc) => {
    if (!Array.isArray(v)) return 'expected a list';
    v.forEach((item, i) => report(doc, `${path}[${i}]`, check(item, `${path}[${i}]`, doc)));
  };

const object =
  (fields: Fields): Check =>
  (v, path, doc) => {
    if (!isObject(v)) return 'expected an object';
    for (const [key, [required, check]] of Object.entries(fields)) {
      const at = path ? `${path}.${key}` : key;
      if (!Object.hasOwn(v, key)) {
        if (required) report(doc, at, 'is required');
      } else report(doc, at, check(v[key], at, doc));
    }
  };

function report(doc: Doc, path: string, message: string | void): void {
  if (message && doc.errors.length < MAX_ERRORS) doc.errors.push({ path, message });
}

const meta: Fields = { confidence: [false, unitInterval], checked: [false, boolean] };

const actor = object({
  id: [true, id],
  name: [true, text],
  kind: [true, oneOf('person', 'organization', 'place')],
  role: [false, string],
  aliases: [true, listOf(text)],
  mentions: [true, listOf(span)],
  image: [false, httpUrl],
  url: [false, httpUrl],
  ...meta,
});

const quote = object({
  id: [true, id],
  text: [true, text],
  speaker: [false, id],
  cue: [false, string],
  span: [true, span],
  date: [false, isoDate],
  ...meta,
});

const figure = object({
  id: [true, id],
  value: [true, finite],
  display: [true, text],
  approx: [true, oneOf('exact', 'about', 'more-than', 'less-than', 'order-of-magnitude')],
  unit: [false, string],
  label: [true, string],
  span: [true, span],
  ...meta,
});

const precisions: DatePrecision[] = ['day', 'month', 'year', 'decade'];
const event: Check = (v, path, doc) => {
  const shape = object({
    id: [true, id],
    date: [true, string],
    precision: [true, oneOf(...precisions)],
    label: [true, string],
    cue: [false, string],
    actors: [true, listOf(id)],
    span: [true, span],
    ...meta,
  });
  const problem = shape(v, path, doc);
  if (problem || !isObject(v)) return problem;
  const { date, precision } = v;
  if (typeof date === 'string' && precisions.includes(precision as DatePrecision)) {
    if (!isEventDate(date, precision as DatePrecision)) {
      report(doc, `${path}.date`, `"${date}" is not a ${precision} date (2022-01-05, 2022-01, 2019, 199X)`);
    }
  }
};

const source = object({ name: [true, text], url: [false, httpUrl] });

const article = object({
  schema: [true, string],
  id: [true, id],
  lang: [true, (v) => (typeof v === 'string' && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(v) ? undefined : 'expected a BCP 47 language tag such as fr or en-GB')],
  title: [false, string],
  published: [true, isoDate],
  url: [false, httpsUrl],
  source: [false, source],
  text: [false, string],
  actors: [true, listOf(actor)],
  quotes: [true, listOf(quote)],
  figures: [true, listOf(figure)],
  events: [true, listOf(event)],
});

const COLLECTIONS = ['actors', 'quotes', 'figures', 'events'] as const;

/** Ids must be unique across the document, and every reference must name an actor that exists. */
function checkReferences(root: Json, doc: Doc): void {
  const seen = new Set<string>();
  const actorIds = new Set<string>();
  for (const collection of COLLECTIONS) {
    const items = root[collection];
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      if (!isObject(item) || typeof item.id !== 'string') return;
      if (seen.has(item.id)) report(doc, `${collection}[${i}].id`, `duplicate id "${item.id}"`);
      seen.add(item.id);
      if (collection === 'actors') actorIds.add(item.id);
    });
  }
  const checkActor = (ref: unknown, path: string) => {
    if (typeof ref === 'string' && !actorIds.has(ref)) report(doc, path, `unknown actor "${ref}"`);
  };
  const { quotes, events } = root;
  if (Array.isArray(quotes)) quotes.forEach((q, i) => isObject(q) && checkActor(q.speaker, `quotes[${i}].speaker`));
  if (Array.isArray(events)) {
    events.forEach((e, i) => {
      if (isObject(e) && Array.isArray(e.actors)) e.actors.forEach((a, j) => checkActor(a, `events[${i}].actors[${j}]`));
    });
  }
}

/**
 * Checks a parsed JSON value against `encart/article@1`.
 * Returns the same object, typed, when it is valid (unknown fields kept), or every error with its JSON path.
 */
export function validateArticle(input: unknown): ValidationResult {
  const doc: Doc = { errors: [] };
  if (!isObject(input)) return { ok: false, errors: [{ path: '', message: 'expected an article object' }] };
  const version = typeof input.schema === 'string' ? /^encart\/article@(\d+)$/.exec(input.schema) : null;
  if (!version) {
    return { ok: false, errors: [{ path: 'schema', message: `expected "${ARTICLE_SCHEMA}"` }] };
  }
  if (version[1] !== '1') {
    const message = `"${input.schema}" is a newer or unknown major version; this Encart reads ${ARTICLE_SCHEMA}`;
    return { ok: false, errors: [{ path: 'schema', message }] };
  }
  if (typeof input.text === 'string') doc.text = input.text;
  article(input, '', doc);
  checkReferences(input, doc);
  return doc.errors.length ? { ok: false, errors: doc.errors } : { ok: true, article: input as unknown as Article };
}

/** Parses JSON text and validates it; a syntax error is reported like any other error. */
export function parseArticle(json: string): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: `not JSON: ${(error as Error).message}` }] };
  }
  return validateArticle(value);
}
