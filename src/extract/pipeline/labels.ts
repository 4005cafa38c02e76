/**
 * Labels that readers see under a number or on a timeline. They are made of the text's own words: a stretch of
 * tokens, trimmed so that it neither starts nor ends with a function word, with at most one stretch left out
 * (an event's dating words). Only the first letter of an event label is upper-cased.
 */
import type { Doc, Token } from './document.js';
import { squash } from './util.js';

const OPENING = '«“"(';
const CLOSING = '»”")';

/** Words a label may not start or end with: function words, determiners, elided forms, stray punctuation. */
export function isEdgeWord(doc: Doc, t: Token): boolean {
  if (t.kind == 'punct') return true;
  if (t.kind == 'url') return true;
  const { lang } = doc;
  return lang.stopwords.has(t.lower) || lang.labelFillers.has(t.lower) || lang.determiners.has(t.lower) || lang.elisions.has(t.lower) || lang.auxiliaries.has(t.lower);
}

/** Narrows `[first, last]` so that neither end is a function word; first > last when nothing is left. */
export function trimEdges(doc: Doc, first: number, last: number, keepStart = false): [number, number] {
  const { tokens } = doc;
  while (!keepStart && first <= last && isEdgeWord(doc, tokens[first])) first++;
  while (last >= first && isEdgeWord(doc, tokens[last])) last--;
  return [first, last];
}

/** The words of tokens `first..last` as written, leaving out the token ranges in `skips`. */
export function render(doc: Doc, first: number, last: number, skips: readonly [number, number][] = []): string {
  const { tokens, text } = doc;
  let out = '';
  let prev = -1;
  for (let k = first; k <= last; k++) {
    if (skips.some(([a, b]) => k >= a && k <= b)) continue;
    if (tokens[k].kind == 'url') continue;
    if (prev >= 0) out += prev == k - 1 ? text.slice(tokens[prev].end, tokens[k].start) : ' ';
    out += tokens[k].text;
    prev = k;
  }
  return squash(out.replace(/\s+([,.;:])/g, '$1'));
}

/** Whether a quotation mark opened in `first..last` is left without its closing mark (or the reverse). */
export function unbalancedQuoteAt(doc: Doc, first: number, last: number): number {
  const { tokens } = doc;
  let open = -1;
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (t.kind != 'punct') continue;
    if (t.text == '"') open = open >= 0 ? -1 : k;
    else if (OPENING.includes(t.text) && t.text != '(') open = k;
    else if (CLOSING.includes(t.text) && t.text != ')') open = -1;
  }
  return open;
}

/** Upper-cases the first letter: the one change to the text's words a displayed label allows. */
export const capitalize = (s: string): string => (s ? s[0].toLocaleUpperCase() + s.slice(1) : s);
