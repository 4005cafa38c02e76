// A new extraction replaces the extractor's items but never the editor's: hand-edited and hand-made
// items are kept (moved with their words when the text changed), deleted ones stay deleted, merged
// actors stay merged.
import type { Actor, Article, Item, ItemKind, Span } from '../data/types.js';
import { COLLECTION, KINDS, itemKey, spansOf, type StudioDoc } from './document.js';

/** Where `words` now are in `text`: the occurrence nearest to `near`, or -1. */
function relocate(text: string, words: string, near: number): number {
  if (!words) return -1;
  let best = -1;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
    if (at > near) break;
  }
  return best;
}

function moveSpan(span: Span, oldText: string, newText: string): Span | undefined {
  const at = relocate(newText, oldText.slice(span[0], span[1]), span[0]);
  return at < 0 ? undefined : [at, at + span[1] - span[0]];
}

/** The hand-made version of an item, its spans moved to where its words now are; undefined when they are gone. */
function carry(kind: ItemKind, item: Item, oldText: string, newText: string): Item | undefined {
  if (oldText == newText) return item;
  if (kind == 'actor') {
    const mentions = (item as Actor).mentions.map((m) => moveSpan(m, oldText, newText)).filter((m): m is Span => !!m);
    return { ...item, mentions } as Actor;
  }
  const span = moveSpan(spansOf(kind, item)[0], oldText, newText);
  return span ? ({ ...item, span } as Item) : undefined;
}

const spanKey = (kind: ItemKind, item: Item): string => String(spansOf(kind, item)[0]);

export function reconcile(doc: StudioDoc, fresh: Article): { article: Article; edited: string[] } {
  const oldText = doc.article.text ?? '';
  const newText = fresh.text ?? '';
  const edited = new Set(doc.edited);
  const deleted = new Set(doc.deleted);
  const article: Article = { ...fresh };
  for (const kind of KINDS) {
    const key = COLLECTION[kind];
    const hand = new Map<string, Item>();
    for (const item of doc.article[key] as Item[]) {
      if (!edited.has(itemKey(kind, item.id))) continue;
      const kept = carry(kind, item, oldText, newText);
      if (kept) hand.set(item.id, kept);
      else edited.delete(itemKey(kind, item.id));
    }
    // The editor's item on the same words as a fresh one under another id (its speaker found anew, an
    // id from an earlier version) is that item: the editor's version stands, the fresh one would be a double.
    const handSpans = new Set(kind == 'actor' ? [] : [...hand.values()].map((item) => spanKey(kind, item)));
    const items: Item[] = [];
    for (const item of fresh[key] as Item[]) {
      if (deleted.has(itemKey(kind, item.id)) || (kind == 'actor' && doc.merged[item.id])) continue;
      if (!hand.has(item.id) && handSpans.has(spanKey(kind, item))) continue;
      const mine = hand.get(item.id);
      // An edited actor keeps the editor's name and role but takes the mentions found in the new text.
      if (mine && kind == 'actor' && oldText != newText) items.push({ ...mine, mentions: (item as Actor).mentions } as Actor);
      else items.push(mine ?? item);
      hand.delete(item.id);
    }
    items.push(...hand.values());
    (article as any)[key] = items.sort((a, b) => spansOf(kind, a)[0]?.[0] - spansOf(kind, b)[0]?.[0] || 0);
  }
  return { article: resolveReferences(article, doc.merged), edited: [...edited] };
}

/** Speakers and event actors follow merges; references to actors that are gone are dropped. */
export function resolveReferences(article: Article, merged: Record<string, string>): Article {
  const follow = (id: string) => {
    for (let hops = 0; merged[id] && hops < 20; hops++) id = merged[id];
    return id;
  };
  const known = new Set(article.actors.map((a) => a.id));
  const quotes = article.quotes.map((q) => {
    if (q.speaker === undefined) return q;
    const speaker = follow(q.speaker);
    if (speaker == q.speaker && known.has(speaker)) return q;
    if (known.has(speaker)) return { ...q, speaker };
    const unnamed = { ...q };
    delete unnamed.speaker;
    return unnamed;
  });
  const events = article.events.map((e) => {
    const actors = [...new Set(e.actors.map(follow))].filter((id) => known.has(id));
    return actors.length == e.actors.length && actors.every((id, i) => id == e.actors[i]) ? e : { ...e, actors };
  });
  return { ...article, quotes, events };
}
