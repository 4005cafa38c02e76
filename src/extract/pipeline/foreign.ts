// Lines in another language: blogs quoted in the original before their translation, a tweet in Spanish. Their
// numbers, dates and capitalised words follow another grammar, so the figures and events stages pass them by.
import type { Doc } from './document.js';

// Function words are the surest sign of a language, and names belong to none, so only lower-case words count. In
// our corpora a line of ten or more of them in the article's language has at least one in five among its function
// words, and a line in another language (or another script) at most one in nine.
const MIN_WORDS = 10;
const MAX_SHARE = 0.15;

/** Marks the sentences of every line whose lower-case words are almost none of the language's function words. */
export function markForeignLines(doc: Doc): void {
  const { tokens, sentences, lang } = doc;
  let first = 0;
  for (let s = 1; s <= sentences.length; s++) {
    if (s < sentences.length && !tokens[sentences[s].first].gap.includes('\n')) continue;
    let words = 0;
    let native = 0;
    for (let i = sentences[first].first; i <= sentences[s - 1].last; i++) {
      const t = tokens[i];
      if (t.kind != 'word' || t.digits || t.cap) continue;
      words++;
      if (lang.stopwords.has(t.lower)) native++;
    }
    if (words >= MIN_WORDS && native / words < MAX_SHARE) for (let k = first; k < s; k++) sentences[k].foreign = true;
    first = s;
  }
}
