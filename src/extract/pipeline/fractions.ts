// Shares written as fractions: « la moitié des élèves », « les deux tiers », "a third of", "two-thirds". A fraction's
// value is its share (0.5, 0.667); what it is a share of is labelled like any count.
import type { Lang } from '../lang/types.js';
import type { Doc, Token } from './document.js';
import { parseNumberWord } from './number-words.js';

export interface FractionReading {
  value: number;
  first: number;
  last: number;
  /** The token naming what is counted, inside the fraction's words (« un train sur cinq »). */
  counted?: number;
}

const isWord = (t: Token | undefined): t is Token => !!t && t.kind == 'word';
const share = (numerator: number, denominator: number) => Math.round((numerator / denominator) * 1000) / 1000;

/** The numerator a word writes: « deux », "two", and the articles (« un », "a", "one") for one. */
function numeratorOf(word: string, lang: Lang): number | undefined {
  if (lang.unitArticles.has(word) || lang.numberArticles.has(word)) return 1;
  return parseNumberWord(word, lang);
}

/**
 * What a fraction is a share of must follow it (« un tiers des électeurs », "a quarter of the staff"), or, for several
 * parts, may stand alone ("a two-thirds majority"); a share of a duration (« un quart d'heure », "three quarters of
 * an hour") is a length of time, not a share.
 */
function shareOf(doc: Doc, k: number, numerator: number): boolean {
  const { tokens, lang } = doc;
  const next = tokens[k + 1];
  if (!isWord(next) || !lang.nameConnectors.has(next.lower)) return numerator > 1;
  let noun = k + 2;
  while (isWord(tokens[noun]) && (lang.determiners.has(tokens[noun].lower) || lang.unitArticles.has(tokens[noun].lower))) noun++;
  if (tokens[noun]?.text == "'" || tokens[noun]?.text == '’') noun++;
  return !(isWord(tokens[noun]) && lang.durationUnits.has(tokens[noun].lower));
}

/**
 * A half stands for a share after a determiner or a qualifier (« la moitié », « de moitié », "more than half") or
 * before what it shares ("half of", "half the"), not after an ordinal ("the second half") nor in "an hour and a half".
 */
function halfAt(doc: Doc, i: number): FractionReading | undefined {
  const { tokens, lang } = doc;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const opensSentence = doc.sentences[tokens[i].sentence].first == i;
  const afterArticle = isWord(prev) && (lang.determiners.has(prev.lower) || lang.unitArticles.has(prev.lower));
  if (afterArticle && isWord(tokens[i - 2]) && lang.coordinators.has(tokens[i - 2].lower)) return undefined;
  const afterQualifier = isWord(prev) && lang.qualifiers.some((q) => q.words[q.words.length - 1] == prev.lower);
  const beforeShared = isWord(next) && (lang.nameConnectors.has(next.lower) || lang.determiners.has(next.lower));
  const afterConnector = isWord(prev) && lang.nameConnectors.has(prev.lower) && !lang.determiners.has(prev.lower);
  if (!(afterArticle || afterConnector || ((opensSentence || afterQualifier) && beforeShared))) return undefined;
  if (!shareOf(doc, i, 1) && beforeShared) return undefined;
  return { value: 0.5, first: afterArticle ? i - 1 : i, last: i };
}

/** The fraction starting at token `i` (its numerator, or a half's article), or undefined. */
export function fractionAt(doc: Doc, i: number): FractionReading | undefined {
  const { tokens, lang } = doc;
  const t = tokens[i];
  if (!isWord(t) || t.digits) return undefined;
  // "two-thirds", « deux-tiers »: one hyphenated word. (Every word passes here: the cheap tests come first.)
  const hyphen = t.lower.indexOf('-');
  if (hyphen > 0) {
    const denominator = lang.fractionNouns.get(t.lower.slice(hyphen + 1));
    const numerator = denominator ? numeratorOf(t.lower.slice(0, hyphen), lang) : undefined;
    return denominator && numerator && numerator < denominator ? { value: share(numerator, denominator), first: i, last: i } : undefined;
  }
  if (lang.fractionNouns.get(t.lower) == 2) return halfAt(doc, i);
  // « un train sur cinq », « un sur dix »: one (and what is counted), then a word of ratio and a number.
  const ratio = lang.unitArticles.has(t.lower) || lang.numberArticles.has(t.lower) ? ratioAt(doc, i) : undefined;
  if (ratio) return ratio;
  const noun = tokens[i + 1];
  const denominator = isWord(noun) && noun.gap == ' ' ? lang.fractionNouns.get(noun.lower) : undefined;
  if (!denominator || denominator == 2) return undefined;
  const numerator = numeratorOf(t.lower, lang);
  if (!numerator || numerator >= denominator || !shareOf(doc, i + 1, numerator)) return undefined;
  return { value: share(numerator, denominator), first: i, last: i + 1 };
}

/** « un train sur cinq »: the share one thing in a number of them is, from the « un » at `i`. */
function ratioAt(doc: Doc, i: number): FractionReading | undefined {
  const { tokens, lang } = doc;
  const counted = isWord(tokens[i + 1]) && !lang.ratioWords.has(tokens[i + 1].lower) && !lang.stopwords.has(tokens[i + 1].lower) ? 1 : 0;
  const by = tokens[i + 1 + counted];
  const number = tokens[i + 2 + counted];
  if (!isWord(by) || !lang.ratioWords.has(by.lower) || !isWord(number)) return undefined;
  const denominator = number.digits ? Number(number.text) : parseNumberWord(number.lower, lang);
  // (Not « un sur les deux »: the number must follow at once, and be more than one.)
  if (!denominator || denominator < 2 || denominator > 1000) return undefined;
  return { value: share(1, denominator), first: i, last: i + 2 + counted, ...(counted ? { counted: i + 1 } : {}) };
}
