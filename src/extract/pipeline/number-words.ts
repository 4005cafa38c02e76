// Cardinal numbers written in words, read by one grammar for every language: a language gives its
// atoms (« deux », « quatre-vingt », "ninety"), its scales (« cent », « mille », "hundred"), and the
// word that may join parts (« et », "and"). The grammar is the one both languages share:
//   number = group (scale group)*     group = [atom] hundred? (ten unit?)?
// where a smaller atom may follow a ten (« soixante-dix-sept » = 60 + 10 + 7, "forty-two"), and a scale
// multiplies what precedes it (« trois cent mille » = 3 × 100 × 1000).
import type { Lang } from '../lang/types.js';

export interface NumberWordsReading {
  value: number;
  /** How many of the words were read. */
  used: number;
}

/**
 * Reads the longest number at the start of `words` (lower case, hyphenated compounds already split into
 * their parts), or undefined when the first word is not a number. Atoms spelled with a hyphen in the
 * language's list (« quatre-vingt ») are matched before their parts.
 */
export function readNumberWords(words: readonly string[], lang: Lang): NumberWordsReading | undefined {
  let total = 0;
  let group = 0;
  let lastAtom = 0;
  let lastScale = Infinity;
  let used = 0;
  let atoms = 0;
  for (let k = 0; k < words.length; ) {
    const joined = words[k] + '-' + (words[k + 1] ?? '');
    const twoParts = k + 1 < words.length && lang.numberWords.has(joined);
    const word = twoParts ? joined : words[k];
    const width = twoParts ? 2 : 1;
    // "a hundred", « un million »: an article counts one before a scale.
    const article = k == 0 && lang.numberArticles.has(word) && lang.numberScales.has(words[1] ?? '');
    const atom = article ? 1 : lang.numberWords.get(word);
    const scale = lang.numberScales.get(word);
    if (lang.numberJoiners.has(word)) {
      // « vingt et un », "one hundred and five": a joiner only between parts of the same number.
      const next = lang.numberWords.get(words[k + 1] ?? '');
      // "one hundred and five", "one thousand and one": after a scale, before what completes it.
      const afterHundreds = lastAtom == 0 && group % 100 == 0 && (group > 0 || total > 0) && next != null && next < 100;
      const afterTen = lastAtom >= 20 && lastAtom % 10 == 0 && (group % 100) + (next ?? 100) < 100;
      if (next == null || !(afterHundreds || afterTen)) break;
      k += 1;
      continue;
    }
    if (atom != null) {
      const fresh = group % 100 == 0 && !(group == 0 && atoms > 0 && total == 0 && lastScale == Infinity);
      // After a ten, a smaller atom completes it: « vingt-deux », « soixante-dix », « quatre-vingt-onze ».
      const completesTen = lastAtom >= 10 && lastAtom % 10 == 0 && atom < lastAtom && atom < 20 && (group % 100) + atom < 100;
      if (!(fresh || completesTen)) break;
      group += atom;
      lastAtom = atom;
    } else if (scale != null) {
      if (scale >= lastScale) break;
      if (scale < 1000) {
        // « deux cents », "three hundred": the hundreds of the current group.
        if (group >= scale) break;
        group = (group || 1) * scale;
        lastAtom = 0;
      } else {
        total += (group || 1) * scale;
        group = 0;
        lastAtom = 0;
        lastScale = scale;
      }
    } else break;
    atoms++;
    k += width;
    used = k;
  }
  return atoms ? { value: total + group, used } : undefined;
}

/** Reads one word or hyphenated compound in full: 'trois' → 3, 'quatre-vingt-deux' → 82; undefined otherwise. */
export function parseNumberWord(word: string, lang: Lang): number | undefined {
  const parts = word.split('-');
  const r = readNumberWords(parts, lang);
  return r && r.used == parts.length ? r.value : undefined;
}
