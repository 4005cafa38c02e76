import type { Quote } from '../../data/types.js';
import { type ActorsResult, completesNoun, coordinatedNames, impersonalAfterOpener, type Mention, saidOn } from './actors.js';
import type { Doc, Quotation, Sentence, Token } from './document.js';
import { addTo, isApostrophe, isPresentParticiple, lastAtOrBefore, phraseAt, phraseEndsAt, possessiveAfter, round, textOf } from './util.js';
import { afterPlacePreposition, isNameToken, isTitle, pastInsert, residentShape } from './names.js';
import { isDemonym } from './places.js';
import { qualifiesTitle, roleHead } from './roles.js';
import { countWords, cueText, documentNounBefore, type Incise, inciseIn, isNounThere, roleNoun, sayPhraseAt, speaksForSomeoneElse } from './quote-shapes.js';
import { beforeInsertion, groupSubject, qualifiesDocument, unclosedApposition, unnamedRightBefore } from './clause-subjects.js';

/** A quote with where its attribution was found, for dating it later. */
export interface FoundQuote {
  quote: Quote;
  /** Token index of the attributing verb, or -1. */
  cueToken: number;
  /** Offsets just inside the opening mark and just after the closing mark. */
  openStart: number;
  closeEnd: number;
}

type Resolution = { actor?: number; how: 'named' | 'role' | 'pronoun' | 'unnamed'; near: boolean };

// Past this many tokens an attribution no longer governs the quotation (a long sentence wanders off).
const REACH = 40;

const isWord = (t: Token | undefined): t is Token => !!t && t.kind == 'word';

/** Stage 3: direct quotations with their speaker, resolved by name, role, pronoun or the previous quote. */
export function findQuotes(doc: Doc, found: ActorsResult): FoundQuote[] {
  const { tokens, lang, sentences, quotations, text } = doc;
  const { mentions, actors, genders } = found;
  // Facts of each actor the cue search asks again and again, read once: a long text has thousands of actors.
  const roleNouns = actors.map((a) => roleNoun(a, lang));
  const holdersOfTitle = new Map<string, number[]>();
  roleNouns.forEach((noun, i) => {
    if (!noun) return;
    addTo(holdersOfTitle, noun, i);
  });
  /** The holders of the titles that share the stem of `title`: « présidente » for « président ». */
  const holdersOfStem = (title: string): number[] => [...holdersOfTitle].flatMap(([noun, ids]) => (noun.slice(0, ROLE_STEM) == title.slice(0, ROLE_STEM) ? ids : []));
  // The people whose role holds a word of each stem (see `roleEcho`), indexed once.
  const roleStems = new Map<string, number[]>();
  actors.forEach((a, i) => {
    if (a.kind != 'person' || !a.role) return;
    const stems = new Set(a.role.toLowerCase().split(/[\s'’]+/).filter((w) => w.length >= ROLE_STEM).map((w) => w.slice(0, ROLE_STEM)));
    for (const stem of stems) addTo(roleStems, stem, i);
  });
  const organisations = actors.flatMap((a, i) => (a.kind == 'organization' ? [i] : []));
  const nameWords = actors.map((a) => new Set([a.name, a.role ?? '', ...a.aliases].flatMap((f) => f.toLowerCase().split(/[\s'’-]+/))));
  // Who spoke each quote so far, in order; -1 for a source the text does not name (« une source », "officials").
  const spoke: { start: number; actor: number }[] = [];
  const out: FoundQuote[] = [];
  // For each quote of `out`: the sentence it opens in, and whether its speaker is only the previous sentence's subject.
  const placed: { sentence: number; fromSentenceBefore: boolean }[] = [];
  let previous: { q: Quotation; speaker?: number; sentence: number } | undefined;
  // The mentions a pronoun may stand for: the names, and the descriptions of someone that open a sentence.
  let subjects: Mention[] = mentions;

  const isCue = (k: number): boolean => {
    const t = tokens[k];
    // (« a-t-on appris auprès du parquet »: a verb of learning names its source after it.)
    const learned = isWord(t) && lang.isPastParticiple(t.lower) && lang.learnedFrom.some((ph) => phraseAt(tokens, k + 1, ph));
    return isWord(t) && t.quote < 0 && !insideName(k) && (lang.invertedPronoun(t.text) || lang.invertedImpersonal(t.text) || (lang.sayVerbs.has(t.lower) && !isNounThere(doc, k)) || sayPhraseAt(doc, k) || learned || documentReads(k));
  };
  // '"…," read a statement by the ministry': "read" speaks only with the document it reads from right after it.
  const documentReads = (k: number): boolean => {
    const [article, noun] = [tokens[k + 1], tokens[k + 2]];
    return lang.documentReadVerbs.has(tokens[k].lower) && isWord(article) && lang.determiners.has(article.lower) && isWord(noun) && lang.documentNouns.has(noun.lower);
  };
  // "the United States President": a capitalised word right after another, inside the sentence, is a name's, not a verb.
  const insideName = (k: number): boolean => {
    const prev = tokens[k - 1];
    return tokens[k].cap && isWord(prev) && prev.cap && tokens[k].gap == ' ' && prev.sentence == tokens[k].sentence && sentences[prev.sentence].first != k;
  };
  // A name alone in its marks (« Quotidien ») is a title, not quoted words: it can speak.
  const titleInMarks = (m: Mention): boolean => tokens[m.first].quote >= 0 && quotations[tokens[m.first].quote].first == m.first && quotations[tokens[m.first].quote].last == m.last;
  // An attribution inside the marks being read (« …, a-t-il dit, … »): the names in it speak.
  let inside: Incise | undefined;
  const inIncise = (m: Mention): boolean => !!inside && m.first > inside.from && m.last <= inside.to;
  // « a réagi sur Twitter »: where the words were said is not who said them.
  // « À Matignon, des manifestants ont crié « … » »: where things happened does not speak either (« chez Marie Curie »
  // is someone).
  const usable = (m: Mention): boolean =>
    (tokens[m.first].quote < 0 || titleInMarks(m) || inIncise(m)) && !afterAgent(m.first) && !affiliation(m) && !saidOn(doc, m.first) && !(afterPlacePreposition(tokens, m.first, lang) && !isPerson(m) && !documentOf(m.first));
  // "a State Department official said", « a déclaré un élu LR »: a body right beside a noun for an unnamed source
  // says whom that source speaks for; the source speaks, unnamed.
  function affiliation(m: Mention): boolean {
    if (actors[m.actor].kind != 'organization') return false;
    const sourceNoun = (t: Token | undefined) => isWord(t) && lang.sourceNouns.has(t.lower);
    const lower = (t: Token | undefined) => sourceNoun(t) && !t!.cap;
    // "Officials at the Department of Health said": the source, then a preposition, then the body.
    let k = m.first - 1;
    while (isWord(tokens[k]) && lang.determiners.has(tokens[k].lower)) k--;
    // "Scientists at NASA's Jet Propulsion Laboratory": past the body's owner.
    if (possessiveAfter(tokens, k - 2) && tokens[k - 2]?.cap) k -= 3;
    const linked = isWord(tokens[k]) && !tokens[k].cap && (lang.placePrepositions.has(tokens[k].lower) || lang.nameConnectors.has(tokens[k].lower)) && sourceNoun(tokens[k - 1]);
    // "warned Coastguard Northern Region duty officer John Cowan": the body, a title (after a modifier), then the person.
    const title = (t: Token | undefined) => isWord(t) && !t.cap && (lang.sourceNouns.has(t.lower) || lang.personTitles.has(t.lower));
    const titled = [1, 2].some((n) => title(tokens[m.last + n]) && (n == 1 || (isWord(tokens[m.last + 1]) && !tokens[m.last + 1].cap)) && !!tokens[m.last + n + 1]?.cap);
    return lower(tokens[m.last + 1]) || lower(tokens[m.first - 1]) || linked || titled;
  }
  function afterAgent(first: number): boolean {
    for (let k = first - 1, n = 0; k >= 0 && n < 8; k--, n++) {
      const t = tokens[k];
      if (t.kind == 'punct' && t.text != "'" && t.text != '’') return false;
      if (lang.agentPrepositions.has(t.lower)) {
        // « qualifié de « marqué » par Météo-France », « annoncé par le ministère »: the agent of a verb of saying speaks.
        for (let j = k - 1, m = 0; j >= 0 && m < 6; j--, m++) {
          // « cité par l'agence RIA », « interrogé par Mediapart »: whoever quotes or asks is not whoever spoke.
          if (lang.quotedBy.has(tokens[j].lower) && tokens[j].quote < 0) return true;
          if (lang.sayVerbs.has(tokens[j].lower) && tokens[j].quote < 0) return false;
          if (tokens[j].quote < 0 && tokens[j].kind == 'punct' && !'«»“”"'.includes(tokens[j].text)) break;
        }
        return true;
      }
      if (lang.sayVerbs.has(t.lower)) return false;
    }
    return false;
  }
  function isAddressee(m: Mention): boolean {
    const article = (k: number) => k > 0 && (lang.determiners.has(tokens[k].lower) || isApostrophe(tokens[k]));
    let k = m.first - 1;
    while (article(k)) k--;
    // « a expliqué au journal Le Monde », « à la revue Sciences et Avenir »: the body's noun is part of the listener.
    if (isWord(tokens[k]) && !tokens[k].cap && lang.orgNouns.has(tokens[k].lower)) for (k--; article(k); k--);
    if (lang.addresseePrepositions.has(tokens[k]?.lower ?? '')) return true;
    // « a dit au président de la région Nouvelle-Aquitaine Alain Rousset »: back over the one noun phrase the name ends,
    // its complements included, to the preposition before it; an article opening another phrase (« à la presse le
    // ministre X ») ends the search.
    // (Only through a title: « a répété à plusieurs reprises François Hollande » has no listener.)
    let titled = false;
    for (let j = m.first - 1, n = 0; j > 0 && n < 10 && (isWord(tokens[j]) || isApostrophe(tokens[j])); j--, n++) {
      const t = tokens[j];
      titled ||= isTitle(t, lang);
      if (lang.addresseePrepositions.has(t.lower)) return titled;
      // (« affirme au Monde Michel Crépu », « a confié à France Info Jacques Witkowski »: a name right after the
      // preposition is the listener; the one after it speaks.)
      if (t.cap && lang.addresseePrepositions.has(tokens[j - 1]?.lower ?? '')) return false;
      const connected = isWord(tokens[j - 1]) && lang.nameConnectors.has(tokens[j - 1].lower) && !lang.determiners.has(tokens[j - 1].lower);
      if (isWord(t) && lang.determiners.has(t.lower) && !connected) return false;
      if (isWord(t) && (lang.sayVerbs.has(t.lower) || lang.auxiliaries.has(t.lower))) return false;
    }
    return false;
  }
  /**
   * The sentence's subject: a pronoun opening it, else the first mention that opens it, else — where a verb of saying
   * hangs on it (`described`) — a description opening it.
   */
  function sentenceSubject(at: number, described = true): Resolution | undefined {
    const s = sentences[tokens[at].sentence];
    let k = s.first;
    for (let n = 0; n < 4 && k < at; n++) if (tokens[k++].text == ',') break;
    if (tokens[k - 1]?.text != ',') k = s.first;
    if (isWord(tokens[k]) && lang.pronouns.has(tokens[k].lower)) return pronoun(k, lang.personPronouns.has(tokens[k].lower));
    const found = mentionsIn(s.first, at - 1).find((x) => x.subject && usable(x));
    // ("China's Ministry of Foreign Affairs condemned…, calling it": the possessor is not the subject; what it owns is.)
    const owned = found && possessiveAfter(tokens, found.last) ? mentionsIn(found.last + 3, found.last + 3)[0] : undefined;
    const m = owned && usable(owned) ? owned : found;
    if (m) return spokenFor(m) ? undefined : { actor: m.actor, how: 'named', near: false };
    // ("The authority said … and warned that “…”": a description opening the sentence is its subject.)
    if (described && isWord(tokens[k]) && lang.definiteArticles.has(tokens[k].lower) && !mentionsIn(s.first, at - 1).some((x) => x.first <= k + 3)) {
      const actor = describedOrg(k) ?? roleAnaphor(k, k);
      if (actor != null) return { actor, how: 'role', near: false };
    }
    // « « … », a-t-il fustigé, tout en affirmant « … » »: a sentence that opens on a quotation has its subject in the
    // inverted pronoun after it.
    for (let k = s.first; k < at; k++) if (tokens[k].quote < 0 && lang.invertedPronoun(tokens[k].text)) return pronoun(k, false);
    // ("Mr Howard's comments concerned the basin. "…", adding that…": one that opens on the quotation with no subject of
    // its own goes on with the person the sentence before was about.)
    const opensOnQuote = quotations[tokens[s.first + 1]?.quote ?? -1]?.open == s.first && isPresentParticiple(lang, tokens[at].lower);
    const before = opensOnQuote ? sentences[tokens[at].sentence - 1] : undefined;
    const carried = before ? mentionsIn(before.first, before.last).find((x) => x.subject && isPerson(x) && usable(x)) : undefined;
    return carried ? { actor: carried.actor, how: 'named', near: false } : undefined;
  }
  /** Mentions that start within tokens [from, to], in order. */
  /** Mentions (of `among`, the names by default) that start within tokens [from, to], in order. */
  const mentionsIn = (from: number, to: number, among: readonly Mention[] = mentions): Mention[] => {
    if (from > to) return [];
    const list: Mention[] = [];
    let i = lastAtOrBefore(among, tokens[from].start - 1) + 1;
    for (; i < among.length && among[i].first <= to; i++) if (among[i].first >= from) list.push(among[i]);
    return list;
  };
  const isPerson = (m: Mention) => actors[m.actor].kind == 'person';
  /** How many sentences token `at` lies after the text offset `start`. */
  const sentencesSince = (start: number, at: number) => tokens[at].sentence - tokens[lastAtOrBefore(tokens, start)].sentence;

  /**
   * "according to production controller Ted Rye", « selon le maire, Jean Dupont »: a person given as the source of what
   * the sentence says, whom a following « il », "he" may stand for as much as for a subject.
   */
  function givenAsSource(m: Mention): boolean {
    if (!isPerson(m)) return false;
    let k = m.first - 1;
    if (tokens[k]?.text == ',') k--;
    // "According to a lawyer for some of the plaintiffs, Jeffrey Wilson": the description between may be long, and
    // hold a nationality ("According to Iraqi political analyst Hazem al-Nuaeimi").
    const describes = (t: Token) => !t.cap || isDemonym(t.text, lang);
    for (let n = 0; n < 8 && isWord(tokens[k]) && describes(tokens[k]) && !phraseEndsAt(tokens, k, lang.sourcePhrases); n++) k--;
    return lang.sourcePhrases.some((p) => phraseAt(tokens, k - p.length + 1, p));
  }
  /** Whether `m` opens a clause after « que », "that" (past its article): « jugeant que le PSG… ». */
  function reported(m: Mention): boolean {
    let k = m.first - 1;
    if (isApostrophe(tokens[k])) k--;
    if (isWord(tokens[k]) && lang.determiners.has(tokens[k].lower)) k--;
    if (isApostrophe(tokens[k])) k--;
    return isWord(tokens[k]) && lang.complementizers.has(tokens[k].lower);
  }
  /** « a confirmé le ministère des Affaires étrangères », "said the ministry": the subject of a verb of saying set after it. */
  function saidAfterVerb(m: Mention): boolean {
    let k = m.first - 1;
    if (isApostrophe(tokens[k])) k--;
    const article = isWord(tokens[k]) && lang.definiteArticles.has(tokens[k].lower);
    if (article) k--;
    // (A name with no article ends its clause: "…, believes al-Megrahi was" has its object there.)
    if (!article && tokens[m.last + 1]?.kind == 'word') return false;
    if (!isWord(tokens[k]) || tokens[k].quote >= 0 || !lang.sayVerbs.has(tokens[k].lower)) return false;
    // (Set after its subject only in an incise: « …, a confirmé le ministère », not "criticised the government".)
    let before = k - 1;
    if (isWord(tokens[before]) && lang.auxiliaries.has(tokens[before].lower)) before--;
    return tokens[before]?.text == ',' || '»”"'.includes(tokens[before]?.text ?? '');
  }
  /** The latest actor a pronoun at token `at` can stand for: a recent subject or speaker. */
  function salient(at: number, personOnly: boolean, other?: number): { actor?: number; near: boolean } {
    const offset = tokens[at].start;
    // « elle », "she": a woman, not the man named last; a pronoun with no gender agrees with anyone (and, replying, not
    // whoever spoke last).
    const gender = lang.pronounGender(tokens[at].text);
    const agrees = (actor: number) => actor != other && (!gender || !genders[actor] || genders[actor]![0] == gender);
    // "said Justice Minister Kim Kyung Han. He vowed…": the speaker just before, whose gender was only guessed from a
    // given name, is still who the pronoun stands for.
    const guessed = (actor: number) => genders[actor]?.endsWith('?') && sentencesSince(spoke[spoke.length - 1]?.start ?? 0, at) <= 1;
    let best: { start: number; actor: number } | undefined;
    const sentence = tokens[at].sentence;
    // « Parmi les évacués, une mère de quatre enfants. « … », souffle-t-elle »: someone unnamed just brought in, with no
    // one named since, is whom the pronoun stands for.
    if (!lang.pluralPronouns.has(tokens[at].lower) && unnamedJustBefore(at, gender)) return { near: true };
    // « Des habitants de la cité des Tilleuls ont manifesté. Ils réclament « … » »: a plural pronoun opening a sentence
    // after one whose subject is people the text does not name stands for them.
    const previous = sentences[sentence - 1];
    if (previous && lang.pluralPronouns.has(tokens[at].lower) && sentences[sentence].first == at) {
      // (Past an opener a preposition opens: « Dans une lettre ouverte, une quarantaine de médecins… ».)
      let start = previous.first;
      if (isWord(tokens[start]) && lang.openerPrepositions.has(tokens[start].lower)) {
        while (start < previous.last && start - previous.first < 12 && tokens[start].text != ',') start++;
        start++;
      }
      // (Only the subject's own phrase, up to its first comma: the names after belong to the rest of the sentence.)
      let end = start;
      while (end < Math.min(previous.last, start + 16) && tokens[end].text != ',') end++;
      if (groupSubject(doc, start, end, mentionsIn(start, end))) return { near: false };
      // "The channel released a statement. They said…": or, where the pronoun marks no gender to agree with a body's
      // noun, for the body it was about.
      const body = gender ? undefined : bodyBefore(at);
      if (body != null) return { actor: body, near: true };
    }
    for (let i = lastAtOrBefore(subjects, offset - 1), n = 0; i >= 0 && n < 60; i--, n++) {
      const m = subjects[i];
      // « Trump a indiqué qu'il souhaite… »: in the pronoun's own sentence, the subject of the clause before it.
      const clauseSubject = m.governs && tokens[m.first].sentence == sentence;
      if (!(m.subject || clauseSubject || givenAsSource(m) || saidAfterVerb(m)) || !usable(m) || m.start >= offset) continue;
      // "…, he explained, judging that Montpellier was the better side": the subject of a clause « que », "that" opens
      // is what someone said, not who goes on speaking.
      if (reported(m) && tokens[m.first].sentence != sentence) continue;
      // « L'avocate de Benoît Hamon précise… « … », explique-t-elle »: the subject was the unnamed lawyer.
      if (spokenFor(m)) {
        best = { start: m.start, actor: -1 };
        break;
      }
      if ((!personOnly || isPerson(m)) && agrees(m.actor)) {
        // "According to analyst Hazem al-Nuaeimi, Sadr is a thorn…", then "he said": whose view the sentence gives is
        // who goes on speaking, not the subject of that view.
        let j = i - 1;
        while (j >= 0 && tokens[subjects[j].first].sentence == tokens[m.first].sentence && !(givenAsSource(subjects[j]) && usable(subjects[j]) && agrees(subjects[j].actor))) j--;
        const source = j >= 0 && tokens[subjects[j].first].sentence == tokens[m.first].sentence ? subjects[j] : m;
        best = { start: source.start, actor: source.actor };
        break;
      }
    }
    // "Greg Mills pulled Dorothy Vance from the house. "…," she said": with no subject of its gender, a gendered pronoun
    // stands for the one person of that gender the sentence before (or its own, before it) names in any role.
    if (!best && gender) {
      const near = mentionsIn(sentences[Math.max(0, sentence - 1)].first, at - 1).filter((m) => isPerson(m) && tokens[m.first].quote < 0 && genders[m.actor]?.[0] == gender);
      if (new Set(near.map((m) => m.actor)).size == 1) best = { start: near[near.length - 1].start, actor: near[0].actor };
    }
    // « Vient ensuite le tour de Trump. Il a prêté serment… Il a ensuite prononcé son discours. « … », a-t-il affirmé »:
    // a pronoun that opened a sentence since carried its person on.
    const chained = carriedBefore(offset);
    // (In one sentence, what opens it is its subject: "The president says… Assad is…", then "he said".)
    const sentenceAt = (offset: number) => tokens[lastAtOrBefore(tokens, offset)]?.sentence;
    const later = (a: { start: number }, b: { start: number }) => a.start > b.start || sentenceAt(a.start) == sentenceAt(b.start);
    if (chained && (!best || later(chained, best)) && (!personOnly || actors[chained.actor].kind == 'person') && agrees(chained.actor)) best = chained;
    for (let i = spoke.length - 1; i >= 0; i--) {
      const s = spoke[i];
      if (s.start >= offset || (other != null && s.actor == other)) continue;
      if (s.actor >= 0 && !agrees(s.actor) && !(i == spoke.length - 1 && guessed(s.actor))) continue;
      if ((!best || s.start > best.start) && (s.actor < 0 || !personOnly || actors[s.actor].kind == 'person')) best = s;
      break;
    }
    // « selon une source proche de l'enquête » then « précise-t-elle »: the pronoun goes on with the unnamed source.
    if (!best || best.actor < 0) return { near: false };
    const distance = sentencesSince(best.start, at);
    return { actor: best.actor, near: distance <= 2 };
  }

  // Words an organisation of this article is also called by: « la mairie » for « la Mairie », « l'émission » for
  // « Quotidien », « l'émission de TMC ».
  const orgWords = new Set<string>();
  actors.forEach((a) => {
    if (a.kind != 'organization') return;
    if (!a.name.includes(' ')) orgWords.add(a.name.toLowerCase());
    if (a.role) orgWords.add(roleHead(a.role, lang));
  });
  /**
   * Subject pronouns opening a sentence (or its clause, before any name), resolved in text order, each to the person
   * the sentence before named alone when it had no subject (« Vient ensuite le tour de Trump. Il a prêté serment »),
   * else to the latest subject or carried pronoun.
   */
  const carried: { start: number; actor: number }[] = [];
  const carriedBefore = (offset: number) => carried[lastAtOrBefore(carried, offset - 1)];
  /**
   * « l'ONG », « la préfecture », "the group", « la mairie » for « la Mairie », « l'émission » for a programme: a
   * definite description starting at `j` stands for an organisation named before — the one whose name, alias or
   * role holds the noun, else, for a noun that fits any organisation (« l'association », "the company"), the
   * organisation named last in the few sentences before.
   */
  function describedOrg(j: number): number | undefined {
    if (!isWord(tokens[j]) || !lang.definiteArticles.has(tokens[j].lower)) return undefined;
    let n = isApostrophe(tokens[j + 1]) ? j + 2 : j + 1;
    // One adjective may come first: "the Swiss group", « la jeune association »; where heads come last, two modifiers:
    // "the coffee growers association", "the London-based charity".
    const describes = (w: string) => lang.orgNouns.has(w) || lang.genericOrgNouns.has(w) || orgWords.has(w) || lang.bodyDescribers.has(w);
    const modifier = (t: Token | undefined) => isWord(t) && !t.cap && !describes(t.lower) && !lang.stopwords.has(t.lower);
    // (« la plus haute juridiction administrative »: a superlative's adverb first.)
    if (isWord(tokens[n]) && lang.superlatives.has(tokens[n].lower) && modifier(tokens[n + 1])) n++;
    if (modifier(tokens[n]) && describes(tokens[n + 1]?.lower ?? '')) n++;
    else if (lang.headLast && (modifier(tokens[n]) || tokens[n]?.cap) && modifier(tokens[n + 1]) && describes(tokens[n + 2]?.lower ?? '')) n += 2;
    // ("the Crown corporation said": one capitalised word that names no one may qualify it too.)
    else if (lang.headLast && isWord(tokens[n]) && tokens[n].cap && !mentionsIn(n, n).length && describes(tokens[n + 1]?.lower ?? '')) n++;
    const noun = tokens[n];
    // « le groupe Vinci », "the group Amnesty": a name after the noun is a mention of its own.
    if (!isWord(noun) || (noun.cap && !noun.upper) || !describes(noun.lower) || tokens[n + 1]?.cap) return undefined;
    const spellings = [noun.lower, lang.spellingVariants.get(noun.lower) ?? noun.lower];
    // ("the newspaper" and "Sunday Telegraph", "the chamber" and "the Senate": a name may say its kind by another word.)
    const kinds = lang.bodyKinds.get(noun.lower) ?? [];
    const holds = organisations.filter((i) => spellings.some((w) => nameWords[i].has(w)) || kinds.some((w) => nameWords[i].has(w)));
    // (« « … », indique la NASA. « … », tempère l'agence spatiale »: a body that just spoke, by an acronym that says
    // nothing of its kind, goes on speaking before a body whose name holds the noun.)
    const last = spoke[spoke.length - 1];
    const goesOn = last && last.actor >= 0 && actors[last.actor].kind == 'organization' && /^\p{Lu}{2,}$/u.test(actors[last.actor].name) && untyped(last.actor) && sentencesSince(last.start, j) <= 1;
    if (goesOn && holds.length && !holds.includes(last.actor)) return last.actor;
    if (holds.length) return nearestActor(holds, tokens[j].start);
    // ("the miner said", "the airline added": what a business does fits any business named before.)
    // (Further back than a few sentences: the one body of the text it can describe, if only one.)
    if (lang.genericOrgNouns.has(noun.lower) || lang.bodyDescribers.has(noun.lower)) return latestOrganisation(j, noun.lower) ?? onlyOrganisation(j, noun.lower);
    // « La CGT a appelé à la grève. Le syndicat estime… »: a body named by an acronym or a brand alone, nothing saying
    // what it is, is what a description just after says it is.
    const latest = latestOrganisation(j, noun.lower);
    return latest != null && untyped(latest) ? latest : undefined;
  }
  /** Whether nothing in an organisation's name or role says what kind of body it is (« CGT », "Renault"). */
  function untyped(actor: number): boolean {
    const a = actors[actor];
    const typed = (w: string) => lang.orgNouns.has(w) || lang.orgWords.has(w);
    return !a.role && !a.name.toLowerCase().split(/[\s'’-]+/).some(typed) && !a.aliases.some((f) => f.toLowerCase().split(/[\s'’-]+/).some(typed));
  }
  /** « le groupe » never stands for « le ministère de la Défense »: a body whose name opens on another organisation noun. */
  function describable(actor: number, noun: string): boolean {
    const head = actors[actor].name.toLowerCase().split(/[\s'’]+/).find((w) => !lang.determiners.has(w) && !lang.elisions.has(w)) ?? '';
    return head == noun || !lang.orgNouns.has(head) || lang.genericOrgNouns.has(head) || !!lang.bodyKinds.get(noun)?.includes(head);
  }
  /** "it said", "it has added": an organisation's pronoun as the verb's subject; "it is noted that" stands for nobody. */
  function isOrgPronoun(k: number, cue: number): boolean {
    if (!lang.orgPronouns.has(tokens[k].lower) || tokens[k].quote >= 0) return false;
    const aux = tokens[k + 1];
    return cue == k + 1 || (cue == k + 2 && lang.auxiliaries.has(aux.lower) && !lang.beAuxiliaries.has(aux.lower));
  }
  /**
   * The organisation mentioned last before token `at`, if within four sentences; for "it said" and « l'ONG ». A
   * description (`noun`) prefers the last one that was a clause's subject, and one it can describe.
   */
  function latestOrganisation(at: number, noun?: string): number | undefined {
    // ("Human Rights Watch called on the African Union to open an inquiry into what it described as": "it" is the
    // body its own sentence is about, rather than one named after it.)
    const own = mentionsIn(sentences[tokens[at].sentence].first, at - 1).find((m) => m.subject && actors[m.actor].kind == 'organization' && usable(m));
    if (!noun && own) return own.actor;
    let latest: number | undefined;
    for (let i = lastAtOrBefore(mentions, tokens[at].start - 1), n = 0; i >= 0 && n < 40; i--, n++) {
      const m = mentions[i];
      if (tokens[at].sentence - tokens[m.first].sentence > 4) break;
      if (actors[m.actor].kind != 'organization' || !usable(m) || (noun && !describable(m.actor, noun))) continue;
      if (!noun || m.subject) return m.actor;
      latest ??= m.actor;
    }
    return latest;
  }

  /** The organisation the sentence before `k`'s is about: its subject, named or described, when no person is one. */
  function bodyBefore(k: number): number | undefined {
    const previous = sentences[tokens[k].sentence - 1];
    if (!previous) return undefined;
    const subjects = mentionsIn(previous.first, previous.last).filter((m) => m.subject && usable(m));
    if (subjects.some(isPerson)) return undefined;
    if (subjects.length) return actors[subjects[0].actor].kind == 'organization' ? subjects[0].actor : undefined;
    return describedOrg(previous.first);
  }
  /** Sentences opening on a description of one person (« Le sexagénaire », "The senator"), as mentions of that person. */
  function describedSubjects(): Mention[] {
    const found: Mention[] = [];
    for (const s of sentences) {
      const k = s.first;
      if (!isWord(tokens[k]) || !lang.singularArticles.has(tokens[k].lower) || tokens[k].quote >= 0) continue;
      const n = isApostrophe(tokens[k + 1]) ? k + 2 : k + 1;
      // (« Le ministre Jean Dupont »: a name right after is a mention of its own.)
      if (!isWord(tokens[n]) || mentionsIn(k, n + 3).length) continue;
      const actor = roleAnaphor(k, k);
      if (actor == null || actors[actor].kind != 'person') continue;
      found.push({ actor, start: tokens[k].start, end: tokens[n].end, first: k, last: n, subject: true, governs: true });
    }
    return found;
  }
  /**
   * The person a singular definite description right after verb `cue` stands for (« le libéral-radical »): the only
   * person of its gender named in the two sentences before, when it is no body and names no one itself.
   */
  function describedAfter(cue: number): number | undefined {
    const article = tokens[cue + 1];
    const n = isApostrophe(tokens[cue + 2]) ? cue + 3 : cue + 2;
    const noun = tokens[n];
    if (!isWord(article) || !lang.singularArticles.has(article.lower) || !isWord(noun) || noun.cap || noun.digits || lang.stopwords.has(noun.lower)) return undefined;
    // (A title is read by its holders: « a souligné le ministre » is not whoever else was named.)
    if (lang.personTitles.has(noun.lower) || lang.orgNouns.has(noun.lower) || lang.documentNouns.has(noun.lower) || lang.bodyDescribers.has(noun.lower) || lang.pluralNoun.test(noun.lower) || mentionsIn(n, n + 3).length) return undefined;
    const gender = markedGender(noun.lower);
    const from = sentences[Math.max(0, tokens[cue].sentence - 2)].first;
    const people = new Set(mentionsIn(from, cue - 1).filter((m) => isPerson(m) && usable(m) && !spokenFor(m) && (!gender || !genders[m.actor] || genders[m.actor]![0] == gender)).map((m) => m.actor));
    return people.size == 1 ? [...people][0] : undefined;
  }
  /** The one organisation named before token `at` that a description `noun` can describe, if only one is. */
  function onlyOrganisation(at: number, noun: string): number | undefined {
    const bodies = organisations.filter((i) => (actors[i].mentions[0]?.[0] ?? Infinity) < tokens[at].start && describable(i, noun));
    return bodies.length == 1 ? bodies[0] : undefined;
  }
  /** The person subject of the sentence before token `at` (or of its own, before it), if any. */
  function recentSubject(at: number, gender?: 'f' | 'm'): number | undefined {
    const sentence = tokens[at].sentence;
    const from = sentences[Math.max(0, sentence - 1)].first;
    const agrees = (m: Mention) => !gender || !genders[m.actor] || genders[m.actor]![0] == gender;
    const found = mentionsIn(from, at - 1, subjects).filter((m) => m.subject && isPerson(m) && usable(m) && !spokenFor(m) && agrees(m));
    return found[found.length - 1]?.actor;
  }
  /** « le Mayennais », « la Toulousaine »: one person by where they come from, after a singular article. */
  function residentNoun(n: number): boolean {
    const article = isApostrophe(tokens[n - 1]) ? tokens[n - 2] : tokens[n - 1];
    return residentShape(doc, n) && isWord(article) && lang.singularArticles.has(article.lower) && !mentionsIn(n, n).length;
  }
  /** The actor whose role starts with the noun after a definite article: « le ministre », "the governor". */
  function roleAnaphor(k: number, limit: number, other?: number): number | undefined {
    for (let j = k; j <= Math.min(limit, k + 4); j++) {
      // "New Zealand's leader said": a possessive determines a title as an article does.
      // ("Smith's lawyer" speaks for Smith: whom a relation noun serves is no title's holder.)
      const possessive = possessiveAfter(tokens, j - 2) && isTitle(tokens[j + 1], lang) && !lang.relationNouns.has(tokens[j + 1].lower);
      if (!lang.definiteArticles.has(tokens[j].lower) && !possessive) continue;
      let n = j + 1;
      if (tokens[n]?.text == "'" || tokens[n]?.text == '’') n++;
      // « l'ancien ministre », "the former president": the title after its modifier.
      while (isWord(tokens[n]) && !tokens[n].cap && lang.titleModifiers.has(tokens[n].lower) && lang.personTitles.has(tokens[n + 1]?.lower ?? '')) n++;
      // "the Labour leader", "the Democratic senator": a party or a nationality before the title qualifies it.
      const qualified = (k: number) => isWord(tokens[k]) && tokens[k].cap && isWord(tokens[k + 1]) && !tokens[k + 1].cap && lang.personTitles.has(tokens[k + 1].lower);
      // (The qualifier is kept: "the Irish leader" is the one whose role says Irish.)
      const qualifier = qualified(n) ? tokens[n++].lower : undefined;
      // ("the union leader told reporters", "the party chairman": a body's noun before a title says whose it is.)
      if (!qualifier && lang.headLast && isWord(tokens[n]) && !tokens[n].cap && lang.orgNouns.has(tokens[n].lower) && isWord(tokens[n + 1]) && !tokens[n + 1].cap && lang.personTitles.has(tokens[n + 1].lower)) n++;
      // « raconte la jeune femme », "said the young man": a person the text named before, of the gender the noun marks.
      // « l'élue de l'Orne », "the official": a noun for a source, singular and definite, is someone named before too.
      const singularSource = (k: number) => lang.sourceNouns.has(tokens[k].lower) && !lang.pluralNoun.test(tokens[k].lower);
      // ("said the 62-year-old", « confie la sexagénaire »: someone by their age.)
      // (« écrit l'artiste », « a expliqué le coureur »: a noun for what someone does, singular.)
      const agent = (k: number) => lang.agentNoun.test(tokens[k].lower) && !lang.pluralNoun.test(tokens[k].lower) && !lang.orgNouns.has(tokens[k].lower) && !lang.documentNouns.has(tokens[k].lower) && !lang.personTitles.has(tokens[k].lower);
      // (The noun itself, not its adjective: « l'agence onusienne ».)
      const personNoun = [n, n + 1].find((k) => isWord(tokens[k]) && !tokens[k].cap && (lang.personNouns.has(tokens[k].lower) || singularSource(k) || lang.ageNoun.test(tokens[k].lower) || (k == n && agent(k))));
      // (« Le père de la fillette », "the mother of the victim": someone's relative is someone else, unnamed.)
      const relative = tokens[n];
      if (isWord(relative) && lang.relationNouns.has(relative.lower) && lang.ofWords.has(tokens[n + 1]?.lower ?? '')) continue;
      // ("the victim's family described": a possessor is not who acts.)
      if (personNoun != null && possessiveAfter(tokens, personNoun)) continue;
      if (personNoun != null) {
        // (« « … », a ajouté l'officier », past a sentence about something else: else the one who spoke last.)
        const gender = markedGender(tokens[personNoun].lower);
        const person = other == null ? roleEcho(tokens[personNoun].lower, j) : undefined;
        if (person != null) return person;
        // ("Kelmendi beat Giuffrida. "…," said the champion": whom the sentence before was about, before whom it named last.)
        const recent = (other == null ? recentSubject(j, gender) : undefined) ?? recentPerson(j, gender, undefined, other) ?? (other == null && !someoneUnnamedSince(j) ? lastSpeaker(j, gender) : undefined);
        if (recent != null) return recent;
        continue;
      }
      const noun = tokens[n];
      // « Benoît Hamon était à Lyon. Le socialiste a dénoncé… »: a party's member, like a title no one was given, goes on
      // with the person just spoken of.
      // ("the Kentucky Republican said", "the Democrat told": where labels take a capital, a place may qualify them.)
      const label = (k: number) => isWord(tokens[k]) && lang.partyLabels.has(tokens[k].lower) && !(isNameToken(tokens[k + 1], lang) && tokens[k + 1].gap == ' ');
      const labelled = label(n) ? n : isWord(noun) && noun.cap && label(n + 1) ? n + 1 : -1;
      if (labelled >= 0) {
        const person = lastSpeaker(j, undefined) ?? recentPerson(j, undefined);
        if (person != null) return person;
        continue;
      }
      // « a réagi la Française », "said the Italian": someone by their nationality is the person just named; so is
      // someone by where they come from, « a raconté le Mayennais », « la Lyonnaise de 22 ans ».
      if (isWord(noun) && noun.cap && (isDemonym(noun.text, lang) || residentNoun(n))) {
        // ("Alcaraz beat Ruud. "…," the Spaniard said": whom the sentence before was about, before whom it named last.)
        const person = (other == null ? recentSubject(j) : undefined) ?? recentPerson(j, undefined, undefined, other);
        if (person != null) return person;
        continue;
      }
      // « l'ONG » is a description; « l'AFP » is a name, a mention of its own; « le Premier ministre » a title all the same.
      if (!isWord(noun) || (noun.cap && !(noun.upper && lang.orgNouns.has(noun.lower)) && !lang.personTitles.has(noun.lower))) continue;
      // « « … », objecte la magistrate »: replying, a description of someone is whoever else was just named.
      if (other != null && !noun.cap && !lang.personTitles.has(noun.lower) && !lang.orgNouns.has(noun.lower) && !lang.documentNouns.has(noun.lower)) {
        return recentPerson(j, markedGender(noun.lower), undefined, other);
      }
      // « a précisé l'émission », « la coopérative a annoncé »: an organisation by the noun its role opens with.
      if (!lang.personTitles.has(noun.lower)) {
        const described = describedOrg(j);
        if (described != null) return described;
        continue;
      }
      // (« le chef de l'État » is whoever holds « président ».)
      const title = lang.titleSynonyms.find((s) => phraseAt(tokens, n, s.phrase))?.title ?? noun.lower;
      // (« le chef de l'État » after « la présidente Tsaï Ing-wen »: a title's other gender holds it too.)
      const holders = (holdersOfTitle.get(title) ?? holdersOfStem(title)).map((i) => ({ a: actors[i], i }));
      // "the Irish leader" after "Opposition leader Jeremy Corbyn" and "Irish Prime Minister Leo Varadkar": the qualifier
      // picks the holder whose role carries it, or the one person whose role does under another title.
      const carries = (i: number) => !!qualifier && qualifiersOf(i).has(qualifier);
      const qualifiedHolders = holders.filter(({ i }) => carries(i));
      const qualifiedOthers = qualifier && !qualifiedHolders.length ? actors.flatMap((a, i) => (a.kind == 'person' && carries(i) ? [{ a, i }] : [])) : [];
      const candidates = qualifiedHolders.length ? qualifiedHolders : qualifiedOthers.length == 1 ? qualifiedOthers : holders;
      // « « … », a-t-il déclaré. Le chef de l'État a ajouté… »: a title no one was given goes on with the person who
      // spoke just before, of the gender it marks.
      // « Jean Castex a présenté le plan. « … », a souligné le Premier ministre »: or with the person the sentences just
      // before were about.
      // (« « … », répond le prévenu »: a reply is someone else's than the last speaker's.)
      if (!candidates.length) {
        const gender = markedGender(noun.lower);
        if (other != null) return recentPerson(j, gender, undefined, other);
        return lastSpeaker(j, gender) ?? recentPerson(j, gender, noun.lower);
      }
      // « le ministre de la Santé » among several ministers: the one whose role shares the most words after the title.
      const rest = tokens.slice(n + 1, n + 5).filter((t) => isWord(t) && !lang.stopwords.has(t.lower)).map((t) => t.lower);
      const shared = (a: { role?: string }) => rest.filter((w) => (a.role ?? '').toLowerCase().includes(w)).length;
      const best = Math.max(0, ...candidates.map(({ a }) => shared(a)));
      const fitting = candidates.filter(({ a }) => shared(a) == best);
      if (fitting.length) return nearestActor(fitting.map((c) => c.i), tokens[j].start);
    }
    return undefined;
  }
  /**
   * The words that qualify a person where the text names them, read once per person: their role's, and those just before
   * a mention ("Irish Prime Minister Leo Varadkar" → irish, prime, minister).
   */
  const qualifiers = new Map<number, Set<string>>();
  function qualifiersOf(actor: number): Set<string> {
    let words = qualifiers.get(actor);
    if (words) return words;
    const a = actors[actor];
    words = new Set((a.role ?? '').toLowerCase().split(/[\s'’-]+/));
    for (const [start] of a.mentions) for (const w of text.slice(Math.max(0, start - 40), start).toLowerCase().split(/[^\p{L}]+/u)) words.add(w);
    qualifiers.set(actor, words);
    return words;
  }
  /** Whether someone unnamed (« une mère », "a resident") is brought in the sentence before token `at`, no one named after. */
  function unnamedJustBefore(at: number, gender: string | undefined): boolean {
    const before = sentences[tokens[at].sentence - 1];
    if (!before || mentionsIn(sentences[tokens[at].sentence].first, at - 1).some(isPerson)) return false;
    for (let k = before.first; k < before.last; k++) {
      if (!bringsInSomeone(k)) continue;
      const marked = markedGender(tokens[k + 1].lower);
      // (Only in a sentence that names no one: "Mugabe spoke at the funeral of a former fighter" is still about Mugabe.)
      if (!gender || !marked || marked == gender) return !mentionsIn(before.first, before.last).some(isPerson);
    }
    return false;
  }
  /**
   * Whether someone unnamed was brought in since the last quote's speaker, before token `at`: « Un habitant du septième
   * étage raconte… « … », témoigne ce père de famille » is that man, not the last speaker.
   */
  function someoneUnnamedSince(at: number): boolean {
    const last = spoke[spoke.length - 1];
    if (!last) return false;
    for (let k = lastAtOrBefore(tokens, last.start) + 1; k < at; k++) if (bringsInSomeone(k)) return true;
    return false;
  }
  /** « une mère », "a resident", « un habitant »: an indefinite article at token `k`, outside the marks, before a noun for someone. */
  function bringsInSomeone(k: number): boolean {
    const noun = tokens[k + 1];
    if (!isWord(tokens[k]) || !lang.numberArticles.has(tokens[k].lower) || tokens[k].quote >= 0 || !isWord(noun) || noun.cap || qualifiesDocument(doc, k + 1)) return false;
    return lang.personNouns.has(noun.lower) || lang.sourceNouns.has(noun.lower) || lang.relationNouns.has(noun.lower) || lang.agentNoun.test(noun.lower);
  }
  /**
   * « l'universitaire » after « Filip Reyntjens, professeur à l'université d'Anvers », "the researcher" after "Jo Lee, a
   * researcher at…": the one person named before token `at` whose role shares the noun's stem (its first six letters).
   */
  function roleEcho(noun: string, at: number): number | undefined {
    const fits = (roleStems.get(noun.slice(0, ROLE_STEM)) ?? []).filter((i) => (actors[i].mentions[0]?.[0] ?? Infinity) < tokens[at].start);
    return fits.length == 1 ? fits[0] : undefined;
  }
  /** The person who spoke the last quote, if within the two sentences before token `at` and of gender `gender`. */
  function lastSpeaker(at: number, gender: 'f' | 'm' | undefined): number | undefined {
    const last = spoke[spoke.length - 1];
    if (!last || last.actor < 0 || actors[last.actor].kind != 'person') return undefined;
    if (sentencesSince(last.start, at) > 2) return undefined;
    return !gender || !genders[last.actor] || genders[last.actor]![0] == gender ? last.actor : undefined;
  }
  /**
   * The person last named in the sentence of token `at` or the one before, of gender `gender`. Given a `title` no one
   * holds, only a clause's subject with no other title: whom « le Premier ministre » goes on with; without one, anyone
   * of that gender: whom « la jeune femme » goes on with.
   */
  function recentPerson(at: number, gender: 'f' | 'm' | undefined, title?: string, other?: number): number | undefined {
    for (let i = lastAtOrBefore(mentions, tokens[at].start - 1); i >= 0; i--) {
      const m = mentions[i];
      if (tokens[at].sentence - tokens[m.first].sentence > (other != null ? 2 : 1)) return undefined;
      if (!isPerson(m) || !usable(m) || spokenFor(m) || (title != null && !m.subject) || m.actor == other) continue;
      const agrees = !gender || !genders[m.actor] || genders[m.actor]![0] == gender;
      if (title == null) {
        if (agrees) return m.actor;
        continue;
      }
      const titled = roleNouns[m.actor];
      return agrees && (!titled || titled == title) ? m.actor : undefined;
    }
    return undefined;
  }
  /** The gender a word marks: « présidente », "woman" are 'f'; « homme », "chairman" 'm'. */
  const markedGender = (w: string): 'f' | 'm' | undefined => (lang.feminineWords.has(w) ? 'f' : lang.masculineWords.has(w) ? 'm' : undefined);
  /** Of `ids`, the actor mentioned last before offset `before` (searching back from there, not from the start). */
  function nearestActor(ids: number[], before: number): number {
    for (let i = lastAtOrBefore(mentions, before - 1); i >= 0; i--) if (ids.includes(mentions[i].actor)) return mentions[i].actor;
    return ids[0];
  }

  /**
   * « l'avocat de Jean Dupont », « le cabinet de M. Le Roux », "a lawyer for John Smith", "Smith's mother": a person
   * named as whom the speaker speaks for, or is related to, is not the speaker.
   */
  function spokenFor(m: Mention): boolean {
    return isPerson(m) && speaksForSomeoneElse(doc, m.first, m.last);
  }

  /** Whether the quotation closing at `close` ends its paragraph, only its final stop after it. */
  function endsParagraph(close: number): boolean {
    let k = close + 1;
    while (k < tokens.length && tokens[k].kind == 'punct' && !tokens[k].gap.includes('\n') && k - close <= 2) k++;
    return k >= tokens.length || tokens[k].gap.includes('\n');
  }

  /** The actor signing the line after quotation `q` (« — Stéphanie, témoin »), when `q` is its whole paragraph. */
  function signatureAfter(q: Quotation): number | undefined {
    if (!tokens[q.open].gap.includes('\n') && q.open > 0) return undefined;
    if (!endsParagraph(q.close)) return undefined;
    let k = q.close + 1;
    while (k < tokens.length && !tokens[k].gap.includes('\n')) k++;
    const dash = tokens[k];
    if (!dash || !'—–'.includes(dash.text)) return undefined;
    const signer = mentionsIn(k + 1, k + 1)[0];
    return signer && tokens[signer.first].sentence == tokens[k + 1].sentence ? signer.actor : undefined;
  }

  /**
   * Who issued the document whose noun stands at `k` (« le communiqué »): in the last sentence before that names a
   * document, within a few sentences, the body it came from ("a release from Amnesty International") or else the
   * sentence's subject (« Le zoo a annoncé … dans un communiqué »). The nearest document is taken to be this one, even
   * where the text names it otherwise ("an official release …", then "the statement").
   */
  function issuerOf(k: number): number | undefined {
    for (let n = tokens[k].sentence - 1; n >= 0 && tokens[k].sentence - n <= 4; n--) {
      const s = sentences[n];
      let j = s.first;
      while (j <= s.last && !(isWord(tokens[j]) && tokens[j].quote < 0 && !tokens[j].cap && lang.documentNouns.has(tokens[j].lower))) j++;
      if (j > s.last) continue;
      const from = isWord(tokens[j + 1]) && lang.documentConnectors.has(tokens[j + 1].lower) ? mentionsIn(j + 2, j + 3).find(usable) : undefined;
      // ("The report released on Wednesday by the Defense Science Board": the agent of the verb that issued it.)
      const agent = from ? undefined : mentionsIn(j + 1, Math.min(s.last, j + 10)).find((m) => afterAgent(m.first));
      return (from ?? agent)?.actor ?? mentionsIn(s.first, s.last).find((m) => m.subject && usable(m))?.actor;
    }
    return undefined;
  }

  /** Whether the quotation `q` stands in a list of capitalised phrases in marks, joined by commas and « et », "or". */
  function listedTitle(q: Quotation): boolean {
    const capitalised = (other: Quotation | undefined) => !!other && other.first <= other.last && tokens[other.first].cap;
    const joins = (from: number, to: number) => from <= to && to - from <= 2 && tokens.slice(from, to + 1).every((t) => t.text == ',' || (isWord(t) && lang.listCoordinators.has(t.lower)));
    const at = tokens[q.first].quote;
    const before = quotations[at - 1];
    const after = quotations[at + 1];
    const listed = (capitalised(before) && joins(before.close + 1, q.open - 1)) || (capitalised(after) && joins(q.close + 1, after.open - 1));
    if (!listed) return false;
    // (« scandant « Fillon, démission » et « Penelope, l'enveloppe » »: after a verb of saying they are chanted.)
    let first = at;
    while (first > 0 && joins(quotations[first - 1].close + 1, quotations[first].open - 1)) first--;
    const s = sentences[tokens[quotations[first].open].sentence];
    for (let k = s.first; k < quotations[first].open; k++) if (isCue(k)) return false;
    return true;
  }

  /** Whom a bare document noun opening the clause before verb `cue` (« Le communiqué précise ») was issued by, if any. */
  function issuedBefore(from: number, cue: number): number | undefined {
    let k = cue - 1;
    while (k > from && isWord(tokens[k]) && !tokens[k].cap && lang.auxiliaries.has(tokens[k].lower)) k--;
    const noun = tokens[k];
    const article = tokens[k - 1];
    // (After the quotation, past the comma that closes it: "“…”, the statement said".)
    let start = from;
    while (start < k && tokens[start].kind == 'punct') start++;
    if (!isWord(noun) || noun.cap || !lang.documentNouns.has(noun.lower) || !isWord(article) || !lang.definiteArticles.has(article.lower) || k - 1 != start) return undefined;
    const issuer = issuerOf(k);
    if (issuer != null) return issuer;
    const previous = sentences[tokens[from].sentence - 1];
    if (!previous) return undefined;
    const subject = mentionsIn(previous.first, previous.last).find((m) => m.subject && usable(m));
    // ("Russia's Interior Ministry": the body the possessor owns, not the possessor.)
    const owned = subject && possessiveAfter(tokens, subject.last) ? mentionsIn(subject.last + 1, subject.last + 4).find((m) => m.first <= subject.last + 3) : undefined;
    return (owned ?? subject)?.actor ?? describedOrg(previous.first);
  }

  /** The name a people's relative right before verb `cue` stands for (« X, …, qui a dit », "X, who said"), if any. */
  function relativeAntecedent(cue: number, from: number): Mention | undefined {
    let k = cue - 1;
    while (k > from && isWord(tokens[k]) && !tokens[k].cap && (lang.auxiliaries.has(tokens[k].lower) || lang.adverb.test(tokens[k].lower))) k--;
    if (k <= from || !isWord(tokens[k]) || !lang.personRelatives.has(tokens[k].lower) || tokens[k - 1]?.text != ',') return undefined;
    let end = k - 2;
    const named = (e: number) => mentionsIn(Math.max(from, e - 8), e).find((m) => m.last == e && isPerson(m) && tokens[m.first].quote < 0);
    if (named(end)) return named(end);
    // (An apposition between commas, with no verb of its own: "John Smith, a local councillor, who…".)
    let j = end;
    while (j > from && end - j < 12 && tokens[j].text != ',' && tokens[j].quote < 0 && !isCue(j)) j--;
    return tokens[j]?.text == ',' ? named(j - 1) : undefined;
  }

  /** Who speaks through the verb at `cue`, looking at the words around it within [from, to]. */
  function speakerOfCue(cue: number, from: number, to: number): Resolution | undefined {
    const resolution = speakerNamedAt(cue, from, to);
    // « », a déclaré l'avocat de Jean Dupont »: with only the person spoken for named, the speaker is unnamed.
    if (resolution?.actor == null && mentionsIn(Math.max(from, cue - 8), Math.min(to, cue + 8)).some(spokenFor)) return { how: 'unnamed', near: true };
    return resolution;
  }

  function speakerNamedAt(cue: number, from: number, to: number): Resolution | undefined {
    const t = tokens[cue];
    // « a-t-on appris auprès du parquet »: the words came from whom the verb learned them from.
    for (let k = cue + 1; k <= Math.min(to, cue + 3); k++) {
      const p = lang.learnedFrom.find((ph) => phraseAt(tokens, k, ph));
      if (!p) continue;
      const m = mentionsIn(k + p.length, Math.min(to, k + p.length + 2)).find((x) => x.first <= k + p.length + 1);
      if (m) return { actor: m.actor, how: 'named', near: true };
    }
    // « « Saviez-vous… ? », demande la présidente. « Jamais », répond le prévenu », « a-t-elle rétorqué »: a verb of
    // replying (which may carry its pronoun, « renchérit-il ») hands the turn to someone other than the last speaker.
    const turn = spoke[spoke.length - 1];
    const replying = lang.replyVerbs.has(t.lower) || lang.replyVerbs.has(tokens[cue + 1]?.lower ?? '') || lang.replyVerbs.has(t.lower.split('-')[0]);
    const other = replying && turn && turn.actor >= 0 && sentencesSince(turn.start, cue) <= 2 ? turn.actor : undefined;
    if (lang.invertedPronoun(t.text)) return pronoun(cue, false, other);
    // « explique-t-on à Matignon », « lit-on dans le communiqué du ministère »: the body where, or whose document, the
    // impersonal subject speaks; no one named otherwise.
    if (lang.invertedImpersonal(t.text)) {
      const where = mentionsIn(cue + 1, Math.min(to, cue + 7)).find((m) => afterPlacePreposition(tokens, m.first, lang) || documentOf(m.first));
      return where ? { actor: where.actor, how: 'named', near: true } : { how: 'unnamed', near: true };
    }
    const quoted = quotedAsSaying(cue, from);
    if (quoted) return quoted;
    // "He fled…; the following year, Zhu Rongji said": a semicolon closes the clause before the verb's own; so does a
    // comma and « mais », "but": "officials have not raised it, but a source at the agency said".
    // (Only with a subject of its own: "…, but also said" goes on with the one before.)
    const opensClause = (t: Token) => isWord(t) && (t.cap || lang.determiners.has(t.lower) || lang.numberArticles.has(t.lower) || lang.subjectClitics.has(t.lower));
    for (let k = cue - 1; k > from; k--) {
      const adversative = tokens[k].text == ',' && isWord(tokens[k + 1]) && lang.clauseCoordinators.has(tokens[k + 1].lower) && k + 2 < cue && opensClause(tokens[k + 2]);
      if ((tokens[k].text != ';' && !adversative) || tokens[k].quote >= 0) continue;
      from = adversative ? k + 2 : k + 1;
      break;
    }
    // "X commented … and said", « X a affirmé … et a ajouté »: the second verb shares the sentence's subject.
    // (« et se dit », « et s'est dit », « , se disant »: the verb's reflexive pronoun, elided or not, may come first.)
    const reflexiveAt = (k: number) => isWord(tokens[k]) && lang.reflexives.has(tokens[k].lower);
    const pastReflexive = (k: number) => (isApostrophe(tokens[k]) && reflexiveAt(k - 1) ? k - 2 : reflexiveAt(k) ? k - 1 : k);
    const beforeVerb = pastReflexive(cue - 1);
    const auxiliary = tokens[cue - 1]?.kind == 'word' && lang.auxiliaries.has(tokens[cue - 1].lower);
    const prevWord = tokens[auxiliary ? pastReflexive(cue - 2) : beforeVerb];
    // "…", adding to CNN / « … », déplorant…: a participle after a comma has the sentence's subject too.
    // « …, tout en affirmant « … » », "while adding": so does a gerund.
    // (« , se disant »: past a reflexive pronoun only a present participle; « , s'interrogeait » is a tense.)
    const commaBefore = tokens[cue - 1]?.text == ',' || (tokens[beforeVerb]?.text == ',' && isPresentParticiple(lang, t.lower));
    const participle = lang.isParticiple(t.lower) && (commaBefore || lang.gerundMarkers.has(tokens[cue - 1]?.lower ?? ''));
    // "…, while Bambang Widaryatmo, head of the police, promised": a past form after the comma closing an apposition is the
    // named person's verb, not a participle.
    const named = participle ? mentionsIn(from, cue - 1).filter((m) => usable(m) && !spokenFor(m)) : [];
    // "Japan's prime minister, Fumio Kishida, vowed": the name between commas right before the verb is its subject.
    // (« …, Jean-Claude Juncker, confiant que… »: a present participle still has the sentence's subject.)
    const apposedName = lang.isPastParticiple(t.lower) ? named.find((m) => isPerson(m) && m.last == cue - 2 && tokens[cue - 1].text == ',' && tokens[m.first - 1]?.text == ',') : undefined;
    const closesApposition = apposedName ?? (participle ? appositionSubject(named, cue) : undefined);
    if (closesApposition) return { actor: closesApposition.actor, how: 'named', near: true };
    // (« X n'a pas précisé…, mais a annoncé »: so does a verb after « mais », "but".)
    const adversative = prevWord && lang.clauseCoordinators.has(prevWord.lower) && !lang.subjectClitics.has(tokens[cue - 1]?.lower ?? '');
    // "Schultz responded by saying", « X a réagi en déclarant »: a gerund's subject is that of the verb it hangs on, the
    // name right before that verb (and its auxiliary).
    if (participle && lang.gerundMarkers.has(tokens[cue - 1]?.lower ?? '')) {
      let verb = cue - 2;
      if (isWord(tokens[verb - 1]) && lang.auxiliaries.has(tokens[verb - 1].lower)) verb--;
      const hung = mentionsIn(from, verb - 1).find((m) => m.last == verb - 1 && usable(m));
      if (hung && isWord(tokens[cue - 2]) && !tokens[cue - 2].cap) return { actor: hung.actor, how: 'named', near: true };
    }
    if (prevWord && (lang.coordinators.has(prevWord.lower) || participle || adversative)) {
      const subject = sentenceSubject(cue);
      if (subject) return subject;
    }
    // After the verb: "said Senate Majority Leader Harry Reid", « a déclaré vendredi le secrétaire d'État Antony Blinken ».
    const end = Math.min(to, cue + REACH);
    // "telling the BBC", « a confié à Reuters »: the listener is not the speaker.
    const toListener = lang.addresseeVerbs.has(t.lower);
    // « a déclaré un responsable de l'administration de Barack Obama »: a name completing the noun after the verb is
    // not who spoke; the unnamed official did.
    // "responded to Fallon's comments": a possessor after the verb owns what is spoken of.
    const possessor = (m: Mention) => possessiveAfter(tokens, m.last);
    // « lance un manifestant venu de Lille », "said a resident of Leeds": someone unnamed spoke; a name after them is
    // where they come from, unless set off as theirs (« un habitant, Jean Dupont, »).
    const unnamedAfter = isWord(tokens[cue + 1]) && lang.numberArticles.has(tokens[cue + 1].lower) && isWord(tokens[cue + 2]) && lang.sourceNouns.has(tokens[cue + 2].lower);
    // « affirme l'ONG, qui appelle l'Union européenne à… », "said the group, which urged Brussels…": a clause opened
    // after a comma is about the subject; the names in it did not speak.
    // ("The agency said in its complaint that Corvana had…": nor is a name in the clause the verb reports.)
    let subjectTo = end;
    for (let k = cue + 1; k <= end; k++) if (isWord(tokens[k]) && !tokens[k].cap && lang.clauseOpeners.has(tokens[k].lower) && tokens[k].quote < 0) (subjectTo = k - 1), (k = end);
    const after = mentionsIn(cue + 1, subjectTo).filter(
      (m) => usable(m) && !(toListener && m.first - cue <= 3) && !isAddressee(m) && !spokenFor(m) && (!completesNoun(doc, m.first) || documentOf(m.first)) && !possessor(m) && !(unnamedAfter && tokens[m.first - 1]?.text != ','),
    );
    // "The court was told": the subject of a passive verb of telling is the listener; « elle est accusée de « … » »: the
    // subject of any passive verb of saying is what is spoken of, and only an agent (« par X ») speaks.
    // « s'est excusé », « se sont félicités »: a reflexive verb is active, its subject speaks.
    const reflexive = isApostrophe(tokens[cue - 2]) ? lang.reflexives.has(tokens[cue - 3]?.lower ?? '') : lang.reflexives.has(tokens[cue - 2]?.lower ?? '');
    const be = tokens[cue - 1]?.lower ?? '';
    const passive = lang.beAuxiliaries.has(be) && !reflexive && lang.isPastParticiple(t.lower);
    if (passive) {
      const agent = after.find((m) => afterAgent(m.first) || lang.agentPrepositions.has(tokens[m.first - 1]?.lower ?? ''));
      return agent ? { actor: agent.actor, how: 'named', near: true } : { how: 'unnamed', near: true };
    }
    const pron = tokens[cue + 1];
    // « », a précisé ce dernier », « tempère l'intéressée »: an anaphor after the verb is its inverted subject.
    const latter = findAnaphor(cue + 1, Math.min(to, cue + 2));
    if (latter >= 0) return latterOf(latter);
    // ("Judge Timothy Greaves said she had “…”": a pronoun with a verb of its own after it is the reported clause's
    // subject, not the speaker named right before the verb.)
    const reported = isWord(tokens[cue + 2]) && !tokens[cue + 2].cap && mentionsIn(Math.max(from, cue - 3), cue - 1).some((m) => isPerson(m) && usable(m));
    if (isWord(pron) && lang.pronouns.has(pron.lower) && !reported) return pronoun(cue + 1, lang.personPronouns.has(pron.lower));
    // « », rappelle le communiqué », "“…”, the statement said": a document after the verb, with no issuer named, is
    // that of whoever the text said issued it.
    const documentAfter = !after.length && isWord(pron) && lang.definiteArticles.has(pron.lower) && isWord(tokens[cue + 2]) && lang.documentNouns.has(tokens[cue + 2].lower);
    const documentIssuer = documentAfter ? issuerOf(cue + 2) : undefined;
    if (documentIssuer != null) return { actor: documentIssuer, how: 'role', near: false };
    // "Spielberg's statement said": a possessor right before its document and the verb speaks through it.
    const owner = mentionsIn(Math.max(from, cue - 6), cue - 1).find((m) => possessor(m) && m.last + 4 >= cue && isWord(tokens[cue - 1]) && lang.documentNouns.has(tokens[cue - 1].lower));
    if (owner) return { actor: owner.actor, how: 'named', near: true };
    // « Télérama le qualifiant de « … » », « Libération les accuse d'être « … » »: a name right before the verb's object
    // pronoun is its subject, whatever it names and whoever was named before it.
    const object = tokens[cue - 1];
    if (isWord(object) && !object.cap && lang.determinerPronouns.has(object.lower)) {
      const subject = mentionsIn(Math.max(from, cue - 10), cue - 2).find((m) => m.last == cue - 2 && usable(m));
      if (subject) return { actor: subject.actor, how: 'named', near: true };
    }
    // "backed by John Smith, a local councillor, who said", « soutenu par Jean Dupont, qui a déclaré »: a relative
    // that stands for people, as the verb's subject, speaks for the name before it (past an apposition), even an agent.
    // (Only where the name could not speak otherwise: the names before the verb are weighed below.)
    const relativeSubject = relativeAntecedent(cue, from);
    if (relativeSubject && !usable(relativeSubject)) return { actor: relativeSubject.actor, how: 'named', near: true };
    // Before the verb: « X a déclaré », "X said", « Il a déclaré », « Ce dernier, …, a affirmé ».
    // ("New Zealand's leader said", "Fallon's remarks hinted": the possessor of a title or a thing is not its subject;
    // "Smith's lawyer" speaks for Smith, and a document for its owner, above.)
    // ("Migiro's remarks calling the situation…": a participle's subject is the remarks, hers.)
    const owns = (m: Mention) => possessor(m) && m.last + 3 < cue && !lang.relationNouns.has(tokens[m.last + 3]?.lower ?? '') && !isPresentParticiple(lang, t.lower);
    // "Biden, speaking at the White House, said", « Le ministre, interrogé sur France Inter, a déclaré »: a name inside
    // a clause between commas right before the verb is not its subject when a name stands right before that clause.
    const insertion = beforeInsertion(doc, from, cue);
    const candidates = mentionsIn(from, cue - 1).filter((m) => usable(m) && !spokenFor(m) && !owns(m));
    const beforeClause = insertion < cue && isWord(tokens[insertion + 1]) && !tokens[insertion + 1].cap && candidates.some((m) => m.last == insertion - 1);
    const before = beforeClause ? candidates.filter((m) => m.first < insertion) : candidates;
    // « nombre de manifestants se trouvant sur le parcours de Trump ont clamé », « certains de ses camarades de l'EFB ont
    // confié »: people the text does not name opened the clause; a name in their complement did not speak.
    const unnamedGroup = groupSubject(doc, from, cue, before);
    if (unnamedGroup) return { how: 'unnamed', near: true };
    const persons = before.filter(isPerson);
    const lastBefore = persons[persons.length - 1];
    // A pronoun or « ce dernier » opening the clause is its subject, whatever names follow it.
    const subjectPronoun = findPronoun(from, cue - 1);
    const anaphor = findAnaphor(from, cue - 1);
    // « Chez Renault, on assure que… »: the impersonal subject speaks for the body where it stands.
    let impersonal = cue - 1;
    while (impersonal > from && cue - impersonal <= 4 && !(isWord(tokens[impersonal]) && lang.impersonalPronouns.has(tokens[impersonal].lower))) impersonal--;
    if (impersonal >= from && isWord(tokens[impersonal]) && lang.impersonalPronouns.has(tokens[impersonal].lower)) {
      // (« Même son de cloche à la CFDT, où l'on juge… »: so does the body a relative of place stands for.)
      let rel = impersonal - 1;
      if (isApostrophe(tokens[rel])) rel -= 2;
      const placeRelative = isWord(tokens[rel]) && lang.placeRelatives.has(tokens[rel].lower) && tokens[rel - 1]?.text == ',';
      const antecedent = placeRelative ? mentionsIn(Math.max(from, rel - 8), rel - 2).find((m) => m.last == rel - 2) : undefined;
      const where = antecedent ?? mentionsIn(from, impersonal - 1).find((m) => impersonalAfterOpener(doc, m.first));
      // (As sure as a description, not a name: the body is inferred from where its voice comes from.)
      if (where) return { actor: where.actor, how: 'role', near: true };
    }
    // « La famille de la victime, elle, réclame « … » »: a pronoun stressed between commas repeats the subject before it,
    // unnamed when no name stands there.
    if (subjectPronoun > from && tokens[subjectPronoun - 1].text == ',' && tokens[subjectPronoun + 1]?.text == ',' && lang.stressedPronouns.has(tokens[subjectPronoun].lower)) {
      const named = before.filter((m) => m.last < subjectPronoun - 1);
      // (« Le coureur, lui, a présenté ses excuses »: unless the description stands for someone named.)
      let opening = from;
      while (opening < subjectPronoun - 1 && !(isWord(tokens[opening]) && lang.definiteArticles.has(tokens[opening].lower))) opening++;
      const described = opening < subjectPronoun - 1 ? roleAnaphor(opening, opening) : undefined;
      if (described != null) return { actor: described, how: 'role', near: true };
      if (!named.length && subjectPronoun - from >= 2) return { how: 'unnamed', near: true };
    }
    for (const at of [anaphor, subjectPronoun]) {
      if (at < 0) continue;
      // "Asked whether he would resign, Johnson replied": a name right before the verb, after the pronoun, is its subject.
      if (before.some((m) => m.first > at && cue - m.last <= 3)) continue;
      // « …, à la suite de laquelle il a affirmé »: a pronoun right before its verb is its subject wherever it stands.
      const opensClause = countWords(tokens, from, at - 1) <= 1 || tokens[at - 1]?.text == ',' || countWords(tokens, at + 1, cue - 1) <= 1;
      if (!lastBefore || lastBefore.first > at && opensClause || lastBefore.first < at && cue - at < cue - lastBefore.last && opensClause) {
        return at == anaphor ? latterOf(at) : pronoun(at, lang.personPronouns.has(tokens[at].lower));
      }
    }
    // "Andy Logan, the senior investigator of Aitchison's murder, said", « Gianni Infantino, le président de la FIFA,
    // déclare »: a name or a description inside the apposition before the verb is not its subject; the name before it is.
    const unclosed = unclosedApposition(doc, before, cue);
    const apposed = lastBefore && (appositionSubject(before, cue) ?? (unclosed && isPerson(unclosed) ? unclosed : undefined));
    if (apposed) return { actor: apposed.actor, how: 'named', near: true };
    // « Le président de la région Hauts-de-France ajoute », « Le chef de l'État a ajouté »: a person's title opening the
    // clause, with its complement, is the verb's subject however long the complement.
    const opening = isWord(tokens[from]) && lang.definiteArticles.has(tokens[from].lower) && cue - from > 5 && cue - from <= 12;
    const titleAfter = isApostrophe(tokens[from + 1]) ? tokens[from + 2] : tokens[from + 1];
    if (opening && !persons.length && isTitle(titleAfter, lang)) {
      const described = roleAnaphor(from, from);
      if (described != null) return { actor: described, how: 'role', near: true };
    }
    // « L'ONG a ajouté », "the group said", "it added": a description or a pronoun of an organisation, after any name.
    // « L'ONG, qui enquête depuis deux ans, a ajouté »: the description may stand before a clause between commas.
    const subjectEnd = beforeInsertion(doc, from, cue);
    // "The report, released by the World Bank on Tuesday, warned": a document speaks for whoever issued it.
    if (subjectEnd < cue && isWord(tokens[subjectEnd - 1]) && lang.documentNouns.has(tokens[subjectEnd - 1].lower)) {
      const issuer = mentionsIn(subjectEnd + 1, cue - 1).find((m) => lang.agentPrepositions.has(tokens[m.first - 1]?.lower ?? '') || afterAgent(m.first));
      if (issuer) return { actor: issuer.actor, how: 'named', near: true };
    }
    // "The report by Human Rights Watch found", « le rapport de l'ONU souligne »: a document's issuer, named right before
    // the verb, speaks through it.
    // (Not the `before` list: "by" makes the name an agent there.)
    const issuedNear = (m: Mention) => {
      const noun = documentNounBefore(doc, m.first);
      return noun >= 0 && noun - from <= 2;
    };
    const issuer = mentionsIn(from, cue - 1).find((m) => cue - m.last <= 2 && issuedNear(m));
    if (issuer) return { actor: issuer.actor, how: 'named', near: true };
    // "Russia's Interior Ministry confirmed… The statement said", « Le communiqué précise »: a document named by its noun
    // alone, opening its clause, is that of whom the sentence before was about.
    const issued = issuedBefore(from, cue);
    if (issued != null) return { actor: issued, how: 'role', near: true };
    for (let k = Math.max(from, subjectEnd - 4); k < subjectEnd; k++) {
      if (lastBefore && lastBefore.last > k) continue;
      if (completesNoun(doc, k) || relatedTo(k)) continue;
      const described = roleAnaphor(k, k);
      if (described != null) return { actor: described, how: 'role', near: true };
    }
    for (let k = Math.max(from, cue - 5); k < cue; k++) {
      if (lastBefore && lastBefore.last > k) continue;
      // « un membre de l'entreprise affirme », "an aide to the mayor said": a description completing another noun is
      // not the verb's subject.
      if (completesNoun(doc, k) || relatedTo(k)) continue;
      // "The former president said": a person by the title an earlier mention gave them.
      const described = isOrgPronoun(k, cue) ? latestOrganisation(k) : roleAnaphor(k, k);
      if (described != null) return { actor: described, how: 'role', near: true };
    }
    // « Le ministre X et la préfète Y ont dénoncé »: of people coordinated before the verb, the first speaks.
    const lead = lastBefore && persons.find((m) => m.subject && coordinatedNames(doc, m, lastBefore) && lang.pluralVerb.test(tokens[lastBefore.last + 1]?.lower ?? ''));
    if (lastBefore) return { actor: (lead ?? lastBefore).actor, how: 'named', near: cue - lastBefore.last <= 3 };
    // "National Cyber Security Centre of the UK said": an organisation's complement may stand between it and its verb.
    // « d'anciens camarades de l'EFB ont confié »: an organisation completing a noun is not the verb's subject either.
    // « Le texte de la CFDT affirme »: a body speaks through its document.
    const last = before[before.length - 1];
    // "Analyst Joanna Park of Crestview Research said": the body after « of » is whom the person works for; she speaks.
    const member = last && isWord(tokens[last.first - 1]) && lang.memberOf.has(tokens[last.first - 1].lower) ? before.find((m) => m.last == last.first - 2 && isPerson(m)) : undefined;
    if (member && cue - last.last <= 2) return { actor: member.actor, how: 'named', near: true };
    const org = last && (!completesNoun(doc, last.first) || documentOf(last.first)) ? last : undefined;
    const complementOnly = (a: number, b: number) => tokens.slice(a, b + 1).every((x) => isWord(x) && (x.cap || lang.nameConnectors.has(x.lower) || lang.determiners.has(x.lower)));
    // « Le Canard enchaîné de ce 22 mars ajoute », « Le parquet, lui, estime »: the issue's date or a stressed pronoun too.
    const orgEnd = org ? pastInsert(doc, org.last + 1) - 1 : -1;
    // "Shell, which denies wrongdoing, said": a name right before a clause between commas that ends at the verb.
    const inserted = org && subjectEnd < cue && org.last == subjectEnd - 1;
    if (org && (cue - orgEnd <= 3 || inserted || (cue - org.last <= 6 && complementOnly(org.last + 1, cue - 1)))) return { actor: org.actor, how: 'named', near: true };
    // "Prosecutors said Smith had…": people the text does not name spoke; the name after the verb is whom they spoke of.
    if (unnamedRightBefore(doc, from, cue)) return { how: 'unnamed', near: true };
    // "called Mahdi Army a "…"", « qualifiait l'Armée du Mahdi d'« … » »: after an active verb that names, the name
    // is its object, not who speaks.
    const inverted = lang.namingVerbs.has(t.lower) ? [] : after;
    // « a réagi l'attaquant du PSG »: a definite description of someone at a body, after the verb, is the person the
    // text was speaking of (or someone unnamed), not the body.
    if (inverted[0] && memberOf(cue + 1, inverted[0])) {
      const described = recentPerson(cue, undefined);
      return described != null ? { actor: described, how: 'role', near: false } : { how: 'unnamed', near: true };
    }
    const first = inverted.find(isPerson) ?? inverted[0];
    if (first) return { actor: first.actor, how: 'named', near: first.first - cue <= 4 };
    const role = roleAnaphor(cue + 1, subjectTo, other);
    if (role != null) return { actor: role, how: 'role', near: true };
    // « a affirmé le libéral-radical », « a expliqué l'ex-ministre », « explique le réalisateur »: any other description
    // of one person as the inverted subject is the one person named in the sentences just before.
    const described = describedAfter(cue);
    if (described != null) return { actor: described, how: 'role', near: false };
    // "…", adding to CNN / « … », déplorant…: a participle's subject is the sentence's.
    if (lang.isParticiple(t.lower)) return sentenceSubject(cue);
    // « Avant d'ajouter : « … » »: an infinitive carries on with the latest speaker.
    let m = cue - 1;
    if (isApostrophe(tokens[m])) m--;
    if (isWord(tokens[m]) && lang.infinitiveMarkers.has(tokens[m].lower)) return pronoun(cue, true);
    return undefined;
  }
  /** Whether tokens from `k` read « l'attaquant du PSG »: an article, a lower-case noun for no body, title or thing, then `body`. */
  function memberOf(k: number, body: Mention): boolean {
    if (actors[body.actor].kind != 'organization') return false;
    if (!isWord(tokens[k]) || !lang.definiteArticles.has(tokens[k].lower)) return false;
    const noun = tokens[isApostrophe(tokens[k + 1]) ? k + 2 : k + 1];
    if (!isWord(noun) || noun.cap || lang.stopwords.has(noun.lower) || lang.orgNouns.has(noun.lower) || lang.documentNouns.has(noun.lower) || isTitle(noun, lang) || lang.sourceNouns.has(noun.lower)) return false;
    let j = (isApostrophe(tokens[k + 1]) ? k + 2 : k + 1) + 1;
    if (!isWord(tokens[j]) || !lang.nameConnectors.has(tokens[j].lower)) return false;
    j++;
    if (isApostrophe(tokens[j])) j++;
    if (isWord(tokens[j]) && lang.determiners.has(tokens[j].lower) && !tokens[j].cap) j++;
    if (isApostrophe(tokens[j])) j++;
    return body.first == j;
  }
  /**
   * "The Associated Press quoted a police official as saying": whom a verb of quoting names, before "as" and the verb
   * of saying at `cue`, spoke — unnamed if no name is there; the medium that quotes did not.
   */
  function quotedAsSaying(cue: number, from: number): Resolution | undefined {
    if (!lang.quotedAs || tokens[cue - 1]?.lower != lang.quotedAs) return undefined;
    for (let k = cue - 2; k >= from && cue - k <= 10; k--) {
      if (!isWord(tokens[k]) || !lang.quotingVerbs.has(tokens[k].lower)) continue;
      // "Eastman is quoted by U.S. News as saying": passive, its subject spoke — "one resident was quoted as saying to the
      // newspaper", someone the text does not name.
      let be = k - 1;
      while (be > k - 3 && isWord(tokens[be]) && !lang.beAuxiliaries.has(tokens[be].lower) && (lang.adverb.test(tokens[be].lower) || lang.stopwords.has(tokens[be].lower))) be--;
      if (isWord(tokens[be]) && lang.beAuxiliaries.has(tokens[be].lower)) return unnamedRightBefore(doc, from, be) ? { how: 'unnamed', near: true } : undefined;
      const named = mentionsIn(k + 1, cue - 2).filter(usable);
      const person = named.find(isPerson) ?? named[0];
      return person ? { actor: person.actor, how: 'named', near: true } : { how: 'unnamed', near: true };
    }
    return undefined;
  }
  /** "an aide to [the mayor]", « l'avocat du [ministre] »: the description at `k` says whom a relation noun before it serves. */
  function relatedTo(k: number): boolean {
    const connector = tokens[k - 1];
    return isWord(connector) && lang.relationConnectors.has(connector.lower) && lang.relationNouns.has(tokens[k - 2]?.lower ?? '');
  }
  /** Whether the name at token `first` completes a document noun: « le communiqué de [la préfecture] ». */
  const documentOf = (first: number): boolean => documentNounBefore(doc, first) >= 0;
  /** The person named right before a comma-bounded apposition that ends at the verb `cue` (« X, …, a déclaré »), if another name sits inside it. */
  function appositionSubject(named: Mention[], cue: number): Mention | undefined {
    let close = cue - 1;
    if (isWord(tokens[close]) && lang.auxiliaries.has(tokens[close].lower)) close--;
    if (tokens[close]?.text != ',') return undefined;
    // "X, the director of Y (Z, ACF), told": a comma inside brackets does not open the apposition.
    let open = close - 1;
    let depth = 0;
    for (; open > close - 25 && open >= 0 && (depth > 0 || tokens[open].text != ',') && tokens[open].sentence == tokens[cue].sentence; open--) {
      if (tokens[open].text == ')') depth++;
      else if (tokens[open].text == '(') depth = Math.max(0, depth - 1);
    }
    if (tokens[open]?.text != ',') return undefined;
    const inside = named.filter((m) => m.first > open && m.last < close);
    // (The name opens its clause: the sentence's subject, "…, while Bambang Widaryatmo, head of the police, promised", or
    // « « … », Harith al-Ithari, head of al-Sadr's office, told Reuters » right after the quotation.)
    const closingMark = (t: Token | undefined) => !!t && '»”"'.includes(t.text);
    const afterQuote = (m: Mention) => closingMark(tokens[m.first - 1]) || (tokens[m.first - 1]?.text == ',' && closingMark(tokens[m.first - 2]));
    const opensClause = (m: Mention) => {
      const p = tokens[m.first - 1];
      return afterQuote(m) || (!!p && isWord(p) && (lang.clauseOpeners.has(p.lower) || lang.coordinators.has(p.lower) || lang.gerundMarkers.has(p.lower)));
    };
    const before = named.filter((m) => m.last == open - 1 && (m.subject || opensClause(m)) && isPerson(m));
    return inside.length && before.length ? before[0] : undefined;
  }
  function pronoun(at: number, personOnly: boolean, other?: number): Resolution {
    const s = salient(at, personOnly, other);
    return { actor: s.actor, how: s.actor == null ? 'unnamed' : 'pronoun', near: s.near };
  }
  function findPronoun(from: number, to: number): number {
    for (let k = from; k <= to; k++) {
      const t = tokens[k];
      // « il », "he": a subject pronoun, not an emphatic or object one (« lui »).
      if (t.quote < 0 && isWord(t) && lang.pronouns.has(t.lower) && lang.subjectClitics.has(t.lower)) return k;
    }
    return -1;
  }
  /** « ce dernier », « cette dernière », "the latter": the person named last before token `at`, of the gender it marks. */
  function latterOf(at: number): Resolution {
    // « la première », "the former": the first of the two people named last, not the last.
    const former = lang.formerPhrases.find((p) => phraseAt(tokens, at, p));
    const phrase = former ?? [...lang.anaphorPhrases, ...lang.latterOrdinals].find((p) => phraseAt(tokens, at, p));
    const gender = phrase ? phrase.map((w) => lang.pronounGender(w)).find(Boolean) : undefined;
    let skip = former ? 1 : 0;
    let seen = -1;
    for (let i = lastAtOrBefore(mentions, tokens[at].start - 1), n = 0; i >= 0 && n < 30; i--, n++) {
      const m = mentions[i];
      // (« remplacé par Alexis Baron. Ce dernier… »: the agent of a passive is named last all the same.)
      if (!(usable(m) || (afterAgent(m.first) && tokens[m.first].quote < 0)) || !isPerson(m) || (gender && genders[m.actor] && genders[m.actor]![0] != gender)) continue;
      if (skip && m.actor != seen) {
        if (seen >= 0) skip--;
        seen = m.actor;
        if (skip) continue;
      }
      if (skip) continue;
      return { actor: m.actor, how: 'pronoun', near: tokens[at].sentence - tokens[m.first].sentence <= 1 };
    }
    return { how: 'unnamed', near: false };
  }
  function findAnaphor(from: number, to: number): number {
    // (« la première », « la seconde » stand for someone only before their verb: not in « le Premier ministre », « la
    // première fois ».)
    const standsAlone = (p: string[], k: number) => {
      const next = tokens[k + p.length];
      const clitic = isWord(next) && lang.elisions.has(next.lower) && isApostrophe(tokens[k + p.length + 1]);
      return next?.text == ',' || clitic || (isWord(next) && !next.cap && (lang.auxiliaries.has(next.lower) || lang.sayVerbs.has(next.lower) || lang.verbClitics.has(next.lower) || lang.beAuxiliaries.has(next.lower)));
    };
    for (let k = from; k <= to; k++) {
      if (lang.anaphorPhrases.some((p) => phraseAt(tokens, k, p))) return k;
      if ([...lang.formerPhrases, ...lang.latterOrdinals].some((p) => phraseAt(tokens, k, p) && standsAlone(p, k))) return k;
    }
    return -1;
  }
  /** « selon X », "according to X" anywhere in the sentence outside quotations. */
  function sourceIn(from: number, to: number): Resolution | undefined {
    for (let k = from; k <= to; k++) {
      if (tokens[k].quote >= 0) continue;
      const p = lang.sourcePhrases.find((ph) => phraseAt(tokens, k, ph));
      // ("Minasyan was quoted by the local media as saying": in the passive, the subject is the source.)
      if (!p || (isWord(tokens[k - 1]) && lang.beAuxiliaries.has(tokens[k - 1].lower))) continue;
      const at = k + p.length;
      const t = tokens[at];
      if (isWord(t) && lang.pronouns.has(t.lower)) return pronoun(at, false);
      // « Le procureur, Éric Mathais, selon qui les faits sont « … » », "the minister, according to whom…": the name the
      // relative stands for, right before the source phrase.
      if (isWord(t) && (lang.personRelatives.has(t.lower) || lang.humanRelatives.has(t.lower))) {
        const end = tokens[k - 1]?.text == ',' ? k - 2 : k - 1;
        const antecedent = mentionsIn(Math.max(0, end - 8), end).find((m) => m.last == end && usable(m));
        if (antecedent) return { actor: antecedent.actor, how: 'named', near: true };
      }
      // « selon les propos de son avocat, Me Antonin Levy »: the name may come a few words on, with no verb between.
      let reach = at;
      // « selon le président du comité d'organisation de la primaire, Christophe Borgel »: a title opening the source is
      // held by the person named after it, however long its complement, not by the body it is of.
      const titled = isWord(t) && lang.determiners.has(t.lower) ? isTitle(tokens[at + 1], lang) : isTitle(t, lang);
      // (« selon un communiqué de l'Élysée »: a word of saying used as a noun is no verb.)
      const verb = (k: number) => (lang.sayVerbs.has(tokens[k].lower) && !isNounThere(doc, k)) || lang.agencyFollowers.has(tokens[k].lower);
      // (« Selon le texte, A. Coulibaly doit « … » »: past a document and its complement, a comma opens the clause it is the
      // source of, whose subject is no source.)
      const documentNoun = isWord(t) && lang.definiteArticles.has(t.lower) && isWord(tokens[at + 1]) && lang.documentNouns.has(tokens[at + 1].lower);
      while (reach < Math.min(to, at + (titled ? 14 : 9)) && tokens[reach].quote < 0 && !verb(reach) && !(documentNoun && tokens[reach].text == ',')) reach++;
      const found = mentionsIn(at, Math.min(to, documentNoun ? reach : Math.max(reach, at + 3))).filter((x) => (tokens[x.first].quote < 0 || titleInMarks(x)) && !spokenFor(x));
      const holder = titled ? found.find(isPerson) : undefined;
      // (« selon le chef de la police municipale »: a title no one named after it is held by someone unnamed.)
      if (titled && !holder) return { how: 'unnamed', near: true };
      // "according to National Disaster Management Agency spokesman Sutopo Nugoroho": the body only qualifies the title.
      const m = holder ?? (found[1] && isPerson(found[1]) && qualifiesTitle(doc, found[0].last, found[1].first) ? found[1] : found[0]);
      if (m) return { actor: m.actor, how: 'named', near: m.first - at <= 3 };
      // ("according to the report", « selon le rapport »: whoever the text said issued it.)
      const issuer = documentNoun ? issuerOf(at + 1) : undefined;
      if (issuer != null) return { actor: issuer, how: 'role', near: false };
      const role = roleAnaphor(at, Math.min(to, at + 3));
      if (role != null) return { actor: role, how: 'role', near: true };
      return { how: 'unnamed', near: true };
    }
    return undefined;
  }

  /** « À ses yeux, « … » », "In her view, the law is "…"": a sentence opening on whose view it gives, by a possessive. */
  function viewOf(first: number, open: number): Resolution | undefined {
    const phrase = lang.viewPhrases.find((p) => phraseAt(tokens, first, p));
    if (!phrase || tokens[first + phrase.length]?.text != ',' || open - first > 20) return undefined;
    const person = salient(first, true);
    return person.actor != null ? { actor: person.actor, how: 'pronoun', near: person.near } : undefined;
  }
  /** « Pour Sophie Binet, secrétaire de la CGT, « … » »: a sentence opening on « pour » and a name gives that name's view. */
  function openingSource(first: number, open: number): Resolution | undefined {
    // « Mais, pour M. Goudet, « … » », « En effet, pour Kenza Occansey, « … » »: a short opener and its comma may come first.
    for (let k = first; k < first + 3; k++) {
      if (tokens[k]?.text != ',') continue;
      if (isWord(tokens[k + 1]) && lang.openingSources.has(tokens[k + 1].lower)) first = k + 1;
      break;
    }
    if (!isWord(tokens[first]) || !lang.openingSources.has(tokens[first].lower)) return undefined;
    // « Pour X, « … » », « Pour X, membre du comité : « … » »; « Pour X, il s'agit d'« … » »: a short clause of no one
    // else's may stand between the phrase and the marks.
    const lead = tokens[open - 1]?.text;
    if (lead != ',' && lead != ':') {
      let comma = first + 1;
      while (comma < open && comma - first <= 12 && tokens[comma].text != ',') comma++;
      if (tokens[comma]?.text != ',' || open - comma > 12) return undefined;
      for (let k = comma + 1; k < open; k++) if (tokens[k].quote >= 0 || isCue(k)) return undefined;
      open = comma + 1;
    }
    // « Pour lui, « … » », « Pour elle, « … » »: the view of whoever the pronoun stands for (« elle » may be a body's).
    const pron = tokens[first + 1];
    const standsFor = isWord(pron) && (lang.personPronouns.has(pron.lower) || lang.pronouns.has(pron.lower));
    if (standsFor && tokens[first + 2]?.text == ',' && first + 3 == open) return pronoun(first + 1, lang.personPronouns.has(pron!.lower));
    for (let k = first + 1; k < open; k++) if (tokens[k].quote >= 0 || lang.sayVerbs.has(tokens[k].lower) || lang.agencyFollowers.has(tokens[k].lower)) return undefined;
    // « Pour le président du Centre d'analyse du terrorisme, Jean-Charles Brisard, « … » »: the person in the
    // phrase, else the first name in it.
    const named = mentionsIn(first + 1, open - 1).filter((m) => usable(m) && !spokenFor(m));
    const m = named.find(isPerson) ?? (named[0] && named[0].first <= first + 3 ? named[0] : undefined);
    if (m) return { actor: m.actor, how: 'named', near: open - m.last <= 16 };
    // « Pour l'élue de l'Orne, « … » »: a description of someone named before.
    const described = roleAnaphor(first + 1, Math.min(open - 1, first + 2));
    return described != null ? { actor: described, how: 'role', near: true } : undefined;
  }

  // (Read once every helper above is defined.)
  for (let si = 1; si < sentences.length; si++) {
    const s = sentences[si];
    // « Le président a dit… », "The president says he…": a title opening the sentence stands for its holder and carries
    // them on as a pronoun does.
    const described = isWord(tokens[s.first]) && lang.definiteArticles.has(tokens[s.first].lower) && isTitle(tokens[s.first + 1], lang) ? roleAnaphor(s.first, s.first) : undefined;
    if (described != null && actors[described].kind == 'person') {
      carried.push({ start: tokens[s.first].start, actor: described });
      continue;
    }
    let k = s.first;
    while (k <= s.last && k - s.first < 25 && !(isWord(tokens[k]) && tokens[k].quote < 0 && lang.pronouns.has(tokens[k].lower) && lang.subjectClitics.has(tokens[k].lower))) k++;
    if (k > s.last || k - s.first >= 25 || lang.impersonalWords.has(tokens[k + 1]?.lower ?? '')) continue;
    const start = tokens[k].start;
    if (mentionsIn(s.first, k - 1).some(isPerson)) continue;
    const gender = lang.pronounGender(tokens[k].text);
    // (Not where the sentence before had a subject, a name or a pronoun of its own: "She was arrested when he plotted
    // against Nasser. She longed…".)
    const before = tokens[sentences[si - 1].first].start;
    const named = mentionsIn(sentences[si - 1].first, sentences[si - 1].last).filter(usable);
    const alone = named.filter((m) => isPerson(m) && !spokenFor(m));
    const subjectBefore = named.some((m) => m.subject) || (carried[carried.length - 1]?.start ?? -1) >= before;
    const lone = !subjectBefore && new Set(alone.map((m) => m.actor)).size == 1 && (!gender || !genders[alone[0].actor] || genders[alone[0].actor]![0] == gender);
    const actor = lone ? alone[0].actor : salient(k, lang.personPronouns.has(tokens[k].lower)).actor;
    if (actor != null && (lone || actor == carried[carried.length - 1]?.actor)) carried.push({ start, actor });
  }

  // « Clara Lemaître a perdu. La Lyonnaise de 22 ans s'est inclinée… « … », a-t-elle regretté »: a description of
  // someone opening a sentence is its subject, the person just named, and what a pronoun after it stands for.
  subjects = [...mentions, ...describedSubjects()].sort((a, b) => a.start - b.start);
  quotations.forEach((q, index) => {
    let first = q.first;
    let last = q.last;
    while (last >= first && (tokens[last].text == ',' || tokens[last].text == ';')) last--;
    if (first > last) return;
    const words = countWords(tokens, first, last);
    if (words < 2) return;
    const sentence = sentences[tokens[q.close].sentence];
    const openSentence = sentences[tokens[q.open].sentence];
    const prevQ = quotations[index - 1];
    const nextQ = quotations[index + 1];
    // A one-word quotation before (« marqué ») is a word in marks, not speech: it does not close the attribution.
    const prevSpeech = prevQ && countWords(tokens, prevQ.first, prevQ.last) >= 2 ? prevQ : undefined;
    const leftFrom = Math.max(openSentence.first, prevSpeech && prevSpeech.close < q.open ? prevSpeech.close + 1 : 0);
    const rightTo = Math.min(sentence.last, nextQ ? nextQ.open - 1 : tokens.length - 1);

    let resolution: Resolution | undefined;
    let cue = -1;
    // « J'entretiens avec lui une relation de confiance, confiait Hamon en 2010. J'écoute ses conseils. »: the
    // attribution inside the marks splits them into two quotes of that speaker.
    const incise = inciseIn(doc, first, last, (from, to) => mentionsIn(from, to).length > 0);
    if (incise) {
      inside = incise;
      resolution = speakerOfCue(incise.cue, incise.from + 1, incise.to);
      inside = undefined;
      if (resolution) cue = incise.cue;
    }
    // "Smith urged "…" while Jones described…": a verb past a subordinator after the quote is another clause's, when
    // the quote has a verb of its own before it.
    const leftCue = () => {
      for (let k = q.open - 1; k >= leftFrom; k--) if (isCue(k)) return true;
      return false;
    };
    // « « … », savourait l'entraîneur, Régis Tanguy », « « … », a tenu à rassurer le maire »: right after the marks and
    // a comma, a verb with its subject after it is the attribution, in a language that inverts there.
    const afterComma = tokens[q.close + 1]?.text == ',' ? q.close + 2 : -1;
    // (« a tenu à rassurer le maire », « a voulu préciser la ministre »: the verb may govern an infinitive first.)
    const inverted = (k: number): boolean => {
      const at = afterComma >= 0 && isWord(tokens[afterComma]) && lang.auxiliaries.has(tokens[afterComma].lower) ? afterComma + 1 : afterComma;
      if (k != at || !isWord(tokens[k]) || tokens[k].quote >= 0 || !lang.inciseVerb(tokens[k].lower)) return false;
      let s = k + 1;
      const word = (j: number) => isWord(tokens[j]) && !tokens[j].cap;
      if (word(s) && lang.stopwords.has(tokens[s].lower) && !lang.determiners.has(tokens[s].lower) && word(s + 1) && lang.isInfinitive(tokens[s + 1].lower)) s += 2;
      else if (word(s) && !lang.stopwords.has(tokens[s].lower) && lang.isInfinitive(tokens[s].lower)) s++;
      const subject = tokens[s];
      return isWord(subject) && (subject.cap || lang.determiners.has(subject.lower));
    };
    for (let k = q.close + 1; k <= rightTo && k - q.close <= REACH && !incise; k++) {
      if (tokens[k].quote < 0 && isWord(tokens[k]) && lang.clauseOpeners.has(tokens[k].lower) && leftCue()) break;
      if (isCue(k) || inverted(k)) {
        // "…", Sumwalt said / "…", he said / « … », a-t-il déclaré: the verb after the quote comes first.
        cue = k;
        resolution = speakerOfCue(k, q.close + 1, rightTo);
        if (resolution && k - q.close > 8) resolution.near = false;
        break;
      }
    }
    // "X commented that "…" and said…": a verb after the quote with no subject of its own leaves it to the verb before.
    // ("The agency said a date would be announced "…"": a passive with no agent hands over to the verb before it.)
    if (resolution?.actor == null) {
      for (let k = q.open - 1; k >= leftFrom; k--) {
        if (!isCue(k)) continue;
        const left = speakerOfCue(k, openSentence.first, q.open - 1);
        if (left?.actor != null || !resolution) (resolution = left), (cue = k);
        const passive = isWord(tokens[k - 1]) && lang.beAuxiliaries.has(tokens[k - 1].lower) && lang.isPastParticiple(tokens[k].lower);
        if (left?.actor == null && passive) continue;
        break;
      }
    }
    // « « Sauver Paris, c'est… » ¶ — Victor Hugo », a pull-quote signed on the line after it: a quotation that is its
    // paragraph, followed by a paragraph opening on a dash and a name, is that name's.
    if (resolution?.actor == null) {
      const signer = signatureAfter(q);
      if (signer != null) (resolution = { actor: signer, how: 'named', near: true }), (cue = -1);
    }
    // « il n'a pu que constater …, selon Paul Ryan, la difficulté de passer d'« … » »: a named source between the verb
    // and the quotation is nearer the words than the verb's subject.
    if (cue >= 0 && cue < q.open) {
      const between = sourceIn(cue + 1, q.open - 1);
      if (between?.actor != null) resolution = between;
    }
    // « D'après Le Parisien, … semblent confirmer « … » »: a named source beats a verb whose subject names no one.
    if (resolution?.actor == null) {
      const source = sourceIn(openSentence.first, sentence.last) ?? openingSource(openSentence.first, q.open) ?? viewOf(openSentence.first, q.open);
      if (source?.actor != null || !resolution) resolution = source;
    }
    // A verb of saying with no one we can name (« les secours précisent », "officials said"): attributed, unnamed.
    if (!resolution && cue >= 0) resolution = { how: 'unnamed', near: true };
    // A quotation opening the sentence right after an attributed one goes on in the same voice.
    const opensSentence = q.open == openSentence.first;
    // "Donald Kirk says:" and the quotation in the next paragraph: the colon hands the words to that verb's subject.
    if (!resolution && opensSentence && openSentence.paragraphStart) {
      const intro = introducedBy(tokens[q.open].sentence);
      if (intro) (resolution = intro.resolution), (cue = intro.cue);
    }
    // A paragraph that goes on with a quotation left open in the one before is the same voice.
    const goesOn = prevQ?.unclosed && prevQ.close + 1 == q.open;
    // « …, il dit avoir voulu filmer « … ». Pourquoi la Bretagne ? « Parce que j'y ai grandi. » »: an interviewer's
    // question between two quotations hands the word back to the one who spoke.
    const between = sentences[tokens[q.open].sentence - 1];
    const answers = !!previous && opensSentence && previous.sentence + 2 == tokens[q.open].sentence && tokens[between.last].text == '?' && tokens[between.last].quote < 0;
    // (A paragraph that is one quotation and nothing else, right after a paragraph closing on an attributed one, goes on
    // in that voice: "…," Gates said. ¶ "One real possibility is…")
    const wholeParagraph = opensSentence && openSentence.paragraphStart && previous?.sentence == tokens[q.open].sentence - 1 && endsParagraph(q.close) && previous.q.close + 1 >= sentences[previous.sentence].last - 4;
    const continued =
      !resolution && previous && previous.speaker != null &&
      (previous.sentence == tokens[q.open].sentence || goesOn || answers || wholeParagraph || (opensSentence && !openSentence.paragraphStart && previous.sentence + 1 == tokens[q.open].sentence));
    // (A verb right after the marks makes them said: « inculpé pour « … », a annoncé le parquet ».)
    if (namesAThing(q.open) && (cue < 0 || cue < q.open || cue - q.close > 3)) return;
    const allCaps = tokens.slice(first, last + 1).every((t) => !isWord(t) || t.cap || lang.nameConnectors.has(t.lower));
    // (« n'a pas caché sa colère : « C'est inadmissible » »: a capitalised phrase after a colon is said, however short.)
    const afterColon = tokens[q.open - 1]?.text == ':';
    const fragment = words <= 4 && !(tokens[first].cap && (/[.!?]$/.test(tokens[last].text) || afterColon));
    if (allCaps && words <= 5) return;
    // « porte-parole des « Gilets jaunes libres » », "a member of “Friends of Syria”": a short phrase opening on a
    // capital right after « de », "of" names a group or a thing; nobody says it.
    // « le collectif « Sécurité pour tous » », « l'opération « Sentinelle » », "the campaign “Stop the War”": so is one
    // right after a noun for a body or a named thing, a little longer.
    const before = tokens[q.open - 1];
    const named = isWord(before) && lang.nameConnectors.has(before.lower) && !lang.determiners.has(before.lower);
    // (« le site internet « … » »: one word may qualify the noun.)
    const nounAt = (t: Token | undefined) => isWord(t) && !t.cap && (lang.orgNouns.has(t.lower) || lang.namedThingNouns.has(t.lower));
    const nameOf = nounAt(before) || (isWord(before) && !before.cap && !lang.stopwords.has(before.lower) && !lang.sayVerbs.has(before.lower) && nounAt(tokens[q.open - 2]));
    if ((named ? words <= 4 : nameOf && words <= 8) && tokens[first].cap && !/[.!?]$/.test(tokens[last].text)) return;
    // « auteur de « Vendredi ou les Limbes du Pacifique », « Le Roi des aulnes » ou « Les Météores » »: short capitalised
    // phrases in marks listed one after the other are titles of works; nobody says them.
    if (words <= 8 && tokens[first].cap && !/[.!?]$/.test(tokens[last].text) && listedTitle(q)) return;
    // (« X a comptabilisé 10 000 manifestants : « une petite minorité » »: after a colon, the one person the clause names
    // sums it up in their words, however short.)
    if (fragment && !resolution && !continued && !(afterColon && words >= 2 && colonLead(q.open) != null)) return;

    let speaker: number | undefined;
    let confidence: number;
    let fromSentenceBefore = false;
    if (resolution?.actor != null) {
      speaker = resolution.actor;
      confidence = { named: 0.9, role: 0.8, pronoun: 0.75, unnamed: 0.6 }[resolution.how] - (resolution.near ? 0 : 0.12);
      // Another person named in the same sentences, outside the marks, could have been the one: an editor should look.
      if (rivalIn(openSentence.first, sentence.last, speaker)) confidence -= 0.08;
    } else if (resolution) {
      confidence = 0.6;
    } else if (continued) {
      speaker = previous!.speaker;
      confidence = 0.6;
    } else {
      // "KeralaIyers aims “to delve into…”", « Elle souhaitait « graver dans le marbre… » »: with no verb of saying, the
      // words in marks that complete a clause are its subject's; else a full sentence in marks stands alone, after
      // "X offered his explanation." — kept, but an editor should look.
      const subject = q.open > openSentence.first ? (subjectRightBefore(q.open) ?? relativeSubject(q.open) ?? colonLead(q.open) ?? sentenceSubject(q.open, false)?.actor) : undefined;
      speaker = subject ?? leadSubject(openSentence.first, q.open) ?? namedNext(openSentence, q) ?? interviewee(openSentence, q);
      fromSentenceBefore = subject == null && speaker != null;
      confidence = subject != null ? 0.5 : speaker != null ? 0.45 : 0.35;
    }
    if (fragment) confidence -= 0.05;
    if (speaker != null) spoke.push({ start: tokens[q.open].start, actor: speaker });
    else if (resolution?.how == 'unnamed') spoke.push({ start: tokens[q.open].start, actor: -1 });
    const parts = incise && cue == incise.cue ? [[first, incise.from - 1], [incise.to + 1, last]] : [[first, last]];
    for (const [from, to] of parts) {
      if (countWords(tokens, from, to) < 2) continue;
      const quote: Quote = { id: '', text: textOf(text, tokens, from, to), span: [tokens[from].start, tokens[to].end], confidence: round(confidence) };
      if (speaker != null) quote.speaker = actors[speaker].id;
      if (cue >= 0) quote.cue = cueText(doc, cue);
      out.push({ quote, cueToken: cue, openStart: tokens[q.open].start, closeEnd: tokens[q.close].end });
      placed.push({ sentence: tokens[q.open].sentence, fromSentenceBefore });
    }
    previous = { q, speaker, sentence: tokens[q.close].sentence };
  });

  /**
   * Whether the quotation opening at `open` names or sums up a thing rather than reports speech: right after
   * « intitulé », "entitled", "concerning" (an article, « de » or "as" may come between: « baptisé les « … » »), or
   * after « pour », "for" a few words past a word of the courts: « placé en garde à vue pour « violences… » » (not a
   * verb's purpose: « porter plainte pour « ne pas laisser passer… » »).
   */
  function namesAThing(open: number): boolean {
    let k = open - 1;
    const word = (j: number, set: ReadonlySet<string>) => isWord(tokens[j]) && set.has(tokens[j].lower);
    // (« soupçonné de « détournements de fonds », « trafic d'influence » et « abus de biens sociaux » »: the next of a
    // list goes with the first.)
    const listed = tokens[k]?.text == ',' || word(k, lang.listCoordinators) ? tokens[k - 2]?.quote ?? -1 : -1;
    if (listed >= 0 && quotations[listed].close == k - 1 && quotations[listed].open < open) return namesAThing(quotations[listed].open);
    const purpose = word(open + 1, lang.verbClitics) || (isWord(tokens[open + 1]) && lang.isInfinitive(tokens[open + 1].lower));
    if (isApostrophe(tokens[k]) && word(k - 1, lang.offencePrepositions) && !purpose) k--;
    if (word(k, lang.offencePrepositions) && !purpose) {
      for (let j = k - 1; j >= Math.max(0, k - 6) && tokens[j].sentence == tokens[k].sentence && tokens[j].quote < 0; j--) {
        if (word(j, lang.courtWords)) return true;
        // (« condamné cet attentat, qualifié de « lâche et barbare » »: another verb's words are not the court's.)
        if (isWord(tokens[j]) && lang.isPastParticiple(tokens[j].lower)) break;
      }
    }
    if (word(k, lang.determiners) || word(k, lang.ofWords) || tokens[k]?.lower == lang.quotedAs) k--;
    // (« s'est dite « profondément choquée » »: after an auxiliary the word is a verb of saying, not a name's.)
    return word(k, lang.titleIntroducers) && !word(k - 1, lang.auxiliaries) && !word(k - 1, lang.beAuxiliaries);
  }

  /**
   * « Airbus « coopère pleinement » », « son avocat s'« indigne des fuites » », "the group is “dedicated to…”": words in
   * marks that open on their verb have its subject right before the marks, past clitics, auxiliaries, negations and
   * adverbs. The name must open its clause (after a comma, a conjunction or its title), not complete another word.
   */
  function subjectRightBefore(open: number): number | undefined {
    let k = open - 1;
    const glue = (t: Token) =>
      isApostrophe(t) || (isWord(t) && !t.cap && (lang.auxiliaries.has(t.lower) || lang.beAuxiliaries.has(t.lower) || lang.elisions.has(t.lower) || lang.adverb.test(t.lower) || (lang.stopwords.has(t.lower) && !lang.determiners.has(t.lower) && !lang.nameConnectors.has(t.lower) && !lang.placePrepositions.has(t.lower) && !lang.clauseOpeners.has(t.lower) && !lang.pronouns.has(t.lower))));
    for (let n = 0; n < 4 && k > 0 && tokens[k].quote < 0 && glue(tokens[k]); n++) k--;
    const t = tokens[k];
    if (!isWord(t) || t.quote >= 0) return undefined;
    if (lang.pronouns.has(t.lower) && lang.subjectClitics.has(t.lower)) return pronoun(k, lang.personPronouns.has(t.lower)).actor;
    const m = mentionsIn(Math.max(0, k - 8), k).find((x) => x.last == k && usable(x));
    if (!m || completesNoun(doc, m.first)) return undefined;
    let b = m.first - 1;
    while (b > 0 && isWord(tokens[b]) && !tokens[b].cap && (lang.determiners.has(tokens[b].lower) || lang.personTitles.has(tokens[b].lower) || lang.orgNouns.has(tokens[b].lower))) b--;
    const opens = b < 0 || tokens[b].sentence != t.sentence || tokens[b].text == ',' || (isWord(tokens[b]) && (lang.clauseOpeners.has(tokens[b].lower) || lang.coordinators.has(tokens[b].lower)));
    return opens ? m.actor : undefined;
  }

  /**
   * « François Hollande, qui a conditionné sa candidature à « … » », "the government, which does not want to “…”": a
   * relative pronoun a few words before the marks, right after a name, makes that name the clause's subject.
   */
  function relativeSubject(open: number): number | undefined {
    for (let k = open - 1; k >= 0 && open - k <= 12 && tokens[k].sentence == tokens[open].sentence; k--) {
      const t = tokens[k];
      if (t.quote >= 0 || (t.text == ',' && k < open - 1 && !lang.personRelatives.has(tokens[k + 1]?.lower ?? ''))) return undefined;
      if (!isWord(t) || !lang.personRelatives.has(t.lower)) continue;
      const end = tokens[k - 1]?.text == ',' ? k - 2 : k - 1;
      const m = mentionsIn(Math.max(0, end - 8), end).find((x) => x.last == end && usable(x));
      return m && !completesNoun(doc, m.first) ? m.actor : undefined;
    }
    return undefined;
  }

  /**
   * « Réaction immédiate de Jean-Luc Mélenchon : « … » », « Même son de cloche chez Marie Curie : »: words with no verb
   * of saying, ending on a colon before the marks, that name one person, hand the words to that person.
   */
  function colonLead(open: number): number | undefined {
    if (tokens[open - 1]?.text != ':') return undefined;
    const s = sentences[tokens[open].sentence];
    for (let k = s.first; k < open - 1; k++) if (tokens[k].quote >= 0 || isCue(k)) return undefined;
    // (« Il est allé consoler Gemili, qu'il bat… : « … » »: a clause opening on its subject pronoun is that person's, not
    // the one it names after.)
    const opener = tokens[s.first];
    const personal = isWord(opener) && lang.pronouns.has(opener.lower) && lang.subjectClitics.has(opener.lower) && !!lang.pronounGender(opener.text) && !lang.impersonalWords.has(tokens[s.first + 1]?.lower ?? '');
    if (personal) return salient(s.first, true).actor;
    // (« Un constat partagé par Henri Bouvet, apiculteur : « … » »: an agent names the one too.)
    const people = [...new Set(mentionsIn(s.first, open - 2).filter((m) => isPerson(m) && (usable(m) || afterAgent(m.first)) && !spokenFor(m)).map((m) => m.actor))];
    if (people.length == 1) return people[0];
    // « Son explication tient en une phrase : « … » », "Her answer: "…"": whose words, by a possessive, stands for the
    // one the text is speaking of.
    const own = isWord(tokens[s.first]) && lang.possessives.has(tokens[s.first].lower);
    const noun = tokens[s.first + 1];
    if (!people.length && own && isWord(noun) && (lang.speechNouns.has(noun.lower) || lang.documentNouns.has(noun.lower))) return salient(s.first, false).actor;
    // « Le coureur, lui, a présenté ses excuses : « … » »: a description opening the sentence stands for whom it names.
    if (!people.length && isWord(tokens[s.first]) && lang.definiteArticles.has(tokens[s.first].lower)) return roleAnaphor(s.first, s.first);
    return undefined;
  }

  /** Whether a person other than `speaker` is named in tokens [from, to], outside any quotation. */
  function rivalIn(from: number, to: number, speaker: number): boolean {
    return mentionsIn(from, to).some((m) => m.actor != speaker && isPerson(m) && tokens[m.first].quote < 0);
  }

  /** The verb of saying of the sentence before `sentence` when that sentence ends on a colon: « X a déclaré : », "X says:". */
  function introducedBy(sentence: number): { resolution: Resolution; cue: number } | undefined {
    const s = sentences[sentence - 1];
    if (!s || tokens[s.last].text != ':') return undefined;
    for (let k = s.last - 1; k >= s.first && s.last - k <= REACH; k--) {
      if (!isCue(k)) continue;
      const resolution = speakerOfCue(k, s.first, s.last - 1);
      return resolution ? { resolution, cue: k } : undefined;
    }
    return undefined;
  }

  /**
   * « « On ne peut plus travailler ainsi. » Le cri d'alarme émane de Florence Dubreuil », "The words came from X": a
   * sentence made only of the quotation, then one opening on a noun for words, names who said them.
   */
  function namedNext(s: Sentence, q: Quotation): number | undefined {
    if (q.open != s.first || tokens[q.close]?.end != tokens[s.last].end || sentences[tokens[s.last].sentence + 1] == null) return undefined;
    const next = sentences[tokens[s.last].sentence + 1];
    let k = next.first;
    // ("That was the assessment of X", « C'est le constat de X »: a pointer and its verb may come first.)
    const lead = (t: Token) => isApostrophe(t) || (isWord(t) && !lang.determiners.has(t.lower) && (lang.stopwords.has(t.lower) || lang.elisions.has(t.lower) || lang.beAuxiliaries.has(t.lower)));
    // (A demonstrative before a verb is a pronoun: "That was".)
    const pointer = (j: number) => isWord(tokens[j]) && lang.determiners.has(tokens[j].lower) && isWord(tokens[j + 1]) && lang.beAuxiliaries.has(tokens[j + 1].lower);
    while (k < next.first + 4 && (lead(tokens[k]) || pointer(k))) k++;
    if (isWord(tokens[k]) && lang.determiners.has(tokens[k].lower)) k++;
    if (isApostrophe(tokens[k])) k++;
    // (« C'est ce qu'a déclaré X », "That is what X said": a verb of saying past the pointer, its subject after or before.)
    let verb = next.first;
    while (verb < Math.min(next.last, next.first + 10) && !isCue(verb)) verb++;
    const named = mentionsIn(next.first, verb)[0]?.first ?? verb;
    const functionWord = (t: Token) => lead(t) || isTitle(t, lang) || (isWord(t) && (lang.determiners.has(t.lower) || lang.auxiliaries.has(t.lower)));
    if (isCue(verb) && named > next.first && tokens.slice(next.first, named).every(functionWord)) return speakerOfCue(verb, next.first, next.last)?.actor;
    if (!isWord(tokens[k]) || !lang.speechNouns.has(tokens[k].lower)) return undefined;
    const people = mentionsIn(k + 1, next.last).filter((m) => isPerson(m) && usable(m));
    return people[0]?.actor;
  }
  /**
   * "Jess Aldridge is sitting in a café… Has it sunk in yet? "Honestly, no."": a quotation alone after a question the
   * text asks is the answer of the person the text was about before its questions.
   */
  function interviewee(s: Sentence, q: Quotation): number | undefined {
    const question = (k: number) => tokens[sentences[k].last].text == '?' && tokens[sentences[k].last].quote < 0;
    const quoteOnly = (k: number) => tokens[sentences[k].first].quote >= 0;
    let k = tokens[s.first].sentence - 1;
    if (q.open != s.first || k < 0 || !question(k)) return undefined;
    for (let n = 0; k >= 0 && n < 6 && (question(k) || quoteOnly(k)); n++) k--;
    if (k < 0) return undefined;
    return mentionsIn(sentences[k].first, sentences[k].last, subjects).find((m) => m.subject && isPerson(m) && usable(m))?.actor;
  }
  /**
   * "Amnesty International said on Friday that the authorities… "It is shocking…"", « Le ministère a indiqué que… »:
   * whom a sentence of reported speech names as speaking, a body as well as a person — the words in marks that follow
   * with no verb of their own go on with that speech.
   */
  function reportedSpeaker(first: number, last: number): number | undefined {
    for (let k = first + 1; k < last; k++) {
      if (tokens[k].quote >= 0 || !isCue(k)) continue;
      // (The verb's clause goes on to what was said: "said [on Friday] that", « a indiqué que ».)
      let c = k + 1;
      while (c < Math.min(last, k + 5) && isWord(tokens[c]) && !lang.complementizers.has(tokens[c].lower) && tokens[c].text != ',') c++;
      if (!isWord(tokens[c]) || !lang.complementizers.has(tokens[c].lower)) return undefined;
      return speakerOfCue(k, first, c)?.actor;
    }
    return undefined;
  }

  /** A quote standing alone after "X offered his explanation." belongs to X, weakly, in the same paragraph or opening the next. */
  function leadSubject(sentenceFirst: number, open: number): number | undefined {
    const prevSentence = tokens[sentenceFirst - 1]?.sentence;
    if (prevSentence == null || open != sentenceFirst) return undefined;
    const s = sentences[prevSentence];
    const subject = mentionsIn(s.first, s.last, subjects).find((m) => m.subject && isPerson(m) && usable(m));
    if (subject) return subject.actor;
    const reporter = reportedSpeaker(s.first, s.last);
    if (reporter != null) return reporter;
    // (« Le technicien a annoncé… « … » »: a description of someone opening it, read now — the pass that made `subjects`
    // ran before anyone spoke, and the last speaker may be whom it describes.)
    if (isWord(tokens[s.first]) && lang.definiteArticles.has(tokens[s.first].lower) && !mentionsIn(s.first, s.first + 3).length) {
      const described = roleAnaphor(s.first, s.first);
      if (described != null && actors[described].kind == 'person') return described;
    }
    // "He gave family reasons for his decision. « Aujourd'hui… »": the person the sentence's pronoun stands for.
    const opener = tokens[s.first];
    const personal = isWord(opener) && lang.pronouns.has(opener.lower) && lang.subjectClitics.has(opener.lower) && !lang.impersonalWords.has(tokens[s.first + 1]?.lower ?? '');
    return personal ? salient(s.first, true).actor : undefined;
  }

  // « A » « B », a répondu le ministre: a quotation with nothing of its own, followed at once by an
  // attributed one, is the same speaker's; so is one whose sentence goes on to a quotation attributed after it
  // (« « A », bien que cela ne « B », estime Neil Hyatt »), rather than the subject of the sentence before.
  for (let i = out.length - 2; i >= 0; i--) {
    const [a, b] = [out[i], out[i + 1]];
    if (a.cueToken >= 0 || !b.quote.speaker) continue;
    const between = text.slice(a.closeEnd, b.openStart);
    const attributedAfter = b.cueToken >= 0 && tokens[b.cueToken].start >= b.closeEnd && tokens[b.cueToken].sentence == placed[i].sentence;
    if (a.quote.speaker && !(attributedAfter && placed[i].fromSentenceBefore)) continue;
    if (/^\s*$/.test(between) || attributedAfter) {
      a.quote.speaker = b.quote.speaker;
      a.quote.confidence = 0.6;
    }
  }
  return dropAdoptedTerms(doc, out);
}

// How many first letters a description and a word of someone's role share to echo it: « universitaire », « université ».
const ROLE_STEM = 6;

// Words in marks, at most this many, that the text also writes without marks name a thing, not someone's words.
const TERM_WORDS = 5;

/**
 * « les « gilets jaunes » », « le collectif « Sécurité pour tous » »: a short phrase in marks that the text also writes
 * without them, outside every quotation, is a name or a term it has adopted — nobody's words. One pass over the
 * tokens finds where each such phrase's first word stands outside marks.
 */
function dropAdoptedTerms(doc: Doc, found: FoundQuote[]): FoundQuote[] {
  const { tokens } = doc;
  const lower = (k: number) => tokens[k].lower ?? tokens[k].text.toLowerCase();
  // Each short quotation's tokens, lower-cased, its final stop left out; a long one is not read to its end.
  const phrases = new Map<FoundQuote, string[]>();
  let k = 0;
  for (const q of found) {
    while (k < tokens.length && tokens[k].start < q.quote.span[0]) k++;
    const words: string[] = [];
    for (let j = k; j < tokens.length && tokens[j].end <= q.quote.span[1] && words.length <= 2 * TERM_WORDS + 1; j++) words.push(lower(j));
    while (words.length && /^[.!?,;:]$/.test(words[words.length - 1])) words.pop();
    if (words.length >= 2 && words.length <= 2 * TERM_WORDS && words.filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= TERM_WORDS) phrases.set(q, words);
  }
  if (!phrases.size) return found;
  // Where each phrase's first two tokens stand outside marks: one pass, keyed by the pair, so a phrase opening on "the"
  // is compared only where "the" and its next word stand together.
  const firsts = new Set([...phrases.values()].map((w) => w[0]));
  const pairs = new Set([...phrases.values()].map((w) => `${w[0]} ${w[1]}`));
  const plainAt = new Map<string, number[]>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].quote >= 0 || !firsts.has(lower(i))) continue;
    const pair = `${lower(i)} ${lower(i + 1)}`;
    if (!pairs.has(pair)) continue;
    const at = plainAt.get(pair);
    if (at) at.push(i);
    else plainAt.set(pair, [i]);
  }
  const writtenPlain = (words: string[]) => (plainAt.get(`${words[0]} ${words[1]}`) ?? []).some((i) => words.every((w, n) => tokens[i + n]?.quote < 0 && lower(i + n) == w));
  return found.filter((q) => !(phrases.has(q) && writtenPlain(phrases.get(q)!)));
}
