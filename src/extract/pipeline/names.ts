// Names in the text: capitalised runs, titled names, organisation names with their complement.
import type { ActorKind } from '../../data/types.js';
import type { Lang } from '../lang/types.js';
import type { Doc, Token } from './document.js';
import { isCompoundTitle } from '../lang/titles.js';
import { pastDateline } from './dateline.js';
import { givenName } from './given-names.js';
import { countryEnd, countryNames, isDemonym } from './places.js';
import { isApostrophe, phraseAt, phraseEndsAt, possessiveAfter, textOf } from './util.js';

/** A name found in the text before merging: its tokens, what kind it looks like and why. */
export interface Candidate {
  first: number;
  last: number;
  name: string;
  kind: ActorKind | 'unknown';
  /** How sure the shape alone makes us that this is an actor, 0–1; 0 means no evidence yet. */
  evidence: number;
  role?: string;
  /** The form with its title ('M. Tokayev', 'le président Tokayev'), kept as an alias. */
  titled?: string;
  /** Named after a place preposition (« au Kazakhstan »): a place, not an actor. */
  place: boolean;
  /** A country that does not act, a facility, a product, a nationality: never an actor, however often named. */
  notActor?: boolean;
  /** A ship ("MV Sirius Star"): not even an unlikely actor. */
  vessel?: boolean;
  /** Named as a thing or a place by its head word ("Midnight Mass", "Horse Guards Parade"), or an epithet in marks: not even an unlikely actor. */
  thing?: boolean;
  /** One word completing a common noun (« la centrale de Flamanville »): names where or what, not who, here. */
  complement?: boolean;
  /** An institution's common noun alone (« la préfecture »): an actor only where it speaks or acts. */
  lone?: boolean;
  /** A social-media handle (@name) or a domain name: its shape alone says it is someone, whatever the words around it. */
  byShape?: boolean;
  /** A verb after it or a source phrase before it shows it acts (set when weighed). */
  acts?: boolean;
  /** The person a body's name belongs to (« le gouvernement de Justin Trudeau »): a person, whatever stands around. */
  owner?: boolean;
}

const MAX_NAME = 8;

const TOP_LEVEL_DOMAINS = new Set(['com', 'org', 'net', 'gov', 'edu', 'info', 'io', 'tv', 'fr', 'uk', 'be', 'ch', 'ca', 'de', 'eu', 'in', 'au']);
// "YouTube", "WordPress", "SoftBank": a capital inside a word marks a brand, not a person — "McDonald", "MacKinnon",
// "DeSantis", "LeBlanc" and the like excepted.
const BRAND = /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u;

export const isWord = (t: Token | undefined): t is Token => !!t && t.kind == 'word';

// « al-Megrahi », « el-Sissi », « ben-Ali »: a lower-case particle fused to a capitalised name.
const PARTICLE_NAME = /^(?:al|el|ben|bin|ibn|abu|ould)-\p{Lu}/u;

/** « al-Assad », "bin-Salman": a name word for all its lower-case particle. */
export const isParticleName = (t: Token): boolean => PARTICLE_NAME.test(t.text);

/** « Val-d'Oise », « Côte-d'Ivoire »: whether token `k` ends on an article elided inside a hyphenated name, its apostrophe next. */
export function hyphenElidedAt(tokens: readonly Token[], k: number, lang: Lang): boolean {
  const elided = /-(\p{L}+)$/u.exec(tokens[k]?.text ?? '');
  return !!elided && lang.elisions.has(elided[1].toLowerCase()) && isApostrophe(tokens[k + 1]) && tokens[k + 1].gap == '';
}

/** Whether token `k` is an initial inside a name: the D. of Audra D. Bridges. */
const isInitial = (tokens: Token[], k: number): boolean =>
  tokens[k]?.kind == 'word' && tokens[k].text.length == 1 && tokens[k].cap && tokens[k + 1]?.text == '.' && tokens[k + 1].gap == '' && !!tokens[k + 2]?.cap;

export function isNameToken(t: Token | undefined, lang: Lang): boolean {
  if (isWord(t) && !t.cap && PARTICLE_NAME.test(t.text)) return true;
  if (!isWord(t) || !t.cap || t.digits || t.text.length > 60) return false;
  const w = t.lower;
  // "the WHO", « l'ONU »: an acronym of three capitals or more is a name even where its letters spell a common word.
  const acronym = t.upper && t.text.length >= 3;
  if ((lang.stopwords.has(w) && !acronym) || lang.notActors.has(w) || lang.months.has(w) || lang.weekdays.has(w)) return false;
  if (lang.numberWords.has(w) || lang.personTitles.has(w) || isCompoundTitle(w, lang)) return false;
  // "MPs", "NGOs", "CEOs": an acronym in the plural counts people or things of a kind.
  if (/^\p{Lu}{2,}s$/u.test(t.text)) return false;
  // "Pulitzer Prize-winning", "Kremlin-backed", "Seattle-based": a name glued to a participle is an adjective.
  const glued = /^\p{Lu}[\p{L}'’.]*-(\p{Ll}+)$/u.exec(t.text);
  if (glued && (lang.isParticiple(glued[1]) || lang.isPastParticiple(glued[1]))) return false;
  // A lone capital is an initial only when a period follows (J. Smith); 'Division A' is not a name.
  return t.text.length > 1;
}

export const isTitle = (t: Token | undefined, lang: Lang): boolean => isWord(t) && (lang.personTitles.has(t.lower) || isCompoundTitle(t.lower, lang));

/** "editor Will Tracy", "actress June Squibb": a capitalised function word or month that is a given name, inside a sentence, before a name. */
function givenWord(doc: Doc, i: number): boolean {
  const { tokens, lang, sentences } = doc;
  const t = tokens[i];
  const next = tokens[i + 1];
  return isWord(t) && t.cap && !t.upper && (lang.stopwords.has(t.lower) || lang.months.has(t.lower)) && sentences[t.sentence].first != i && !!givenName(t.lower, lang.code) && isNameToken(next, lang) && next!.gap == ' ';
}

/**
 * "Theresa May", "Mrs May", "Brian June": after a given name or an honorific, a month's name with no day beside it is a
 * surname; so is, right after a given name, a capitalised function word or title word: "Masayoshi Son", "Stephen King".
 */
function monthSurname(tokens: Token[], k: number, lang: Lang): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  const prev = tokens[k - 1]?.text == '.' ? tokens[k - 2] : tokens[k - 1];
  const honorific = isTitle(prev, lang) && lang.abbreviations.has(prev!.lower) && prev!.lower.length <= 3;
  if (!isWord(t) || !t.cap || t.upper || t.gap != ' ' || next?.digits) return false;
  const afterGiven = !!givenName(tokens[k - 1]?.lower ?? '', lang.code) && tokens[k - 1].cap;
  if (lang.months.has(t.lower)) return afterGiven || honorific;
  // (The given name opens the run: in "God Bless You" it does not.)
  const opens = !(isWord(tokens[k - 2]) && tokens[k - 2].cap && tokens[k - 1].gap == ' ');
  const functionWord = (lang.stopwords.has(t.lower) || lang.personTitles.has(t.lower)) && !lang.nameConnectors.has(t.lower);
  return functionWord && afterGiven && opens && !isNameToken(next, lang);
}
const sameSentence = (a: Token, b: Token): boolean => a.sentence == b.sentence && a.quote == b.quote;
/** A word in the plural, longer than three letters: « Médecins », « frontières ». */
const pluralWord = (t: Token | undefined, lang: Lang): boolean => isWord(t) && t.lower.length > 3 && lang.pluralNoun.test(t.lower);

/**
 * Whether the coordinator at `k` joins two parts of one name: two name words or more follow it, and the part before
 * holds an organisation's word or the part after ends on one ("National Search and Rescue Agency").
 */
function coordinatedPart(tokens: Token[], k: number, lang: Lang, orgSoFar: boolean): boolean {
  let end = k + 1;
  while (isNameToken(tokens[end], lang) && tokens[end].gap == ' ' && end - k <= 4) end++;
  if (end - k - 1 < 2) return false;
  // ("Conservatives and Liberal Democrats": a plural head names a party's members, a second name; "Central Command and
  // Strategic Command": a part before that ends on a head of its own is a first name.)
  const head = tokens[end - 1].lower;
  const bodyWord = lang.headLast && lang.orgWords.has(head);
  if (bodyWord && lang.orgWords.has(tokens[k - 1].lower)) return false;
  // ("Daily Mail and Daily Mirror", "Bank of Japan and Bank of Korea": a part opening on the word the name before opened
  // on is a second name of the same kind.)
  const opener = tokens[k + 1].lower;
  if ([1, 2, 3, 4].some((n) => tokens[k - n]?.cap && tokens[k - n].lower == opener)) return false;
  return orgSoFar || !lang.orgOnlyConnectors.has(tokens[k].lower) || (bodyWord && !head.endsWith('s'));
}

/**
 * Where the list of single capitalised words after the name `first..last` ends, the last after a coordinator
 * (", Trade and Industry", " and Prevention"), when the name already holds a connector to its complement; else -1.
 */
function domainListEnd(tokens: Token[], first: number, last: number, lang: Lang): number {
  const connector = (t: Token) => isWord(t) && !t.cap && lang.nameConnectors.has(t.lower) && !lang.coordinators.has(t.lower);
  if (!tokens.slice(first + 1, last).some(connector)) return -1;
  // (Not an acronym, not a body's word: "the Ministry of Health and UNICEF" are two.)
  const word = (k: number) => isNameToken(tokens[k], lang) && tokens[k].gap == ' ' && !tokens[k].upper && !lang.orgWords.has(tokens[k].lower);
  for (let k = last + 1, n = 0; n < 4; n++, k += 2) {
    const sep = tokens[k];
    if (sep?.text == ',' && sep.gap == '' && word(k + 1)) continue;
    const coordinated = isWord(sep) && sep.gap == ' ' && lang.coordinators.has(sep.lower) && word(k + 1);
    return coordinated && !(isNameToken(tokens[k + 2], lang) && tokens[k + 2].gap == ' ') ? k + 1 : -1;
  }
  return -1;
}

/** Connector tokens (de, du, d', of, van…) at `k`, followed by a name token: how many, or 0. */
function connectorRun(tokens: Token[], k: number, lang: Lang, orgSoFar: boolean): number {
  let n = 0;
  while (n < 3) {
    const t = tokens[k + n];
    if (!t || t.gap == '\n' || t.gap == '\n\n') return 0;
    if (isApostrophe(t) && n > 0 && lang.elisions.has(tokens[k + n - 1].lower)) {
      n++;
      continue;
    }
    // Capitalised particles belong to a name only between two name words: Bruno Le Roux, Jean De La Fontaine.
    if (!isWord(t) || !(lang.nameConnectors.has(t.lower) || lang.headConnectors.has(t.lower))) break;
    // « sur Facebook les Gilets jaunes »: a lower-case article joins a name only after « de » (« Chambre des… »,
    // « Conseil de la… »), not on its own.
    if (n == 0 && !t.cap && lang.definiteArticles.has(t.lower) && !lang.contractedArticles.has(t.lower)) return 0;
    // "Centre for Economics and Business Research": "and" joins two parts of one name, each of two words or more;
    // "Democrats and Republicans", « Paris et le Conseil » are two names.
    if (lang.coordinators.has(t.lower)) return n == 0 && coordinatedPart(tokens, k, lang, orgSoFar) ? 1 : 0;
    if (lang.orgOnlyConnectors.has(t.lower) && !orgSoFar) return 0;
    // "Committee to Protect Journalists", but "Juanda Airport to Singapore": some connectors join only right after a
    // body's head.
    if (lang.headConnectors.has(t.lower) && !(n == 0 && lang.orgWords.has(tokens[k - 1]?.lower ?? ''))) return 0;
    n++;
  }
  // « Bruno Le Maire »: after a capitalised particle, a title word is a surname; "Department of Justice": after an
  // organisation's word and its connector, it is what the body deals with — unless a name follows it ("Justice Kennedy").
  const after = tokens[k + n];
  const titleWord = n > 0 && isWord(after) && after.cap && !after.upper && lang.personTitles.has(after.lower);
  const surname = titleWord && tokens[k + n - 1].cap;
  const domain = titleWord && orgSoFar && !(isNameToken(tokens[k + n + 1], lang) && tokens[k + n + 1].gap == ' ');
  // ("Bank of America", "Council of Europe": a word kept out of names alone may close a body's.)
  const region = n > 0 && lang.orgWords.has(tokens[k - 1]?.lower ?? '') && isWord(after) && after.cap && !after.upper && lang.notActors.has(after.lower);
  return n > 0 && (isNameToken(after, lang) || surname || domain || region) ? n : 0;
}

/** Whether a contracted article and a lower-case noun start at `k` (« des libertés », « du travail »). */
function secondComplementAt(tokens: Token[], k: number, lang: Lang): boolean {
  return isWord(tokens[k]) && lang.contractedArticles.has(tokens[k].lower) && isWord(tokens[k + 1]) && !tokens[k + 1].cap && !lang.stopwords.has(tokens[k + 1].lower);
}

/**
 * Extends an organisation name over its lower-case complement: « Comité [de sécurité nationale] »,
 * « ministère [russe de la défense] », « Union [européenne] ». The shape is head, adjective?, then
 * (connector, noun, adjective?)*: a verb after the head (« la Mairie précise ») is not an adjective.
 */
function extendOrg(tokens: Token[], last: number, lang: Lang): number {
  let end = last;
  let state: 'head' | 'connector' | 'noun' | 'adj' = 'head';
  let lowerComplement = false;
  for (let k = last + 1; k < tokens.length && k - last <= MAX_NAME; k++) {
    const t = tokens[k];
    if (t.gap.includes('\n') || !sameSentence(t, tokens[last])) break;
    if (isApostrophe(t) && lang.elisions.has(tokens[k - 1].lower)) continue;
    if (!isWord(t) || t.digits) break;
    if (!t.cap && lang.nameConnectors.has(t.lower) && !lang.orgOnlyConnectors.has(t.lower)) {
      // « l'Astrophysical Journal la découverte »: an article is a connector only after « de », "of".
      if (lang.determiners.has(t.lower) && state != 'connector') break;
      state = 'connector';
      continue;
    }
    // « Haut Commissariat des Nations unies [pour les réfugiés] »: « pour » and an article link a complement too.
    if (!t.cap && tokens[last].cap && lang.orgOnlyConnectors.has(t.lower) && !lang.coordinators.has(t.lower) && state != 'connector' && isWord(tokens[k + 1]) && lang.definiteArticles.has(tokens[k + 1].lower)) {
      state = 'connector';
      continue;
    }
    if (state == 'connector' && !t.cap && lang.definiteArticles.has(t.lower) && lang.orgOnlyConnectors.has(tokens[k - 1].lower)) continue;
    // « Commission nationale de l'informatique [et des libertés] », « Institut national de la statistique [et des études
    // économiques] »: after a lower-case complement, a coordinator and « des », « du » join a second one to it.
    if (!t.cap && lang.coordinators.has(t.lower) && lowerComplement && (state == 'noun' || state == 'adj') && secondComplementAt(tokens, k + 1, lang)) {
      state = 'connector';
      continue;
    }
    // « le cabinet de M. Le Roux », « l'entourage du président Macron »: after a connector a person's title may open
    // the name of whom the body serves.
    if (state == 'connector' && isTitle(t, lang)) {
      if (tokens[k + 1]?.text == '.' && tokens[k + 1].gap == '') k++;
      // « de M. Le Roux »: the particle opening a surname.
      const particle = tokens[k + 1]?.cap && lang.nameConnectors.has(tokens[k + 1].lower) && isNameToken(tokens[k + 2], lang);
      if (particle) k++;
      if (isNameToken(tokens[k + 1], lang)) continue;
      break;
    }
    // « préfecture du Nord », « Conseil d'État »: after a connector a capitalised word kept out of names (a compass
    // point, « État ») still completes the organisation's.
    const kept = state == 'connector' && t.cap && !t.upper && !lang.stopwords.has(t.lower) && !lang.months.has(t.lower) && !lang.weekdays.has(t.lower) && !isTitle(t, lang);
    // « la présidente du Front national Marine Le Pen »: a given name and a name after the complement open a person.
    const surname = isNameToken(tokens[k + 1], lang) || (tokens[k + 1]?.cap && lang.nameConnectors.has(tokens[k + 1].lower));
    if ((state == 'adj' || state == 'noun') && !tokens[k - 1].cap && givenName(t.lower, lang.code) && surname) break;
    if (isNameToken(t, lang) || kept) {
      // « du groupe Canal+ »
      if (tokens[k + 1]?.text == '+' && tokens[k + 1].gap == '') k++;
      end = k;
      // « des Affaires étrangères »: a capitalised noun after a connector may take its adjective.
      state = state == 'connector' ? 'noun' : 'head';
      continue;
    }
    const w = t.lower;
    // After a connector a word in -és is a noun (« réfugiés »); after the head it may be the verb (« la Mairie précise »).
    // (Nor a word of time: « déféré devant le parquet demain dimanche ».)
    const time = lang.months.has(w) || lang.weekdays.has(w) || lang.dayParts.has(w) || lang.relativeDays.some((r) => r.words[0] == w);
    const content = !t.cap && !lang.stopwords.has(w) && (state == 'connector' || !lang.isParticiple(w)) && !time;
    // « du gouvernement de fournir », « pour le faire sortir »: an infinitive after a connector (and a clitic) is a
    // verb, not a complement.
    // (« Syndicat de la magistrature », « Ligue contre le cancer »: after an article the word is a noun — but « pour le
    // faire »: after « pour » it may be an object pronoun.)
    const article = isApostrophe(tokens[k - 1]) ? k - 2 : k - 1;
    const afterArticle = isWord(tokens[article]) && lang.determiners.has(tokens[article].lower) && !lang.purposeWords.has(tokens[article - 1]?.lower ?? '');
    if (!content || (state == 'connector' || lang.orgOnlyConnectors.has(tokens[k - 2]?.lower ?? '')) && lang.isInfinitive(w) && !afterArticle) break;
    // « le Conseil constitutionnel rappelle », « la Ligue des droits de l'homme dénonce »: a verb of saying or acting
    // ends the name, whatever its ending and wherever it stands.
    if (lang.sayVerbs.has(w) || lang.agencyFollowers.has(w)) break;
    if (state == 'connector') {
      state = 'noun';
      lowerComplement = !t.cap;
    }
    // « Armée syrienne libre », « Nouveau Parti socialiste », « des Affaires étrangères »: the head and a noun may take
    // adjectives; a lower-case noun after « de » may take any word (« de sécurité nationale »), a capitalised one only
    // an adjective (« d'Île-de-France va » ends at the verb).
    else if ((state == 'noun' && !tokens[k - 1].cap) || ((state == 'head' || state == 'adj' || state == 'noun') && lang.isOrgAdjective(w))) state = 'adj';
    else break;
    end = k;
  }
  // A trailing connector is not part of the name.
  return end;
}

/**
 * « la maire de Paris Anne Hidalgo », « à France Info Jacques Witkowski », "Interior Minister Matthias Fekl": a
 * run of capitalised words that does not open on a given name but holds one followed by one or two more words
 * is a place or an organisation glued to a person. Returns where the person starts, or last + 1.
 */
function personAfterName(tokens: Token[], first: number, last: number, lang: Lang, lowerWords: ReadonlySet<string>): number {
  // After « de », "of" the run completes something (« la maire de Paris »): its first word is a place even when it is
  // also a given name. Back over the connectors, articles and elisions (« de l' »): the word they complete.
  let title = first - 1;
  let complement = false;
  for (; title > 0 && first - title <= 3; title--) {
    const t = tokens[title];
    if (isApostrophe(t)) continue;
    if (!isWord(t) || t.cap) break;
    if (lang.nameConnectors.has(t.lower)) complement = true;
    else if (!lang.determiners.has(t.lower)) break;
  }
  if (last - first < 2 || (!complement && givenName(tokens[first].lower, lang.code))) return last + 1;
  // "Prime Minister Abdiweli Mohamed Ali", "The president, Susilo Bambang Yudhoyono,": right after a title, or its
  // comma, every word is the person's, whatever given names they hold; an acronym opening the run is a party or a body
  // (« le député LR Éric Ciotti »).
  const titleAt = tokens[first - 1]?.text == ',' ? first - 2 : first - 1;
  if (isWord(tokens[titleAt]) && lang.personTitles.has(tokens[titleAt].lower) && !tokens[first].upper) return last + 1;
  // The person starts at a given name after the first word — not after one word that names no body nor country:
  // "Abdourahim Said Bakar", "Mohamed Ali Hassan" hold given names past their first.
  // (Not a word the text also writes in lower case, the end of a title: « au Monde Michel Crépu », « de la Revue des
  // deux Mondes Michel Crépu ».)
  const first0 = tokens[first].lower;
  const common = lowerWords.has(first0) || (lang.pluralNoun.test(first0) && lowerWords.has(first0.slice(0, -1)));
  // (Nor what completes a noun, « de la Défense », « au Monde », a nationality, a hyphenated region or title.)
  const prev0 = tokens[first - 1];
  const completes = complement || (isWord(prev0) && lang.contractedArticles.has(prev0.lower));
  const oneWordOfTheirs = !common && !completes && !tokens[first].upper && !first0.includes('-') && !isDemonym(tokens[first].text, lang) && !lang.orgWords.has(first0) && !countryNames(lang.code).has(first0);
  for (let j = first + 1; j < last; j++) {
    if (j == first + 1 && oneWordOfTheirs) continue;
    if (givenName(tokens[j].lower, lang.code) && isNameToken(tokens[j - 1], lang) && tokens[j].gap == ' ') return j;
  }
  // "Minister of Sport Vitaly Mutko", « ministre de la Défense Jean Martin »: after a minister's domain, with no given
  // name known, the person is the last two words. What a director heads ("director of Action Against Hunger") and a
  // name holding a connector ("Taxpayers for Common Sense") are bodies' names.
  // ("Secretary of State for African Affairs Jendayi Frazer": the title may stand a few capitalised words further back.)
  let domainTitle = title;
  for (let k = title; k >= Math.max(0, title - 5) && !isTitle(tokens[domainTitle], lang); k--) {
    if (!isWord(tokens[k]) || !(tokens[k].cap || lang.nameConnectors.has(tokens[k].lower))) break;
    if (isTitle(tokens[k], lang)) domainTitle = k;
  }
  const domain = isTitle(tokens[domainTitle], lang) && !lang.employerTitles.has(tokens[domainTitle].lower);
  const plain = tokens.slice(first, last + 1).every((t, n) => isNameToken(t, lang) && (n == 0 || t.gap == ' '));
  if (complement && domain && plain) return last - 1;
  // « le directeur de l'OMS Tedros Adhanom »: an acronym is a whole body's name; the person follows it.
  if (complement && isTitle(tokens[title], lang) && plain && tokens[first].upper) return first + 1;
  return last + 1;
}

/** Whether token `i` follows a place preposition, an article allowed between: « au Kazakhstan », « à l'Ukraine ». */
export function afterPlacePreposition(tokens: Token[], i: number, lang: Lang): boolean {
  // « à Nantes et Saint-Nazaire », "in Paris and Lyon": the second of two names joined after the preposition too.
  const joiner = tokens[i - 1];
  if (isWord(joiner) && !joiner.cap && lang.coordinators.has(joiner.lower) && isWord(tokens[i - 2]) && tokens[i - 2].cap) {
    let first = i - 2;
    while (first > i - 5 && isWord(tokens[first - 1]) && tokens[first - 1].cap && tokens[first - 1].gap == ' ') first--;
    return afterPlacePreposition(tokens, first, lang);
  }
  let k = i - 1;
  if (isApostrophe(tokens[k])) k--;
  if (tokens[k] && lang.determiners.has(tokens[k].lower) && !lang.placePrepositions.has(tokens[k].lower)) k--;
  const t = tokens[k];
  if (!t || t.sentence != tokens[i].sentence || !lang.placePrepositions.has(t.lower)) return false;
  // « a confié, à Reuters », "adding to CNN", « a déclaré vendredi à France Info », « précise d'ailleurs à
  // Libération »: after a verb of saying, a few words back, the preposition names a listener, not a place.
  for (let j = k - 1, n = 0; j >= 0 && n < 4 && tokens[j].sentence == t.sentence; j--, n++) {
    if (lang.sayVerbs.has(tokens[j].lower)) return false;
    if (tokens[j].kind != 'word' && tokens[j].text != ',' && !isApostrophe(tokens[j])) break;
  }
  // "according to X" names a source, not a place.
  return !phraseEndsAt(tokens, k, lang.sourcePhrases);
}

/** Whether the name at `i` completes a person's title: "President of …", « directrice de la … ». */
function headedByTitle(tokens: Token[], i: number, lang: Lang): boolean {
  let k = i - 1;
  if (isApostrophe(tokens[k])) k--;
  if (isWord(tokens[k]) && lang.determiners.has(tokens[k].lower)) k--;
  return isWord(tokens[k]) && !tokens[k].cap && lang.nameConnectors.has(tokens[k].lower) && isTitle(tokens[k - 1], lang);
}

/**
 * "Recently", "Authorities", "Well" opening a sentence: a word capitalised only because of where it stands — one the
 * text also writes in lower case, or an adverb by its ending (-ly, -ment) — unless it is a given name (Bill, Pierre, Rose) or an
 * organisation's word. "EXPLOITING PEOPLE": a word shouted among shouted words is not an acronym.
 */
const capitalisedInsideByDoc = new WeakMap<Doc, Set<string>>();

/** The words a text writes with a capital inside its sentences, not only at their opening: names, as it spells them. */
function capitalisedInside(doc: Doc): Set<string> {
  let words = capitalisedInsideByDoc.get(doc);
  if (!words) {
    words = new Set();
    for (let i = 1; i < doc.tokens.length; i++) {
      const t = doc.tokens[i];
      if (isWord(t) && t.cap && doc.sentences[t.sentence].first != i && !'«“":'.includes(doc.tokens[i - 1].text)) words.add(t.lower);
    }
    capitalisedInsideByDoc.set(doc, words);
  }
  return words;
}

function capitalisedByPlace(doc: Doc, i: number, lowerWords: ReadonlySet<string>): boolean {
  const { tokens, lang, sentences } = doc;
  const t = tokens[i];
  const shouted = (k: number) => isWord(tokens[k]) && tokens[k].upper && tokens[k].text.length > 1;
  if (t.upper && (shouted(i - 1) || shouted(i + 1))) return true;
  const prev = tokens[i - 1];
  const opens = sentences[t.sentence].first == i || (prev && (prev.text == ':' || '«“"'.includes(prev.text)));
  if (!opens || t.upper) return false;
  // "Head coach Nick Sirianni", "Defence minister Boris Pistorius": what the title after it is of.
  const title = tokens[i + 1];
  if (lang.titleQualifiers.has(t.lower) && isWord(title) && !title.cap && lang.personTitles.has(title.lower)) return true;
  if (lang.orgWords.has(t.lower)) return false;
  // "Witnesses told the BBC", « Des habitants… »: people the text does not name.
  if (lang.sourceNouns.has(t.lower)) return true;
  if (givenName(t.lower, lang.code)) return false;
  // "Traders said", « Chercheurs et médecins alertent »: so are people by the plural of what they do, alone at the
  // opening, a noun the text also writes in lower case (a firm's name of that shape, "Reuters", is not).
  const singular = lang.pluralNoun.test(t.lower) ? t.lower.slice(0, -1) : '';
  const agents = singular && (lang.sourceNouns.has(singular) || (lang.agentNoun.test(singular) && (lowerWords.has(singular) || lowerWords.has(t.lower))));
  if (agents && !isNameToken(tokens[i + 1], lang) && !capitalisedInside(doc).has(t.lower)) return true;
  // "Airline Skyvia said", "Retailer Haverford & Lane reported": a noun for what a body is, opening the sentence
  // before its name, describes it.
  // (Or a noun for a trade the text also writes in lower case: "Commenter Another Me".)
  const describer = lang.orgNouns.has(t.lower) || lang.bodyDescribers.has(t.lower) || (lang.headLast && lang.agentNoun.test(t.lower) && lowerWords.has(t.lower));
  if (describer && !lang.orgWords.has(t.lower) && isNameToken(tokens[i + 1], lang) && tokens[i + 1].gap == ' ') return true;
  // ("Aerospace supplier Kestrel Dynamics": so is the word qualifying such a noun.)
  const next1 = tokens[i + 1];
  if (isWord(next1) && !next1.cap && (lang.orgNouns.has(next1.lower) || lang.bodyDescribers.has(next1.lower)) && isNameToken(tokens[i + 2], lang)) return true;
  // "Suddenly Obama was here": an adverb is never part of the name after it; « Brahmin Connections »: another word
  // keeps its capital when a name goes on after it.
  const alone = !(isNameToken(tokens[i + 1], lang) && tokens[i + 1].gap == ' ');
  // "Quoting the report", « Vu la situation », « Invité de TF1, X… », « Mis en examen… »: a participle opening a
  // sentence before an article or a preposition is a verb ("Boeing has", "Beijing says" stay names); so is « Intitulé
  // « … » ».
  const next = tokens[i + 1];
  const governed = (isWord(next) && !next.cap && (lang.determiners.has(next.lower) || lang.placePrepositions.has(next.lower) || lang.agentPrepositions.has(next.lower) || lang.nameConnectors.has(next.lower)));
  // (« Rappelons que… », "Note that…": a word opening the sentence right before « que », "that" is its verb, unless the
  // text writes it with a capital elsewhere too.)
  const reports = isWord(next) && !next.cap && lang.complementizers.has(next.lower) && !capitalisedInside(doc).has(t.lower);
  const verbal = ((lang.isParticiple(t.lower) || lang.isPastParticiple(t.lower)) && governed) || lang.titleIntroducers.has(t.lower) || reports;
  // ("Recent Walker circulation…": a word the text writes in lower case, and never with a capital inside a sentence,
  // opens no name even before one.)
  const common = lowerWords.has(t.lower) && !capitalisedInside(doc).has(t.lower) && !lang.surnameArticles.has(t.lower) && !lang.nameConnectors.has(t.lower);
  return lang.adverb.test(t.lower) || common || (alone && (lowerWords.has(t.lower) || verbal || lang.commonNounEnding.test(t.lower)));
}

/**
 * « Le Pen », « Le Monde », « La Croix », "The Guardian": a capitalised particle or article inside a sentence, right
 * before a name, belongs to it (at a sentence's start it is only the capital every sentence has).
 */
function particleOpens(doc: Doc, i: number): boolean {
  const { tokens, lang, sentences } = doc;
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!isWord(t) || !t.cap || t.upper || !lang.nameConnectors.has(t.lower) || sentences[t.sentence].first == i) return false;
  // « (Les Républicains) », « (La France insoumise) »: a bracket holding only a name opening on its article is a party's
  // or a title's.
  let close = i + 2;
  while (close < i + 5 && isWord(tokens[close]) && !lang.auxiliaries.has(tokens[close].lower) && !lang.sayVerbs.has(tokens[close].lower)) close++;
  const bracketedName = prev?.text == '(' && tokens[close]?.text == ')';
  // After a dateline's dash, a colon or an opening mark, it is the capital of a sentence's start too.
  if (!bracketedName && prev && (prev.text == ':' || '«“"(–—-'.includes(prev.text) || (doc.dateline && i >= doc.dateline.first && i <= doc.dateline.last + 2))) return false;
  return isNameToken(tokens[i + 1], lang) && tokens[i + 1].gap == ' ' && sameSentence(tokens[i + 1], t);
}

/** Whether the run `i..last`, after or opening on a capitalised article, is followed by its adjective then a verb or a stop. */
function titleAdjective(doc: Doc, i: number, last: number): boolean {
  const { tokens, lang } = doc;
  if (!openedByArticle(doc, i, last)) return false;
  const adj = tokens[last + 1];
  if (!isWord(adj) || adj.cap || adj.gap != ' ' || lang.stopwords.has(adj.lower) || lang.sayVerbs.has(adj.lower)) return false;
  return (lang.isOrgAdjective(adj.lower) || lang.isParticiple(adj.lower)) && endsTitle(doc, last + 2);
}

/**
 * « Le Journal du dimanche affirme », « selon Le Journal des femmes »: a title opening on its article keeps a
 * lower-case complement after « du », « des », when a verb or the clause's end follows.
 */
function titleComplement(doc: Doc, i: number, last: number): boolean {
  const { tokens, lang } = doc;
  if (!openedByArticle(doc, i, last) || !lang.orgWords.has(tokens[last].lower)) return false;
  const connector = tokens[last + 1];
  const noun = tokens[last + 2];
  if (!isWord(connector) || connector.cap || !lang.relationConnectors.has(connector.lower)) return false;
  if (!isWord(noun) || noun.cap || lang.stopwords.has(noun.lower) || lang.sayVerbs.has(noun.lower) || lang.isInfinitive(noun.lower)) return false;
  return endsTitle(doc, last + 3);
}

/** A one-word title right after its capitalised article, which opens the run or the sentence (whose capital it holds). */
function openedByArticle(doc: Doc, i: number, last: number): boolean {
  const { tokens, lang } = doc;
  const article = (t: Token | undefined) => isWord(t) && t.cap && lang.definiteArticles.has(t.lower);
  return last == i + (article(tokens[i]) ? 1 : 0) && (article(tokens[i]) || article(tokens[i - 1]));
}

/** Whether a title may end before token `k`: the clause ends, or its verb or a new clause begins. */
function endsTitle(doc: Doc, k: number): boolean {
  const { tokens, lang } = doc;
  const after = tokens[pastInsert(doc, k)];
  return !after || after.kind == 'punct' || (isWord(after) && (lang.sayVerbs.has(after.lower) || lang.agencyFollowers.has(after.lower) || lang.clauseOpeners.has(after.lower)));
}

/**
 * Where the verb of a name ending before `k` may stand, past what can come between them: « Le Canard enchaîné de ce
 * 22 mars ajoute », « Le Monde du mardi 31 janvier affirme » (the issue a paper's name is dated by), « Le parquet,
 * lui, estime » (a stressed pronoun between commas). Returns `k` when nothing of the kind starts there.
 */
export function pastInsert(doc: Doc, k: number): number {
  const { tokens, lang } = doc;
  if (tokens[k]?.text == ',' && isWord(tokens[k + 1]) && lang.stressedPronouns.has(tokens[k + 1].lower) && tokens[k + 2]?.text == ',') return k + 3;
  // « Moscou, de son côté, dénonce », "Beijing, for its part, said": a phrase of contrast between commas.
  const aside = tokens[k]?.text == ',' ? lang.asidePhrases.find((p) => phraseAt(tokens, k + 1, p) && tokens[k + 1 + p.length]?.text == ',') : undefined;
  if (aside) return k + 2 + aside.length;
  if (!isWord(tokens[k]) || !lang.nameConnectors.has(tokens[k].lower) || lang.coordinators.has(tokens[k].lower)) return k;
  let n = k + 1;
  if (isWord(tokens[n]) && lang.determiners.has(tokens[n].lower)) n++;
  let dated = false;
  for (; isWord(tokens[n]) && n - k <= 6; n++) {
    const t = tokens[n];
    if (lang.weekdays.has(t.lower) || lang.months.has(t.lower)) dated = true;
    else if (!(t.digits || lang.ordinalDay.test(t.text))) break;
  }
  return dated ? n : k;
}

/**
 * "The Kremlin on Thursday dismissed", « L'Insee jeudi soir a annoncé »: the token past a time set between a name and
 * its verb (a weekday or a day like « hier », "yesterday", with its preposition and part of the day), or `k`.
 */
export function pastTime(doc: Doc, k: number): number {
  const { tokens, lang } = doc;
  let n = k;
  if (isWord(tokens[n]) && !tokens[n].cap && lang.openerPrepositions.has(tokens[n].lower)) n++;
  const when = (t: Token | undefined) => isWord(t) && (lang.weekdays.has(t.lower) || lang.relativeDays.some((d) => d.words.length == 1 && d.words[0] == t.lower));
  if (!when(tokens[n])) return k;
  n++;
  // (« jeudi soir », "Monday night": the part of the day goes with it.)
  if (isWord(tokens[n]) && !tokens[n].cap && lang.dayParts.has(tokens[n].lower)) n++;
  return n;
}

/** "the Sunday Telegraph", "the Monday Club": a capitalised weekday between an article and a name opens that name. */
function weekdayInTitle(doc: Doc, i: number): boolean {
  const { tokens, lang } = doc;
  const t = tokens[i];
  return isWord(t) && t.cap && lang.weekdays.has(t.lower) && isWord(tokens[i - 1]) && lang.determiners.has(tokens[i - 1].lower) && tokens[i + 1]?.gap == ' ' && isNameToken(tokens[i + 1], lang);
}

/**
 * « le syndicat Force ouvrière », « l'association Droit au logement »: right after a lower-case organisation noun and
 * its article, the name is an organisation's, and may go on in lower case.
 */
function afterOrgNoun(doc: Doc, i: number): boolean {
  const { tokens, lang } = doc;
  // (« l'association anticorruption Transparence citoyenne »: the noun may take an adjective.)
  const adjective = isWord(tokens[i - 1]) && !tokens[i - 1].cap && !lang.stopwords.has(tokens[i - 1].lower) && lang.orgNouns.has(tokens[i - 2]?.lower ?? '');
  const at = adjective ? i - 2 : i - 1;
  const noun = tokens[at];
  if (!isWord(noun) || noun.cap || !lang.orgNouns.has(noun.lower) || tokens[i].gap != ' ') return false;
  const det = isApostrophe(tokens[at - 1]) ? tokens[at - 2] : tokens[at - 1];
  return isWord(det) && lang.determiners.has(det.lower);
}

/** Whether tokens `i`, `i + 1` read « France 2 », "Channel 4" right after a preposition of where words are said or heard. */
function broadcasterAt(doc: Doc, i: number): boolean {
  const { tokens, lang } = doc;
  const t = tokens[i];
  const n = tokens[i + 1];
  // (« France 2-1 » is a score: nothing but punctuation may be glued to the number.)
  const glued = tokens[i + 2]?.gap == '' && !',.;:)»”"'.includes(tokens[i + 2].text);
  if (!isWord(t) || !t.cap || t.upper || !n?.digits || n.text.length > 2 || n.gap != ' ' || glued) return false;
  // (Not "Paris 8", "Airbus A320", « Ligue 1 » elsewhere: only after « sur », « à », « de », "on", "to", or a source phrase.)
  let k = i - 1;
  if (isApostrophe(tokens[k])) k--;
  const p = tokens[k];
  return isWord(p) && (lang.mediumPrepositions.has(p.lower) || lang.addresseePrepositions.has(p.lower) || lang.ofWords.has(p.lower) || phraseEndsAt(tokens, k, lang.sourcePhrases)) && !lang.months.has(t.lower);
}

const laterWordsByLang = new WeakMap<Lang, Map<string, [readonly string[], number][]>>();

/** Each word that a title of several words has past its first, with the titles and places it has there. */
function laterTitleWords(lang: Lang): Map<string, [readonly string[], number][]> {
  let index = laterWordsByLang.get(lang);
  if (!index) {
    index = new Map();
    for (const p of lang.titlePhrases) p.forEach((w, n) => n > 0 && index!.set(w, [...(index!.get(w) ?? []), [p, n]]));
    laterWordsByLang.set(lang, index);
  }
  return index;
}

/**
 * « Mayennais », « Lyonnaise », "Spaniard": a capitalised word with the ending of someone from a place (a place the
 * extractor need not know), or a nationality noun — not a given name of that shape (« Julien », « Bernard »), nor a
 * name going on with « de » (« le Standard de Liège »).
 */
function residentWord(doc: Doc, k: number): boolean {
  const { tokens, lang } = doc;
  const t = tokens[k];
  const shaped = isWord(t) && t.cap && !t.upper && (!!lang.residentNoun?.test(t.text) || lang.nationalityNouns.has(t.lower));
  return shaped && !givenName(t.lower, lang.code) && !(isWord(tokens[k + 1]) && lang.ofWords.has(tokens[k + 1].lower));
}

/** « le Mayennais », « la Lyonnaise », « le Toulousain »: such a word alone names someone by where they come from, not a body. */
export function residentShape(doc: Doc, k: number): boolean {
  const next = doc.tokens[k + 1];
  return residentWord(doc, k) && !(isNameToken(next, doc.lang) && next!.gap == ' ');
}

/**
 * « le Programme alimentaire mondial a alerté », « le Secours populaire a distribué »: where only a name's first word
 * takes a capital, a capitalised noun, its adjectives after it, then a verb of acting or saying, names a body that acts.
 */
function institutionAt(doc: Doc, i: number): boolean {
  const { tokens, lang } = doc;
  const t = tokens[i];
  if (lang.headLast || !isWord(t) || !t.cap || t.upper || lang.stopwords.has(t.lower) || givenName(t.lower, lang.code) || lang.notActors.has(t.lower)) return false;
  let k = i + 1;
  while (k < i + 4 && isWord(tokens[k]) && !tokens[k].cap && tokens[k].gap == ' ' && !lang.stopwords.has(tokens[k].lower) && lang.isOrgAdjective(tokens[k].lower)) k++;
  const verb = tokens[k];
  return k > i + 1 && isWord(verb) && !verb.cap && (lang.agencyFollowers.has(verb.lower) || lang.sayVerbs.has(verb.lower) || lang.auxiliaries.has(verb.lower));
}

/** Whether a quotation of one capitalised word opens at token `k`, after a space: « Jeannot », "Twiggy". */
function nicknameAt(doc: Doc, k: number): boolean {
  const word = doc.tokens[k + 1];
  const q = doc.quotations[word?.quote ?? -1];
  return !!q && q.open == k && q.first == k + 1 && q.last == k + 1 && word.cap && doc.tokens[k].gap == ' ';
}

/** A word that makes a name a body's, or its plural where heads come last: "Centers for Disease Control". */
const bodyWord = (w: string, lang: Lang): boolean => lang.orgWords.has(w) || (lang.headLast && /[^s]s$/.test(w) && lang.orgWords.has(w.slice(0, -1)));

/** Capitalised runs, titled names and organisation names, in text order. */
export function findCandidates(doc: Doc): Candidate[] {
  const { tokens, lang, text } = doc;
  const found: Candidate[] = [];
  const titleRoles = new Map<string, string>();
  const lowerWords = new Set<string>();
  for (const t of tokens) if (isWord(t) && !t.cap && !PARTICLE_NAME.test(t.text)) lowerWords.add(t.lower);
  for (let i = pastDateline(doc.dateline, 0); i < tokens.length; i = pastDateline(doc.dateline, i + 1)) {
    const t = tokens[i];
    // "Twitter user @2Twenty3": a social-media handle names an account, someone's or an organisation's.
    if (t.text == '@' && t.gap != '' && isWord(tokens[i + 1]) && tokens[i + 1].gap == '') {
      let end = i + 1;
      while (tokens[end + 1]?.gap == '' && (isWord(tokens[end + 1]) || tokens[end + 1].text == '_') && end - i < 8) end++;
      if (tokens[end].text == '_') end--;
      found.push({ first: i, last: end, name: textOf(text, tokens, i, end), kind: 'person', evidence: 0.8, place: false, byShape: true });
      i = end;
      continue;
    }
    // "The website 64forSuu.org", "he told whitecapsfc.com": a domain name names a site, an organisation's.
    if (isWord(t) && t.gap != '' && tokens[i + 1]?.text == '.' && tokens[i + 1].gap == '' && tokens[i + 2]?.gap == '' && TOP_LEVEL_DOMAINS.has(tokens[i + 2]?.text)) {
      found.push({ first: i, last: i + 2, name: textOf(text, tokens, i, i + 2), kind: 'organization', evidence: 0.75, place: false, byShape: true });
      i += 2;
      continue;
    }
    // « le parquet de Paris », « au ministère de… »: an institution's common noun takes an article; « en direction de
    // Würzburg », « en conseil des ministres » name no body.
    const article = isApostrophe(tokens[i - 1]) ? tokens[i - 2] : tokens[i - 1];
    // (After a definite article only: « un conseil de défense », « son département de résidence », « une coalition
    // militaire » name no body in particular.)
    const lowerHead = isWord(t) && !t.cap && lang.orgHeadsLower.has(t.lower) && isWord(article) && (lang.definiteArticles.has(article.lower) || lang.contractedArticles.has(article.lower));
    // "Chief Executive Rajiv Menon", "Chief Financial Officer Laura Whitcomb": a word completing a title in several
    // words is the title's, not the name's.
    const titleWord = (laterTitleWords(lang).get(t.lower) ?? []).some(([p, n]) => phraseAt(tokens, i - n, p));
    if (titleWord) continue;
    // « sur France 2 », « invité d'Europe 1 », "told Channel 4": a name and a channel's number, where words are said or
    // heard, name a broadcaster.
    if (broadcasterAt(doc, i)) {
      found.push({ first: i, last: i + 1, name: textOf(text, tokens, i, i + 1), kind: 'organization', evidence: 0.7, place: false, byShape: true });
      i++;
      continue;
    }
    // « — Communiqué de la SDJ d'I-Télé », "Statement from the Kremlin": a document noun opening a sentence is no name's
    // word; its issuer, after the connector, is.
    if (isWord(t) && t.cap && lang.documentNouns.has(t.lower) && isWord(tokens[i + 1]) && lang.nameConnectors.has(tokens[i + 1].lower)) continue;
    // « l'Arabie saoudite », « la Corée du Sud », « l'Afrique du Sud »: a country's name is one name, whatever its words.
    const country = lowerHead ? -1 : countryEnd(doc, i);
    // (« le syndicat Sud Culture »: right after a noun for a body, a word kept out of names may open one.)
    const keptOpens = isWord(t) && t.cap && lang.notActors.has(t.lower) && afterOrgNoun(doc, i) && isNameToken(tokens[i + 1], lang) && tokens[i + 1].gap == ' ';
    // ("General Motors", "General Dynamics": a title word before a body's word that ends the name opens a company's
    // name; "Chief Executive Tim Cook", "Chief Police Officer" go on to a person or a title.)
    const after2 = tokens[i + 2];
    const ends = !(isWord(after2) && after2.gap == ' ' && (isNameToken(after2, lang) || isTitle(after2, lang)));
    const titledBody = isTitle(t, lang) && t.cap && !t.upper && isWord(tokens[i + 1]) && tokens[i + 1].cap && tokens[i + 1].gap == ' ' && lang.orgWords.has(tokens[i + 1].lower) && ends;
    if (country < 0 && !lowerHead && !keptOpens && !titledBody && !isNameToken(t, lang) && !particleOpens(doc, i) && !weekdayInTitle(doc, i) && !givenWord(doc, i) && !monthSurname(tokens, i, lang)) continue;
    // "Rep. Todd Whitaker, R-Texas,": a party and a state tag the name before.
    if (isWord(t) && lang.partyTag?.test(t.text)) continue;
    // « #JeSoutiensITELE », "#dumpstoli": a hashtag names a campaign, not someone.
    if (tokens[i - 1]?.text == '#' && t.gap == '') continue;
    if (!lowerHead && capitalisedByPlace(doc, i, lowerWords)) continue;
    let last = i;
    // "Vice President of Taxpayers for Common Sense": after a title and « de », "of" comes what the person heads, whose
    // name may hold "for", "and", « pour ».
    const heads = headedByTitle(tokens, i, lang);
    // A title opened by a weekday names a newspaper or a club.
    let org = bodyWord(t.lower, lang) || weekdayInTitle(doc, i) || afterOrgNoun(doc, i) || institutionAt(doc, i);
    if (!lowerHead) {
      for (;;) {
        const next = tokens[last + 1];
        if (last - i >= MAX_NAME || !next) break;
        // « Nolan L. », « Mohamed R. »: a given name and the initial the press leaves of a surname.
        const initialOnly = next.kind == 'word' && next.text.length == 1 && next.cap && tokens[last + 2]?.text == '.' && tokens[last + 2].gap == '' && !tokens[last + 3]?.cap;
        if (initialOnly && last == i && next.gap == ' ' && !!givenName(t.lower, lang.code)) {
          last += 2;
          break;
        }
        // "Audra D. Bridges", "George H. W. Bush": initials, one or several, before the surname.
        if (isInitial(tokens, last + 1) && next.gap == ' ' && (isNameToken(tokens[last + 3], lang) || isInitial(tokens, last + 3))) {
          last += isInitial(tokens, last + 3) ? 2 : 3;
          continue;
        }
        // 'Grant "Twiggy" Baker', « Jean « Jeannot » Dupont »: a nickname in marks between a given name and a surname is
        // the person's.
        if (last == i && nicknameAt(doc, last + 1) && isNameToken(tokens[last + 4], lang) && tokens[last + 4].gap == ' ' && !!givenName(t.lower, lang.code)) {
          last += 4;
          continue;
        }
        // « le délégué CGT Mathieu Perret »: an acronym, then a given name and a surname, are a body and a person.
        const personAfterAcronym = tokens[last].upper && tokens[last].text.length >= 2 && !!givenName(next.lower, lang.code) && isNameToken(tokens[last + 2], lang);
        // (« Alexandre Ifi »: a word kept out of names — the tax IFI — written as a name right after a given name is a surname.)
        const keptOutSurname = last == i && isWord(next) && next.cap && !next.upper && lang.notActors.has(next.lower) && !!givenName(t.lower, lang.code);
        if ((isNameToken(next, lang) || monthSurname(tokens, last + 1, lang) || keptOutSurname) && next.gap == ' ' && sameSentence(next, t) && !personAfterAcronym) {
          last++;
          org ||= bodyWord(next.lower, lang);
          continue;
        }
        // « Médecins sans frontières », « Reporters sans frontières », "Doctors without borders": a capitalised plural, then
        // « sans », "without" and a plural in lower case, name a body.
        if (last == i && pluralWord(t, lang) && !isDemonym(t.text, lang) && isWord(next) && next.gap == ' ' && lang.privativeConnectors.has(next.lower) && pluralWord(tokens[last + 2], lang) && !tokens[last + 2].cap && sameSentence(next, t)) {
          last += 2;
          org = true;
          break;
        }
        // "Sana'a", "Zeid Ra'ad Zeid Al-Hussein", « Ma'arrat al-Numan »: letters in lower case right after an apostrophe
        // inside a name word (not an elided « L' », not "'s" or "n't") are that word's.
        const after = tokens[last + 2];
        // (« Aujourd'hui » opening a sentence is a day, not a name.)
        const day = () => lang.relativeDays.some((d) => d.words.length == 3 && d.words[0] == tokens[last].lower && d.words[2] == after.lower);
        if (isApostrophe(next) && next.gap == '' && isWord(after) && after.gap == '' && !after.cap && !after.digits && !lang.elisions.has(tokens[last].lower) && !lang.apostropheSuffixes.has(after.lower) && sameSentence(next, t) && !day()) {
          last += 2;
          continue;
        }
        // « Val-d'Oise », « Côte-d'Ivoire », « Villeneuve-d'Ascq »: an article elided at the end of a hyphenated word joins
        // it to the capitalised word after the apostrophe, one place's name.
        if (hyphenElidedAt(tokens, last, lang) && isNameToken(after, lang) && after.gap == '' && sameSentence(next, t)) {
          last += 2;
          continue;
        }
        // "United Nations Children's Fund", "People's Daily": the possessive of a plural noun stays inside the name.
        if (isApostrophe(next) && next.gap == '' && lang.possessiveNameWords.has(tokens[last].lower) && possessiveAfter(tokens, last) && isNameToken(tokens[last + 3], lang) && sameSentence(next, t)) {
          last += 3;
          continue;
        }
        // "Ben & Jerry's", "William Grant & Sons": an ampersand joins the names of one firm.
        if (next.text == '&' && next.gap == ' ' && isNameToken(tokens[last + 2], lang) && tokens[last + 2].gap == ' ' && sameSentence(next, t)) {
          last += 2;
          org = true;
          continue;
        }
        // "Ministry of Economy, Trade and Industry", "Centers for Disease Control and Prevention": past a body's head and
        // its complement, the single words it deals with, listed up to the last after "and", are the name's.
        const listEnd = org ? domainListEnd(tokens, i, last, lang) : -1;
        if (listEnd > last) {
          last = listEnd;
          break;
        }
        // "Goldman Sachs, Marriott International and Thomson Reuters": after a comma-separated name, "and" ends a list.
        const listed = tokens[i - 1]?.text == ',' && isNameToken(tokens[i - 2], lang);
        // ("Ruben Brekelmans and European Commission President…": a person's name ends before "and".)
        const person = !org && !heads && !!givenName(t.lower, lang.code);
        // « la sortie du Royaume-Uni de l'Union européenne »: a country named in full ends its name before « de ».
        const wholeCountry = !org && countryNames(lang.code).has(doc.text.slice(tokens[i].start, t.end).toLowerCase().replace(/’/g, "'"));
        // « le député LR des Alpes-Maritimes », « une élue PS de Paris »: after someone's title, a party's acronym ends
        // before the place it was elected in.
        const party = last == i && t.upper && isTitle(tokens[i - 1], lang);
        const n = next.gap == ' ' && sameSentence(next, t) && !wholeCountry && !party && !((listed || person) && lang.coordinators.has(next.lower)) ? connectorRun(tokens, last + 1, lang, org || heads) : 0;
        if (!n) break;
        last += n + 1;
        org ||= bodyWord(tokens[last].lower, lang);
      }
    }
    // "Canal+", "Disney+": a plus sign glued to the end names a channel or a service.
    const plus = tokens[last + 1];
    if (!lowerHead && plus?.text == '+' && plus.gap == '' && !(isWord(tokens[last + 2]) && tokens[last + 2].gap == '')) {
      last++;
      org = true;
    }
    // « Le Canard enchaîné déplore », « selon Le Républicain lorrain »: a title opening on its article keeps the
    // adjective after its noun, when a verb or the clause's end follows.
    if (!lowerHead && titleAdjective(doc, i, last)) {
      last++;
      org = true;
    } else if (!lowerHead && titleComplement(doc, i, last)) {
      last += 2;
      org = true;
    }
    if (lowerHead || org) last = Math.max(last, extendOrg(tokens, last, lang));
    else {
      const person = personAfterName(tokens, i, last, lang, lowerWords);
      // "Irish Taoiseach Leo Varadkar": a run opening on a nationality, glued to the person after it, is their title.
      // (« le Slovène Tadej Pogačar », « l'Allemand Manfred Weber », « le PDG Bruno Lafont »: so does one by where they come
      // from, and an acronym that is a title.)
      const resident = residentWord(doc, i) || (t.upper && isTitle(t, lang));
      const describes = isDemonym(t.text, lang) || resident;
      // (After one by where they come from or a title, with no given name known, the person is the rest of the run.)
      if ((describes && person <= last) || (resident && last - i >= 2)) {
        i = (person <= last ? person : i + 1) - 1;
        continue;
      }
      last = person - 1;
    }
    // "the Iranian government said", "the Obama administration": a body named by its head after a name or a
    // nationality is an organisation of its own; after a nationality or a country, what the body deals with may come
    // before its head ("the German foreign ministry", "the Malaysian transport ministry").
    const headAfter = (k: number) => isWord(tokens[k]) && !tokens[k].cap && tokens[k].gap == ' ' && lang.bodyHeadsAfter.has(tokens[k].lower) && sameSentence(tokens[k], t);
    const domainWord = (k: number) => isWord(tokens[k]) && !tokens[k].cap && tokens[k].gap == ' ' && !lang.stopwords.has(tokens[k].lower) && !lang.sayVerbs.has(tokens[k].lower) && !lang.agencyFollowers.has(tokens[k].lower);
    const national = last == i && (isDemonym(t.text, lang) || countryNames(lang.code).has(t.lower));
    // ("Malaysia's transport ministry said": a country's possessive stands where its nationality would.)
    const owned = national && possessiveAfter(tokens, last) && tokens[last + 1].gap == '' ? 2 : 0;
    const at = last + owned;
    const domains = national && !lowerHead ? (domainWord(at + 1) && headAfter(at + 2) ? 1 : domainWord(at + 1) && domainWord(at + 2) && headAfter(at + 3) ? 2 : 0) : 0;
    if (!lowerHead && (headAfter(at + 1) || domains)) {
      last = at + 1 + domains;
      org = true;
    }
    if (lowerHead && last == i) {
      // « précise la préfecture », « le gouvernement a annoncé »: an institution named by its common noun alone is an
      // actor only where it speaks or acts (weighed later), after a definite article.
      // Its name keeps the article, as a reader says it: « la préfecture ».
      const at = isApostrophe(tokens[i - 1]) ? i - 2 : i - 1;
      const det = tokens[at];
      if (isWord(det) && lang.definiteArticles.has(det.lower) && lang.orgNouns.has(t.lower)) {
        found.push({ first: i, last, name: textOf(text, tokens, at, i).replace(/^\p{Lu}/u, (c) => c.toLowerCase()), kind: 'organization', evidence: 0, place: false, lone: true });
      }
      continue;
    }
    last = Math.max(last, country);
    let firstIndex = i;
    // ("ISRO chairman K. Ramanathan", « le juge J. Martin »: initials before a one-word surname are the person's.)
    // (Not « M. Fillon », whose « M. » is an honorific, nor "Plan B. Martin".)
    const initialAt = (k: number) => isInitial(tokens, k) && !lang.abbreviations.has(tokens[k].lower) && tokens[k].gap != '' && sameSentence(tokens[k], t) && !(isWord(tokens[k - 1]) && tokens[k - 1].cap && !isTitle(tokens[k - 1], lang));
    while (firstIndex >= 2 && initialAt(firstIndex - 2)) firstIndex -= 2;
    const run = tokens.slice(i, last + 1);
    i = last;
    // A shouted heading (TIRS SPORADIQUES) and dotted abbreviations of places (U.S.) are not actors.
    if (run.length > 1 && run.every((r) => r.upper || !isWord(r) || lang.nameConnectors.has(r.lower))) continue;
    if (run.length == 1 && run[0].text.includes('.')) continue;
    // A name in marks of its own is the title of something (« Stop Soros »), not an actor.
    const before = tokens[firstIndex - 1];
    const after = tokens[last + 1];
    if (before && after && '«“"'.includes(before.text) && '»”"'.includes(after.text)) {
      // …unless it speaks or is cited, as newspapers and programmes in marks do: « Quotidien » a affirmé,
      // selon « Le Monde », "The Sun" reported.
      let v = last + 2;
      if (isWord(tokens[v]) && lang.auxiliaries.has(tokens[v].lower)) v++;
      const speaks = isWord(tokens[v]) && lang.sayVerbs.has(tokens[v].lower) && tokens[v].sentence == t.sentence;
      const prev = tokens[firstIndex - 2];
      const cited = isWord(prev) && (lang.agentPrepositions.has(prev.lower) || phraseEndsAt(tokens, firstIndex - 2, lang.sourcePhrases));
      if ((speaks || cited) && last - firstIndex < 4) {
        const c: Candidate = { first: firstIndex, last, name: textOf(text, tokens, firstIndex, last), kind: 'organization', evidence: 0, place: false };
        c.role = titleRoles.get(c.name);
        found.push(c);
      }
      // « l'émission de TMC « Quotidien » », « le journal « Le Monde » »: the common noun before the marks is its role,
      // kept for when the title speaks later.
      let r = firstIndex - 2;
      while (r > firstIndex - 6 && isWord(tokens[r]) && !lang.determiners.has(tokens[r].lower) && (!lang.stopwords.has(tokens[r].lower) || lang.nameConnectors.has(tokens[r].lower))) r--;
      if (r < firstIndex - 2 && isWord(tokens[r + 1]) && !tokens[r + 1].cap && (lang.determiners.has(tokens[r]?.lower ?? '') || isApostrophe(tokens[r]))) {
        titleRoles.set(textOf(text, tokens, firstIndex, last), textOf(text, tokens, r + 1, firstIndex - 2));
      }
      continue;
    }
    // "Senate Majority Leader Harry Reid": a name run right before a title is part of the role — unless it ends on an
    // organisation's word and is two words or more: "Natural Resources Defense Council President Rhea Suh".
    const headedBody = run.length > 1 && lang.orgWords.has(run[run.length - 1].lower);
    // ("NATO Secretary-General Mark Rutte", « le président de l'ONU António Guterres »: an acronym is a body's name.)
    const acronymBody = run.length == 1 && /^\p{Lu}{2,6}$/u.test(run[0].text);
    if (isTitle(after, lang) && after!.gap == ' ' && after!.cap && !headedBody && !acronymBody) continue;
    // « ministre de l'Intérieur »: a capitalised word completing a title is part of the role.
    // (« le PDG de Renault », "the director of Amnesty": what an employer's title completes is a body all the same.)
    if (run.length == 1 && !run[0].upper) {
      let k = firstIndex - 1;
      while (k > 0 && k > firstIndex - 4 && (isApostrophe(tokens[k]) || lang.nameConnectors.has(tokens[k].lower))) k--;
      if (k < firstIndex - 1 && isTitle(tokens[k], lang) && !lang.employerTitles.has(tokens[k].lower)) continue;
    }
    // « a raconté le Mayennais »: someone by where they come from, after a singular article, is someone described.
    // (« Le Parisien rapporte »: an article with a capital may open a newspaper's title.)
    const determiner = tokens[firstIndex - 1];
    const singular = isApostrophe(determiner) ? tokens[firstIndex - 2] : determiner;
    if (run.length == 1 && residentShape(doc, firstIndex) && isWord(singular) && !singular.cap && lang.singularArticles.has(singular.lower)) continue;
    // "the Kentucky Republican said", "a Democrat": so is a party's member after an article, not a body.
    if (run[run.length - 1].cap && lang.partyLabels.has(run[run.length - 1].lower) && isWord(determiner) && lang.determiners.has(determiner.lower)) continue;
    // A lone « Conseil », "Division": an organisation word needs a name with it.
    if (run.length == 1 && lang.orgWords.has(run[0].lower) && !lowerHead) {
      found.push({ first: firstIndex, last, name: run[0].text, kind: 'organization', evidence: 0, place: false });
      continue;
    }
    // "the US Geological Survey", "the EU Commission": a country's short form kept out of names opens an organisation's.
    const short = tokens[firstIndex - 1];
    if ((org || run.length > 1) && isWord(short) && short.upper && short.text.length <= 3 && lang.notActors.has(short.lower) && !lang.orgNouns.has(short.lower) && t.gap == ' ') firstIndex--;
    const name = textOf(text, tokens, firstIndex, last);
    // "Taxpayers for Common Sense", « Médecins pour la paix »: no one's name holds "for", "and", « pour ».
    if (run.some((r) => !r.cap && lang.orgOnlyConnectors.has(r.lower))) org = true;
    // « la SDJ d'I-Télé », "the CRS of Courchevel": a name opening on an acronym is an organisation's.
    const acronym = /^\p{Lu}{2,6}$/u.test(run[0].text);
    const brand = run.length == 1 && BRAND.test(run[0].text);
    const kind: Candidate['kind'] = org || lowerHead || acronym || brand ? 'organization' : 'unknown';
    // « au Parti socialiste », "at Amnesty International": an organisation after a place preposition is still one.
    // « le soutien de Nicolas Miguet à Valérie Pécresse »: a given name and a surname after « à » are someone.
    const someone = run.length >= 2 && !!givenName(run[0].lower, lang.code);
    found.push({ first: firstIndex, last, name, kind, evidence: 0, place: kind != 'organization' && !someone && afterPlacePreposition(tokens, firstIndex, lang) });
  }
  return found;
}
