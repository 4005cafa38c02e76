import type { Lang } from './types.js';

// Hyphenated words already judged, per language: names such as « Jean-Pierre » are asked about again and again.
const COMPOUNDS = new WeakMap<Lang, Map<string, boolean>>();

/**
 * Whether a hyphenated word is a compound of titles: "Major-General", "Vice-Admiral", « lieutenant-colonel »,
 * « ex-ministre » — each part a title, or a word that only qualifies a title inside such a compound ("major", « ex »),
 * one at least a title.
 */
export function isCompoundTitle(word: string, lang: Lang): boolean {
  if (!word.includes('-')) return false;
  let judged = COMPOUNDS.get(lang);
  if (!judged) COMPOUNDS.set(lang, (judged = new Map()));
  let known = judged.get(word);
  if (known === undefined) {
    const parts = word.split('-');
    known = parts.every((part) => lang.personTitles.has(part) || lang.titleCompoundParts.has(part)) && parts.some((part) => lang.personTitles.has(part));
    if (judged.size > 10_000) judged.clear();
    judged.set(word, known);
  }
  return known;
}
