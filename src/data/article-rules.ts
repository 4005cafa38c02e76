// Generated from encart-article.schema.json by `npm run contract`: what the validator (validate.ts) checks of each field.
// Never edit this file: change the schema and run it again (test/node/contract.test.mjs fails while the two disagree).
// It ships in every widget: each shape is a short string, read once when the validator loads.
import * as beyond from './beyond.js';
import { ARTICLE_SCHEMA, type DatePrecision } from './types.js';
import { ACTOR_KIND_VALUES, APPROX_VALUES, DATE_PRECISION_VALUES } from './words.js';

type Doc = { text?: string };
/** A check: its test, and what it expects in words (its def's `title`). */
export type Rule = [test: (value: any, doc?: Doc) => boolean, expected: string];

const isString = (v: unknown): v is string => typeof v == 'string';
const oneOf = (words: readonly string[]): Rule => [(v) => words.includes(v), `one of ${words.join(', ')}`];

export const id = (v: any): boolean => isString(v) && /^[^\s"'<>]{1,200}$/.test(v);
/** BCP 47 language tag. */
export const lang = (v: any): boolean => isString(v) && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(v);
export const isoDate = (v: any, doc?: Doc): boolean =>
  isString(v) && /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(v) && beyond.isoDate(v, doc);
export const httpsUrl = (v: any): boolean => isString(v) && beyond.httpsUrl(v);
export const text = (v: any): boolean => isString(v) && /\S/.test(v);
export const httpUrl = (v: any): boolean => isString(v) && beyond.httpUrl(v);
/** [start, end]: UTF-16 offsets into the article's `text`, end exclusive, start <= end. */
export const span = (v: any, doc?: Doc): boolean =>
  Array.isArray(v) && v.length == 2 && v.every((x) => Number.isInteger(x) && x >= 0) && beyond.span(v, doc);
/** The extractor's confidence, 0–1. */
export const confidence = (v: any): boolean => typeof v == 'number' && v >= 0 && v <= 1;
/** An editor has checked this item. */
export const checked = (v: any): boolean => typeof v == 'boolean';

/** Every rule a shape names, by its letter: a def of the schema (tested above, or a list of words) or a JSON type. */
export const RULES: Record<string, Rule> = {
  s: oneOf([ARTICLE_SCHEMA]), // schema
  i: [id, 'an id: 1 to 200 characters, no spaces or quotes'], // id
  l: [lang, 'a BCP 47 language tag such as fr or en-GB'], // lang
  t: [isString, 'a string'], // string
  o: [isoDate, 'an ISO 8601 date such as 2022-01-08'], // isoDate
  h: [httpsUrl, 'an https URL'], // httpsUrl
  e: [text, 'a non-empty string'], // text
  p: [httpUrl, 'an absolute http(s) URL'], // httpUrl
  a: oneOf(ACTOR_KIND_VALUES), // actorKind
  n: [span, 'a span [start, end]: whole numbers, start ≤ end ≤ the length of text'], // span
  c: [confidence, 'a number from 0 to 1'], // confidence
  k: [checked, 'true or false'], // checked
  u: [Number.isFinite, 'a finite number'], // number
  r: oneOf(APPROX_VALUES), // approx
  d: oneOf(DATE_PRECISION_VALUES), // datePrecision
};

/** Each object's fields as `name:rule`, a rule's letter or an object's shape: `?` when optional, `*` for a list of. */
export const SHAPES: Record<string, string> = {
  article: 'schema:s id:i lang:l title:t? published:o url:h? source:source? text:t? actors:actor* quotes:quote* figures:figure* events:event*',
  source: 'name:e url:p?',
  actor: 'id:i name:e kind:a role:t? aliases:e* mentions:n* image:p? url:p? confidence:c? checked:k?',
  quote: 'id:i text:e speaker:i? cue:t? span:n date:o? confidence:c? checked:k?',
  figure: 'id:i value:u display:e approx:r unit:t? label:t span:n confidence:c? checked:k?',
  event: 'id:i date:t precision:d label:t cue:t? actors:i* span:n confidence:c? checked:k?',
};

/** An event's date as precise as its `precision` says. */
export const EVENT_DATES: Record<DatePrecision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  year: /^\d{4}$/,
  decade: /^\d{3}X$/,
};
