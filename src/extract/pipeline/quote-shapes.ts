// Shapes of attribution in the words alone, before anyone is resolved: a verb of saying that is a noun here, an
// attribution inside the marks, someone speaking for someone else, and the cue as an editor reads it.
import type { Actor } from '../../data/types.js';
import type { Lang } from '../lang/types.js';
import type { Doc, Token } from './document.js';
import { isApostrophe, phraseAt, possessiveAfter, textOf } from './util.js';

/** An attribution inside a quote's marks: the comma opening it, its verb, the comma or stop closing it (token indices). */
export type Incise = { from: number; cue: number; to: number };

const isWord = (t: Token | undefined): t is Token => !!t && t.kind == 'word';

/**
 * « à la demande du gouvernement », "after the report", "Fallon's comments": an article after a preposition or a stop, or a
 * possessive, makes the word at `k` a noun (« il la demande » keeps its clitic).
 */
export function isNounThere(doc: Doc, k: number): boolean {
  const { tokens, lang } = doc;
  // "Fallon's comments": after a possessive, the word is a noun.
  if (tokens[k - 1]?.lower == 's' && isApostrophe(tokens[k - 2]) && tokens[k - 1].gap == '') return true;
  // "concerned by reports that…": right after a preposition, the word is a noun.
  if (isWord(tokens[k - 1]) && !tokens[k - 1].cap && lang.headLast && (lang.agentPrepositions.has(tokens[k - 1].lower) || lang.ofWords.has(tokens[k - 1].lower))) return true;
  const elided = isApostrophe(tokens[k - 1]);
  const det = elided ? tokens[k - 2] : tokens[k - 1];
  if (!isWord(det) || !lang.determiners.has(det.lower)) return false;
  // "said the comments had…": a determiner that is never a pronoun is followed by a noun, wherever it stands.
  if (!lang.determinerPronouns.has(det.lower)) return true;
  const before = elided ? tokens[k - 3] : tokens[k - 2];
  // (« que le prévenu avait », « et la présidente a »: after a conjunction the article opens a subject, not a pronoun.)
  return !before || before.kind == 'punct' || lang.placePrepositions.has(before.lower) || lang.nameConnectors.has(before.lower) || lang.agentPrepositions.has(before.lower) || lang.clauseOpeners.has(before.lower);
}

/**
 * « l'avocat de Jean Dupont », « le cabinet de M. Le Roux », "a lawyer for John Smith", "Smith's mother": whether the
 * name at tokens `first..last` is someone the speaker speaks for, or is related to — so not the speaker.
 */
export function speaksForSomeoneElse(doc: Doc, first: number, last: number): boolean {
  const { tokens, lang } = doc;
  if (possessiveAfter(tokens, last)) return lang.relationNouns.has(tokens[last + 3]?.lower ?? '');
  // Back over « de M. Le », "for the": an honorific, its dot, articles and particles.
  const skippable = (t: Token | undefined) => !!t && (t.text == '.' || isApostrophe(t) || (isWord(t) && (lang.abbreviations.has(t.lower) || lang.determiners.has(t.lower) || (t.cap && lang.nameConnectors.has(t.lower)))));
  const connectorWord = (t: Token) => isWord(t) && !t.cap && lang.nameConnectors.has(t.lower) && !lang.determiners.has(t.lower);
  let k = first - 1;
  while (k > first - 5 && skippable(tokens[k]) && !connectorWord(tokens[k])) k--;
  const connector = tokens[k];
  return isWord(connector) && lang.relationConnectors.has(connector.lower) && lang.relationNouns.has(tokens[k - 1]?.lower ?? '');
}

/**
 * « …, confiait d'ailleurs Hamon en 2010. … », « …, a-t-il ajouté, … »: a comma, a verb of saying (an auxiliary or an
 * adverb may come first) and its subject, closed by a comma or a full stop, inside the marks from `first` to `last`.
 * `named(from, to)` says whether a name stands in those tokens.
 */
export function inciseIn(doc: Doc, first: number, last: number, named: (from: number, to: number) => boolean): Incise | undefined {
  const { tokens, lang } = doc;
  for (let k = first + 2; k < last - 2; k++) {
    if (tokens[k].text != ',') continue;
    let v = k + 1;
    // (« , s'est écriée la chanteuse, »: a reflexive pronoun and its auxiliary before the verb.)
    const before = (t: Token) => lang.auxiliaries.has(t.lower) || lang.beAuxiliaries.has(t.lower) || lang.reflexives.has(t.lower) || lang.adverb.test(t.lower);
    while (v < k + 4 && (isApostrophe(tokens[v]) || (isWord(tokens[v]) && before(tokens[v])))) v++;
    const verb = tokens[v];
    if (!isWord(verb) || !(lang.sayVerbs.has(verb.lower) || lang.invertedPronoun(verb.text))) continue;
    // Words for the subject and a time (« a reconnu dimanche soir le coureur belge Jens Vermeulen »), then the comma or
    // stop that closes it — or, after a title's complement, the comma that closes the name in apposition to it
    // (« a prévenu la secrétaire générale de la CFDT, Sophie Lambert, »).
    for (let e = v + 1; e <= Math.min(last - 1, v + 11); e++) {
      const t = tokens[e];
      if (t.text == ',' || t.text == '.') {
        let end = e;
        let n = e + 1;
        while (n < last && isWord(tokens[n]) && tokens[n].cap && n - e <= 4) n++;
        if (t.text == ',' && n > e + 1 && tokens[n]?.text == ',' && n < last - 1) end = n;
        return named(v, end) || lang.invertedPronoun(verb.text) ? { from: k, cue: v, to: end } : undefined;
      }
      if (t.kind != 'word' && !isApostrophe(t)) break;
    }
  }
  return undefined;
}

export function countWords(tokens: readonly Token[], first: number, last: number): number {
  let n = 0;
  for (let k = first; k <= last; k++) {
    // « d'amplifier », "it's": letters glued by an apostrophe to the next word make one word with it.
    const glued = k < last && isApostrophe(tokens[k + 1]) && tokens[k + 1].gap == '' && tokens[k + 2]?.gap == '' && tokens[k + 2].kind == 'word';
    if (tokens[k].kind == 'word' && !glued) n++;
  }
  return n;
}

/** The title noun of an actor's role, which « le ministre » or "the governor" points back to: « l'actuel ministre » → ministre. */
export function roleNoun(a: Actor, lang: Lang): string {
  // (With no role, the title a form of the name carries: "Gov. Lydia Morrow".)
  const titled = a.role ? undefined : a.aliases.find((f) => f.endsWith(` ${a.name}`));
  const role = a.role ?? titled?.slice(0, -a.name.length) ?? '';
  const words = role.toLowerCase().split(/[\s'’]+/).slice(0, 4);
  const titles = words.map((w) => w.replace(/\.$/, '')).filter((w) => lang.personTitles.has(w) && !lang.titleModifiers.has(w));
  // ("Gov. Lydia Morrow", then "the governor said": an abbreviated title stands for the word in full.)
  return titles[0] ? lang.titleAbbreviations.get(titles[0]) ?? titles[0] : '';
}

/** « a fait savoir », "pointed out": a verb of saying in several words starting at token `k`. */
export const sayPhraseAt = (doc: Doc, k: number): boolean => doc.lang.sayPhrases.some((p) => phraseAt(doc.tokens, k, p));

/**
 * « le communiqué de la préfecture », « un communiqué de l'Élysée », "a statement from the palace": the token index of
 * the document noun whose issuer the name at `first` is, or -1.
 */
export function documentNounBefore(doc: Doc, first: number): number {
  const { tokens, lang } = doc;
  let k = first - 1;
  if (isApostrophe(tokens[k])) k--;
  const connects = (t: Token | undefined) => !!t && t.kind == 'word' && (lang.nameConnectors.has(t.lower) || lang.documentConnectors.has(t.lower));
  // (« de la préfecture », « de l'Élysée »: past the article after its connector.)
  if (tokens[k]?.kind == 'word' && lang.determiners.has(tokens[k].lower) && connects(tokens[k - 1])) k--;
  if (!connects(tokens[k])) return -1;
  if (lang.documentNouns.has(tokens[k - 1]?.lower ?? '')) return k - 1;
  // (« un communiqué de presse de X », « la note d'information du ministère »: the noun's own complement comes first.)
  const complement = tokens[k - 1];
  const ownConnector = isApostrophe(tokens[k - 2]) ? k - 3 : k - 2;
  return complement?.kind == 'word' && !complement.cap && connects(tokens[ownConnector]) && lang.documentNouns.has(tokens[ownConnector - 1]?.lower ?? '') ? ownConnector - 1 : -1;
}

/** 'a déclaré', 'a-t-il déclaré', « ayant déclaré », 'said': the verb with the auxiliary written before it. */
export function cueText(doc: Doc, cue: number): string {
  const { tokens, text, lang } = doc;
  let from = cue;
  const prev = tokens[cue - 1];
  if (prev && prev.gap != '\n\n' && isWord(prev) && (lang.auxiliaries.has(prev.lower) || lang.invertedPronoun(prev.text) || lang.participleAuxiliaries.has(prev.lower))) from = cue - 1;
  return textOf(text, tokens, from, cue);
}
