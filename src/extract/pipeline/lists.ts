/**
 * Names listed together are of one kind: « des politiques comme Hollande, Mélenchon, Bayrou ou Juppé » lists people,
 * "arrested in Washington, Los Angeles, New York or Seattle" lists places. Where the words around a name say little,
 * the names listed with it that the text does say something about tell what it is.
 */
import type { ActorKind } from '../../data/types.js';
import type { Doc } from './document.js';
import { afterPlacePreposition, type Candidate } from './names.js';
import { phraseAt } from './util.js';
import { givenName } from './given-names.js';

// Fewer than three names joined may be two actors side by side ("Smith and the ministry"), not an enumeration.
const LIST_LENGTH = 3;

/**
 * Whether the comma at `k` closes the phrase a preposition opens its sentence with: in « Sous le feu des membres de la
 * commission, Jean Dupont et Paul Martin ont… » the commission is no member of the list after it.
 */
function closesOpener(doc: Doc, k: number): boolean {
  const { tokens, lang } = doc;
  const s = doc.sentences[tokens[k].sentence];
  if (tokens[s.first].kind != 'word' || !lang.openerPrepositions.has(tokens[s.first].lower)) return false;
  for (let j = s.first; j < k; j++) if (tokens[j].text == ',') return false;
  return true;
}

/** Whether only a list's joiners (a comma, a coordinator, or both) stand between `a` and `b`. */
function joined(doc: Doc, a: Candidate, b: Candidate): boolean {
  const between = doc.tokens.slice(a.last + 1, b.first);
  if (between[0]?.text == ',' && closesOpener(doc, a.last + 1)) return false;
  const coordinator = (k: number) => doc.lang.listCoordinators.has(between[k]?.lower ?? '');
  if (between.length == 1) return between[0].text == ',' || coordinator(0);
  return between.length == 2 && between[0].text == ',' && coordinator(1);
}

/** The lists of three names or more in the text, each in order. */
function listsOf(doc: Doc, candidates: readonly Candidate[]): Candidate[][] {
  const sorted = [...candidates].sort((a, b) => a.first - b.first);
  const lists: Candidate[][] = [];
  let run: Candidate[] = [];
  for (const c of sorted) {
    if (run.length && joined(doc, run[run.length - 1], c)) run.push(c);
    else {
      if (run.length >= LIST_LENGTH) lists.push(run);
      run = [c];
    }
  }
  if (run.length >= LIST_LENGTH) lists.push(run);
  return lists;
}

/**
 * Someone by what the text says of them: a title, a role, or other evidence than a given name opening the name
 * (« Warner Music », "Philip Morris" open on one).
 */
function surePerson(doc: Doc, c: Candidate): boolean {
  if (c.kind != 'person' || c.place) return false;
  return !!c.role || !!c.titled || (c.evidence >= 0.75 && givenName(doc.tokens[c.first].lower, doc.lang.code) == null);
}

/** What the noun introducing a list says its names are: « des entreprises telles que… », "politicians such as…". */
function introducedAs(doc: Doc, first: Candidate): ActorKind | undefined {
  const { tokens, lang } = doc;
  const introducer = lang.listIntroducers.find((p) => phraseAt(tokens, first.first - p.length, p));
  // "the West Darfur villages of Saraf Jidad, Sirba and Silea", « les communes de Lyon, Bron et Vénissieux »: a plural
  // place noun and « de », "of" list places.
  const of = tokens[first.first - 1];
  const places = tokens[first.first - 2];
  if (!introducer && of?.kind == 'word' && lang.nameConnectors.has(of.lower) && !lang.determiners.has(of.lower) && places?.kind == 'word' && lang.pluralNoun.test(places.lower) && lang.placeNouns.has(lang.singular(places.lower))) return 'place';
  const noun = introducer && tokens[first.first - introducer.length - 1];
  if (!noun || noun.kind != 'word') return undefined;
  const head = lang.singular(noun.lower);
  if (lang.orgNouns.has(head)) return 'organization';
  if (lang.placeNouns.has(head)) return 'place';
  if (lang.sourceNouns.has(noun.lower) || lang.personNouns.has(head) || lang.personTitles.has(head)) return 'person';
  return undefined;
}

/** Someone the text gives a title or a role: no list makes them anything else. */
const titled = (c: Candidate) => c.kind == 'person' && (!!c.role || !!c.titled);

/** The kind a list's sure names share, if they share one. */
function sureKindOf(doc: Doc, list: readonly Candidate[], surnames: ReadonlySet<string>): ActorKind | undefined {
  // ("François Bayrou, …" then "Hollande, Mélenchon, Bayrou ou Juppé": the surname of someone named in full is someone.)
  const people = list.filter((c) => surePerson(doc, c) || (c.first == c.last && surnames.has(c.name))).length;
  // "arrested in Washington, Los Angeles or Seattle": a list opening after a place preposition lists places.
  const places = list.filter((c) => c.place || c.notActor).length + (afterPlacePreposition(doc.tokens, list[0].first, doc.lang) ? 1 : 0);
  const bodies = list.filter((c) => c.kind == 'organization' && c.evidence >= 0.7).length;
  if (people && !places && !bodies) return 'person';
  if (places && !people && !bodies) return 'place';
  if (bodies && !people && !places) return 'organization';
  return undefined;
}

/**
 * Gives the unsure names of each list the kind the list's names share. The noun introducing the list outweighs the
 * tagger's opinion of one name; a title or a role outweighs the list.
 */
export function shareListKinds(doc: Doc, candidates: readonly Candidate[]): void {
  const surnames = new Set(candidates.filter((c) => c.last > c.first && c.kind == 'person' && !!givenName(doc.tokens[c.first].lower, doc.lang.code)).map((c) => doc.tokens[c.last].text));
  for (const list of listsOf(doc, candidates)) {
    const introduced = introducedAs(doc, list[0]);
    const kind = introduced ?? sureKindOf(doc, list, surnames);
    const sure = (c: Candidate) => titled(c) || (!introduced && surePerson(doc, c));
    for (const c of list) {
      if (c.lone || c.complement || sure(c)) continue;
      if (kind == 'organization' && (c.kind != 'organization' || c.place)) {
        c.kind = 'organization';
        c.evidence = Math.max(c.evidence, 0.6);
        // (« des entreprises telles que Nestlé, Danone et Canon »: the noun says so, whatever place the tagger read.)
        if (introduced) c.place = false;
      } else if (kind == 'person' && c.kind == 'unknown' && !doc.lang.personTitles.has(c.name.toLowerCase())) {
        // ("Meryl Streep, Archbishop Desmond Tutu": a title is no one of its own.)
        c.kind = 'person';
        c.evidence = Math.max(c.evidence, 0.6);
        // (« des politiques comme Hollande, Mélenchon… »: the noun says so, whatever place the tagger read.)
        if (introduced) c.place = false;
      } else if (kind == 'place' && !c.acts && c.kind != 'organization') {
        // A name read as someone by its shape alone ("Los Angeles" between commas) is one more place.
        c.place = true;
        c.evidence = 0;
      }
    }
  }
}
