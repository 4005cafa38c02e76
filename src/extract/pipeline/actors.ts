import type { Actor, ActorKind, Span } from '../../data/types.js';
import type { Lang } from '../lang/types.js';
import type { Doc, Token } from './document.js';
import { isApostrophe, slugify, squash, textOf } from './util.js';

/** One place where an actor is named: the name's tokens, without any title before it. */
export interface Mention {
  actor: number;
  start: number;
  end: number;
  first: number;
  last: number;
  /** The mention opens its sentence or governs its verb: what a later « il » most likely refers to. */
  subject: boolean;
}

export interface ActorsResult {
  actors: Actor[];
  mentions: Mention[];
}

/** A name found in the text before merging: its tokens, what kind it looks like and why. */
interface Candidate {
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
}

const MAX_NAME = 8;
const MAX_ROLE = 18;

const isWord = (t: Token | undefined): t is Token => !!t && t.kind == 'word';

// « al-Megrahi », « el-Sissi », « ben-Ali »: a lower-case particle fused to a capitalised name.
const PARTICLE_NAME = /^(?:al|el|ben|bin|ibn|abu|ould)-\p{Lu}/u;

/** Whether token `k` is an initial inside a name: the D. of Audra D. Bridges. */
const isInitial = (tokens: Token[], k: number): boolean =>
  tokens[k]?.kind == 'word' && tokens[k].text.length == 1 && tokens[k].cap && tokens[k + 1]?.text == '.' && tokens[k + 1].gap == '' && !!tokens[k + 2]?.cap;

function isNameToken(t: Token | undefined, lang: Lang): boolean {
  if (isWord(t) && !t.cap && PARTICLE_NAME.test(t.text)) return true;
  if (!isWord(t) || !t.cap || t.digits || t.text.length > 60) return false;
  const w = t.lower;
  if (lang.stopwords.has(w) || lang.notActors.has(w) || lang.months.has(w) || lang.weekdays.has(w)) return false;
  if (lang.numberWords.has(w) || lang.personTitles.has(w)) return false;
  // A lone capital is an initial only when a period follows (J. Smith); 'Division A' is not a name.
  return t.text.length > 1;
}

const isTitle = (t: Token | undefined, lang: Lang): boolean => isWord(t) && lang.personTitles.has(t.lower);
const sameSentence = (a: Token, b: Token): boolean => a.sentence == b.sentence && a.quote == b.quote;

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
    if (!isWord(t) || !lang.nameConnectors.has(t.lower)) break;
    if (lang.orgOnlyConnectors.has(t.lower) && !orgSoFar) return 0;
    n++;
  }
  return n > 0 && isNameToken(tokens[k + n], lang) ? n : 0;
}

/**
 * Extends an organisation name over its lower-case complement: « Comité [de sécurité nationale] »,
 * « ministère [russe de la défense] », « Union [européenne] ». The shape is head, adjective?, then
 * (connector, noun, adjective?)*: a verb after the head (« la Mairie précise ») is not an adjective.
 */
function extendOrg(tokens: Token[], last: number, lang: Lang): number {
  let end = last;
  let state: 'head' | 'connector' | 'noun' | 'adj' = 'head';
  for (let k = last + 1; k < tokens.length && k - last <= MAX_NAME; k++) {
    const t = tokens[k];
    if (t.gap.includes('\n') || !sameSentence(t, tokens[last])) break;
    if (isApostrophe(t) && lang.elisions.has(tokens[k - 1].lower)) continue;
    if (!isWord(t) || t.digits) break;
    if (!t.cap && lang.nameConnectors.has(t.lower) && !lang.orgOnlyConnectors.has(t.lower)) {
      state = 'connector';
      continue;
    }
    if (isNameToken(t, lang)) {
      end = k;
      // « des Affaires étrangères »: a capitalised noun after a connector may take its adjective.
      state = state == 'connector' ? 'noun' : 'head';
      continue;
    }
    const w = t.lower;
    const content = !t.cap && !lang.stopwords.has(w) && !lang.isParticiple(w) && !lang.months.has(w) && !lang.weekdays.has(w);
    if (!content) break;
    if (state == 'connector') state = 'noun';
    else if (state == 'noun' || (state == 'head' && lang.isOrgAdjective(w))) state = 'adj';
    else break;
    end = k;
  }
  // A trailing connector is not part of the name.
  return end;
}

/** Whether token `i` follows a place preposition, an article allowed between: « au Kazakhstan », « à l'Ukraine ». */
function afterPlacePreposition(tokens: Token[], i: number, lang: Lang): boolean {
  let k = i - 1;
  if (isApostrophe(tokens[k])) k--;
  if (tokens[k] && lang.determiners.has(tokens[k].lower) && !lang.placePrepositions.has(tokens[k].lower)) k--;
  const t = tokens[k];
  if (!t || t.sentence != tokens[i].sentence || !lang.placePrepositions.has(t.lower)) return false;
  // "according to X" names a source, not a place.
  return !lang.sourcePhrases.some((p) => p.length > 1 && p[p.length - 1] == t.lower && tokens[k - p.length + 1]?.lower == p[0]);
}

/** The role written before a name: « le président russe » Vladimir Poutine, « le maire de Tignes, » Jean-Christophe Vitale. */
function roleBefore(doc: Doc, i: number): { role?: string; honorific: boolean; from: number } {
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
  if (prev.text == ',') {
    // « le maire de Tignes, Jean-Christophe Vitale »: a titled phrase, then a comma, then the name.
    let titleAt = -1;
    for (let k = i - 2, n = 0; k >= 0 && n < 10; k--, n++) {
      const t = tokens[k];
      if (t.sentence != tokens[i].sentence || (t.kind == 'punct' && !isApostrophe(t)) || t.digits) break;
      if (lang.determiners.has(t.lower) && !isApostrophe(tokens[k + 1])) break;
      // "engineer Michael Kempf of Savannah, Georgia": that title is Kempf's, not Georgia's.
      if (isTitle(t, lang) && tokens[k + 1]?.cap && !isTitle(tokens[k + 1], lang)) break;
      if (lang.sayVerbs.has(t.lower) || lang.agencyFollowers.has(t.lower)) break;
      if (isTitle(t, lang)) titleAt = k;
    }
    if (titleAt < 0) return none;
    return { role: squash(textOf(text, tokens, titleAt, i - 2)), honorific: false, from: titleAt };
  }
  // « le secrétaire d'État Antony Blinken »: a multi-word title right before the name.
  for (const p of lang.titlePhrases) {
    const at = i - p.length;
    if (at >= 0 && p.every((w, n) => tokens[at + n].lower == w)) {
      return { role: squash(textOf(text, tokens, at, i - 1)), honorific: false, from: at };
    }
  }
  // « le président russe Vladimir Poutine », "engineer Michael Kempf": a title, then adjectives only.
  let titleAt = -1;
  for (let k = i - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    const t = tokens[k];
    if (!isWord(t) || t.sentence != tokens[i].sentence) break;
    if (isTitle(t, lang)) {
      titleAt = k;
      continue;
    }
    if (t.cap || lang.stopwords.has(t.lower) || lang.nameConnectors.has(t.lower) || lang.determiners.has(t.lower)) break;
  }
  if (titleAt < 0) return none;
  return { role: squash(textOf(text, tokens, titleAt, i - 1)), honorific: false, from: titleAt };
}

/** The apposition after a name: Zhumadin Patov, « directeur adjoint d'un marché public à Almaty », a déclaré. */
function roleAfter(doc: Doc, last: number): string | undefined {
  const { tokens, lang, text } = doc;
  if (tokens[last + 1]?.text != ',') return;
  const first = last + 2;
  const t = tokens[first];
  if (!isWord(t) || t.cap || lang.sayVerbs.has(t.lower) || lang.agencyFollowers.has(t.lower) || lang.isParticiple(t.lower)) return;
  const titled = [0, 1, 2].some((n) => isTitle(tokens[first + n], lang));
  if (!titled && (lang.stopwords.has(t.lower) || lang.determiners.has(t.lower))) return;
  let k = first;
  while (k < tokens.length && k - first < MAX_ROLE && tokens[k].sentence == t.sentence && tokens[k].text != ',' && tokens[k].text != '.' && tokens[k].text != '(' && tokens[k].text != ';') k++;
  const closed = tokens[k]?.text == ',' || tokens[k]?.text == '(';
  if (!closed && !titled) return;
  return squash(textOf(text, tokens, first, k - 1)) || undefined;
}

/** Capitalised runs, titled names and organisation names, in text order. */
function findCandidates(doc: Doc): Candidate[] {
  const { tokens, lang, text } = doc;
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lowerHead = isWord(t) && !t.cap && lang.orgHeadsLower.has(t.lower);
    if (!lowerHead && !isNameToken(t, lang)) continue;
    let last = i;
    let org = lang.orgWords.has(t.lower);
    if (!lowerHead) {
      for (;;) {
        const next = tokens[last + 1];
        if (last - i >= MAX_NAME || !next) break;
        if (isInitial(tokens, last + 1) && next.gap == ' ' && isNameToken(tokens[last + 3], lang)) {
          last += 3;
          continue;
        }
        if (isNameToken(next, lang) && next.gap == ' ' && sameSentence(next, t)) {
          last++;
          org ||= lang.orgWords.has(next.lower);
          continue;
        }
        const n = next.gap == ' ' && sameSentence(next, t) ? connectorRun(tokens, last + 1, lang, org) : 0;
        if (!n) break;
        last += n + 1;
        org ||= lang.orgWords.has(tokens[last].lower);
      }
    }
    if (lowerHead || org) last = Math.max(last, extendOrg(tokens, last, lang));
    if (lowerHead && last == i) continue;
    const firstIndex = i;
    const run = tokens.slice(i, last + 1);
    i = last;
    // A shouted heading (TIRS SPORADIQUES) and dotted abbreviations of places (U.S.) are not actors.
    if (run.length > 1 && run.every((r) => r.upper || !isWord(r) || lang.nameConnectors.has(r.lower))) continue;
    if (run.length == 1 && run[0].text.includes('.')) continue;
    // A name in marks of its own is the title of something (« Stop Soros »), not an actor.
    const before = tokens[firstIndex - 1];
    const after = tokens[last + 1];
    if (before && after && '«“"'.includes(before.text) && '»”"'.includes(after.text)) continue;
    // "Senate Majority Leader Harry Reid": a name run right before a title is part of the role.
    if (isTitle(after, lang) && after!.gap == ' ' && after!.cap) continue;
    // « ministre de l'Intérieur »: a capitalised word completing a title is part of the role.
    if (run.length == 1 && !run[0].upper) {
      let k = firstIndex - 1;
      while (k > 0 && k > firstIndex - 4 && (isApostrophe(tokens[k]) || lang.nameConnectors.has(tokens[k].lower))) k--;
      if (k < firstIndex - 1 && isTitle(tokens[k], lang)) continue;
    }
    // A lone « Conseil », "Division": an organisation word needs a name with it.
    if (run.length == 1 && lang.orgWords.has(run[0].lower) && !lowerHead) {
      found.push({ first: firstIndex, last, name: run[0].text, kind: 'organization', evidence: 0, place: false });
      continue;
    }
    const name = textOf(text, tokens, firstIndex, last);
    const acronym = run.length == 1 && /^\p{Lu}{2,6}$/u.test(run[0].text);
    const kind: Candidate['kind'] = org || lowerHead ? 'organization' : acronym ? 'organization' : 'unknown';
    found.push({ first: firstIndex, last, name, kind, evidence: 0, place: afterPlacePreposition(tokens, firstIndex, lang) });
  }
  return found;
}

/** Grades each candidate from the words around it: titles, appositions, verbs that show it acts. */
function weigh(doc: Doc, c: Candidate): void {
  const { tokens, lang, text } = doc;
  const before = roleBefore(doc, c.first);
  const after = roleAfter(doc, c.last);
  const words = c.last - c.first + 1 - countConnectors(tokens, c, lang);
  const next = tokens[c.last + 1];
  const prev = tokens[c.first - 1];
  const acts =
    (isWord(next) && (lang.agencyFollowers.has(next.lower) || lang.sayVerbs.has(next.lower))) ||
    (isApostrophe(next) && tokens[c.last + 2]?.lower == 's');
  const sourced = !!prev && (lang.agentPrepositions.has(prev.lower) || lang.sourcePhrases.some((p) => p[p.length - 1] == prev.lower));
  if (before.honorific || before.role) {
    c.kind = c.kind == 'organization' ? c.kind : 'person';
    c.evidence = 0.9;
    c.role = before.role;
    if (before.from < c.first && tokens[c.first - 1]?.text != ',') c.titled = squash(textOf(text, tokens, before.from, c.last));
  }
  if (after && c.kind != 'organization') {
    c.kind = 'person';
    c.evidence = Math.max(c.evidence, words >= 2 ? 0.85 : 0.6);
    c.role ??= after;
  } else if (after && c.kind == 'organization') c.role ??= after;
  if (c.kind == 'organization') c.evidence = Math.max(c.evidence, words >= 2 ? 0.8 : 0.7);
  if (acts || sourced) c.evidence = Math.max(c.evidence, words >= 2 ? 0.8 : 0.6);
  // Two or three capitalised words between commas, or opening a sentence and acting, read as a person.
  if (c.kind == 'unknown' && words >= 2 && words <= 4) {
    const commaBefore = prev?.text == ',';
    const bracketed = commaBefore && (next?.text == ',' || next?.text == '.');
    if (bracketed || acts || sourced || next?.text == '(') {
      c.kind = 'person';
      c.evidence = Math.max(c.evidence, 0.7);
    }
  }
  if (c.place && c.evidence < 0.9) c.evidence = 0;
}

function countConnectors(tokens: Token[], c: Candidate, lang: Lang): number {
  let n = 0;
  for (let k = c.first; k <= c.last; k++) if (!tokens[k].cap || lang.nameConnectors.has(tokens[k].lower)) n++;
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

/** Merges short forms into full names (Tokayev, M. Tokayev → Kassym-Jomart Tokayev) and acronyms into what they abbreviate. */
function merge(doc: Doc, candidates: Candidate[]): Group[] {
  const { tokens, lang } = doc;
  const groups: Group[] = [];
  const byName = new Map<string, Group>();
  const byLastWord = new Map<string, Group[]>();
  const byHead = new Map<string, Group[]>();
  const add = (c: Candidate, kind: ActorKind, confidence: number): Group => {
    const g: Group = { fullStarts: [], name: c.name, kind, role: c.role, confidence, forms: new Set(), members: [], words: c.name.split(/[\s']+/) };
    groups.push(g);
    byName.set(c.name, g);
    if (kind == 'person') {
      const last = tokens[c.last].text;
      byLastWord.set(last, [...(byLastWord.get(last) ?? []), g]);
    } else if (c.last > c.first) {
      const head = tokens[c.first].text;
      byHead.set(head, [...(byHead.get(head) ?? []), g]);
    }
    return g;
  };
  const byLastToken = new Map<number, Group>();
  const join = (g: Group, c: Candidate) => {
    g.members.push(c);
    byLastToken.set(c.last, g);
    if (!byName.has(c.name)) byName.set(c.name, g);
    if (c.last > c.first) g.fullStarts.push(c.first);
    if (c.name != g.name) g.forms.add(c.name);
    if (c.titled && c.titled != g.name) g.forms.add(c.titled);
    g.role ??= c.role;
    g.confidence = Math.max(g.confidence, Math.min(0.95, c.evidence + 0.05));
  };
  // Full names first, so that a short form met before its full name (rare in news) still finds it.
  const multi = candidates.filter((c) => c.last > c.first);
  const surnames = new Set(multi.filter((c) => c.kind == 'person').map((c) => tokens[c.last].text));
  for (const c of multi) {
    if (!c.evidence && c.kind != 'organization') continue;
    // « le gouvernement de Tokayev » is a person's government, not an organisation with a name of its own.
    if (c.kind == 'organization' && !tokens[c.first].cap && surnames.has(tokens[c.last].text)) continue;
    const g = byName.get(c.name) ?? add(c, c.kind == 'unknown' ? 'person' : c.kind, c.evidence);
    join(g, c);
  }
  // Single words: a person's surname, an organisation's head word, an acronym in brackets after its name, or a name of its own.
  const counts = new Map<string, { other: number; place: number }>();
  for (const c of candidates) {
    if (c.last > c.first) continue;
    const n = counts.get(c.name) ?? { other: 0, place: 0 };
    c.place ? n.place++ : n.other++;
    counts.set(c.name, n);
  }
  for (const c of candidates) {
    if (c.last > c.first) continue;
    const persons = byLastWord.get(c.name);
    if (persons?.length) {
      join(nearestBefore(persons, c) ?? persons[0], c);
      continue;
    }
    const prev = tokens[c.first - 1];
    const owner = prev?.text == '(' ? byLastToken.get(c.first - 2) : undefined;
    if (owner && /^\p{Lu}{2,}$/u.test(c.name)) {
      join(owner, c);
      continue;
    }
    const heads = byHead.get(c.name);
    if (heads?.length == 1 && lang.orgWords.has(c.name.toLowerCase())) {
      join(heads[0], c);
      continue;
    }
    const seen = counts.get(c.name)!;
    // A bare word that never acts and is never named after a place preposition still counts when it recurs.
    const recurring = seen.place == 0 && seen.other >= 2 && c.kind != 'organization' ? 0.55 : 0;
    // A word ever written after a place preposition (« au Kazakhstan ») is a place unless a title says otherwise;
    // one inside a quotation needs evidence from outside it.
    const weak = (seen.place > 0 && c.evidence < 0.85) || (tokens[c.first].quote >= 0 && c.kind != 'organization');
    const evidence = weak ? 0 : Math.max(c.evidence, recurring);
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
  const before = tokens[c.first - 1];
  if (before && lang.sourcePhrases.some((p) => p[p.length - 1] == before.lower)) return true;
  const s = sentences[tokens[c.first].sentence];
  let k = s.first;
  // « Mercredi, le président Tokayev », "On Monday, Sumwalt": skip a dated or adverbial opener and its comma.
  for (let n = 0; n < 6 && k < c.first; n++) if (tokens[k++].text == ',') break;
  if (tokens[k]?.text != ',' && k > c.first) k = s.first;
  let gap = 0;
  for (let j = k; j < c.first; j++) if (isWord(tokens[j]) && !lang.determiners.has(tokens[j].lower) && !isTitle(tokens[j], lang)) gap++;
  if (gap <= 1 && c.first - s.first <= 12) return true;
  const next = tokens[c.last + 1];
  return isWord(next) && (lang.agencyFollowers.has(next.lower) || lang.sayVerbs.has(next.lower));
}

/** Stage 2: people and organisations, with their roles, aliases and every mention. */
export function findActors(doc: Doc): ActorsResult {
  const candidates = findCandidates(doc);
  for (const c of candidates) weigh(doc, c);
  const groups = merge(doc, candidates).filter((g) => g.members.length);
  const ids = new Set<string>();
  const actors: Actor[] = [];
  const mentions: Mention[] = [];
  groups.forEach((g) => {
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
      mentions.push({ actor: index, start, end, first: m.first, last: m.last, subject: isSubject(doc, m) });
    }
    const actor: Actor = { id, name: g.name, kind: g.kind, aliases: [...g.forms], mentions: spans, confidence: round(g.confidence) };
    if (g.role) actor.role = g.role;
    actors.push(actor);
  });
  mentions.sort((a, b) => a.start - b.start);
  // One subject per sentence, the first: in "Swire believes al-Megrahi was…" the embedded subject is not
  // who a later « he » means.
  let sentence = -1;
  for (const m of mentions) {
    const s = doc.tokens[m.first].sentence;
    if (!m.subject) continue;
    if (s == sentence) m.subject = false;
    else sentence = s;
  }
  return { actors, mentions };
}

export const round = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
