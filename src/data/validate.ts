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

// This validator ships inside every widget, so the contract is written as compact field specs
// (`name:rule`, `?` optional, `*` a list of) over a table of rules, rather than as code; the JSON
// Schema file says the same for other languages, and a test keeps the two in step.
interface Doc {
  text?: string;
  errors: ValidationError[];
}
type Rule = [test: (value: any, doc: Doc) => unknown, expected: string];

// Past this many, more errors say nothing new and only cost time on a huge broken document.
const MAX_ERRORS = 50;

const oneOf = (list: string): Rule => [(v) => list.split(' ').includes(v), `one of ${list.replaceAll(' ', ', ')}`];
const isString = (v: unknown): v is string => typeof v == 'string';

const RULES: Record<string, Rule> = {
  s: [isString, 'a string'],
  t: [(v) => isString(v) && /\S/.test(v), 'a non-empty string'],
  i: [(v) => isString(v) && /^[^\s"'<>]{1,200}$/.test(v), 'an id: 1 to 200 characters, no spaces or quotes'],
  b: [(v) => typeof v == 'boolean', 'true or false'],
  n: [Number.isFinite, 'a finite number'],
  c: [(v) => typeof v == 'number' && v >= 0 && v <= 1, 'a number from 0 to 1'],
  d: [(v) => isString(v) && isIsoDate(v), 'an ISO 8601 date such as 2022-01-08'],
  h: [(v) => isString(v) && isHttpUrl(v), 'an absolute http(s) URL'],
  H: [(v) => isString(v) && isHttpUrl(v, true), 'an https URL'],
  l: [(v) => isString(v) && /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i.test(v), 'a BCP 47 language tag such as fr or en-GB'],
  k: oneOf('person organization place'),
  a: oneOf('exact about more-than less-than order-of-magnitude'),
  r: oneOf('day month year decade'),
  p: [
    (v, doc) =>
      Array.isArray(v) && v.length == 2 && v.every(Number.isInteger) && 0 <= v[0] && v[0] <= v[1] && v[1] <= (doc.text?.length ?? Infinity),
    'a span [start, end]: whole numbers, start ≤ end ≤ the length of text',
  ],
};

const META = ' confidence:c? checked:b?';
const SHAPES: Record<string, string> = {
  article: 'schema:s id:i lang:l title:s? published:d url:H? source:source? text:s? actors:actor* quotes:quote* figures:figure* events:event*',
  source: 'name:t url:h?',
  actor: 'id:i name:t kind:k role:s? aliases:t* mentions:p* image:h? url:h?' + META,
  quote: 'id:i text:t speaker:i? cue:s? span:p date:d?' + META,
  figure: 'id:i value:n display:t approx:a unit:s? label:s span:p' + META,
  event: 'id:i date:s precision:r label:s cue:s? actors:i* span:p' + META,
};

// Each spec is read once into [key, rule, mark] rows: a 1,000-event article must not parse it per item.
type Field = [key: string, rule: string, mark: string];
const FIELDS: Record<string, Field[]> = {};
for (const [shape, spec] of Object.entries(SHAPES)) {
  FIELDS[shape] = spec.split(' ').map((field) => /^(\w+):(\w+)([?*]?)$/.exec(field)!.slice(1) as Field);
}

function report(doc: Doc, path: string, message: string | void): void {
  if (message && doc.errors.length < MAX_ERRORS) doc.errors.push({ path, message });
}

const isObject = (v: unknown): v is Record<string, any> => typeof v == 'object' && v !== null && !Array.isArray(v);

function check(value: any, rule: string, path: string, doc: Doc): string | void {
  const fields = FIELDS[rule];
  if (!fields) {
    const [test, expected] = RULES[rule];
    return test(value, doc) ? undefined : `expected ${expected}`;
  }
  if (!isObject(value)) return 'expected an object';
  const at = (key: string) => (path ? `${path}.${key}` : key);
  for (const [key, type, mark] of fields) {
    const v = value[key];
    // An optional field set to undefined (an object spread, a JS caller) is as good as absent.
    if (v === undefined) {
      if (mark != '?') report(doc, at(key), 'is required');
    } else if (mark == '*') {
      if (!Array.isArray(v)) report(doc, at(key), 'expected a list');
      else v.forEach((item, i) => checkAt(item, type, () => `${at(key)}[${i}]`, doc));
    } else checkAt(v, type, () => at(key), doc);
  }
  const { date, precision } = value;
  if (rule == 'event' && RULES.r[0](precision, doc) && isString(date) && !isEventDate(date, precision as DatePrecision)) {
    report(doc, `${path}.date`, `"${date}" is not a ${precision} date (2022-01-05, 2022-01, 2019, 199X)`);
  }
}

/** Checks one value; its path is spelled out only for an object to descend into or an error to report. */
function checkAt(value: unknown, rule: string, path: () => string, doc: Doc): void {
  if (!FIELDS[rule]) {
    const [test, expected] = RULES[rule];
    if (!test(value, doc)) report(doc, path(), `expected ${expected}`);
    return;
  }
  const where = path();
  report(doc, where, check(value, rule, where, doc));
}

/** Ids must be unique across the document, and every reference must name an actor that exists. */
function checkReferences(root: Record<string, any>, doc: Doc): void {
  const seen = new Set<string>();
  const actors = new Set<string>();
  const list = (key: string): unknown[] => (Array.isArray(root[key]) ? root[key] : []);
  for (const key of ['actors', 'quotes', 'figures', 'events']) {
    list(key).forEach((item, i) => {
      if (!isObject(item) || typeof item.id != 'string') return;
      if (seen.has(item.id)) report(doc, `${key}[${i}].id`, `duplicate id "${item.id}"`);
      seen.add(item.id);
      if (key == 'actors') actors.add(item.id);
    });
  }
  const resolve = (id: unknown, path: string) =>
    typeof id == 'string' && !actors.has(id) && report(doc, path, `unknown actor "${id}"`);
  list('quotes').forEach((q, i) => isObject(q) && resolve(q.speaker, `quotes[${i}].speaker`));
  list('events').forEach((e, i) => {
    if (isObject(e) && Array.isArray(e.actors)) e.actors.forEach((a, j) => resolve(a, `events[${i}].actors[${j}]`));
  });
}

/**
 * Checks a parsed JSON value against `encart/article@1`.
 * Returns the same object, typed, when it is valid (unknown fields kept), or every error with its JSON path.
 */
export function validateArticle(input: unknown): ValidationResult {
  const fail = (path: string, message: string): ValidationResult => ({ ok: false, errors: [{ path, message }] });
  if (!isObject(input)) return fail('', 'expected an article object');
  const version = /^encart\/article@(\d+)$/.exec(String(input.schema))?.[1];
  if (!version) return fail('schema', `expected "${ARTICLE_SCHEMA}"`);
  if (version != '1') {
    return fail('schema', `"${input.schema}" is a newer or unknown major version; this Encart reads ${ARTICLE_SCHEMA}`);
  }
  const doc: Doc = { errors: [], text: typeof input.text == 'string' ? input.text : undefined };
  check(input, 'article', '', doc);
  checkReferences(input, doc);
  return doc.errors.length ? { ok: false, errors: doc.errors } : { ok: true, article: input as Article };
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
