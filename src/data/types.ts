// Generated from encart-article.schema.json by `npm run contract`: the types of an article.
// Never edit this file: change the schema and run it again (test/node/contract.test.mjs fails while the two disagree).
// Every item may carry fields this version does not know: the validator keeps them, it strips nothing.

/** The version every document names in its `schema` field. */
export const ARTICLE_SCHEMA = 'encart/article@1';

/** [start, end]: UTF-16 offsets into the article's `text`, end exclusive, start <= end. */
export type Span = [start: number, end: number];

/** What the extractor and the editor may say of any item. */
export interface ItemMeta {
  /** The extractor's confidence, 0–1. */
  confidence?: number;
  /** An editor has checked this item. */
  checked?: boolean;
}

export type ActorKind = 'person' | 'organization' | 'place';

export interface Actor extends ItemMeta {
  id: string;
  name: string;
  kind: ActorKind;
  role?: string;
  /** Other forms of the name that occur in the text ('Tokayev', 'M. Tokayev'). */
  aliases: string[];
  mentions: Span[];
  /** http(s) URL of a portrait or logo. */
  image?: string;
  /** http(s) URL of a page about the actor. */
  url?: string;
}

export interface Quote extends ItemMeta {
  id: string;
  /** The quoted words, without their quotation marks. */
  text: string;
  /** Id of the speaking actor; absent when the speaker is unnamed. */
  speaker?: string;
  /** The words that attribute the quote ('a déclaré'). */
  cue?: string;
  span: Span;
  /** When the words were said, as precise as the text. */
  date?: string;
}

export type Approx = 'exact' | 'about' | 'more-than' | 'less-than' | 'order-of-magnitude';

export interface Figure extends ItemMeta {
  id: string;
  value: number;
  /** The quantity as written ('plus de 4 400', 'des dizaines'). */
  display: string;
  approx: Approx;
  unit?: string;
  /** What the number counts. */
  label: string;
  span: Span;
}

export type DatePrecision = 'day' | 'month' | 'year' | 'decade';

export interface Event extends ItemMeta {
  id: string;
  /** '2022-01-05', '2022-01', '2019' or '199X', matching `precision`. */
  date: string;
  precision: DatePrecision;
  label: string;
  /** The words that date it ('mercredi'). */
  cue?: string;
  /** Ids of the actors taking part. */
  actors: string[];
  span: Span;
}

export interface Source {
  name: string;
  url?: string;
}

/**
 * encart/article@1: one news article's actors, quotes, key figures and dated events, each pointing back to the span of
 * the text it came from. Ids must be unique across the document and references must resolve; an id names what the item
 * is, not where it stands, and is kept once given (the extractor writes `q-<speaker>-<first words>`,
 * `f-<value>-<unit>-<what it counts>`, `e-<date>-<label words>`, actors a slug of the name, with a short content hash
 * on a collision; Studio's hand-made items `q_h1`), but any string without spaces, quotes or <> loads, such as the
 * positional `q1` of earlier documents; those rules, and spans ending inside `text`, are checked by Encart's validator,
 * not by this schema.
 */
export interface Article {
  schema: typeof ARTICLE_SCHEMA;
  /** Stable slug. */
  id: string;
  /** BCP 47 language tag. */
  lang: string;
  title?: string;
  /** ISO 8601 date or date-time of publication: the anchor for relative dates. */
  published: string;
  /** Canonical https URL of the article. */
  url?: string;
  source?: Source;
  /** The article text every span points into (UTF-16 offsets). */
  text?: string;
  actors: Actor[];
  quotes: Quote[];
  figures: Figure[];
  events: Event[];
}

/** The kinds of item an article holds, each in a list of its own. */
export type ItemKind = 'actor' | 'quote' | 'figure' | 'event';
export type Item = Actor | Quote | Figure | Event;
