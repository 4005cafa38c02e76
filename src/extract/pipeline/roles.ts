// Roles around a name: a title before it (« le président russe »), an apposition after it (", chairman of …,").
import type { Lang } from '../lang/types.js';
import type { Doc } from './document.js';
import { givenName } from './given-names.js';
import { isTitle, isWord } from './names.js';
import { isApostrophe, phraseAt, possessiveAfter, squash, textOf } from './util.js';

const MAX_ROLE = 18;

/**
 * "Somalia's Prime Minister Abdiweli Mohamed Ali", "Agency spokesman Sutopo Nugoroho", "Apple CEO Tim Cook": whether
 * the name ending at token `ownerLast` qualifies the title written before the name at `personFirst` (whose title it is).
 */
export function qualifiesTitle(doc: Doc, ownerLast: number, personFirst: number): boolean {
  const { tokens } = doc;
  const from = roleBefore(doc, personFirst).from;
  if (from >= personFirst) return false;
  const possessor = possessiveAfter(tokens, ownerLast);
  return from == ownerLast + (possessor ? 3 : 1);
}

/** The role written before a name: « le président russe » Vladimir Poutine, « le maire de Tignes, » Jean-Christophe Vitale. */
export function roleBefore(doc: Doc, i: number): { role?: string; honorific: boolean; from: number } {
  const { tokens, lang, text } = doc;
  const none = { honorific: false, from: i };
  const prev = tokens[i - 1];
  if (!prev) return none;
  // M. Tokayev, Mme Dupont, Rep. Kennedy: an honorific gives the kind, not a role.
  const abbr = prev.text == '.' ? tokens[i - 2] : prev;
  if (isWord(abbr) && lang.abbreviations.has(abbr.lower) && isTitle(abbr, lang)) {
    const at = prev.text == '.' ? i - 2 : i - 1;
    if (abbr.lower.length <= 3) return { honorific: true, from: at };
    return { role: abbr.text, honorific: false, from: at };
  }
  // « maire de la capitale colombienne, Bogota »: after a comma, only a full name (or one opening on a given name)
  // takes the titled phrase before it as its role; one word there is more often a place in apposition.
  const fullName = (isWord(tokens[i + 1]) && tokens[i + 1].cap && tokens[i + 1].gap == ' ') || !!givenName(tokens[i].lower, lang.code);
  if (prev.text == ',' && fullName) {
    // « le maire de Tignes, Jean-Christophe Vitale »: a titled phrase, then a comma, then the name.
    let titleAt = -1;
    for (let k = i - 2, n = 0; k >= 0 && n < 10; k--, n++) {
      const t = tokens[k];
      if (t.sentence != tokens[i].sentence || (t.kind == 'punct' && !isApostrophe(t)) || t.digits) break;
      // « le président du comité d'organisation de la primaire, Christophe Borgel »: an article after « de » is inside the role.
      if (lang.determiners.has(t.lower) && !isApostrophe(tokens[k + 1]) && !(isWord(tokens[k - 1]) && lang.nameConnectors.has(tokens[k - 1].lower) && !lang.determiners.has(tokens[k - 1].lower))) break;
      // "engineer Michael Kempf of Savannah, Georgia": that title is Kempf's, not Georgia's.
      if (isTitle(t, lang) && tokens[k + 1]?.cap && !isTitle(tokens[k + 1], lang)) break;
      if (lang.sayVerbs.has(t.lower) || lang.agencyFollowers.has(t.lower)) break;
      if (isTitle(t, lang)) titleAt = k;
    }
    if (titleAt < 0) return none;
    // (« À cette question de notre journaliste, Pascale Hurtado marque un temps »: the comma closing a phrase a
    // preposition opens the sentence with closes no apposition.)
    const s = doc.sentences[tokens[i].sentence];
    const opener = isWord(tokens[s.first]) && lang.openerPrepositions.has(tokens[s.first].lower) && !lang.sourcePhrases.some((p) => phraseAt(tokens, s.first, p));
    if (opener && !tokens.slice(s.first, i - 1).some((t) => t.text == ',')) return none;
    return { role: squash(textOf(text, tokens, titleAt, i - 2)), honorific: false, from: titleAt };
  }
  // « le secrétaire d'État Antony Blinken »: a multi-word title right before the name.
  for (const p of lang.titlePhrases) {
    const at = i - p.length;
    if (at >= 0 && p.every((w, n) => tokens[at + n].lower == w)) {
      return { role: squash(textOf(text, tokens, at, i - 1)), honorific: false, from: at };
    }
  }
  // « le ministre de la Justice Jean-Jacques Urvoas », "Minister of Agrarian Development Guilherme Cassel": a minister's
  // domain between the title and the name.
  const domain = domainTitleBefore(doc, i);
  if (domain >= 0) return { role: squash(textOf(text, tokens, domain, i - 1)), honorific: false, from: domain };
  // « le président russe Vladimir Poutine », "engineer Michael Kempf": a title, then adjectives only.
  let titleAt = -1;
  for (let k = i - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    const t = tokens[k];
    if (!isWord(t) || t.sentence != tokens[i].sentence) break;
    // « son premier jeu Half-Life », « sa première plateforme »: a title that also modifies titles, before a word that is
    // none, modifies that word.
    if (isTitle(t, lang) && lang.titleModifiers.has(t.lower) && k < i - 1 && !isTitle(tokens[k + 1], lang)) break;
    if (isTitle(t, lang)) {
      titleAt = k;
      continue;
    }
    if (t.cap || lang.stopwords.has(t.lower) || lang.nameConnectors.has(t.lower) || lang.determiners.has(t.lower)) break;
    // "The president told CNN": a verb between the title and the name ends the title's phrase. ("The Pope celebrated
    // Midnight Mass": where a title's modifiers come before it, a participle after it is a verb; « le président élu
    // Donald Trump » keeps its adjective.)
    if (lang.sayVerbs.has(t.lower) || lang.agencyFollowers.has(t.lower) || lang.auxiliaries.has(t.lower) || (lang.headLast && lang.isPastParticiple(t.lower))) break;
  }
  if (titleAt >= 0) return { role: squash(textOf(text, tokens, titleAt, i - 1)), honorific: false, from: titleAt };
  return agentNounBefore(doc, i) ?? none;
}

/** Where a title whose complement is a domain (« ministre de la Justice ») starts, right before token `i`; -1 if none. */
function domainTitleBefore(doc: Doc, i: number): number {
  const { tokens, lang } = doc;
  let k = i - 1;
  // (Capitalised or not: « le ministre de la justice Jean-Jacques Urvoas ».)
  for (let n = 0; n < 4 && isWord(tokens[k]) && !lang.stopwords.has(tokens[k].lower) && !lang.sayVerbs.has(tokens[k].lower) && tokens[k].sentence == tokens[i].sentence; n++) k--;
  if (k == i - 1) return -1;
  if (isApostrophe(tokens[k])) k--;
  // (« de la Justice », « de l'Intérieur »: the article after « de ».)
  if (isWord(tokens[k]) && !tokens[k].cap && lang.determiners.has(tokens[k].lower) && isWord(tokens[k - 1]) && lang.nameConnectors.has(tokens[k - 1].lower) && !lang.determiners.has(tokens[k - 1].lower)) k--;
  const connector = tokens[k];
  const title = tokens[k - 1];
  const linked = isWord(connector) && !connector.cap && (lang.nameConnectors.has(connector.lower) || lang.domainConnectors.has(connector.lower));
  return linked && isWord(title) && lang.domainTitles.has(title.lower) ? k - 1 : -1;
}

/**
 * « le prévisionniste François Gourand », "forecaster John Smith": a noun naming what someone does, by its ending
 * (-iste, -eur, -ien…), right before a first and last name, after an article or a preposition, is that person's role.
 */
function agentNounBefore(doc: Doc, i: number): { role: string; honorific: false; from: number } | undefined {
  const { tokens, lang } = doc;
  const noun = tokens[i - 1];
  const before = tokens[i - 2];
  const fullName = isWord(tokens[i + 1]) && tokens[i + 1].cap && tokens[i + 1].gap == ' ';
  if (!fullName || !isWord(noun) || noun.cap || lang.stopwords.has(noun.lower) || !lang.agentNoun.test(noun.lower)) return undefined;
  if (before && !(before.text == ',' || (isWord(before) && (lang.determiners.has(before.lower) || lang.stopwords.has(before.lower))))) return undefined;
  return { role: noun.text, honorific: false, from: i - 1 };
}

/** The first word of a role that is not an article: « une association burundaise » → association, « l'émission de TMC » → émission. */
export function roleHead(role: string, lang: Lang): string {
  const words = role.toLowerCase().split(/[\s'’]+/).filter((w) => w && !lang.determiners.has(w) && !lang.elisions.has(w));
  // "the union's general secretary", "the union general secretary": where nouns come before their head, the head is
  // the last word before a preposition; « secrétaire général du syndicat »: else the first.
  if (!lang.headLast) return words[0] ?? '';
  const end = words.findIndex((w) => lang.nameConnectors.has(w) || lang.placePrepositions.has(w));
  return words[(end < 0 ? words.length : end) - 1] ?? '';
}

/** « sur les Champs-Élysées », "with Reuters": whether a preposition governs the name opening at token `first`. */
function afterPreposition(doc: Doc, first: number): boolean {
  const { tokens, lang } = doc;
  let k = first - 1;
  if (isApostrophe(tokens[k])) k--;
  if (isWord(tokens[k]) && lang.determiners.has(tokens[k].lower)) k--;
  const p = tokens[k];
  return isWord(p) && !p.cap && p.sentence == tokens[first].sentence && (lang.placePrepositions.has(p.lower) || lang.mediumPrepositions.has(p.lower) || lang.adjunctPrepositions.has(p.lower));
}

/**
 * The apposition after the name on tokens `first`–`last`: Zhumadin Patov, « directeur adjoint d'un marché public à
 * Almaty », a déclaré.
 */
export function roleAfter(doc: Doc, first: number, last: number): string | undefined {
  const { tokens, lang, text } = doc;
  if (tokens[last + 1]?.text != ',') return;
  const start = last + 2;
  const t = tokens[start];
  if (!isWord(t) || t.cap || lang.sayVerbs.has(t.lower) || lang.agencyFollowers.has(t.lower) || lang.isParticiple(t.lower)) return;
  // "Iteka, une association burundaise,": an organisation noun after the article heads a description too.
  // ("Safa, a 26-year-old baker,", « Karim, un boulanger de 26 ans, »: a description giving an age is someone's too.)
  const aged = (k: number) => isWord(tokens[k]) && (lang.ageNoun.test(tokens[k].lower) || (tokens[k].digits && lang.ageUnits.has(tokens[k + 1]?.lower ?? '')));
  const titled = [0, 1, 2].some((n) => isTitle(tokens[start + n], lang)) || (lang.determiners.has(t.lower) && lang.orgNouns.has(tokens[start + 1]?.lower ?? '')) || (lang.numberArticles.has(t.lower) && [1, 2, 3, 4].some((n) => aged(start + n)));
  if (!titled && (lang.stopwords.has(t.lower) || lang.determiners.has(t.lower))) return;
  // The apposition ends at a comma, a bracket, a colon or a quotation, or — where the closing comma was forgotten
  // (« X, premier vice-président du Burundi a réagi ») — at the verb.
  // "the union's general secretary": the s of a possessive is no verb.
  const ends = (k: number) => {
    const u = tokens[k];
    if (u.lower == 's' && isApostrophe(tokens[k - 1])) return false;
    return ',.(;:'.includes(u.text) || '«“"'.includes(u.text) || u.quote >= 0 || lang.sayVerbs.has(u.lower) || lang.agencyFollowers.has(u.lower);
  };
  let k = start;
  while (k < tokens.length && k - start < MAX_ROLE && tokens[k].sentence == t.sentence && !ends(k)) k++;
  const closed = tokens[k]?.text == ',' || tokens[k]?.text == '(' || tokens[k]?.text == ':';
  if (!closed && !titled) return;
  // « Interrogé par Mediapart, le ministre a répondu », "Asked by the BBC, the minister said": after a phrase opening the
  // sentence, the words running to the verb are the main clause's subject.
  const opener = tokens[doc.sentences[t.sentence].first];
  if (!closed && isWord(opener) && (lang.isParticiple(opener.lower) || lang.openingSources.has(opener.lower) || lang.sourcePhrases.some((p) => p[0] == opener.lower))) return;
  // (« Vers 19h40, sur les Champs-Élysées, un groupe de manifestants a chanté »: nor after a name a preposition governs,
  // where the words run on to the verb; « sur Weibo, un site de microblogage. » ends the sentence as an apposition.)
  const toVerb = !closed && k < tokens.length && !'.;'.includes(tokens[k].text);
  if (toVerb && afterPreposition(doc, first)) return;
  // « Interrogé sur France Inter, le ministre Bruno Le Maire a jugé »: a title with its name after the comma is the
  // next clause's subject, not an apposition. ("Julia Gillard, the Prime Minister, said": a title's second word is no name.)
  for (let j = start; j < k - 1; j++) if (isTitle(tokens[j], lang) && tokens[j + 1].cap && !lang.nameConnectors.has(tokens[j + 1].lower) && !isTitle(tokens[j + 1], lang)) return;
  return squash(textOf(text, tokens, start, k - 1)) || undefined;
}
