import { en } from './en/index.js';
import { fr } from './fr/index.js';
import type { Lang } from './types.js';

export type { Lang } from './types.js';
export const LANGUAGES: Record<'fr' | 'en', Lang> = { fr, en };

// Only the first stretch of text is read: a language is plain within a few hundred words, and this
// keeps detection constant-time on megabyte inputs.
const SAMPLE = 20_000;

/** The language whose function words are most frequent in `text`; French when there is no evidence either way. */
export function detectLanguage(text: string): 'fr' | 'en' {
  const score = { fr: 0, en: 0 };
  for (const m of text.slice(0, SAMPLE).toLowerCase().matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (fr.stopwords.has(w) && !en.stopwords.has(w)) score.fr++;
    if (en.stopwords.has(w) && !fr.stopwords.has(w)) score.en++;
  }
  return score.en > score.fr ? 'en' : 'fr';
}
