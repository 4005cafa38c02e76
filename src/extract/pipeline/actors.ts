import type { Actor, ActorKind, Span } from '../../data/types.js';
import type { Lang } from '../lang/types.js';
import type { Doc, Token } from './document.js';
import { expandAcronyms } from './acronyms.js';
import { afterPlacePreposition, type Candidate, findCandidates, hyphenElidedAt, isParticleName, isTitle, isWord, pastInsert, pastTime } from './names.js';
import { givenName } from './given-names.js';
import { type TaggedEntity, tagEntities } from './tagger.js';
import { cityNames, countryNames, isDemonym } from './places.js';
import { shareListKinds } from './lists.js';
import { dropVessels } from './vessels.js';
import { documentNounBefore, sayPhraseAt } from './quote-shapes.js';
import { qualifiesTitle, roleAfter, roleBefore, roleHead } from './roles.js';
import { addTo, isApostrophe, isPresentParticiple, phraseAt, phraseEndsAt, possessiveAfter, round, slugify, squash, textOf } from './util.js';

// Below this score the tagger's opinion is no better than the rules' (it is right about 80 % of the time above it).
const TAGGER_SURE = 0.8;
// The highest confidence an actor named only once may get when its name could as well be a thing's or a place's.
const ONCE_CEILING = 0.8;

/** One place where an actor is named: the name's tokens, without any title before it. */
export interface Mention {
  actor: number;
  start: number;
  end: number;
  first: number;
  last: number;
  /** The mention opens its sentence or governs its verb: what a later « il » most likely refers to. */
  subject: boolean;
  /** A verb follows the name at once (« Trump a indiqué »): the subject of its clause, whatever opens the sentence. */
  governs: boolean;
}

export interface ActorsResult {
  actors: Actor[];
  mentions: Mention[];
  /** Each actor's gender where its honorific or role says it ('Mme', 'présidente', 'mother'): pronouns must agree. */
  /** 'f' or 'm' from a title or a role noun; 'f?' or 'm?' only guessed from a given name (« Kim » is not always a woman). */
  genders: Gender[];
}

/** A person's gender from the words of its titled forms and role, the first that marks one. */
export type Gender = 'f' | 'm' | 'f?' | 'm?' | undefined;

function genderOf(doc: Doc, g: Group): Gender {
  const { lang } = doc;
  if (g.kind == 'organization') return articleGender(doc, g);
  if (g.kind != 'person') return undefined;
  const words = [...g.members.map((m) => m.titled ?? ''), g.role ?? ''].join(' ').toLowerCase().split(/[\s'’.,]+/);
  // Else the given name: « Anne Hidalgo » is « elle », "Jacques Witkowski" is "he".
  const given = g.words.length > 1 ? givenName(g.words[0].toLowerCase(), lang.code) : undefined;
  for (const w of words) {
    if (lang.feminineWords.has(w)) return 'f';
    // « le président de la FNSEA, Christiane Lambert »: a title in the masculine may be said of a woman too.
    if (lang.masculineWords.has(w)) return given == 'f' ? 'f?' : 'm';
  }
  return given == 'f' || given == 'm' ? `${given}?` : undefined;
}

/**
 * « le tribunal », « la CGT »: where the language gives nouns a gender, the one the articles before an organisation's
 * mentions agree on, which « il », « elle » must agree with too.
 */
function articleGender(doc: Doc, g: Group): Gender {
  const { tokens, lang } = doc;
  const seen = new Set<'f' | 'm'>();
  for (const m of g.members) {
    // A name that keeps its article (« la préfecture ») opens on it.
    const article = lang.determiners.has(tokens[m.first].lower) && !tokens[m.first].cap ? tokens[m.first] : tokens[m.first - 1];
    const gender = article?.kind == 'word' ? lang.articleGender(article.lower) : undefined;
    if (gender) seen.add(gender);
  }
  if (seen.size == 1) return [...seen][0];
  // (« l'Autorité des technologies… », only ever after an elided article: the gender its head's ending marks.)
  return seen.size == 0 ? lang.endingGender(g.words[0]?.toLowerCase() ?? '') : undefined;
}

/** Per token, the name the language's tagger found over it, if the language ships one. */
function taggedNames(doc: Doc): (TaggedEntity | undefined)[] {
  const at: (TaggedEntity | undefined)[] = [];
  if (!doc.lang.tagger) return at;
  for (const e of tagEntities(doc.tokens, doc.lang.tagger)) for (let k = e.first; k <= e.last; k++) at[k] = e;
  return at;
}

/** Whether a capitalised name starts at token `k` and a verb of saying follows it within a few words. */
function memberSpeaks(doc: Doc, k: number): boolean {
  const { tokens, lang } = doc;
  if (!tokens[k]?.cap) return false;
  let j = k;
  while (j < k + 5 && tokens[j + 1]?.cap && tokens[j + 1].gap == ' ') j++;
  return [j + 1, j + 2].some((v) => isWord(tokens[v]) && (lang.sayVerbs.has(tokens[v].lower) || sayPhraseAt(doc, v)));
}

/** « la Crimée a été annexée », "Crimea was annexed": a passive verb from token `k` on, so its subject does not act. */
function actedUpon(doc: Doc, k: number): boolean {
  const { tokens, lang } = doc;
  const be = isWord(tokens[k]) && lang.auxiliaries.has(tokens[k].lower) && lang.beAuxiliaries.has(tokens[k + 1]?.lower ?? '') ? k + 1 : k;
  return isWord(tokens[be]) && lang.beAuxiliaries.has(tokens[be].lower) && isWord(tokens[be + 1]) && lang.isPastParticiple(tokens[be + 1].lower) && !lang.sayVerbs.has(tokens[be + 1].lower);
}

/**
 * Whether words between commas follow token `last` (a relative clause, an apposition, a participle: "Uber, a
 * ride-hailing company, said", « Sanofi, dont le siège est à Paris, a affirmé ») and a verb of saying follows them.
 */
function saysPastInsertion(doc: Doc, last: number): boolean {
  const { tokens, lang } = doc;
  // (Lower case opens it: "the Middle East, East Africa and Central Asia" is a list, « la région X, Renaud Muselier, »
  // an apposition naming someone else.)
  if (tokens[last + 1]?.text != ',' || !isWord(tokens[last + 2]) || tokens[last + 2].cap) return false;
  for (let k = last + 3; k < tokens.length && k - last <= 25 && tokens[k].sentence == tokens[last].sentence; k++) {
    if (tokens[k].quote >= 0) return false;
    if (tokens[k].text != ',') continue;
    let v = k + 1;
    while (isWord(tokens[v]) && !tokens[v].cap && (lang.auxiliaries.has(tokens[v].lower) || lang.adverb.test(tokens[v].lower)) && v - k <= 3) v++;
    // (A present participle, « déplorant », "adding", goes with the sentence's subject.)
    const w = tokens[v]?.lower ?? '';
    return isWord(tokens[v]) && lang.sayVerbs.has(w) && !isPresentParticiple(lang, w);
  }
  return false;
}

/** Grades each candidate from the words around it: titles, appositions, verbs that show it acts. */
function weigh(doc: Doc, c: Candidate, tagged: readonly (TaggedEntity | undefined)[]): void {
  if (c.byShape || c.owner) return;
  const { tokens, lang, text } = doc;
  const before = roleBefore(doc, c.first);
  const after = roleAfter(doc, c.first, c.last);
  const words = c.last - c.first + 1 - countConnectors(tokens, c, lang);
  // « Matthias Fekl lui a succédé »: a clitic pronoun may sit between the name and its verb.
  const clitic = isWord(tokens[c.last + 1]) && lang.pronouns.has(tokens[c.last + 1].lower) && !tokens[c.last + 1].cap;
  // "Microsoft reportedly has released", "Google quickly said": an adverb may sit there too.
  const adverb = !clitic && isWord(tokens[c.last + 1]) && !tokens[c.last + 1].cap && lang.adverb.test(tokens[c.last + 1].lower);
  const next = tokens[clitic || adverb ? c.last + 2 : pastInsert(doc, c.last + 1)];
  const prev = tokens[c.first - 1];
  // « le gouvernement de Tokayev soutenu par la Russie »: a participle before its agent is passive, said of the name.
  const at = c.last + (clitic || adverb ? 1 : 0);
  // ("Smith responded by saying": « by » and a present participle say how, not by whom.)
  const gerundAfter = isWord(tokens[at + 3]) && isPresentParticiple(lang, tokens[at + 3].lower);
  const passive = (isWord(next) && lang.isParticiple(next.lower) && lang.agentPrepositions.has(tokens[at + 2]?.lower ?? '') && !gerundAfter) || actedUpon(doc, at + 1);
  // « Mediapart y voit », « Télérama lui reproche », « l'ONG s'inquiète »: a pronoun that only stands before a verb.
  // (« Télérama le qualifiant de… », « Libération les accuse »: an article's word right before a verb of saying is its
  // object pronoun.)
  const objectPronoun = isWord(tokens[c.last + 1]) && lang.determinerPronouns.has(tokens[c.last + 1].lower) && isWord(tokens[c.last + 2]) && lang.sayVerbs.has(tokens[c.last + 2].lower);
  const beforeVerb = isWord(tokens[c.last + 1]) && !tokens[c.last + 1].cap && (lang.verbClitics.has(tokens[c.last + 1].lower) || objectPronoun);
  // "Shell, which denies wrongdoing, said", « Lactalis, qui nie toute faute, a assuré »: the verb of saying after a
  // clause between commas is the name's; "which" says it is no one's name.
  // (Not a place or a time opening the sentence: "In the Middle East, …", "Yesterday, Al-Jazeera reported".)
  const when = (w: string) => lang.weekdays.has(w) || lang.months.has(w) || lang.relativeDays.some((d) => d.words.length == 1 && d.words[0] == w);
  const setting = afterPlacePreposition(tokens, c.first, lang) || when(tokens[c.first].lower);
  const speaksPastInsertion = !setting && saysPastInsertion(doc, c.last);
  if (speaksPastInsertion && lang.thingRelatives.has(tokens[c.last + 2].lower) && c.kind == 'unknown') c.kind = 'organization';
  // "A statement from the Kremlin said", « le communiqué de l'Élysée précise »: whoever issued a document that speaks.
  const documentSpeaks = isWord(next) && lang.sayVerbs.has(next.lower) && documentNounBefore(doc, c.first) >= 0;
  if (documentSpeaks) c.place = false;
  // « Le motoriste concerné, Avionor, affirme », "The carrier, Qantas, said": a name set between commas right before a
  // verb of saying is its subject.
  const apposedSpeaker = prev?.text == ',' && tokens[c.last + 1]?.text == ',' && isWord(tokens[c.last + 2]) && lang.sayVerbs.has(tokens[c.last + 2].lower);
  // ("The Kremlin on Thursday dismissed", « L'Élysée jeudi soir a annoncé »: a time may stand before the verb.)
  const timed = pastTime(doc, c.last + 1);
  const verbAfterTime = timed > c.last + 1 && !setting && prev?.text != ',' && isWord(tokens[timed]) && !tokens[timed].cap && (lang.agencyFollowers.has(tokens[timed].lower) || lang.sayVerbs.has(tokens[timed].lower) || lang.isPastVerb(tokens[timed].lower, ''));
  const acts =
    verbAfterTime ||
    speaksPastInsertion ||
    documentSpeaks ||
    apposedSpeaker ||
    beforeVerb ||
    (isWord(next) && !passive && (lang.agencyFollowers.has(next.lower) || lang.sayVerbs.has(next.lower))) ||
    // (« Valve publiait un jeu par an »: a verb that can only be a past tense, right after the name, has it for subject.)
    (isWord(next) && !next.cap && next.gap == ' ' && lang.isFinitePast(next.lower)) ||
    possessiveAfter(tokens, c.last) ||
    speaksInMarks(doc, c);
  // « se défend le cabinet de M. Le Roux », "said the ministry", « prévient l'Insee »: an article (elided or not)
  // between the verb and the name.
  const article = isApostrophe(prev) ? c.first - 2 : c.first - 1;
  // (« a fait savoir l'Élysée »: the verb may be in several words.)
  const phrase = lang.sayPhrases.find((p) => phraseAt(tokens, article - p.length, p));
  const saidBy = isWord(tokens[article]) && lang.definiteArticles.has(tokens[article].lower) && (lang.sayVerbs.has(tokens[article - 1]?.lower ?? '') || !!phrase);
  // Right after the quotation the verb comes before its subject (« », prévient l'Insee »); elsewhere the name after it
  // may be its object ("criticised the Scottish legal system").
  let verb = article - (phrase?.length ?? 1);
  if (isWord(tokens[verb - 1]) && lang.auxiliaries.has(tokens[verb - 1].lower)) verb--;
  // « », se réjouit la Croix-Rouge », « s'est félicitée l'ONG »: the reflexive pronoun before the verb.
  if (isApostrophe(tokens[verb - 1])) verb--;
  if (isWord(tokens[verb - 1]) && lang.reflexives.has(tokens[verb - 1].lower)) verb--;
  const inverted = saidBy && (tokens[verb - 1]?.text == ',' || '»”"'.includes(tokens[verb - 1]?.text ?? ''));
  // « explique-t-on à Matignon », « lit-on dans le communiqué du ministère »: where the impersonal subject speaks is
  // a body, not a place.
  const impersonal = impersonalSource(doc, c.first);
  if (impersonal) c.place = false;
  // « », a déclaré Bruno Le Roux », "said Harry Reid": a name right after a verb of saying is its inverted subject.
  const sourced =
    inverted ||
    (!!prev &&
      (lang.agentPrepositions.has(prev.lower) ||
        // (« les chercheurs qualifient Saccorhytus de « … » »: a verb that names has the name for object; but "a group
        // called Safecast" names it.)
        (lang.sayVerbs.has(prev.lower) && !(lang.namingVerbs.has(prev.lower) && !lang.isPastParticiple(prev.lower))) ||
        phraseEndsAt(tokens, c.first - 1, lang.sourcePhrases) ||
        // « Pour Maëlle Quéré, … »: opening its sentence before a comma, « pour » introduces whose view follows.
        (lang.openingSources.has(prev.lower) && doc.sentences[prev.sentence].first == c.first - 1 && tokens[c.last + 1]?.text == ',') ||
        // « selon les informations du Parisien », "according to a report by Reuters": whose document is the source.
        citedDocument(doc, c.first) ||
        impersonal ||
        invertedAfterQuotation(doc, c.first)));
  c.acts = acts || sourced || saidBy;
  const speaks = isWord(next) && !passive && (lang.sayVerbs.has(next.lower) || (lang.auxiliaries.has(next.lower) && lang.sayVerbs.has(tokens[c.last + 2]?.lower ?? '')));
  if (c.lone) {
    const det = isApostrophe(tokens[c.first - 1]) ? c.first - 2 : c.first - 1;
    const source = tokens[det - 1];
    // « souligne le communiqué de la préfecture »: a body whose document is cited is cited too.
    const documented = isWord(source) && lang.nameConnectors.has(source.lower) && lang.documentNouns.has(tokens[det - 2]?.lower ?? '');
    const cited = isWord(source) && (lang.sayVerbs.has(source.lower) || phraseEndsAt(tokens, det - 1, lang.sourcePhrases) || documented);
    c.evidence = acts || cited ? 0.6 : 0;
    return;
  }
  // « la centrale de Flamanville », « le congrès du Mans », "the port of Dover": one word completing a common
  // noun names a place or a thing; its apposition (« Les Pieux, commune riveraine ») describes that place, and a verb
  // after it (« la centrale de Flamanville est arrêtée ») has the noun for subject. An acronym (« les militants de la
  // CGT ») is an organisation's name, not a place's.
  // (« le journal de TF1 », « présentateur de BFM TV »: unless the tagger is sure the word names an organisation.)
  const entity = tagged[c.first] ?? tagged[c.last];
  const taggedOrg = entity?.type == 'ORG' && entity.score >= TAGGER_SURE;
  // (« trésorière d'Iteka, une association burundaise »: not where an apposition calls the name a body.)
  const apposedBody = !!after && lang.orgNouns.has(roleHead(after, lang));
  if (words == 1 && c.kind != 'organization' && !taggedOrg && !sourced && !apposedBody && !before.role && !before.honorific && completesNoun(doc, c.first)) {
    c.complement = true;
    c.evidence = 0;
    return;
  }
  // "the UN High Commissioner for Human Rights said", « le ministre de l'Intérieur »: the words after a title and its
  // connector are what the title deals with, its domain, not someone — unless a given name opens them.
  if (words >= 2 && c.kind == 'unknown' && !givenName(tokens[c.first].lower, lang.code) && titleDomain(doc, c.first)) {
    c.notActor = true;
    c.evidence = 0;
    return;
  }
  // « le groupe Normalait », « la firme japonaise SoftBank », "the airline Emirates": a noun that describes an
  // organisation, right before the name, says what the name is.
  const titled = titleOfOrganisation(doc, c);
  const described = !titled && describedBy(doc, c);
  if (titled) {
    c.kind = 'person';
    c.evidence = 0.85;
    c.role = titled;
  } else if (described && !before.honorific) {
    c.kind = 'organization';
    c.evidence = 0.8;
    c.role ??= described;
  } else if (before.honorific || before.role) {
    c.kind = c.kind == 'organization' ? c.kind : 'person';
    // "Mr Smith", « le ministre Jean Dupont »: sure; « le prix Pulitzer », "judge in Scotland": a title before one word may
    // name a thing or a place.
    // « le député LR des Alpes-Maritimes »: after a person's title an organisation's name is their party or employer,
    // an actor, but not the sure one a titled person is.
    c.evidence = c.kind == 'organization' && !before.honorific ? 0.7 : before.honorific || words >= 2 ? 0.9 : 0.75;
    // (A party or an employer after someone's title is not titled: « le député LR » is LR's member, not LR.)
    if (c.kind == 'person') {
      c.role = before.role;
      if (before.from < c.first && tokens[c.first - 1]?.text != ',') c.titled = squash(textOf(text, tokens, before.from, c.last));
    }
  }
  // "Iteka, une association burundaise", "OneWeb, filiale de…", "Weibo, a microblogging site": an apposition
  // headed by an organisation noun makes the name an organisation.
  if (after && c.kind != 'person' && apposedBody) {
    c.kind = 'organization';
    c.evidence = Math.max(c.evidence, 0.75);
    c.role ??= after;
  } else if (after && c.kind != 'organization') {
    c.kind = 'person';
    c.evidence = Math.max(c.evidence, words >= 2 ? 0.85 : 0.6);
    c.role ??= after;
  } else if (after && c.kind == 'organization') c.role ??= after;
  // « la hausse de la CSG », « la croissance du PIB »: an acronym the tagger sees no name in, with nothing around it
  // that acts or describes it, abbreviates a thing (a tax, a measure), not a body.
  const bareAcronym = c.first == c.last && tokens[c.first].upper && !!lang.tagger && !entity && !before.role && !described && !after;
  if (c.kind == 'organization' && !bareAcronym) c.evidence = Math.max(c.evidence, words >= 2 ? 0.75 : 0.7);
  if (acts || sourced) c.evidence = Math.max(c.evidence, words >= 2 ? 0.8 : 0.6);
  // The tagger, trained on annotated news, as a second opinion where the words around say little: a person or an
  // organisation it is sure of, or a place it is sure of that does not act.
  if (entity && entity.score >= TAGGER_SURE && c.kind == 'unknown' && !before.role && !before.honorific && !c.place) {
    // (A place read in a given name alone — "Jean-Luc" of « Jean-Luc Mélenchon » — says nothing of the whole.)
    const givenOnly = entity.last < c.last && entity.first >= c.first && !!givenName(tokens[c.first].lower, lang.code);
    if (entity.type == 'LOC' && !givenOnly && !acts && !sourced && !isSubject(doc, c) && !countryNames(lang.code).has(c.name.toLowerCase())) c.place = true;
    else if (entity.type != 'LOC') {
      c.kind = entity.type == 'PER' ? 'person' : 'organization';
      c.evidence = Math.max(c.evidence, 0.5 + 0.3 * entity.score);
    }
  }
  // "the pro-union Better Together campaign", "the Wagner group": where heads come last, a noun for a body right after
  // the name says what it names.
  if (c.kind == 'unknown' && lang.headLast && isWord(next) && !next.cap && lang.orgNouns.has(next.lower) && !givenName(tokens[c.first].lower, lang.code)) {
    c.kind = 'organization';
    c.evidence = Math.max(c.evidence, 0.7);
  }
  // "Human Rights Watch", "Doctors Without Borders", « Reporters Sans Frontières »: a plural noun inside a name of three
  // words or more (its connectors count), with no given name opening it, names a body.
  const plural = (k: number) => /\p{Ll}{2}s$/u.test(tokens[k].text) && !/(?:ss|us|is)$/.test(tokens[k].text);
  if (c.kind == 'unknown' && c.last - c.first >= 2 && !givenName(tokens[c.first].lower, lang.code) && [...Array(c.last - c.first).keys()].some((n) => plural(c.first + n))) c.kind = 'organization';
  // "The Aviation Herald", « La Voix du Nord », "The Cranberries": an article opening a name is a title's or a band's,
  // not someone's (« Le Pen », two words, is a surname's particle).
  const particle = lang.surnameArticleParticles.has(tokens[c.first].lower);
  if (c.kind == 'unknown' && c.last - c.first >= (particle ? 2 : 1) && tokens[c.first].cap && lang.determiners.has(tokens[c.first].lower) && !givenName(tokens[c.first + 1].lower, lang.code)) c.kind = 'organization';
  // « a déclaré vendredi à France Info », "told the BBC": whom words were told to, when no given name says it is someone,
  // is the medium that carried them.
  const toldTo = saidOn(doc, c.first, lang.addresseePrepositions) && !givenName(tokens[c.first].lower, lang.code);
  // (An acronym already read as a body, « a affirmé à BFMTV », is kept as one all the same.)
  if ((c.kind != 'organization' || c.evidence < 0.7) && !before.role && !before.honorific && (bodyByContext(doc, c) || toldTo)) {
    c.kind = 'organization';
    c.evidence = Math.max(c.evidence, 0.7);
    // (Not the place the tagger may read in a name of two words such as « France Info »; « à Bordeaux » stays a place.)
    if (toldTo && c.last > c.first) c.place = false;
  }
  // "the country director of Action Against Hunger", « le fondateur de Sea Shepherd »: what employs someone is a body.
  if (c.kind == 'unknown' && !c.place && !givenName(tokens[c.first].lower, lang.code) && employer(doc, c.first, c.last)) {
    c.kind = 'organization';
    c.evidence = Math.max(c.evidence, 0.7);
  }
  // "with Arze, Justin Moose, and Jason Jordan", "David Beckham, Bono, Matthew Broderick": one word listed beside people
  // named in full is someone too.
  if (c.kind == 'unknown' && words == 1 && !c.place && !acts && !sourced && listedWithPeople(doc, c)) {
    c.kind = 'person';
    c.evidence = Math.max(c.evidence, 0.6);
  }
  // "Schmetzer was delighted with the way his side played": one word opening its sentence, then taken up by a pronoun
  // that only stands for people, with no other name between, is someone.
  if (c.kind == 'unknown' && words == 1 && !c.place && takenUpAsPerson(doc, c)) {
    c.kind = 'person';
    c.evidence = Math.max(c.evidence, 0.6);
  }
  // "Dodds of Time Magazine points out": one word, then the body it belongs to, then a verb of saying: someone.
  if (c.kind == 'unknown' && words == 1 && isWord(next) && lang.memberOf.has(next.lower) && memberSpeaks(doc, c.last + 2)) {
    c.kind = 'person';
    c.evidence = Math.max(c.evidence, 0.6);
  }
  // Two or three capitalised words between commas, or opening a sentence and acting, read as a person.
  if (c.kind == 'unknown' && words >= 2 && words <= 4) {
    const commaBefore = prev?.text == ',';
    const bracketed = commaBefore && (next?.text == ',' || next?.text == '.');
    // "Lord Alli, who is openly gay, said": a relative that only stands for people says the name is someone's.
    const who = next?.text == ',' && lang.humanRelatives.has(tokens[c.last + 2]?.lower ?? '');
    // "Anne Hidalgo", « Jacques Witkowski »: a given name opening the run says it is someone.
    const given = !!givenName(tokens[c.first].lower, lang.code) && !c.place;
    // "The Red Cross said": no one is "the John Smith", so an article right before the name makes it a body's.
    const article = isWord(prev) && (!prev.cap || doc.sentences[prev.sentence].first == c.first - 1) && lang.definiteArticles.has(prev.lower) && !given;
    // (« la Maison Blanche a déploré »: in French as well.)
    // (Acting is enough where the name is no place and no code: "the Airbus A320-200 landed" names a plane.)
    if ((speaks || sourced || (acts && !c.place && !c.notActor && !/\d/.test(c.name))) && article) {
      c.kind = 'organization';
      c.evidence = Math.max(c.evidence, 0.7);
    } else if (bracketed || acts || sourced || next?.text == '(' || given || who) {
      c.kind = 'person';
      c.evidence = Math.max(c.evidence, given ? 0.75 : 0.7);
    } else if (words <= 3 && !c.place && !lang.orgWords.has(tokens[c.first].lower) && !namesWhatOrWhere(doc, c) && !(lang.headLast && plural(c.last))) {
      // « avec Vincent Peillon, Arnaud Montebourg et Benoît Hamon », "the trial of Jonathan MacKinnon": two or
      // three capitalised words with nothing of an organisation or a place about them are most often someone — but
      // not "Kerala Iyers", "Southeast Asians": where the head comes last, a plural head names a group.
      c.kind = 'person';
      c.evidence = Math.max(c.evidence, 0.6);
    }
  }
  // "Kinshasa, the capital of…", « le Darfour, province soudanaise », "the capital of Kerala, Thiruvananthapuram": a name
  // in apposition with a place noun is a place's.
  if (!acts && !sourced && placeApposition(doc, c)) c.place = true;
  // "in the West Bank", « à Saint-Denis »: a name opening on a place's word after a place preposition is where, not who.
  if (!acts && !sourced && c.last > c.first && lang.placeOpeners.has(tokens[c.first].lower) && afterPlacePreposition(tokens, c.first, lang)) c.place = true;
  // « Chine », "South Korea": a country is a place unless it acts or is a clause's subject (« la Russie et les
  // États-Unis sont… », "China said").
  const country = countryNames(lang.code).has(c.name.toLowerCase().replace(/’/g, "'"));
  const subject = country && (isSubject(doc, c) || coordinated(doc, c));
  // (« la reconnaissance par la France du plan »: a country that is an agent acts too.)
  const agent = isWord(prev) && lang.definiteArticles.has(prev.lower) && lang.agentPrepositions.has(tokens[c.first - 2]?.lower ?? '');
  if (country && !acts && !sourced && !subject && !agent) c.notActor = true;
  // "arrested in Los Angeles, New York or Chicago": a large city that does not act is a place too ("Washington said"
  // speaks for a state).
  if (!country && cityNames().has(c.name.toLowerCase()) && !acts && !sourced) c.notActor = true;
  // A country that acts is a state speaking only some of the time; an editor should look.
  if (country) c.evidence = Math.min(Math.max(c.evidence, subject || agent ? 0.6 : 0), 0.7);
  // "Changi International Airport", "Airbus A320": a facility, a product, a model number does not act.
  // "Bill Carter", "Mark Bridge": a given name opening the name is not the thing its word also means.
  const from = c.last > c.first && givenName(tokens[c.first].lower, lang.code) ? c.first + 1 : c.first;
  // « Jérôme Rivière », « Marie Fontaine »: where a place's name opens on its head (« Gare de Lyon »), a place word
  // after a given name is a surname; where the head comes last ("Victoria Station"), it names the place.
  const surnameOnly = from == c.last && from > c.first && !lang.headLast;
  // "the Geological Survey said", "Lutheran General Hospital said": a thing's name that speaks names the body behind it.
  // "the RN 21", "flight AF 447", « le CAC 40 »: an acronym before a number names a road, a flight, an index.
  if (c.first == c.last && tokens[c.first].upper && tokens[c.last + 1]?.digits && tokens[c.last + 1].gap == ' ') c.notActor = true;
  // « l'acte IV », "World War II": a Roman numeral is a rank, never an actor.
  if (c.first == c.last && /^[IVX]{2,}$/.test(tokens[c.first].text)) c.notActor = true;
  // "TF1 released a statement", « a déclaré sur M6 », « diffusé sur TF1 », "shown on TF1": a code of letters and digits
  // that acts, is cited or is where something is shown is a broadcaster; one that does none of these is a model or a
  // product ("an Airbus A320").
  const shownOn = isWord(prev) && lang.mediumPrepositions.has(prev.lower);
  const broadcaster = c.first == c.last && /^\p{Lu}+\d{1,2}$/u.test(tokens[c.first].text) && (acts || sourced || shownOn || saidOn(doc, c.first));
  if (broadcaster) {
    c.kind = 'organization';
    c.evidence = Math.max(c.evidence, 0.6);
  }
  for (let k = from; k <= c.last; k++) {
    if ((tokens[k].digits || /\d/.test(tokens[k].text)) && !broadcaster) c.notActor = true;
    // ("Analyst Joanna Park": after a person's title the word is a surname.)
    else if (lang.placeWords.has(tokens[k].lower) && !surnameOnly && !(c.kind == 'person' && (before.role || before.honorific))) {
      if (speaks) c.kind = 'organization';
      else {
        c.notActor = true;
        // (Its head word: "Midnight Mass", « Festival de Cannes » are things; « Service de presse du festival » may be
        // the body that runs one.)
        if (k == (lang.headLast ? c.last : c.first)) c.thing = true;
      }
    }
  }
  // « l'hôpital Lutheran General », « le vol United Express »: the common noun before the name says what it names.
  // (« Place Gabriel Péri à Lyon »: so does one opening the sentence with its capital.)
  const nounIn = (k: number, ...sets: ReadonlySet<string>[]) => isWord(tokens[k]) && sets.some((set) => set.has(tokens[k].lower)) && (!tokens[k].cap || doc.sentences[tokens[k].sentence].first == k);
  // (« l'aéroport international Atatürk »: where adjectives follow their noun, past one.)
  const adjectiveBefore = !lang.headLast && isWord(prev) && !prev.cap && !lang.stopwords.has(prev.lower);
  if (nounIn(c.first - 1, lang.placeWords) || (adjectiveBefore && nounIn(c.first - 2, lang.placeWords))) c.notActor = c.thing = true;
  // « le parvis de l'Hôtel de Ville », « la place de la République », "the port of Dover": a name completing a place's
  // noun (not a thing's: « l'accord de Richard Ferrand ») is that place, where it does not act.
  const link = linkBefore(doc, c.first);
  const connector = tokens[link];
  const linking = isWord(connector) && (lang.contractedArticles.has(connector.lower) || (lang.nameConnectors.has(connector.lower) && !lang.determiners.has(connector.lower)));
  if (!acts && !sourced && linking && nounIn(link - 1, lang.placeNouns, lang.streetNouns)) c.notActor = true;
  if (epithet(doc, c)) c.notActor = c.thing = true;
  // "Chinese officials", "South Koreans": a nationality, not someone.
  // "Michael Jordan", "Mary Kenyan": after a given name the word is a surname, whatever its ending.
  const surname = c.last > c.first && !!givenName(tokens[c.first].lower, lang.code);
  // "a European diplomat", "an Asian official": a nationality before a noun qualifies it, whatever made it look like a body.
  // ("A South Korean official": the nationality may open on a place word.)
  const compassLed = c.last == c.first + 1 && lang.placeOpeners.has(tokens[c.first].lower);
  const adjective = (c.first == c.last || compassLed) && isWord(tokens[c.last + 1]) && !tokens[c.last + 1].cap && !lang.stopwords.has(tokens[c.last + 1].lower);
  const nationality = isDemonym(tokens[c.last].text, lang) && !surname;
  // (« a réagi la Française », "said the Italian": one word of nationality after its article is someone's description.)
  const byNationality = c.first == c.last && isWord(prev) && lang.definiteArticles.has(prev.lower);
  if (nationality && (adjective || byNationality || (c.kind != 'organization' && !before.role && !before.honorific))) c.notActor = true;
  if (c.notActor) c.evidence = 0;
  if (c.place && c.evidence < 0.9) c.evidence = 0;
}

/** Whether `c` opens its sentence and the first pronoun after it, in that sentence or the next, stands only for people. */
function takenUpAsPerson(doc: Doc, c: Candidate): boolean {
  const { tokens, lang, sentences } = doc;
  const sentence = tokens[c.first].sentence;
  if (!lang.personReferences.size || sentences[sentence].first != c.first || tokens[c.first].quote >= 0) return false;
  // The name is its clause's subject, right before its verb: "Today he said", "Avoid his" open on other words.
  const verb = tokens[c.last + 1];
  if (!isWord(verb) || !(lang.auxiliaries.has(verb.lower) || lang.beAuxiliaries.has(verb.lower) || lang.sayVerbs.has(verb.lower))) return false;
  const end = sentences[sentence + 1]?.last ?? sentences[sentence].last;
  for (let k = c.last + 1; k <= end && k - c.last <= 40; k++) {
    const t = tokens[k];
    if (!isWord(t) || t.quote >= 0) continue;
    // Another name in between may be the one the pronoun takes up.
    if (t.cap && k != sentences[t.sentence].first) return false;
    if (lang.personReferences.has(t.lower)) return true;
    if (lang.orgPronouns.has(t.lower) || lang.pronouns.has(t.lower)) return false;
  }
  return false;
}

/** Whether the name at `first` says where, or whose document, the impersonal subject of a verb just before speaks. */
function impersonalSource(doc: Doc, first: number): boolean {
  const { tokens, lang } = doc;
  let k = documentNounBefore(doc, first);
  if (k >= 0) k--;
  else {
    k = first - 1;
    if (isApostrophe(tokens[k])) k--;
    if (isWord(tokens[k]) && lang.determiners.has(tokens[k].lower)) k--;
    if (!isWord(tokens[k]) || !(lang.placePrepositions.has(tokens[k].lower) || lang.nameConnectors.has(tokens[k].lower))) return false;
  }
  for (let j = k - 1; j >= k - 3 && j >= 0; j--) if (isWord(tokens[j]) && lang.invertedImpersonal(tokens[j].text)) return true;
  return impersonalAfterOpener(doc, first);
}

/**
 * « Chez Renault, on assure que… », « Du côté de Bercy, on se veut rassurant »: a sentence opening on where, closed by a
 * comma, then an impersonal subject — the body there, named at `first`, speaks.
 */
export function impersonalAfterOpener(doc: Doc, first: number): boolean {
  const { tokens, lang, sentences } = doc;
  const s = sentences[tokens[first].sentence];
  const opener = tokens[s.first];
  if (opener.kind != 'word' || !(lang.placePrepositions.has(opener.lower) || lang.openerPrepositions.has(opener.lower) || lang.contractedArticles.has(opener.lower))) return false;
  for (let j = s.first + 1; j <= Math.min(s.last, s.first + 10); j++) {
    if (tokens[j].text != ',') continue;
    if (!(j > first && isWord(tokens[j + 1]) && lang.impersonalPronouns.has(tokens[j + 1].lower))) return false;
    // (« À Besançon, on a recensé 300 manifestants »: only where « on » says something is the place a body's voice.)
    for (let k = j + 2; k <= j + 5 && k < tokens.length; k++) if (isWord(tokens[k]) && lang.sayVerbs.has(tokens[k].lower)) return true;
    return false;
  }
  return false;
}

/**
 * « « Il faut agir », martèle depuis des mois Greenpeace », "“…”, said on Tuesday Amnesty": a verb of saying right after a
 * quotation and its comma, then a few words of time or manner, then the name (and its article) — its inverted subject.
 */
function invertedAfterQuotation(doc: Doc, first: number): boolean {
  const { tokens, lang } = doc;
  let k = first - 1;
  if (isApostrophe(tokens[k])) k--;
  if (isWord(tokens[k]) && lang.definiteArticles.has(tokens[k].lower)) k--;
  // (« analyse un expert auprès du Parisien », « écrit par des journalistes du Canard »: a name completing another
  // noun, or someone unnamed first, is not the subject.)
  if (isWord(tokens[k]) && (lang.nameConnectors.has(tokens[k].lower) || lang.placePrepositions.has(tokens[k].lower) || lang.agentPrepositions.has(tokens[k].lower))) return false;
  for (let n = 0; n < 5 && k > 1; n++, k--) {
    const t = tokens[k];
    if (!isWord(t) || (t.cap && !lang.weekdays.has(t.lower)) || lang.numberArticles.has(t.lower) || lang.sourceNouns.has(t.lower)) return false;
    if (!lang.sayVerbs.has(t.lower)) continue;
    let v = k - 1;
    if (isWord(tokens[v]) && lang.auxiliaries.has(tokens[v].lower)) v--;
    if (isApostrophe(tokens[v])) v--;
    if (isWord(tokens[v]) && lang.reflexives.has(tokens[v].lower)) v--;
    return tokens[v]?.text == ',' && '»”"'.includes(tokens[v - 1]?.text ?? '-');
  }
  return false;
}

/** Whether the name at token `first` issued a document that a source phrase cites: « selon les informations du [Parisien] ». */
function citedDocument(doc: Doc, first: number): boolean {
  const { tokens, lang } = doc;
  const noun = documentNounBefore(doc, first);
  if (noun < 0) return false;
  // Back over the document's article (and one adjective) to the source phrase.
  for (let j = noun - 1; j >= noun - 3 && j >= 0; j--) {
    if (phraseEndsAt(tokens, j, lang.sourcePhrases)) return true;
    if (!isWord(tokens[j]) || tokens[j].cap) return false;
  }
  return false;
}

/** Whether the list `c` stands in (commas, « et », "and") has a neighbour named in full by a given name and a surname. */
function listedWithPeople(doc: Doc, c: Candidate): boolean {
  const { tokens, lang } = doc;
  const joiner = (t: Token | undefined) => !!t && (t.text == ',' || (isWord(t) && lang.coordinators.has(t.lower)));
  // An item of a list stands between joiners (or the list's ends): "the Gilet jaune" is no item.
  const bounded = (t: Token | undefined) => !t || !isWord(t) || joiner(t);
  if (!bounded(tokens[c.first - 1]) || !bounded(tokens[c.last + 1]) || isDemonym(tokens[c.first].text, lang)) return false;
  const fullName = (first: number, last: number) => last > first && givenName(tokens[first].lower, lang.code) != null && tokens.slice(first, last + 1).every((t) => isWord(t) && t.cap);
  // The neighbour after: past the joiners, a run of capitalised words.
  let k = c.last + 1;
  while (joiner(tokens[k]) && k - c.last <= 2) k++;
  let end = k;
  while (isWord(tokens[end + 1]) && tokens[end + 1].cap && end - k < 3) end++;
  if (k > c.last + 1 && fullName(k, end)) return true;
  // The neighbour before.
  k = c.first - 1;
  while (joiner(tokens[k]) && c.first - k <= 2) k--;
  let start = k;
  while (isWord(tokens[start - 1]) && tokens[start - 1].cap && k - start < 3) start--;
  return k < c.first - 1 && fullName(start, k);
}

/**
 * « le gouvernement de Justin Trudeau », "the administration of Barack Obama": a body named after the person it
 * belongs to names that person too, a mention of their own.
 */
function withOwners(doc: Doc, candidates: Candidate[]): Candidate[] {
  const { tokens, lang, text } = doc;
  const owners: Candidate[] = [];
  for (const c of candidates) {
    if (c.kind != 'organization') continue;
    for (let k = c.first + 1; k < c.last; k++) {
      if (!lang.nameConnectors.has(tokens[k].lower) || tokens[k].cap || !givenName(tokens[k + 1]?.lower ?? '', lang.code)) continue;
      const first = k + 1;
      if (first < c.last && tokens.slice(first, c.last + 1).every((t) => isWord(t) && t.cap)) {
        owners.push({ first, last: c.last, name: textOf(text, tokens, first, c.last), kind: 'person', evidence: 0.6, place: false, owner: true });
      }
      break;
    }
  }
  return owners.length ? [...candidates, ...owners].sort((a, b) => a.first - b.first || b.last - a.last) : candidates;
}

/** Whether a place noun heads the apposition after the name, or the phrase before it: "Kinshasa, the capital of…". */
function placeApposition(doc: Doc, c: Candidate): boolean {
  const { tokens, lang } = doc;
  // A place noun heading its phrase: not a compound's first noun ("the country director"), nor a complement (« le
  // président de la région »).
  const place = (k: number) => {
    const next = tokens[k + 1];
    const head = !lang.headLast || !isWord(next) || lang.nameConnectors.has(next.lower) || lang.stopwords.has(next.lower);
    return isWord(tokens[k]) && !tokens[k].cap && lang.placeNouns.has(tokens[k].lower) && head;
  };
  if (tokens[c.last + 1]?.text == ',' && [2, 3].some((n) => place(c.last + n) && (n == 2 || lang.determiners.has(tokens[c.last + 2]?.lower ?? '')))) return true;
  // Before: "the capital of Kerala, Thiruvananthapuram": a place noun a few words back, a comma, then the name.
  if (tokens[c.first - 1]?.text != ',') return false;
  for (let k = c.first - 2; k >= 0 && k >= c.first - 6 && tokens[k].sentence == tokens[c.first].sentence; k--) {
    if (place(k)) return lang.determiners.has(tokens[k - 1]?.lower ?? '') && !lang.nameConnectors.has(tokens[k - 2]?.lower ?? '');
    if (tokens[k].kind != 'word' && !isApostrophe(tokens[k])) return false;
  }
  return false;
}

/** Whether the name at `first` completes a title only a body gives: "director of", « directeur général de la ». */
function employer(doc: Doc, first: number, last = first): boolean {
  const { tokens, lang } = doc;
  // "Tesla chief executive Elon Musk", "Goldman Sachs analyst Jan Hatzius": a lower-case title between the name and a
  // person's name says whom that person works for, where names come before their heads.
  // (« PDG », "CEO": an acronym is a title too.)
  const title = (t: Token | undefined) => isWord(t) && (!t.cap || t.upper) && (lang.employerTitles.has(t.lower) || lang.sourceNouns.has(t.lower));
  if (lang.headLast) {
    let j = last + 1;
    while (j <= last + 3 && isWord(tokens[j]) && !tokens[j].cap && !lang.stopwords.has(tokens[j].lower)) j++;
    const held = title(tokens[j - 1]) || (isWord(tokens[j - 1]) && lang.personTitles.has(tokens[j - 1].lower));
    if (j > last + 1 && held && isWord(tokens[j]) && tokens[j].cap && !!givenName(tokens[j].lower, lang.code)) return true;
  }
  let k = first - 1;
  if (isApostrophe(tokens[k])) k--;
  while (isWord(tokens[k]) && !tokens[k].cap && lang.determiners.has(tokens[k].lower) && !lang.nameConnectors.has(tokens[k].lower)) k--;
  if (!isWord(tokens[k]) || !lang.nameConnectors.has(tokens[k].lower)) return false;
  return title(tokens[k - 1]) || (isWord(tokens[k - 1]) && !tokens[k - 1].cap && title(tokens[k - 2]));
}

/**
 * "the Centre for Economics…", "American Current TV", "New York": an article before the run (no one is "the John
 * Smith"), a nationality or a place-name opener as its first word (New, Saint, Port) say it is not a person's name.
 */
function namesWhatOrWhere(doc: Doc, c: Candidate): boolean {
  const { tokens, lang } = doc;
  const prev = tokens[c.first - 1];
  const first = tokens[c.first];
  // (« Val-d'Oise », « Villeneuve-d'Ascq »: an article elided inside a hyphenated name is a place's way of writing.)
  let elided = false;
  for (let k = c.first; k < c.last && !elided; k++) elided = hyphenElidedAt(tokens, k, lang);
  return (isWord(prev) && !prev.cap && lang.determiners.has(prev.lower)) || lang.placeOpeners.has(first.lower) || isDemonym(first.text, lang) || elided;
}

/**
 * Where the words around a name say it is a body's:
 * - "a Gallup poll", "a Pentagon spokesman": after an article, it qualifies a document or a source;
 * - "Goldman Sachs analyst Jan Hatzius": it stands before a person's lower-case title and name, their employer;
 * - « a réagi sur Twitter », "said on CNN": after a verb of saying, it is where the words were said.
 * The first two hold where nouns come before their head (English), and none where a given name opens the name.
 */
function bodyByContext(doc: Doc, c: Candidate): boolean {
  const { tokens, lang } = doc;
  if (saidOn(doc, c.first)) return true;
  if (!lang.headLast || givenName(tokens[c.first].lower, lang.code)) return false;
  const prev = tokens[c.first - 1];
  const next = tokens[c.last + 1];
  if (!isWord(next) || next.cap || next.gap != ' ') return false;
  const articled = isWord(prev) && (lang.definiteArticles.has(prev.lower) || lang.unitArticles.has(prev.lower));
  if (articled && c.kind == 'unknown' && (lang.documentNouns.has(next.lower) || lang.sourceNouns.has(next.lower))) return true;
  // "the Pentagon spokesman John Kirby", "Coastguard Northern Region duty officer John Cowan" (a modifier first).
  const titleAt = (k: number) => isTitle(tokens[k], lang) || lang.sourceNouns.has(tokens[k]?.lower ?? '');
  const at = titleAt(c.last + 1) ? c.last + 1 : !lang.stopwords.has(next.lower) && titleAt(c.last + 2) ? c.last + 2 : -1;
  const person = tokens[at + 1];
  // (The person opens on a given name, or the name before the title ends on an organisation's word: "Natural Resources
  // Defense Council President Rhea Suh".)
  const bodyWord = lang.orgWords.has(tokens[c.last].lower);
  return at > 0 && !!person?.cap && person.gap == ' ' && (!!givenName(person.lower, lang.code) || bodyWord);
}

/**
 * Whether the name at `first` follows a medium preposition that follows a verb of saying, within its clause: « a salué
 * pour sa part le Premier ministre Manuel Valls sur Twitter », past the subject inverted after the verb.
 */
export function saidOn(doc: Doc, first: number, prepositions = doc.lang.mediumPrepositions): boolean {
  const { tokens, lang } = doc;
  const prep = tokens[first - 1];
  if (!isWord(prep) || !prepositions.has(prep.lower)) return false;
  // « Sur Twitter, Thomas Bach a réagi »: a medium opening the sentence before a clause whose verb says.
  if (doc.sentences[prep.sentence].first == first - 1 && tokens[first + 1]?.text == ',') {
    for (let k = first + 2; k <= first + 9 && k < tokens.length && tokens[k].sentence == prep.sentence; k++) {
      if (isWord(tokens[k]) && !tokens[k].cap && lang.sayVerbs.has(tokens[k].lower)) return true;
      if (tokens[k].kind == 'punct' && !isApostrophe(tokens[k])) break;
    }
  }
  for (let k = first - 2; k >= first - 10 && k >= 0 && tokens[k].sentence == prep.sentence; k--) {
    if (isWord(tokens[k]) && (lang.sayVerbs.has(tokens[k].lower) || lang.invertedPronoun(tokens[k].text))) return true;
    if (tokens[k].kind == 'punct' && !isApostrophe(tokens[k])) return false;
  }
  return false;
}

/** The organisation noun (and its adjective) right before `c`, after a determiner: « groupe », « firme japonaise ». */
function describedBy(doc: Doc, c: Candidate): string | undefined {
  const { tokens, lang } = doc;
  // « le magazine Les Inrockuptibles »: the title's own article sits between the noun and the name.
  let k = isWord(tokens[c.first - 1]) && tokens[c.first - 1].cap && lang.definiteArticles.has(tokens[c.first - 1].lower) ? c.first - 2 : c.first - 1;
  const lowerWord = (t: Token | undefined): t is Token => isWord(t) && !t.cap && !t.digits;
  // A few words may sit between the noun and the name: « la firme japonaise SoftBank », « l'agence de presse
  // officielle syrienne Sana », « l'hebdomadaire satirique Le Canard enchaîné ».
  // Not across an article, a conjunction or a preposition other than « de », "of": « l'équipe rencontrera la Suède »,
  // « le gouvernement redoute que le Hezbollah », "an embassy in the capital Baghdad" name no body by that noun.
  const across = (t: Token) => lang.determiners.has(t.lower) || lang.clauseOpeners.has(t.lower) || lang.placePrepositions.has(t.lower) || lang.agentPrepositions.has(t.lower) || lang.adjunctPrepositions.has(t.lower);
  let j = k;
  // (Where heads come last, what qualifies the noun stands before it: "union leader Sharon Graham" is no union.)
  while (!lang.headLast && j > k - 4 && lowerWord(tokens[j]) && !lang.orgNouns.has(tokens[j].lower) && !lang.sayVerbs.has(tokens[j].lower) && !lang.agencyFollowers.has(tokens[j].lower) && !across(tokens[j])) j--;
  if (j < k && lowerWord(tokens[j]) && lang.orgNouns.has(tokens[j].lower)) k = j;
  const noun = tokens[k];
  // « l'ONG Amnesty International »: the noun may be an acronym.
  const acronymNoun = isWord(noun) && noun.upper && lang.orgNouns.has(noun.lower);
  if (!(lowerWord(noun) || acronymNoun) || !lang.orgNouns.has(noun.lower)) return undefined;
  // "the news agency Reuters", "the state broadcaster CCTV": where nouns come before their head, one may qualify it.
  // ("the internet activist group Anonymous": two of them.)
  const modifier = (j: number) => lang.headLast && lowerWord(tokens[j]) && !lang.determiners.has(tokens[j].lower) && !lang.stopwords.has(tokens[j].lower) && !lang.sayVerbs.has(tokens[j].lower);
  const modifiers = modifier(k - 1) ? (modifier(k - 2) ? 2 : 1) : 0;
  const det = isApostrophe(tokens[k - 1]) ? tokens[k - 2] : tokens[k - 1 - modifiers];
  // "reported to equal-rights organisation Unia", "told broadcaster RTE": where heads come last, news writing may drop
  // the article after a preposition or a verb of saying.
  const bare = lang.headLast && isWord(det) && !det.cap && (lang.placePrepositions.has(det.lower) || lang.agentPrepositions.has(det.lower) || lang.sayVerbs.has(det.lower) || lang.addresseeVerbs.has(det.lower));
  // (« le chef du groupe HTC »: an article contracted with its preposition opens the phrase too.)
  if (!isWord(det) || !(lang.determiners.has(det.lower) || lang.contractedArticles.has(det.lower) || bare)) return undefined;
  return textOf(doc.text, tokens, k - modifiers, c.first - 1);
}

/**
 * « le chef de l'organisation Ayman al-Zawahiri », "the leader of the group Abu Bakr": a person's title, then the
 * organisation it heads, then a name opening on a given name — that person, in apposition to the title.
 */
function titleOfOrganisation(doc: Doc, c: Candidate): string | undefined {
  const { tokens, lang } = doc;
  const described = c.last > c.first && givenName(tokens[c.first].lower, lang.code) ? describedBy(doc, c) : undefined;
  if (!described) return undefined;
  let k = c.first - 1 - described.split(/\s+/).length;
  if (isApostrophe(tokens[k])) k--;
  const connector = tokens[k - 1];
  const title = tokens[k - 2];
  if (!isWord(connector) || !lang.nameConnectors.has(connector.lower) || !isWord(title) || !lang.personTitles.has(title.lower)) return undefined;
  return textOf(doc.text, tokens, k - 2, c.first - 1);
}

/**
 * "KeralaIyers aims “to delve into…”", « Greenpeace dénonce « un scandale » »: a name opening its sentence, with a
 * quotation of two words or more a few words after it and no other capitalised word between, is the one talking.
 */
function speaksInMarks(doc: Doc, c: Candidate): boolean {
  const { tokens, sentences, quotations } = doc;
  const t = tokens[c.first];
  if (t.quote >= 0 || sentences[t.sentence].first != c.first) return false;
  for (let k = c.last + 1; k <= c.last + 6 && k < tokens.length && tokens[k].sentence == t.sentence; k++) {
    const q = tokens[k].quote >= 0 ? quotations[tokens[k].quote] : undefined;
    if (q) return q.last - q.first >= 1 && q.first >= k;
    if (tokens[k].cap) return false;
  }
  return false;
}

/**
 * The token a name at `first` hangs on, past the article between them: the « de » of « centrale de la Hague », « maire
 * de Les Pieux », « de l'Ain », the "for" of "for the Echo Arena" — or the word right before the name.
 */
function linkBefore(doc: Doc, first: number): number {
  const { tokens, lang } = doc;
  let k = first - 1;
  if (isApostrophe(tokens[k])) k--;
  if (isWord(tokens[k]) && lang.determiners.has(tokens[k].lower) && isWord(tokens[k - 1]) && lang.nameConnectors.has(tokens[k - 1].lower)) k--;
  return k;
}

/**
 * "often called the "Capital of the Surf"", « surnommée « la Dame de fer » »: a name alone in marks after a verb that
 * names is what something is called, an epithet, not someone.
 */
function epithet(doc: Doc, c: Candidate): boolean {
  const { tokens, lang, quotations } = doc;
  const q = quotations[tokens[c.first].quote];
  if (!q || tokens[c.last].quote != tokens[c.first].quote) return false;
  let k = q.first;
  while (k < c.first && isWord(tokens[k]) && lang.determiners.has(tokens[k].lower)) k++;
  let end = q.last;
  while (end > c.last && tokens[end].kind == 'punct') end--;
  if (k != c.first || end != c.last) return false;
  let v = q.open - 1;
  while (v > q.open - 3 && isWord(tokens[v]) && lang.determiners.has(tokens[v].lower)) v--;
  return isWord(tokens[v]) && lang.namingVerbs.has(tokens[v].lower);
}

/** Whether the name at `first` follows a person's title and the connector of a domain: "Commissioner for [Human Rights]". */
function titleDomain(doc: Doc, first: number): boolean {
  const { tokens, lang } = doc;
  const k = linkBefore(doc, first);
  const connector = tokens[k];
  // ("A spokesman for the Echo Arena", "director for Oxfam": those who work for a body are not its domain.)
  const title = tokens[k - 1];
  // ("Minister of Agrarian Development": a minister's complement is the domain whatever the connector.)
  const domain = isWord(connector) && !connector.cap && (lang.domainConnectors.has(connector.lower) || (lang.nameConnectors.has(connector.lower) && lang.domainTitles.has(title?.lower ?? '')));
  return domain && isTitle(title, lang) && !lang.employerTitles.has(title.lower);
}

/**
 * Whether the words from token `first` complete a lower-case common noun through « de », "of" (an article allowed):
 * « la centrale de [Flamanville] », « un membre de [l'entreprise] », « des camarades de [l'EFB] ».
 */
export function completesNoun(doc: Doc, first: number): boolean {
  const { tokens, lang } = doc;
  const k = linkBefore(doc, first);
  const connector = tokens[k];
  // Only a preposition links a noun to its complement: « savoir la CFDT », "and the UN" are not « de », "of".
  if (!isWord(connector) || connector.cap || !lang.nameConnectors.has(connector.lower) || lang.determiners.has(connector.lower) || lang.coordinators.has(connector.lower)) return false;
  const noun = tokens[k - 1];
  return isWord(noun) && !noun.cap && !noun.digits && !lang.stopwords.has(noun.lower) && !lang.sayVerbs.has(noun.lower) && !lang.isParticiple(noun.lower) && noun.sentence == tokens[first].sentence;
}

/**
 * « la Russie et les États-Unis sont… », "China and Russia said": a name in a list of names that is its clause's
 * subject acts with the others; "between Egypt and Israel", "the United States, Canada and India" do not.
 */
function coordinated(doc: Doc, c: Candidate): boolean {
  const { tokens, lang } = doc;
  const linker = (k: number) => isWord(tokens[k]) && !tokens[k].cap && (lang.coordinators.has(tokens[k].lower) || lang.determiners.has(tokens[k].lower) || isApostrophe(tokens[k]));
  const joins = (k: number) => tokens[k]?.text == ',' || isApostrophe(tokens[k]) || linker(k);
  // The list: capitalised words joined by commas, coordinators and articles, within the sentence.
  let first = c.first;
  let last = c.last;
  const sentence = tokens[c.first].sentence;
  while (first > 0 && tokens[first - 1].sentence == sentence && (tokens[first - 1].cap || joins(first - 1))) first--;
  while (first < c.first && !tokens[first].cap) first++;
  while (last + 1 < tokens.length && tokens[last + 1].sentence == sentence && (tokens[last + 1].cap || joins(last + 1))) last++;
  while (last > c.last && !tokens[last].cap) last--;
  const listed = tokens.slice(first, last + 1).some((t) => isWord(t) && lang.coordinators.has(t.lower));
  if (!listed || (first == c.first && last == c.last)) return false;
  // « alors que la Russie et les États-Unis se préparent »: a list right before its verb (a reflexive pronoun
  // allowed between) is that verb's subject, wherever the clause stands.
  const verb = isWord(tokens[last + 1]) && lang.reflexives.has(tokens[last + 1].lower) ? last + 1 : last;
  return isSubject(doc, { ...c, first, last }) || governsVerb(doc, verb) || (verb > last && !!tokens[verb + 1] && !tokens[verb + 1].cap && isWord(tokens[verb + 1]));
}

function countConnectors(tokens: Token[], c: Candidate, lang: Lang): number {
  let n = 0;
  for (let k = c.first; k <= c.last; k++) if ((!tokens[k].cap && !isParticleName(tokens[k])) || lang.nameConnectors.has(tokens[k].lower)) n++;
  return n;
}

interface Group {
  /** Token index where each full (multi-word) form starts, in text order: short forms join the nearest before them. */
  fullStarts: number[];
  name: string;
  kind: ActorKind;
  role?: string;
  confidence: number;
  forms: Set<string>;
  members: Candidate[];
  words: string[];
}

/** How many accents a name's letters carry: of two spellings of one name, the one with more is right. */
const accents = (name: string) => name.normalize('NFD').length - name.length;

/** « Eric Drouet » is « Éric Drouet », « comité Nobel » is « Comité Nobel »: the press often leaves capitals unaccented, and capitalises a name's inner words or not, so names compare without accents or case. */
class FoldedMap<V> extends Map<string, V> {
  // (Most names are plain ASCII: nothing to fold.)
  private static fold = (name: string) => (/[^\x00-\x7f]/.test(name) ? name.normalize('NFD').replace(/\p{M}/gu, '') : name).toLowerCase();
  static same = (a: string, b: string) => FoldedMap.fold(a) == FoldedMap.fold(b);
  override get(name: string) {
    return super.get(FoldedMap.fold(name));
  }
  override set(name: string, value: V) {
    return super.set(FoldedMap.fold(name), value);
  }
  override has(name: string) {
    return super.has(FoldedMap.fold(name));
  }
}

/** Merges short forms into full names (Tokayev, M. Tokayev → Kassym-Jomart Tokayev) and acronyms into what they abbreviate. */
function merge(doc: Doc, candidates: Candidate[]): Group[] {
  const { tokens, lang } = doc;
  const groups: Group[] = [];
  const byName = new FoldedMap<Group>();
  const byLastWord = new Map<string, Group[]>();
  const byHead = new Map<string, Group[]>();
  const add = (c: Candidate, kind: ActorKind, confidence: number): Group => {
    const g: Group = { fullStarts: [], name: c.name, kind, role: c.role, confidence, forms: new Set(), members: [], words: c.name.split(/[\s']+/) };
    groups.push(g);
    byName.set(c.name, g);
    // "The Onion" is "Onion" where a sentence opens on it: a title's article may be read as the sentence's capital.
    if (kind == 'organization' && c.last > c.first && lang.determiners.has(tokens[c.first].lower)) {
      const bare = textOf(doc.text, tokens, c.first + 1, c.last);
      if (!byName.has(bare)) byName.set(bare, g);
    }
    if (kind == 'person') {
      // "Nouri al-Maliki" is "Maliki" too: a surname's article drops when it is written alone.
      const last = tokens[c.last].text;
      const [article, bare] = last.split(/-(?=\p{Lu})/u);
      const keys = bare && lang.surnameArticles.has(article.toLowerCase()) ? [last, bare] : [last];
      // ("Luiz Inácio Lula da Silva" is "Lula" too: a surname joined by a particle may be written by its first word.)
      const particle = c.last - 2 > c.first && !tokens[c.last - 1].cap && lang.nameConnectors.has(tokens[c.last - 1].lower) ? c.last - 2 : -1;
      if (particle > c.first && tokens[particle].cap) keys.push(tokens[particle].text);
      for (const key of keys) addTo(byLastWord, key, g);
    } else if (c.last > c.first) {
      // ("the Church" for "Westboro Baptist Church": where heads come last, the body's word closing the name heads it too.)
      const closing = tokens[c.last].text;
      // (Not a word that names its own body alone: "Senate Democrats" are not all "Democrats".)
      const heads = lang.headLast && lang.orgWords.has(closing.toLowerCase()) && !lang.bodiesNamedAlone.has(closing.toLowerCase()) ? [tokens[c.first].text, closing] : [tokens[c.first].text];
      for (const head of heads) addTo(byHead, head, g);
    }
    return g;
  };
  const byLastToken = new Map<number, Group>();
  const join = (g: Group, c: Candidate) => {
    g.members.push(c);
    byLastToken.set(c.last, g);
    if (!byName.has(c.name)) byName.set(c.name, g);
    if (c.last > c.first) g.fullStarts.push(c.first);
    // (Of the same name with and without its accents, the accented spelling is the right one.)
    if (c.name != g.name && FoldedMap.same(c.name, g.name) && accents(c.name) > accents(g.name)) {
      g.forms.add(g.name);
      g.name = c.name;
    } else if (c.name != g.name) g.forms.add(c.name);
    if (c.titled && c.titled != g.name) g.forms.add(c.titled);
    g.role ??= c.role;
    g.confidence = Math.max(g.confidence, Math.min(0.95, c.evidence + 0.05));
  };
  // The organisation whose name a bracket opens right after, when `c` is the first or a later name inside it.
  const bracketOwner = (c: Candidate): Group | undefined => {
    let k = c.first - 1;
    for (let n = 0; n < 12 && k > 0 && tokens[k].text != '('; n++, k--) if (tokens[k].text == ')' || tokens[k].sentence != tokens[c.first].sentence) return undefined;
    const owner = tokens[k]?.text == '(' ? byLastToken.get(k - 1) : undefined;
    return owner && (owner.kind == 'organization' || k == c.first - 1) ? owner : undefined;
  };
  // Full names first, so that a short form met before its full name (rare in news) still finds it. « Le Roux » after
  // « Bruno Le Roux » is a short form, its particle kept: it joins the person by its last word below.
  const particleLed = (c: Candidate) => tokens[c.first].cap && lang.nameConnectors.has(tokens[c.first].lower);
  const surnames = new Set(candidates.filter((c) => c.last > c.first && c.kind == 'person' && !particleLed(c)).map((c) => tokens[c.last].text));
  const multi = candidates.filter((c) => c.last > c.first && !(particleLed(c) && surnames.has(tokens[c.last].text)));
  const fullName = new Set(multi);
  const bodiesActing = new Set(multi.filter((c) => c.acts).map((c) => c.name));
  // « E. Macron », "J. Smith": an initial then a surname, read once every name in full is known.
  const initialLed = (c: Candidate) => c.kind != 'organization' && /^\p{Lu}$/u.test(tokens[c.first].text) && tokens[c.first + 1]?.text == '.';
  for (const c of [...multi.filter((c) => !initialLed(c)), ...multi.filter(initialLed)]) {
    // A full name written again is the same actor, even where nothing around it says it acts.
    if (!c.evidence && (c.kind != 'organization' || c.vessel || c.thing) && !byName.has(c.name)) continue;
    // « le gouvernement de Tokayev », merely mentioned, is a person's government; « se défend le cabinet de M. Le
    // Roux », « l'entourage de Fillon explique »: a body that speaks or acts is an organisation of its own.
    if (c.kind == 'organization' && !tokens[c.first].cap && surnames.has(tokens[c.last].text) && !bodiesActing.has(c.name)) continue;
    // "Action Against Hunger (Action Contre La Faim, ACF)": a name in brackets after a body's is that body's name in
    // another language or its acronym; a given name there is a person's (« la CGT (Philippe Martinez) »).
    const owner = bracketOwner(c);
    if (owner?.kind == 'organization' && !givenName(tokens[c.first].lower, lang.code)) {
      join(owner, c);
      continue;
    }
    // « la Société des journalistes (SDJ) d'I-Télé », then « la SDJ d'I-Télé »: an acronym already read as a body's,
    // with the complement the full name had after its bracket, is that body.
    const acronym = tokens[c.first].upper && lang.nameConnectors.has(tokens[c.first + 1]?.lower ?? '') ? tokens[c.first].text : undefined;
    const acronymOwner = acronym ? groups.find((g) => g.kind == 'organization' && initials(g.words, lang).includes(acronym)) : undefined;
    if (acronymOwner) {
      join(acronymOwner, c);
      continue;
    }
    // « E. Macron » and « Emmanuel Macron »: the one person of that surname whose given name opens with the initial.
    const sameInitial = initialLed(c) && !byName.has(c.name) ? (byLastWord.get(tokens[c.last].text) ?? []).filter((g) => g.words.length > 1 && g.words[0].length > 1 && g.words[0][0] == tokens[c.first].text) : [];
    if (sameInitial.length == 1) {
      join(sameInitial[0], c);
      continue;
    }
    // (« Le Canard enchaîné » after « Canard enchaîné » opening a sentence: the title without its article is the same.)
    const bare = c.kind == 'organization' && c.last > c.first + 1 && lang.determiners.has(tokens[c.first].lower) ? byName.get(textOf(doc.text, tokens, c.first + 1, c.last)) : undefined;
    const g = byName.get(c.name) ?? bare ?? add(c, c.kind == 'unknown' ? 'person' : c.kind, c.evidence);
    join(g, c);
  }
  // "David Thouless" after "David J. Thouless", « Hans Hansson » after « Thomas Hans Hansson »: a name without its
  // middle name, or without the first of its words, is the one person whose longer name holds it.
  for (const short of [...groups]) {
    const w = short.words;
    if (short.kind != 'person' || w.length < 2) continue;
    const holds = (g: Group) => g.words[0] == w[0] || g.words.slice(-w.length).join(' ') == w.join(' ');
    const longer = groups.filter((g) => g != short && g.kind == 'person' && g.members.length && g.words.length > w.length && g.words[g.words.length - 1] == w[w.length - 1] && holds(g));
    if (longer.length != 1) continue;
    for (const c of short.members) join(longer[0], c);
    short.members = [];
    byName.set(short.name, longer[0]);
    for (const [key, list] of byLastWord) if (list.includes(short)) byLastWord.set(key, list.filter((g) => g != short));
  }
  // "Supreme Court" beside "U.S. Supreme Court", « Cour suprême » beside « Cour suprême américaine », "Sandy Hook
  // Elementary" beside "Sandy Hook Elementary School": a body's name without the country that qualifies it, or without
  // its body's word, is the one body whose longer name holds it.
  const qualifier = (word: string) => countryNames(lang.code).has(word.toLowerCase()) || isDemonym(word, lang) || /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,3}$/u.test(word);
  const bodyWord = (word: string) => /^\p{Lu}/u.test(word) && lang.orgWords.has(word.toLowerCase());
  // (Indexed once: each body's shorter names, by the words they keep.)
  const holders = new Map<string, Group[]>();
  const hold = (key: string[], g: Group) => addTo(holders, key.join(' '), g);
  for (const g of groups) {
    const n = g.words.length;
    if (g.kind != 'organization' || n < 3) continue;
    for (let k = 2; k < n; k++) {
      if (g.words.slice(0, n - k).every(qualifier)) hold(g.words.slice(n - k), g);
      const rest = g.words.slice(k);
      if (rest.every(qualifier) || rest.every(bodyWord)) hold(g.words.slice(0, k), g);
    }
  }
  for (const short of [...groups]) {
    const w = short.words;
    if (w.length < 2 || !short.members.length || short.kind == 'place') continue;
    const longer = (holders.get(w.join(' ')) ?? []).filter((g) => g != short && g.members.length);
    // (A person's name is a body's only where the body adds its body's word: "Sandy Hook Elementary School".)
    if (longer.length != 1 || (short.kind == 'person' && !longer[0].words.slice(w.length).every(bodyWord))) continue;
    for (const c of short.members) join(longer[0], c);
    short.members = [];
    byName.set(short.name, longer[0]);
    for (const [key, list] of byLastWord) if (list.includes(short)) byLastWord.set(key, list.filter((g) => g != short));
  }
  // (Names led by an initial were read last: each person's full forms back in text order, for nearestBefore.)
  for (const g of groups) g.fullStarts.sort((a, b) => a - b);
  // « Norrie » after « Norrie Aitchison », « Lai » after « Lai Changxing »: a given name, or a surname written
  // first, points to the one person whose full name opens with it.
  const byFirstWord = new Map<string, Group[]>();
  for (const g of groups) if (g.kind == 'person' && g.words.length >= 2) addTo(byFirstWord, g.words[0], g);
  const byFirstWordOfOne = (word: string): Group[] | undefined => (byFirstWord.get(word)?.length == 1 ? byFirstWord.get(word) : undefined);
  // The bodies named in full, by the initials of their words, for the acronyms that stand for them.
  const byInitials = new Map<string, Group[]>();
  for (const g of groups) {
    if (g.kind != 'organization') continue;
    for (const letters of new Set(initials(g.words, lang))) addTo(byInitials, letters, g);
  }
  // Single words: a person's surname, an organisation's head word, an acronym in brackets after its name, or a name of its own.
  const namedAsPlace = new Set<string>();
  for (const c of candidates) if (c.last == c.first && !c.complement && c.place) namedAsPlace.add(c.name);
  // « les crédits accordés à Airbus » and « Airbus « coopère pleinement » »: a name that speaks or acts somewhere is no place.
  for (const c of candidates) if (c.acts && !countryNames(lang.code).has(c.name.toLowerCase())) namedAsPlace.delete(c.name);
  for (const c of candidates) {
    if (fullName.has(c) || c.notActor) continue;
    const persons = byLastWord.get(tokens[c.last].text) ?? byFirstWordOfOne(c.name);
    if (persons?.length) {
      join(nearestBefore(persons, c) ?? persons[0], c);
      continue;
    }
    const owner = bracketOwner(c);
    // ("Morgan Tsvangirai (MDC)", « Éric Ciotti (LR) »: an acronym in brackets after someone is their party, unless it
    // spells their name, "John Fitzgerald Kennedy (JFK)".)
    const party = owner?.kind == 'person' && !initials(owner.words, lang).includes(c.name);
    if (owner && /^\p{Lu}{2,}$/u.test(c.name) && !party) {
      join(owner, c);
      continue;
    }
    // « le Parti socialiste » then « le PS », "the World Health Organization" then "the WHO": an acronym no name
    // bears is the one body whose words it spells.
    const spelled = !byName.has(c.name) && /^\p{Lu}{2,6}$/u.test(c.name) ? byInitials.get(c.name) ?? [] : [];
    if (spelled.length == 1) {
      join(spelled[0], c);
      continue;
    }
    // « la préfecture » after « Préfecture de la Manche »: an institution's noun joins the one name it heads.
    const noun = tokens[c.first].text;
    const heads = c.lone ? byHead.get(noun) ?? byHead.get(noun[0].toUpperCase() + noun.slice(1)) : byHead.get(c.name);
    // "Valve" after "Valve Corporation", "Airbus" after "Airbus Group": a name whose body's word is dropped.
    const suffixed = heads?.length == 1 && heads[0].words.slice(1).every((w) => /^\p{Lu}/u.test(w) && lang.orgWords.has(w.toLowerCase()));
    if (heads?.length == 1 && (lang.orgWords.has(c.name.toLowerCase()) || c.lone || suffixed)) {
      join(heads[0], c);
      continue;
    }
    // « le Front » after « le Front al-Nosra » and « le Front Fatah al-Cham »: a body's word alone, where several names
    // open with it, is the one named last before it.
    const lastNamed = heads && heads.length > 1 && (lang.orgWords.has(c.name.toLowerCase()) || c.lone) ? nearestBefore(heads, c) : undefined;
    if (lastNamed) {
      join(lastNamed, c);
      continue;
    }
    // "the Court", « le Conseil » with no name it heads: a body's word alone names no one unless it acts (« le Sénat »,
    // "Congress" name their body alone).
    const word = c.name.toLowerCase();
    if (!heads && !c.lone && !c.acts && c.first == c.last && lang.orgWords.has(word) && !lang.bodiesNamedAlone.has(word)) continue;
    // A word ever written after a place preposition (« au Kazakhstan ») is a place unless a title says otherwise;
    // one inside a quotation needs evidence from outside it. A bare word that never acts is no actor however often
    // it recurs ("Muslim", "World", "Bill" as a name for a bill).
    const weak = (namedAsPlace.has(c.name) && c.evidence < 0.85) || (tokens[c.first].quote >= 0 && c.kind != 'organization');
    const evidence = weak ? 0 : c.evidence;
    if (!evidence || c.place) {
      const g = byName.get(c.name);
      if (g) join(g, c);
      continue;
    }
    const g = byName.get(c.name) ?? add(c, c.kind == 'unknown' ? (c.titled ? 'person' : 'organization') : c.kind, evidence);
    join(g, c);
  }
  return groups;
}

/**
 * The acronyms a name of two content words or more can be written as: its words' initials, with or without its
 * connectors and articles — and those of the name without a place it ends on (« l'Agence régionale de santé
 * d'Occitanie » is « l'ARS »).
 */
function initials(words: readonly string[], lang: Lang): string[] {
  const initial = (w: string) => w[0].normalize('NFD')[0].toUpperCase();
  const parts = words.flatMap((w) => w.split(/[-’']/)).filter(Boolean);
  const skip = (w: string) => lang.nameConnectors.has(w.toLowerCase()) || lang.determiners.has(w.toLowerCase()) || lang.elisions.has(w.toLowerCase());
  const content = parts.filter((w) => !skip(w));
  if (content.length < 2) return [];
  const forms = [content.map(initial).join(''), parts.map(initial).join('')];
  // (The complement after the last connector, capitalised: « d'Occitanie », "of Canada".)
  let cut = parts.length - 1;
  while (cut > 0 && !skip(parts[cut])) cut--;
  const head = cut > 0 && /^\p{Lu}/u.test(parts[parts.length - 1]) ? parts.slice(0, cut).filter((w) => !skip(w)) : [];
  if (head.length >= 2) forms.push(head.map(initial).join(''));
  return forms;
}

function nearestBefore(groups: Group[], c: Candidate): Group | undefined {
  if (groups.length == 1) return groups[0];
  let best: Group | undefined;
  let at = -1;
  for (const g of groups) {
    // Binary search: the last full form of this person before the short form.
    let lo = 0;
    let hi = g.fullStarts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (g.fullStarts[mid] < c.first) (found = g.fullStarts[mid]), (lo = mid + 1);
      else hi = mid - 1;
    }
    if (found > at) (best = g), (at = found);
  }
  return best;
}

/** Whether the mention opens its sentence (after a dated opener), comes straight before a verb, or is named as a source. */
function isSubject(doc: Doc, c: Candidate): boolean {
  const { tokens, lang, sentences } = doc;
  // ("Australia", "The Bahamas" alone on their line: a heading names what follows, it is no clause.)
  const line = sentences[tokens[c.first].sentence];
  const alone = (k: number) => (k >= c.first && k <= c.last) || tokens[k].kind == 'punct' || lang.determiners.has(tokens[k].lower);
  const short = line.last - line.first <= c.last - c.first + 3;
  if (short && (tokens[line.last + 1]?.gap.includes('\n') ?? true) && tokens[line.first].gap != ' ' && tokens.slice(line.first, line.last + 1).every((_, j) => alone(line.first + j))) return false;
  const before = tokens[c.first - 1];
  if (before && phraseEndsAt(tokens, c.first - 1, lang.sourcePhrases)) return true;
  // « Concernant le RIC (…), il dit »: a name in an opener that a comma and a subject pronoun close is not the subject.
  let end = c.last + 1;
  if (tokens[end]?.text == '(') while (end < c.last + 12 && tokens[end] && tokens[end].text != ')') end++;
  if (tokens[end]?.text == ')') end++;
  // (« Pour Moscovici, il s'agit… » gives whose view it is.)
  const s0 = sentences[tokens[c.first].sentence].first;
  const viewOf = isWord(tokens[s0]) && lang.openingSources.has(tokens[s0].lower);
  const pronoun = tokens[end + 1];
  const personal = isWord(pronoun) && lang.pronouns.has(pronoun.lower) && lang.subjectClitics.has(pronoun.lower) && !lang.impersonalWords.has(tokens[end + 2]?.lower ?? '');
  if (tokens[end]?.text == ',' && personal && !viewOf) return false;
  const s = sentences[tokens[c.first].sentence];
  let k = s.first;
  // « Mercredi, le président Tokayev », "On Monday, Sumwalt": skip a dated or adverbial opener and its comma; one
  // that opens on a preposition may be long (« Selon une étude publiée par la revue…, François Hammer… »).
  // (So may one that opens on a participle: « Invitée de la matinale de Radio Alpes, la maire… », "Asked about it, X".)
  const participle = isWord(tokens[k]) && (lang.isPastParticiple(tokens[k].lower) || lang.isParticiple(tokens[k].lower));
  // (And any opener at all whose comma the name, or its title, comes right after: « Ancien footballeur reconverti dans
  // la restauration, Yacine Belkacem vient… ».)
  const opener = (reach: number) => {
    let j = s.first;
    for (let n = 0; n < reach && j < c.first; n++) if (tokens[j++].text == ',') break;
    return tokens[j - 1]?.text == ',' ? j : s.first;
  };
  // (One with a verb of its own is a clause, not an opener: "The politician was greeted by the First Lady, Carla…"; one
  // with a name in it, a list: "Others included skater Philippe Candeloro, footballer Sylvain Wiltord".)
  const clause = (to: number) =>
    tokens.slice(s.first + 1, to).some((t) => isWord(t) && (t.cap || lang.auxiliaries.has(t.lower) || lang.beAuxiliaries.has(t.lower) || lang.sayVerbs.has(t.lower)));
  const long = opener(30);
  const reach = isWord(tokens[k]) && (lang.openerPrepositions.has(tokens[k].lower) || participle) ? 30 : 6;
  k = (long == c.first || long == roleBefore(doc, c.first).from) && !clause(long) ? long : opener(reach);
  // Only a name near its sentence's start (past its opener) can be its subject: looking no further keeps the stage
  // linear in a long sentence (a pasted list with no full stops).
  // "Vice President of Taxpayers for Common Sense, Steve Ellis, offered…": a title before the name opens with it.
  const from = roleBefore(doc, c.first).from;
  if (c.first - k <= 12 || from - k <= 12) {
    let gap = 0;
    // "Somalia's Prime Minister Abdiweli Mohamed Ali said", "Apple CEO Tim Cook said": a name before the title
    // qualifies it, like an article.
    const possessive = (j: number) => possessiveAfter(tokens, j) && j + 3 == from;
    const qualifier = (j: number) => from < c.first && tokens.slice(j, from).every((t) => isWord(t) && t.cap && !isTitle(t, lang));
    for (let j = k; j < from; j++) {
      if (possessive(j) || qualifier(j)) break;
      // ("Line worker Jamal Carter said": a noun for what someone does is a title too.)
      const trade = isWord(tokens[j]) && !tokens[j].cap && j + 1 == from && !lang.pluralNoun.test(tokens[j].lower) && (lang.sourceNouns.has(tokens[j].lower) || lang.agentNoun.test(tokens[j].lower));
      if (isWord(tokens[j]) && !lang.determiners.has(tokens[j].lower) && !isTitle(tokens[j], lang) && !trade) gap++;
    }
    if (gap <= 1) return true;
  }
  // « L'avocat de la famille, Me Jean Tamalet, a indiqué »: a name between commas right before the verb is the
  // subject the description opening the sentence announced.
  const apposed = tokens[from - 1]?.text == ',' && tokens[c.last + 1]?.text == ',' && governsVerb(doc, c.last + 1);
  return apposed || governsVerb(doc, c.last);
}

/** Whether the word after token `last` is a verb the name governs: « X a déclaré », "X said", "X underlined". */
function governsVerb(doc: Doc, last: number): boolean {
  const { tokens, lang } = doc;
  const at = pastInsert(doc, last + 1);
  const next = tokens[at];
  return isWord(next) && (lang.agencyFollowers.has(next.lower) || lang.sayVerbs.has(next.lower) || (!next.cap && lang.isPastVerb(next.lower, tokens[at - 1].lower)));
}

/**
 * « Pôle emploi », « Gilets jaunes », « Cour suprême »: where a name goes on in lower case, capitals cannot tell where
 * it ends; an organisation the tagger is sure of, opening where the run does, says how far it goes.
 */
function extendToTagged(doc: Doc, c: Candidate, tagged: readonly (TaggedEntity | undefined)[]): void {
  const e = tagged[c.first];
  if (!e || e.type != 'ORG' || e.score < TAGGER_SURE || e.first != c.first || e.last <= c.last || c.kind == 'person') return;
  const { tokens, lang } = doc;
  for (let k = c.last + 1; k <= e.last; k++) if (!isWord(tokens[k]) || tokens[k].cap || tokens[k].digits || lang.stopwords.has(tokens[k].lower)) return;
  c.last = e.last;
  c.name = textOf(doc.text, tokens, c.first, c.last);
}

/**
 * « La maire de Paris Anne Hidalgo et le Conseil français du culte musulman ont condamné »: of names coordinated before
 * a plural verb, the first is a subject too, the one a later pronoun or verb most likely goes back to.
 */
function markCoordinatedSubjects(doc: Doc, mentions: Mention[]): void {
  const { tokens, lang } = doc;
  for (let i = 1; i < mentions.length; i++) {
    const [first, second] = [mentions[i - 1], mentions[i]];
    if (first.subject || !second.subject || !coordinatedNames(doc, first, second)) continue;
    if (isWord(tokens[second.last + 1]) && lang.pluralVerb.test(tokens[second.last + 1].lower)) first.subject = true;
  }
}

/** Whether only a coordinator, lower-case words and titles join two mentions: « X et la préfète Y », "X and Governor Y". */
export function coordinatedNames(doc: Doc, first: Mention, second: Mention): boolean {
  const { tokens, lang } = doc;
  if (first.last >= second.first || tokens[first.first].sentence != tokens[second.first].sentence) return false;
  const between = tokens.slice(first.last + 1, second.first);
  return between.some((t) => lang.coordinators.has(t.lower)) && between.every((t) => (isWord(t) && (!t.cap || isTitle(t, lang))) || isApostrophe(t));
}

/** Stage 2: people and organisations, with their roles, aliases and every mention. */
export function findActors(doc: Doc): ActorsResult {
  const tagged = taggedNames(doc);
  const candidates = withOwners(doc, expandAcronyms(doc, findCandidates(doc)));
  for (const c of candidates) extendToTagged(doc, c, tagged);
  for (const c of candidates) weigh(doc, c, tagged);
  shareListKinds(doc, candidates);
  dropVessels(doc, candidates);
  // A name written only on lines in another language is read by that language's grammar, not ours.
  const written = (g: Group) => g.members.some((m) => !doc.sentences[doc.tokens[m.first].sentence].foreign);
  const groups = merge(doc, candidates).filter((g) => g.members.length && written(g));
  const ids = new Set<string>();
  const actors: Actor[] = [];
  const mentions: Mention[] = [];
  const genders: ActorsResult['genders'] = [];
  groups.forEach((g) => {
    genders.push(genderOf(doc, g));
    // The fullest form written is the canonical name; ids are its slug, made unique in text order.
    let id = slugify(g.name) || 'actor';
    for (let n = 2; ids.has(id); n++) id = `${slugify(g.name) || 'actor'}-${n}`;
    ids.add(id);
    const index = actors.length;
    const spans: Span[] = [];
    for (const m of g.members.sort((a, b) => a.first - b.first)) {
      const start = doc.tokens[m.first].start;
      const end = doc.tokens[m.last].end;
      spans.push([start, end]);
      mentions.push({ actor: index, start, end, first: m.first, last: m.last, subject: isSubject(doc, m), governs: governsVerb(doc, m.last) });
    }
    // Named once, an organisation or a name of three words and more is right four times in five at most (tune half):
    // short of sure, whatever its shape says.
    const once = spans.length == 1 && (g.kind == 'organization' || g.words.length >= 3);
    // A person's name with no given name we know, no title and no role ("East Jerusalem", "Main Jaune" read as
    // someone) was wrong one time in two on the tune half at the sure band: never sure.
    const bare = g.kind == 'person' && !g.role && !g.members.some((m) => m.titled) && !givenName(g.words[0].toLowerCase(), doc.lang.code);
    const confidence = once || bare ? Math.min(g.confidence, ONCE_CEILING) : g.confidence;
    const actor: Actor = { id, name: g.name, kind: g.kind, aliases: [...g.forms], mentions: spans, confidence: round(confidence) };
    if (g.role) actor.role = g.role;
    actors.push(actor);
  });
  mentions.sort((a, b) => a.start - b.start);
  markCoordinatedSubjects(doc, mentions);
  // One subject per sentence, the first: in "Swire believes al-Megrahi was…" the embedded subject is not
  // who a later « he » means. But in "Whitecaps centre back Omar Jarun underlined…" the name right before the verb is
  // the subject, and the one before it only qualifies it.
  let kept: Mention | undefined;
  for (const m of mentions) {
    if (!m.subject) continue;
    if (!kept || doc.tokens[m.first].sentence != doc.tokens[kept.first].sentence) {
      kept = m;
      continue;
    }
    const between = doc.tokens.slice(kept.last + 1, m.first);
    const qualifies =
      m.first - kept.last <= 4 &&
      // ("Saleh Kinyongo of the Humanitarian Affairs Ministry revised": what completes the name is whom he works for.)
      // (« Sophia Aram sur France Inter a affirmé »: a name after a preposition is where, not who.)
      between.every((t) => isWord(t) && !t.cap && !doc.lang.coordinators.has(t.lower) && !doc.lang.nameConnectors.has(t.lower) && !doc.lang.stopwords.has(t.lower)) &&
      !governsVerb(doc, kept.last) &&
      governsVerb(doc, m.last);
    // « Le président de l'Association des collaborateurs, Nicolas Thibault, a… »: a name inside a person's title is
    // not the subject; the person is.
    // So is "Somalia's" in "Somalia's Prime Minister Abdiweli Mohamed Ali", and "Apple" in "Apple CEO Tim Cook".
    const inTitle = actors[m.actor].kind == 'person' && (roleBefore(doc, m.first).from <= kept.first || qualifiesTitle(doc, kept.last, m.first));
    if (qualifies || inTitle) (kept.subject = false), (kept = m);
    else m.subject = false;
  }
  return { actors, mentions, genders };
}
