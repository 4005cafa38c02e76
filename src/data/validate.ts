import { EVENT_DATES, RULES, SHAPES } from './article-rules.js';
import { isEventDate } from './dates.js';
import { ARTICLE_SCHEMA, type Article } from './types.js';

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

// The rules come from the JSON Schema: article-rules.ts, which `npm run contract` writes from it, gives each object's
// fields and each value's test and words. This file walks a document through them, adds what a schema cannot say of a
// whole document (ids unique, references that resolve, an event's date as precise as it says) and writes the paths.
interface Doc {
  text?: string;
  errors: ValidationError[];
}

// Past this many, more errors say nothing new and only cost time on a huge broken document.
const MAX_ERRORS = 50;

// Each shape is read once into [key, rule, mark] rows: a 1,000-event article must not parse it per item.
type Field = [key: string, rule: string, mark: string];
const FIELDS: Record<string, Field[]> = {};
for (const [shape, spec] of Object.entries(SHAPES)) {
  FIELDS[shape] = spec.split(' ').map((field) => /^(\w+):(\w+)([?*]?)$/.exec(field)!.slice(1) as Field);
}

function report(doc: Doc, path: string, message: string | void): void {
  if (message && doc.errors.length < MAX_ERRORS) doc.errors.push({ path, message });
}

const isObject = (v: unknown): v is Record<string, any> => typeof v == 'object' && v !== null && !Array.isArray(v);

/** Checks one value against its rule or its shape; the path is spelled out only to descend into an object or to report. */
function check(value: any, rule: string, path: () => string, doc: Doc): void {
  const fields = FIELDS[rule];
  if (!fields) {
    const [test, expected] = RULES[rule];
    if (!test(value, doc)) report(doc, path(), `expected ${expected}`);
    return;
  }
  const where = path();
  if (!isObject(value)) return report(doc, where, 'expected an object');
  const at = (key: string) => (where ? `${where}.${key}` : key);
  for (const [key, type, mark] of fields) {
    const v = value[key];
    // An optional field set to undefined (an object spread, a JS caller) is as good as absent.
    if (v === undefined) {
      if (mark != '?') report(doc, at(key), 'is required');
    } else if (mark == '*') {
      if (!Array.isArray(v)) report(doc, at(key), 'expected a list');
      else v.forEach((item, i) => check(item, type, () => `${at(key)}[${i}]`, doc));
    } else check(v, type, () => at(key), doc);
  }
  const { date, precision } = value;
  if (rule == 'event' && Object.hasOwn(EVENT_DATES, precision) && typeof date == 'string' && !isEventDate(date, precision)) {
    report(doc, `${where}.date`, `"${date}" is not a ${precision} date (2022-01-05, 2022-01, 2019, 199X)`);
  }
}

/** Ids must be unique across the document, and every reference must name an actor that exists. */
function checkReferences(root: Record<string, any>, doc: Doc): void {
  const seen = new Set<string>();
  const actors = new Set<string>();
  const list = (key: string): unknown[] => (Array.isArray(root[key]) ? root[key] : []);
  // The article's lists are its items, one kind each (`actors:actor*` in SHAPES): the schema names them, not this file.
  for (const [key, kind, mark] of FIELDS.article) {
    if (mark != '*') continue;
    list(key).forEach((item, i) => {
      if (!isObject(item) || typeof item.id != 'string') return;
      if (seen.has(item.id)) report(doc, `${key}[${i}].id`, `duplicate id "${item.id}"`);
      seen.add(item.id);
      if (kind == 'actor') actors.add(item.id);
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
  check(input, 'article', () => '', doc);
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
