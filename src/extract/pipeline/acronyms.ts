// « Reporters sans frontières (RSF) », « Organisation mondiale de la santé (OMS) », "Human Rights Watch (HRW)": an
// acronym in brackets spells the name written just before it. The letters say where that name starts, even where
// its inner words are in lower case and no capital marks them as a name.
import type { Doc, Token } from './document.js';
import type { Candidate } from './names.js';
import { givenName } from './given-names.js';
import { isApostrophe, textOf } from './util.js';

const ACRONYM = /^\p{Lu}{2,8}$/u;

/** The candidates with the name each bracketed acronym spells, written before it, as an organisation. */
export function expandAcronyms(doc: Doc, candidates: Candidate[]): Candidate[] {
  const { tokens, text } = doc;
  const expansions: Candidate[] = [];
  // A name already read over exactly those words stays as it was.
  const spans = new Set(candidates.map((c) => `${c.first}:${c.last}`));
  const byFirstToken = new Map(candidates.map((c) => [c.first, c]));
  for (const c of candidates) {
    if (c.first != c.last || !ACRONYM.test(c.name)) continue;
    // « l'entreprise RTE (Réseau de transport d'électricité) »: the name may follow the acronym, in the brackets.
    if (tokens[c.last + 1]?.text == '(') {
      const [first, last] = [c.last + 2, closingBracket(doc, c.last + 1, c.name.length) - 1];
      if (last <= first || spelledFrom(doc, last, fold(c.name)) != first || givenName(tokens[first].lower, doc.lang.code)) continue;
      const read = byFirstToken.get(first);
      if (read?.last == last) read.kind = 'organization';
      else expansions.push({ first, last, name: textOf(text, tokens, first, last), kind: 'organization', evidence: 0, place: false });
      continue;
    }
    if (tokens[c.first - 1]?.text != '(' || tokens[c.last + 1]?.text != ')') continue;
    const last = c.first - 2;
    const first = spelledFrom(doc, last, fold(c.name));
    if (first < 0 || spans.has(`${first}:${last}`)) continue;
    spans.add(`${first}:${last}`);
    expansions.push({ first, last, name: textOf(text, tokens, first, last), kind: 'organization', evidence: 0, place: false });
  }
  if (!expansions.length) return candidates;
  expansions.sort((a, b) => a.first - b.first);
  // Each expansion takes the place of the candidates inside its words (one pass: both lists are in text order).
  const out: Candidate[] = [];
  let e = 0;
  for (const c of candidates) {
    while (e < expansions.length && expansions[e].last < c.first) out.push(expansions[e++]);
    if (!expansions.some((x) => c.last >= x.first && c.first <= x.last)) out.push(c);
  }
  out.push(...expansions.slice(e));
  return out.sort((a, b) => a.first - b.first);
}

/**
 * Where the words ending at token `last` start if their initials spell `letters`: every content word gives its
 * initial (a hyphenated one, one per part or one for all: « France-Presse »), a connector or an article may give
 * its own or none (« Rassemblement pour la République », RPR); one lower-case word may be left out (« Fédération
 * internationale des ligues des droits de l'homme », FIDH). The first word is capitalised or an institution's
 * (« parquet national financier », PNF). -1 if they do not.
 */
function spelledFrom(doc: Doc, last: number, letters: string): number {
  const { tokens, lang } = doc;
  const sentence = tokens[last]?.sentence;
  const optional = (w: string) => lang.nameConnectors.has(w) || lang.determiners.has(w) || lang.elisions.has(w);
  const opens = (t: Token) => t.cap || lang.orgHeadsLower.has(t.lower);
  const match = (k: number, i: number, spare = 1): number => {
    // All letters spelled: the name starts at the word after k.
    if (i < 0) return opens(tokens[k + 1]) ? k + 1 : -1;
    const t = tokens[k];
    if (!t || t.sentence != sentence || last - k > letters.length * 2 + 3) return -1;
    if (isApostrophe(t)) return match(k - 1, i);
    if (t.kind != 'word') return -1;
    const word = fold(t.text);
    const parts = word.split('-').filter(Boolean);
    const tries: number[] = [];
    if (parts.length > 1 && i + 1 >= parts.length && parts.every((p, n) => p[0] == letters[i - parts.length + 1 + n])) tries.push(i - parts.length);
    if (word[0] == letters[i]) tries.push(i - 1);
    for (const next of tries) {
      const start = match(k - 1, next, spare);
      if (start >= 0) return start;
    }
    if (optional(t.lower)) return match(k - 1, i, spare);
    return spare && !t.cap && k != last ? match(k - 1, i, spare - 1) : -1;
  };
  return match(last, letters.length - 1);
}

/** The closing bracket of the one opened at token `open`, within the words an acronym of `letters` letters may spell; -1 if none. */
function closingBracket(doc: Doc, open: number, letters: number): number {
  const { tokens } = doc;
  for (let k = open + 1; k < tokens.length && k <= open + letters * 2 + 4; k++) {
    if (tokens[k].text == ')') return k;
    if (tokens[k].sentence != tokens[open].sentence || tokens[k].text == '(') return -1;
  }
  return -1;
}

/** Lower case without accents: « État » spells E. */
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
