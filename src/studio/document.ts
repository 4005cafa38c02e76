// What the studio edits and saves: the article plus what the editor did to it, so that a new
// extraction can be laid under the editor's work instead of replacing it.
import { ARTICLE_SCHEMA, type Actor, type Article, type Event, type Figure, type Item, type ItemKind, type Quote } from '../data/types.js';
import { ITEM_LISTS } from '../data/words.js';

export type LangChoice = 'auto' | 'fr' | 'en';
/** The studio's order of the kinds (its tabs), not the schema's. */
export const KINDS: ItemKind[] = ['quote', 'figure', 'actor', 'event'];
/** The article's field that lists each kind, and the kind a field lists: the schema's, through words.ts. */
export const COLLECTION = ITEM_LISTS;
export const KIND_OF_COLLECTION = new Map(Object.entries(ITEM_LISTS).map(([kind, list]) => [list as string, kind as ItemKind]));

/** Which items the preview widgets, and the embed snippet, show. */
export interface WidgetPicks {
  quote?: string;
  figures: string[];
  actor?: string;
  eventsLimit: number;
  /** Earliest and latest dates the timeline shows ('2022-01-05'). */
  eventsFrom?: string;
  eventsTo?: string;
}

export interface StudioDoc {
  version: 1;
  text: string;
  lang: LangChoice;
  published: string;
  title: string;
  article: Article;
  /** Key of the inputs `article` was extracted from: no new extraction while it matches. */
  extractedFor: string;
  /** Items changed by hand, as `kind:id`: an extraction never overwrites them. */
  edited: string[];
  /** Items the editor deleted, as `kind:id`: an extraction does not bring them back. */
  deleted: string[];
  /** Actor id → the actor it was merged into. */
  merged: Record<string, string>;
  picks: WidgetPicks;
}

export interface ItemRef {
  kind: ItemKind;
  id: string;
}

export const itemKey = (kind: ItemKind, id: string) => `${kind}:${id}`;

export function emptyArticle(text = '', published = today(), lang = 'fr'): Article {
  return { schema: ARTICLE_SCHEMA, id: 'article', lang, published, text, actors: [], quotes: [], figures: [], events: [] };
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function newDoc(input: { text: string; lang?: LangChoice; published: string; title?: string }): StudioDoc {
  return {
    version: 1,
    text: input.text,
    lang: input.lang ?? 'auto',
    published: input.published,
    title: input.title ?? '',
    article: emptyArticle(input.text, input.published),
    extractedFor: '',
    edited: [],
    deleted: [],
    merged: {},
    picks: { figures: [], eventsLimit: 6 },
  };
}

export function itemsOf(article: Article, kind: ItemKind): Item[] {
  return article[COLLECTION[kind]];
}

export function findItem(article: Article, ref: ItemRef | null | undefined): Item | undefined {
  return ref ? itemsOf(article, ref.kind).find((item) => item.id == ref.id) : undefined;
}

/** Every span of an item: an actor has one per mention, the others one. */
export function spansOf(kind: ItemKind, item: Item): [number, number][] {
  return kind == 'actor' ? (item as Actor).mentions : [(item as Quote | Figure | Event).span];
}

/** Below this the extractor was unsure: the item is flagged and listed first for checking. */
export const LOW_CONFIDENCE = 0.7;
export const isUnsure = (item: Item) => typeof item.confidence == 'number' && item.confidence < LOW_CONFIDENCE;

let lastText: string | undefined;
let lastHash = '';

/** A small stable hash: tells whether the text changed without keeping a second copy of it. */
export function hashText(text: string): string {
  // The same string is asked about several times per change: a 50,000-word text costs milliseconds to hash.
  if (text === lastText) return lastHash;
  lastText = text;
  lastHash = fnv(text);
  return lastHash;
}

function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}-${(h >>> 0).toString(36)}`;
}

export interface ExtractInputs {
  text: string;
  lang: LangChoice;
  published: string;
  title: string;
}

export function inputsKey(doc: ExtractInputs): string {
  return [doc.lang, doc.published, doc.title, hashText(doc.text)].join('|');
}
