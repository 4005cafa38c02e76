import { en } from './en/index.js';
import { fr } from './fr/index.js';
import type { Lang } from './types.js';

export type { Lang } from './types.js';
export const LANGUAGES: Record<'fr' | 'en', Lang> = { fr, en };

// Only the first stretch of text is read: a language is plain within a few hundred words, and this
// keeps detection constant-time on megabyte inputs.
const SAMPLE = 20_000;

// In running French or English a third of the words or more are function words; in a language the
// extractor does not read, the few that look like them are chance (« des », "in" in German).
const MIN_SHARE = 0.06;
const MIN_WORDS = 12;

/**
 * The language whose function words are most frequent in `text`; French when there is no evidence either way
 * in a short text; undefined when a text of some length reads as neither language.
 */
export function detectLanguage(text: string): 'fr' | 'en' | undefined {
  const score = { fr: 0, en: 0 };
  let words = 0;
  for (const m of text.slice(0, SAMPLE).toLowerCase().matchAll(/\p{L}+/gu)) {
    const w = m[0];
    words++;
    if (fr.stopwords.has(w) && !en.stopwords.has(w)) score.fr++;
    if (en.stopwords.has(w) && !fr.stopwords.has(w)) score.en++;
  }
  if (words >= MIN_WORDS && (score.fr + score.en) / words < MIN_SHARE) return undefined;
  return score.en > score.fr ? 'en' : 'fr';
}
