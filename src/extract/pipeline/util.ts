import type { Lang } from '../lang/types.js';
import type { Token } from './document.js';

/** 'Kassym-Jomart Tokayev' → 'kassym-jomart-tokayev': ids readable in JSON and stable across runs. */
export function slugify(value: string, max = 60): string {
  const slug = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '');
}

/** FNV-1a over UTF-16 units: a short stable hash for ids of untitled texts. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Whether the lower-case word list `phrase` occurs at token `i` (typographic apostrophes folded). */
export function phraseAt(tokens: Token[], i: number, phrase: readonly string[]): boolean {
  if (i < 0 || i + phrase.length > tokens.length) return false;
  // A straight apostrophe in a phrase matches a typographic one in the text: « l’année suivante ».
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k].lower != phrase[k] && !(phrase[k] == "'" && tokens[i + k].lower == '’')) return false;
  return true;
}

/** Whether "'s" follows token `k`: "Fallon's", "Somalia's". */
export const possessiveAfter = (tokens: Token[], k: number): boolean => isApostrophe(tokens[k + 1]) && tokens[k + 2]?.lower == 's';

/** Whether one of `phrases` ends at token `k` ("according to" ends at "to"; a bare "to" is not it). */
export function phraseEndsAt(tokens: Token[], k: number, phrases: readonly (readonly string[])[]): boolean {
  return phrases.some((p) => phraseAt(tokens, k - p.length + 1, p));
}

/** The first phrase of `phrases` at token `i`, or undefined. */
export function anyPhraseAt<T extends { words: readonly string[] }>(tokens: Token[], i: number, phrases: readonly T[]): T | undefined {
  return phrases.find((p) => phraseAt(tokens, i, p.words));
}

/** Text of tokens `first..last`, exactly as written (inner whitespace kept). */
export function textOf(text: string, tokens: Token[], first: number, last: number): string {
  return first > last ? '' : text.slice(tokens[first].start, tokens[last].end);
}

/** Index of the last item whose `start` is ≤ `offset`, by binary search; -1 when none. */
export function lastAtOrBefore<T extends { start: number }>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Collapses runs of whitespace, for labels built from a stretch of text. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

export const isApostrophe = (t: Token | undefined): boolean => !!t && (t.text == "'" || t.text == '’');

/** A confidence rounded to two decimals and kept within 0–1. */
export const round = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

/** « déplorant », "adding": a participle that is not a past one, whose subject is another verb's. */
export const isPresentParticiple = (lang: Lang, word: string): boolean => lang.isParticiple(word) && !lang.isPastParticiple(word);

/** Appends `value` to the list `map` holds for `key`, starting one: the indexes of names and roles built once per text. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
