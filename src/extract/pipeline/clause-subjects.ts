// Where a clause's subject stands before its verb of saying, when something other than a name comes between or opens
// it: a clause between commas (« L'ONG, qui enquête…, a ajouté »), or people the text does not name.
import type { Mention } from './actors.js';
import type { Doc, Token } from './document.js';
import { isTitle } from './names.js';
import { givenName } from './given-names.js';
import { isApostrophe } from './util.js';

const isWord = (t: Token | undefined): t is Token => !!t && t.kind == 'word';

/**
 * Where the subject of the verb at `cue` ends when a clause between commas stands before the verb (« L'ONG, qui
 * enquête depuis deux ans, a ajouté », "The centre, which confirmed it, also added"): the comma opening it; else `cue`.
 */
export function beforeInsertion(doc: Doc, from: number, cue: number): number {
  const { tokens, lang } = doc;
  let k = cue - 1;
  const adverbial = (t: Token) => lang.adverb.test(t.lower) || (lang.stopwords.has(t.lower) && !lang.determiners.has(t.lower) && !lang.coordinators.has(t.lower));
  while (k > from && isWord(tokens[k]) && !tokens[k].cap && (lang.auxiliaries.has(tokens[k].lower) || adverbial(tokens[k]))) k--;
  if (tokens[k]?.text != ',') return cue;
  for (let open = k - 1; open > from && k - open <= 25; open--) {
    if (tokens[open].quote >= 0) return cue;
    if (tokens[open].text == ',') return open;
  }
  return cue;
}

/** "an official release", "official statements": a noun for a source, at `k`, that qualifies a document and so is no one. */
export function qualifiesDocument(doc: Doc, k: number): boolean {
  const next = doc.tokens[k + 1];
  return isWord(next) && !next.cap && next.gap == ' ' && doc.lang.documentNouns.has(next.lower);
}

/** Whether a noun for people the text does not name opens the clause before `cue`, every name after it in a complement. */
export function groupSubject(doc: Doc, from: number, cue: number, named: readonly Mention[]): boolean {
  const { tokens, lang, sentences } = doc;
  let k = from;
  const opening = (j: number) => sentences[tokens[j].sentence].first == j;
  while (k < cue && !(isWord(tokens[k]) && (!tokens[k].cap || opening(k)) && tokens[k].quote < 0 && lang.sourceNouns.has(tokens[k].lower) && !qualifiesDocument(doc, k))) {
    if ((tokens[k].cap && !opening(k)) || tokens[k].quote >= 0 || tokens[k].text == ',') return false;
    k++;
  }
  if (k >= cue || cue - k > 16) return false;
  // (« Le dirigeant a prévenu », "the official said": one, with a definite article, is someone the text named before.)
  // ("the government spokesman said": past a body's noun qualifying the source.)
  const qualified = isWord(tokens[k - 1]) && !tokens[k - 1].cap && lang.orgNouns.has(tokens[k - 1].lower) ? k - 1 : k;
  const article = isApostrophe(tokens[qualified - 1]) ? tokens[qualified - 2] : tokens[qualified - 1];
  if (!lang.pluralNoun.test(tokens[k].lower) && isWord(article) && lang.definiteArticles.has(article.lower)) return false;
  const complement = (m: Mention) => {
    // ("Supporters of President Trump chanted": past the title of the one named.)
    let first = m.first;
    while (first - 1 > k && isWord(tokens[first - 1]) && lang.personTitles.has(tokens[first - 1].lower) && first > m.first - 3) first--;
    const at = isApostrophe(tokens[first - 1]) ? first - 2 : first - 1;
    const p = tokens[at];
    const determiner = isWord(p) && lang.determiners.has(p.lower);
    // ("The main farmers' union, the National Agricultural Federation, said": a name in apposition to the description
    // names who speaks; in apposition to a name — "officials of NISA, the Japanese authority," — it completes it too.)
    if (determiner && tokens[at - 1]?.text == ',' && isWord(tokens[at - 2]) && !tokens[at - 2].cap) return false;
    const q = determiner && !lang.nameConnectors.has(p.lower) ? tokens[at - 1] : p;
    return isWord(q) && (lang.nameConnectors.has(q.lower) || lang.placePrepositions.has(q.lower));
  };
  return named.every((m) => m.first > k && complement(m));
}

/** "Prosecutors said Smith had…", « Les enquêteurs estiment que X… »: whether a noun for unnamed people stands right before the verb at `cue`. */
export function unnamedRightBefore(doc: Doc, from: number, cue: number): boolean {
  const { tokens, lang } = doc;
  let k = cue - 1;
  while (k > from && isWord(tokens[k]) && !tokens[k].cap && (lang.auxiliaries.has(tokens[k].lower) || lang.adverb.test(tokens[k].lower))) k--;
  return k >= from && isWord(tokens[k]) && lang.sourceNouns.has(tokens[k].lower);
}

/**
 * « Laetitia Dewalle, porte-parole des Gilets jaunes du Val d'Oise affirme », "Jo Smith, head of the Tenants Union
 * said": an apposition of a title whose closing comma the writer left out still qualifies the name before it, which is
 * the verb's subject; the names in the title's complement are not. Of `named`, the mention before the comma, if so.
 */
export function unclosedApposition(doc: Doc, named: readonly Mention[], cue: number): Mention | undefined {
  const { tokens, lang } = doc;
  let open = cue - 1;
  for (; open >= 0 && cue - open <= 12; open--) {
    const t = tokens[open];
    if (t.sentence != tokens[cue].sentence || t.quote >= 0 || (t.kind == 'punct' && t.text != ',' && !isApostrophe(t))) return undefined;
    if (t.text == ',') break;
  }
  if (tokens[open]?.text != ',') return undefined;
  let head = open + 1;
  if (isWord(tokens[head]) && lang.determiners.has(tokens[head].lower)) head++;
  const title = tokens[head];
  if (!isWord(title) || title.cap || !(isTitle(title, lang) || lang.sourceNouns.has(title.lower))) return undefined;
  const holder = named.find((m) => m.last == open - 1);
  const inside = named.filter((m) => m.first > open);
  // (« Invitée de France Inter, la ministre de la Santé Agnès Buzyn a jugé »: a title before someone's full name is
  // theirs, and they are the subject.)
  if (inside.some((m) => m.last > m.first && givenName(tokens[m.first].lower, lang.code) != null)) return undefined;
  return holder && inside.length ? holder : undefined;
}
