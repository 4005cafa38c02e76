// Dates given as a distance: from the publication day (« il y a deux ans », "three weeks ago", « le mois dernier »)
// or from the date the text gave last (« deux jours plus tard », "the following year", « le lendemain », « la veille »).
import type { DatePrecision } from '../../data/types.js';
import type { Lang, TimeUnit } from '../lang/types.js';
import { addDays, type Day, formatDay, formatMonth, isValidDay } from './calendar.js';
import type { Doc } from './document.js';
import { parseNumberWord } from './number-words.js';
import { phraseAt } from './util.js';

export interface OffsetCue {
  first: number;
  last: number;
  date: string;
  precision: DatePrecision;
  confidence: number;
}

/** The date the text gave last, which « plus tard », "later" and « le lendemain » count from. */
export interface PreviousDate {
  date: string;
  precision: DatePrecision;
}

// A distance is at most this many units: « il y a 300 ans » dates history, not news.
const MAX_UNITS = 200;

/** Moves `day` by `n` units, at the precision the unit allows: days are days, weeks and months are months, years are years. */
function shift(day: Day, n: number, unit: TimeUnit): { date: string; precision: DatePrecision } {
  if (unit == 'day') return { date: formatDay(addDays(day, n)), precision: 'day' };
  if (unit == 'week') return { date: formatMonth(addDays(day, 7 * n)), precision: 'month' };
  if (unit == 'year') return { date: String(day.y + n), precision: 'year' };
  const months = day.y * 12 + (day.m - 1) + n;
  return { date: formatMonth({ y: Math.floor(months / 12), m: (months % 12) + 1 }), precision: 'month' };
}

/** A count of units at token `i`: digits, a number word, or the article of "a year", « un an »; with how many tokens it takes. */
function countAt(doc: Doc, i: number): number | undefined {
  const t = doc.tokens[i];
  if (!t || t.kind != 'word') return undefined;
  const n = t.digits ? Number(t.text) : doc.lang.unitArticles.has(t.lower) ? 1 : parseNumberWord(t.lower, doc.lang);
  return n != null && n > 0 && n <= MAX_UNITS ? n : undefined;
}

/** The date the previous cue gave, as a day to count from (its first day when it names a month or a year). */
function dayOf(previous: PreviousDate): Day | undefined {
  const [y, m = 1, d = 1] = previous.date.split('-').map(Number);
  const day = { y, m, d };
  return isValidDay(day) ? day : undefined;
}
const coarseEnough = (previous: PreviousDate, unit: TimeUnit) =>
  unit == 'year' || (unit == 'day' ? previous.precision == 'day' : previous.precision == 'day' || previous.precision == 'month');

/** Reads a distance at token `i`, or undefined. */
export function readOffset(doc: Doc, i: number, published: Day, previous: PreviousDate | undefined): OffsetCue | undefined {
  const { tokens, lang } = doc;
  // « il y a deux ans »: the phrase before the count.
  for (const p of lang.agoBefore) {
    if (!phraseAt(tokens, i, p)) continue;
    const n = countAt(doc, i + p.length);
    const unit = lang.timeUnits.get(tokens[i + p.length + 1]?.lower ?? '');
    if (n == null || !unit) return undefined;
    return { first: i, last: i + p.length + 1, ...shift(published, -n, unit), confidence: 0.75 };
  }
  // "three weeks ago", « deux jours plus tard », "a year earlier": the count, the unit, then the direction.
  const n = countAt(doc, i);
  const unit = n != null ? lang.timeUnits.get(tokens[i + 1]?.lower ?? '') : undefined;
  if (n != null && unit) {
    const ago = lang.agoAfter.find((p) => phraseAt(tokens, i + 2, p));
    if (ago) return { first: i, last: i + 1 + ago.length, ...shift(published, -n, unit), confidence: 0.75 };
    const end = i + 2;
    const rel = lang.laterAfter.find((r) => phraseAt(tokens, end, r.words) && (!r.alone || tokens[end + r.words.length]?.kind == 'punct'));
    const from = previous && dayOf(previous);
    if (rel && from && coarseEnough(previous!, unit)) {
      return { first: i, last: i + 1 + rel.words.length, ...shift(from, n * rel.direction, unit), confidence: 0.6 };
    }
    return undefined;
  }
  // « le lendemain », « la veille », "the following year": one unit from the date given last.
  for (const r of lang.nextUnit) {
    if (!phraseAt(tokens, i, r.words)) continue;
    const from = previous && dayOf(previous);
    if (!from || !coarseEnough(previous!, r.unit)) return undefined;
    return { first: i, last: i + r.words.length - 1, ...shift(from, r.offset, r.unit), confidence: 0.6 };
  }
  // « le mois dernier », "next month": a month from publication.
  for (const r of lang.relativeMonths) {
    if (phraseAt(tokens, i, r.words)) return { first: i, last: i + r.words.length - 1, ...shift(published, r.offset, 'month'), confidence: 0.7 };
  }
  return undefined;
}

const STARTS = new WeakMap<Lang, Set<string>>();
/** Whether token text `w` can open a distance, so that most tokens are dismissed with one lookup. */
export function mayOpenOffset(lang: Lang, w: string, digits: boolean): boolean {
  let set = STARTS.get(lang);
  if (!set) {
    set = new Set([...lang.agoBefore, ...lang.nextUnit.map((r) => r.words), ...lang.relativeMonths.map((r) => r.words)].map((p) => p[0]));
    for (const a of lang.unitArticles) set.add(a);
    STARTS.set(lang, set);
  }
  return digits || set.has(w) || lang.numberWords.has(w);
}
