// Every change an editor can make, as a pure function from one document to the next: the store
// keeps the previous one for undo, and these stay easy to test.
import type { Actor, Article, Event, Figure, Item, ItemKind, Quote, Span } from '../data/types.js';
import { COLLECTION, itemKey, type ItemRef, spansOf, type StudioDoc } from './document.js';
import { resolveReferences } from './reconcile.js';

const withKey = (list: string[], key: string) => (list.includes(key) ? list : [...list, key]);

function replaceItems(doc: StudioDoc, kind: ItemKind, items: Item[]): Article {
  return { ...doc.article, [COLLECTION[kind]]: items };
}

/**
 * Changes some fields of one item; the item is then the editor's, never overwritten by an extraction.
 * Its id stays as it was, whatever the edit: pages and picks refer to it.
 */
export function updateItem(doc: StudioDoc, ref: ItemRef, patch: Partial<Item>): StudioDoc {
  const items = (doc.article[COLLECTION[ref.kind]] as Item[]).map((item) => {
    if (item.id != ref.id) return item;
    const next: Record<string, unknown> = { ...item, ...patch, id: item.id };
    // An empty optional field is removed rather than saved as '' or undefined.
    for (const key of Object.keys(patch)) if (next[key] === undefined || (next[key] === '' && key != 'label')) delete next[key];
    return next as unknown as Item;
  });
  return { ...doc, article: replaceItems(doc, ref.kind, items), edited: withKey(doc.edited, itemKey(ref.kind, ref.id)) };
}

export function deleteItem(doc: StudioDoc, ref: ItemRef): StudioDoc {
  const items = (doc.article[COLLECTION[ref.kind]] as Item[]).filter((item) => item.id != ref.id);
  const key = itemKey(ref.kind, ref.id);
  const article = resolveReferences(replaceItems(doc, ref.kind, items), {});
  return { ...doc, article, deleted: withKey(doc.deleted, key), edited: doc.edited.filter((k) => k != key) };
}

/** `from` becomes part of `into`: its name and aliases, mentions, quotes and events move across. */
export function mergeActors(doc: StudioDoc, fromId: string, intoId: string): StudioDoc {
  const from = doc.article.actors.find((a) => a.id == fromId);
  const into = doc.article.actors.find((a) => a.id == intoId);
  if (!from || !into || from == into) return doc;
  const aliases = [...new Set([...into.aliases, from.name, ...from.aliases])].filter((name) => name != into.name);
  const mentions = [...into.mentions, ...from.mentions].sort((a, b) => a[0] - b[0]);
  const actors = doc.article.actors
    .filter((a) => a.id != fromId)
    .map((a) => (a.id == intoId ? { ...a, aliases, mentions, role: a.role ?? from.role } : a));
  const merged = { ...doc.merged, [fromId]: intoId };
  const article = resolveReferences({ ...doc.article, actors }, merged);
  return { ...doc, article, merged, edited: withKey(doc.edited.filter((k) => k != itemKey('actor', fromId)), itemKey('actor', intoId)) };
}

/** `prefix` and the first free number: free in the article and in what the editor deleted, so a key never names two items. */
function freshId(doc: StudioDoc, prefix: string): string {
  const taken = new Set(Object.values(COLLECTION).flatMap((k) => doc.article[k].map((i) => i.id)));
  for (const key of doc.deleted) taken.add(key.slice(key.indexOf(':') + 1));
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

// The extractor's ids are slugs (letters, digits, hyphens): an underscore keeps hand-made ones apart from them.
// (A hand-made actor is named by its slug, as the extractor would, unless an actor already has it: the same name is the same actor.)
const HAND_PREFIX: Record<'quote' | 'figure' | 'event', string> = { quote: 'q_h', figure: 'f_h', event: 'e_h' };

function slug(words: string): string {
  return words.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

/** A number as written in French or English: '4 400', '2,5', '1,200' → 4400, 2.5, 1200; 0 when none. */
export function readNumber(words: string): number {
  const match = /\d[\d\s\u00a0\u202f.,]*/.exec(words);
  if (!match) return 0;
  let digits = match[0].replace(/[\s\u00a0\u202f]/g, '').replace(/[.,]$/, '');
  // A comma followed by exactly three digits groups thousands in English; otherwise it is a decimal point.
  digits = /,\d{3}(\D|$)/.test(digits) ? digits.replace(/,/g, '') : digits.replace(',', '.');
  const value = Number(digits);
  return Number.isFinite(value) ? value : 0;
}

/** Every occurrence of `words` in `text`, as spans. */
function occurrences(text: string, words: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf(words); at >= 0 && words; at = text.indexOf(words, at + words.length)) spans.push([at, at + words.length]);
  return spans;
}

/** A new item made by the editor from words of the text: the selection is its span. */
export function addItem(doc: StudioDoc, kind: ItemKind, span: Span): { doc: StudioDoc; ref: ItemRef } {
  const text = doc.article.text ?? '';
  const words = text.slice(span[0], span[1]);
  const trimmed = words.trim();
  const start = span[0] + words.indexOf(trimmed);
  const own: Span = [start, start + trimmed.length];
  // Words that already hold an item of this kind open that item, not a copy; the editor has vouched for it.
  const existing = (doc.article[COLLECTION[kind]] as Item[]).find((i) => kind == 'actor' ? (i as Actor).name == trimmed : String(spansOf(kind, i)[0]) == String(own));
  if (existing) {
    const ref = { kind, id: existing.id };
    return { doc: existing.checked ? doc : updateItem(doc, ref, { checked: true }), ref };
  }
  let item: Item;
  if (kind == 'quote') {
    const inner = trimmed.replace(/^[«"“”'\s\u00a0\u202f]+|[»"“”'\s\u00a0\u202f]+$/g, '') || trimmed;
    item = { id: freshId(doc, HAND_PREFIX.quote), text: inner, span: own, checked: true } satisfies Quote;
  } else if (kind == 'figure') {
    item = { id: freshId(doc, HAND_PREFIX.figure), value: readNumber(trimmed), display: trimmed, approx: 'exact', label: '', span: own, checked: true } satisfies Figure;
  } else if (kind == 'event') {
    item = { id: freshId(doc, HAND_PREFIX.event), date: doc.published.slice(0, 10), precision: 'day', label: trimmed, actors: [], span: own, checked: true } satisfies Event;
  } else {
    const base = slug(trimmed) || 'actor';
    const id = doc.article.actors.some((a) => a.id == base) ? freshId(doc, `${base}_h`) : base;
    item = { id, name: trimmed, kind: 'person', aliases: [], mentions: occurrences(text, trimmed), checked: true } satisfies Actor;
  }
  const items = [...(doc.article[COLLECTION[kind]] as Item[]), item];
  const next = { ...doc, article: replaceItems(doc, kind, items), edited: withKey(doc.edited, itemKey(kind, item.id)) };
  return { doc: next, ref: { kind, id: item.id } };
}
