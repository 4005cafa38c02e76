import type { DatePrecision, Event } from '../../data/types.js';
import type { Mention } from './actors.js';
import {
  addDays,
  type Day,
  formatDay,
  formatMonth,
  isValidDay,
  resolveDayMonth,
  resolveMonth,
  resolveWeekday,
  resolveWeekdayDate,
  weekdayOf,
} from './calendar.js';
import type { Lang } from '../lang/types.js';
import type { Doc, Token } from './document.js';
import { pastDateline } from './dateline.js';
import { isApostrophe, lastAtOrBefore, phraseAt, round, textOf } from './util.js';
import { capitalize, isEdgeWord, render, trimEdges, unbalancedQuoteAt } from './labels.js';
import { mayOpenOffset, type PreviousDate, readOffset } from './offsets.js';

/** A dating expression: where it is, what date it gives, how sure we are. */
interface Cue {
  first: number;
  last: number;
  date: string;
  precision: DatePrecision;
  confidence: number;
}

export interface FoundEvent {
  event: Event;
  cueFirst: number;
}

const LABEL_WORDS = 16;
// A clause is looked for this many tokens either side of its cue, so that a sentence with no stops costs no more.
const CLAUSE_REACH = 60;
const FUTURE_REACH = 8;
const CLAUSE_FUTURE_REACH = 16;
const isWord = (t: Token | undefined): t is Token => !!t && t.kind == 'word';
/** The day a token gives: « 13 », « 1er », "17th"; 0 if none. */
function dayOfMonth(t: Token | undefined, lang: Lang): number {
  if (t?.digits && t.text.length <= 2) return Number(t.text);
  const ordinal = t && lang.ordinalDay.exec(t.text);
  return ordinal ? Number(ordinal[1]) : 0;
}
const yearOf = (t: Token | undefined): number => {
  const y = t?.digits && t.text.length == 4 ? Number(t.text) : 0;
  return y >= 1000 && y <= 2999 ? y : 0;
};

/** Whether the words near token `at` put it in the future: « pour lundi », « la loi pourrait entrer… », "will meet". */
function isFuture(doc: Doc, first: number, last: number): boolean {
  const { tokens, lang } = doc;
  const s = tokens[first].sentence;
  // "he said on Wednesday", « a déclaré vendredi »: a verb of saying right before dates the saying, in the past.
  // « appellent à manifester vendredi » calls for what is ahead.
  const ahead = (k: number) => lang.futurePhrases.some((p) => phraseAt(tokens, k, p));
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) if (lang.sayVerbs.has(tokens[k].lower) && tokens[k].sentence == s && !ahead(k)) return false;
  // « recevra lundi », « Mardi, le président se rendra… »: a verb in the simple future right before the date, or the
  // first verb of its clause after it, puts the date ahead.
  if (first > 0 && isWord(tokens[first - 1]) && lang.isFutureVerb(tokens[first - 1].lower)) return true;
  for (let k = last + 1; k <= Math.min(tokens.length - 1, last + 6) && tokens[k].sentence == s && !';:«»"'.includes(tokens[k].text); k++) {
    if (!isWord(tokens[k])) continue;
    if (lang.isFutureVerb(tokens[k].lower)) return true;
    if (lang.isPastVerb(tokens[k].lower, tokens[k - 1].lower)) break;
  }
  // (« avait déposé un préavis le 3 mars pour protester »: a marker after the date speaks of what follows it when a
  // verb in a past tense, before the date in its clause, dated the date.)
  let pastBefore: boolean | undefined;
  const pastVerbBefore = () => {
    for (let k = first - 1; k >= Math.max(1, first - FUTURE_REACH) && tokens[k].sentence == s && !',;:«»"'.includes(tokens[k].text); k--) {
      if (lang.isPastVerb(tokens[k].lower, tokens[k - 1].lower)) return true;
    }
    return false;
  };
  for (let k = Math.max(0, first - FUTURE_REACH); k <= Math.min(tokens.length - 1, last + FUTURE_REACH); k++) {
    if (tokens[k].sentence != s || (k >= first && k <= last)) continue;
    if (!(lang.futureMarkers.has(tokens[k].lower) || ahead(k))) continue;
    if (k > last && (pastBefore ??= pastVerbBefore())) continue;
    return true;
  }
  // « Un service sera mis en place sur 6 lignes à partir de 2h15 mardi »: further back, the clause's own verb, with no
  // punctuation between.
  for (let k = first - FUTURE_REACH - 1; k >= Math.max(0, first - CLAUSE_FUTURE_REACH); k--) {
    if (tokens[k].sentence != s || tokens[k].kind == 'punct') break;
    if (lang.futureMarkers.has(tokens[k].lower) || ahead(k)) return true;
  }
  return false;
}

/** Whether a verb near tokens [first, last], in their sentence, is in a past tense: "it vanished on December 28". */
function isPast(doc: Doc, first: number, last: number): boolean {
  const { tokens, lang } = doc;
  const s = tokens[first].sentence;
  for (let k = Math.max(1, first - FUTURE_REACH); k <= Math.min(tokens.length - 1, last + FUTURE_REACH); k++) {
    if (tokens[k].sentence != s || (k >= first && k <= last) || tokens[k].quote >= 0) continue;
    if (isWord(tokens[k]) && lang.isPastVerb(tokens[k].lower, tokens[k - 1].lower)) return true;
  }
  return false;
}

/** Reads a dating expression at token `i` against the publication day, or undefined. */
function readCue(doc: Doc, i: number, anchor: Day, previous: PreviousDate | undefined): Cue | undefined {
  const { tokens, lang } = doc;
  const t = tokens[i];
  if (t.kind == 'url') return undefined;
  const w = t.lower;

  // Numeric: 31/01/2022 (French) or 1/31/2022 (English).
  if (t.digits && tokens[i + 1]?.text == '/' && tokens[i + 2]?.digits && tokens[i + 3]?.text == '/' && yearOf(tokens[i + 4])) {
    if (tokens.slice(i + 1, i + 5).some((x) => x.gap != '')) return undefined;
    const [a, b] = [Number(t.text), Number(tokens[i + 2].text)];
    const day = { y: yearOf(tokens[i + 4]), m: lang.dayFirst ? b : a, d: lang.dayFirst ? a : b };
    return isValidDay(day) ? { first: i, last: i + 4, date: formatDay(day), precision: 'day', confidence: 0.85 } : undefined;
  }
  // « 13 février », « le 1er mars 2019 », "18 December".
  const d = dayOfMonth(t, lang);
  if (d && isWord(tokens[i + 1]) && lang.months.has(tokens[i + 1].lower) && tokens[i + 1].gap == ' ') {
    return dayMonth(doc, i, i + 1, d, lang.months.get(tokens[i + 1].lower)!, anchor);
  }
  // "the 18th of September": the month after « of »; "on the 18th": the month the text is in, the day that was last.
  const ordinal = !t.digits && d > 0 && isWord(tokens[i - 1]) && lang.definiteArticles.has(tokens[i - 1].lower);
  if (ordinal && isWord(tokens[i + 1]) && lang.nameConnectors.has(tokens[i + 1].lower) && isWord(tokens[i + 2]) && lang.months.has(tokens[i + 2].lower)) {
    return dayMonth(doc, i - 1, i + 2, d, lang.months.get(tokens[i + 2].lower)!, anchor);
  }
  // (After a preposition: "won the 18th" is a hole, "the 18th century" an age.)
  const afterPreposition = isWord(tokens[i - 2]) && !tokens[i - 2].cap && lang.stopwords.has(tokens[i - 2].lower);
  if (ordinal && afterPreposition && !(isWord(tokens[i + 1]) && !tokens[i + 1].cap && !lang.stopwords.has(tokens[i + 1].lower))) {
    const future = isFuture(doc, i, i);
    const month = future ? (d >= anchor.d ? anchor.m : anchor.m + 1) : d <= anchor.d ? anchor.m : anchor.m - 1;
    const day = { y: anchor.y + (month > 12 ? 1 : month < 1 ? -1 : 0), m: ((month + 11) % 12) + 1, d };
    return isValidDay(day) ? { first: i - 1, last: i, date: formatDay(day), precision: 'day', confidence: 0.7 } : undefined;
  }
  // « du 3 au 5 mai 2018 », « les 11 et 12 décembre »: the first day of a span takes the month written after the second.
  if (d && lang.dateRangeWords.has(tokens[i + 1]?.lower ?? '') && dayOfMonth(tokens[i + 2], lang) && isWord(tokens[i + 3]) && lang.months.has(tokens[i + 3].lower)) {
    return dayMonth(doc, i, i + 3, d, lang.months.get(tokens[i + 3].lower)!, anchor);
  }
  // « mi-mars », "mid-March", « la mi-janvier 2018 »: a month by its middle.
  const mid = w.startsWith(lang.midPrefix) ? lang.months.get(w.slice(lang.midPrefix.length)) : undefined;
  if (mid != null) {
    const y = yearOf(tokens[i + 1]);
    const ym = y ? { y, m: mid } : resolveMonth(anchor, mid, isFuture(doc, i, i));
    return { first: i, last: y ? i + 1 : i, date: formatMonth(ym), precision: 'month', confidence: 0.75 };
  }
  const month = lang.months.get(w);
  if (month != null && (t.cap || !lang.monthsCapitalised)) {
    const next = tokens[i + 1];
    // "December 18", "March 9, 2007".
    if (lang.monthBeforeDay && dayOfMonth(next, lang) && next!.gap == ' ' && tokens[i + 2]?.text != ':') return dayMonth(doc, i, i + 1, dayOfMonth(next, lang), month, anchor);
    const prev = tokens[i - 1];
    // A day number before the month was read at that number.
    if (dayOfMonth(prev, lang)) return undefined;
    const y = yearOf(next);
    if (y) return { first: i, last: i + 1, date: formatMonth({ y, m: month }), precision: 'month', confidence: 0.85 };
    // "March of 2013", "March last year", « mars de l'année dernière »: the year after it, written or relative.
    const of = isWord(next) && lang.nameConnectors.has(next.lower) && !lang.determiners.has(next.lower) ? i + 2 : i + 1;
    const ofYear = of > i + 1 ? yearOf(tokens[of]) : undefined;
    if (ofYear) return { first: i, last: of, date: formatMonth({ y: ofYear, m: month }), precision: 'month', confidence: 0.85 };
    const relative = lang.relativeYears.find((r) => phraseAt(tokens, of, r.words));
    if (relative) return { first: i, last: of + relative.words.length - 1, date: formatMonth({ y: anchor.y + relative.offset, m: month }), precision: 'month', confidence: 0.8 };
    // A month alone must be introduced (« en avril », « le mois d'août », "in May"): 'may' is also a verb.
    const lead = isApostrophe(prev) ? tokens[i - 2] : prev;
    // "last November", "this past March", "next June": the marker before it says which.
    if (isWord(lead) && (lang.pastMarkers.has(lead.lower) || lang.nextMarkers.has(lead.lower))) {
      const ym = lang.nextMarkers.has(lead.lower) ? { y: month > anchor.m ? anchor.y : anchor.y + 1, m: month } : { y: month < anchor.m ? anchor.y : anchor.y - 1, m: month };
      return { first: i - 1, last: i, date: formatMonth(ym), precision: 'month', confidence: 0.8 };
    }
    if (!isWord(lead) || !(lang.yearPrepositions.has(lead.lower) || lang.timeUnits.get(lead.lower) == 'month')) return undefined;
    // « en avril et mai 2017 », "in April and May 2017": the year written after the second month is the first's too.
    const joined = isWord(next) && (lang.coordinators.has(next.lower) || lang.dateRangeWords.has(next.lower)) && isWord(tokens[i + 2]) && lang.months.has(tokens[i + 2].lower);
    const sharedYear = joined ? yearOf(tokens[i + 3]) : 0;
    if (sharedYear) return { first: i, last: i + 3, date: formatMonth({ y: sharedYear, m: month }), precision: 'month', confidence: 0.8 };
    // « en août dernier », « en mars prochain »: the marker after it says which.
    const marked = isWord(next) && (lang.pastMarkers.has(next.lower) || lang.nextMarkers.has(next.lower));
    // In March, « mars prochain » is next year's and « mars dernier » last year's.
    const ym = !marked ? resolveMonth(anchor, month, isFuture(doc, i, i))
      : lang.nextMarkers.has(next!.lower) ? { y: month > anchor.m ? anchor.y : anchor.y + 1, m: month }
      : { y: month < anchor.m ? anchor.y : anchor.y - 1, m: month };
    return { first: i, last: marked ? i + 1 : i, date: formatMonth(ym), precision: 'month', confidence: 0.75 };
  }
  const weekday = lang.weekdays.get(w);
  if (weekday != null) {
    const next = tokens[i + 1];
    // « un dimanche de janvier », "a Sunday": some Sunday, no date; « Le Journal du dimanche »: a title.
    const before = tokens[i - 1];
    const titled = isWord(before) && lang.nameConnectors.has(before.lower) && !lang.determiners.has(before.lower) && tokens[i - 2]?.kind == 'word' && tokens[i - 2].cap;
    if (isWord(before) && (lang.numberArticles.has(before.lower) || titled)) return undefined;
    // « Ce lundi matin, 13 février »: the explicit date that follows dates it.
    for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
      if (dayOfMonth(tokens[k], lang) && isWord(tokens[k + 1]) && lang.months.has(tokens[k + 1].lower)) return undefined;
      // "On Tuesday, March 17th".
      if (lang.monthBeforeDay && isWord(tokens[k]) && lang.months.has(tokens[k].lower) && dayOfMonth(tokens[k + 1], lang)) return undefined;
    }
    // « jeudi 9 », « mardi 14 »: the nearest month where that day is that weekday.
    if (dayOfMonth(next, lang) && next!.gap == ' ') {
      const day = resolveWeekdayDate(anchor, weekday, dayOfMonth(next, lang));
      if (day) return { first: i, last: i + 1, date: formatDay(day), precision: 'day', confidence: 0.8 };
    }
    const pastAfter = isWord(next) && lang.pastMarkers.has(next.lower);
    const pastBefore = isWord(tokens[i - 1]) && lang.pastMarkers.has(tokens[i - 1].lower);
    const nextAfter = isWord(next) && lang.nextMarkers.has(next.lower);
    const nextBefore = isWord(tokens[i - 1]) && lang.nextMarkers.has(tokens[i - 1].lower);
    const direction = pastAfter || pastBefore ? 'last' : nextAfter || nextBefore ? 'next' : isFuture(doc, i, i) ? 'future' : 'past';
    const day = resolveWeekday(anchor, weekday, direction);
    const first = pastBefore || nextBefore ? i - 1 : i;
    let last = pastAfter || nextAfter ? i + 1 : i;
    // « dimanche matin », "Sunday morning": the part of the day belongs to the date.
    if (isWord(tokens[last + 1]) && lang.dayParts.has(tokens[last + 1].lower)) last++;
    return { first, last, date: formatDay(day), precision: 'day', confidence: direction == 'future' || direction == 'next' ? 0.75 : 0.8 };
  }
  const season = seasonAt(doc, i, anchor);
  if (season) return season;
  // « il y a deux ans », "three days later", « le lendemain », « le mois dernier ».
  const offset = mayOpenOffset(lang, w, t.digits) ? readOffset(doc, i, anchor, previous) : undefined;
  if (offset) return offset;
  // « Vers 9h30, à Paris, … », "At 10:30 a.m., …": a live report's entry, dated by the time it opens on, happened on
  // the day of publication.
  // (« 25 novembre 2016. – Vers 4 h 20 UTC, … »: right after the dateline the entry opens too.)
  const opensEntry = sentenceStart(doc, i) || (!!doc.dateline && doc.dateline.last + 1 == i);
  const clock = opensEntry ? clockLead(doc, i) : -1;
  if (clock >= 0) return { first: i, last: clock, date: formatDay(anchor), precision: 'day', confidence: 0.6 };
  if (!phraseStarts(lang).has(w)) return yearOrDecade(doc, i, anchor);
  // "Russia Today", « Aujourd'hui en France »: a capitalised day word right after a name is part of a title.
  const inTitle = t.cap && !sentenceStart(doc, i) && isWord(tokens[i - 1]) && tokens[i - 1].cap;
  for (const rel of lang.relativeDays) {
    if (!inTitle && phraseAt(tokens, i, rel.words)) {
      return { first: i, last: i + rel.words.length - 1, date: formatDay(addDays(anchor, rel.offset)), precision: 'day', confidence: 0.8 };
    }
  }
  for (const rel of lang.relativeWeeks) {
    if (phraseAt(tokens, i, rel.words)) {
      // The calendar week (Monday to Sunday) before, of or after publication, dated by the month most of its days fall
      // in, which is its Thursday's: "last week" in a piece of Friday 5 June is 25–31 May. At a weekend, the week
      // just ending is already « la semaine dernière ».
      const weekend = weekdayOf(anchor) == 0 || weekdayOf(anchor) == 6;
      const weeks = rel.offset < 0 && weekend ? rel.offset + 1 : rel.offset;
      const monday = addDays(anchor, -((weekdayOf(anchor) + 6) % 7) + 7 * weeks);
      return { first: i, last: i + rel.words.length - 1, date: formatMonth(addDays(monday, 3)), precision: 'month', confidence: 0.7 };
    }
  }
  for (const rel of lang.relativeYears) {
    if (phraseAt(tokens, i, rel.words)) {
      return { first: i, last: i + rel.words.length - 1, date: String(anchor.y + rel.offset), precision: 'year', confidence: 0.75 };
    }
  }
  if (previous?.precision == 'day') {
    for (const p of lang.sameDay) {
      if (phraseAt(tokens, i, p)) return { first: i, last: i + p.length - 1, date: previous.date, precision: 'day', confidence: 0.6 };
    }
  }
  return yearOrDecade(doc, i, anchor);
}

/**
 * Where a sentence opening on a time of day ends it (« Vers 9h30, », « Peu avant 10 h, », "At 10:30 a.m.,"): the last
 * token of the time, or -1. (Only a time right before a comma opens the entry; « À 14 h, le … » does.)
 */
function clockLead(doc: Doc, i: number): number {
  const { tokens, lang } = doc;
  let k = i;
  // « Peu avant », "Shortly after": one adverb may come first.
  if (isWord(tokens[k]) && !lang.clockPrepositions.has(tokens[k].lower) && lang.clockPrepositions.has(tokens[k + 1]?.lower ?? '')) k++;
  if (!isWord(tokens[k]) || !lang.clockPrepositions.has(tokens[k].lower)) return -1;
  let end = clockTimeEnd(doc, k + 1);
  if (end < 0) return -1;
  // « Vers 4 h 20 UTC, », "At 19:45 UTC-5,": a time zone may follow.
  if (/^(?:UTC|GMT)(?:[-−]\d{1,2})?$/.test(tokens[end + 1]?.text ?? '')) {
    end++;
    if ((tokens[end + 1]?.text == '+' || tokens[end + 1]?.text == '-') && tokens[end + 1].gap == '' && tokens[end + 2]?.digits && tokens[end + 2].gap == '') end += 2;
  }
  // « du matin », "in the morning".
  for (let n = end + 1; n <= end + 3 && isWord(tokens[n]); n++) {
    if (lang.dayParts.has(tokens[n].lower)) {
      end = n;
      break;
    }
    if (!lang.stopwords.has(tokens[n].lower)) break;
  }
  return tokens[end + 1]?.text == ',' ? end : -1;
}

/** The last token of a time of day starting at `k` (« 9h30 », « 14 h 30 », « 8 heures », "10:30 a.m."), or -1. */
function clockTimeEnd(doc: Doc, k: number): number {
  const { tokens, lang } = doc;
  const t = tokens[k];
  if (!t) return -1;
  const glued = /^([01]?\d|2[0-4])(\p{L}+)(\d\d)?$/u.exec(t.text);
  if (glued && lang.clockMarkers.has(glued[2].toLowerCase())) return k;
  if (!t.digits || Number(t.text) > 24) return -1;
  const next = tokens[k + 1];
  if (isWord(next) && (lang.clockMarkers.has(next.lower) || lang.hourWords.has(next.lower))) return tokens[k + 2]?.digits && tokens[k + 2].text.length == 2 ? k + 2 : k + 1;
  if (next?.text == ':' && next.gap == '' && tokens[k + 2]?.digits && tokens[k + 2].gap == '') {
    // "10:30 am", "10:30 a.m.": the marker may be written in letters and stops.
    let end = k + 2;
    let marker = '';
    for (let n = k + 3; n <= k + 6 && tokens[n] && (n == k + 3 || tokens[n].gap == '') && (isWord(tokens[n]) || tokens[n].text == '.'); n++) {
      marker += tokens[n].text == '.' ? '' : tokens[n].lower;
      if (lang.clockMarkers.has(marker)) end = tokens[n + 1]?.text == '.' && tokens[n + 1].gap == '' ? n + 1 : n;
    }
    return end;
  }
  return -1;
}

// First words of every relative phrase, so that most tokens are dismissed with one lookup.
const STARTS = new WeakMap<Lang, Set<string>>();
function phraseStarts(lang: Lang): Set<string> {
  let set = STARTS.get(lang);
  if (!set) {
    set = new Set([...lang.relativeDays, ...lang.relativeWeeks, ...lang.relativeYears].map((r) => r.words[0]));
    for (const p of lang.sameDay) set.add(p[0]);
    STARTS.set(lang, set);
  }
  return set;
}

/**
 * The decade whose tens digits are `digits`: « 199 » is the 1990s; one digit, "the 70s", « les années 80 », is the
 * last such decade that had begun by publication.
 */
function decadeOf(digits: string, anchor: Day): string {
  if (digits.length == 3) return `${digits}X`;
  let start = Math.floor(anchor.y / 100) * 100 + Number(digits) * 10;
  if (start > anchor.y) start -= 100;
  return `${String(start).slice(0, 3)}X`;
}

function yearOrDecade(doc: Doc, i: number, anchor: Day): Cue | undefined {
  const { tokens, lang } = doc;
  const t = tokens[i];
  // "the 1990s", "the 70s": a decade written as one word, after its article when it has two digits.
  const decade = lang.decadeForm?.exec(t.text);
  // ("the '80s": an apostrophe may stand for the century.)
  const article = isApostrophe(tokens[i - 1]) && tokens[i - 1].gap != '' && t.gap == '' ? i - 2 : i - 1;
  if (decade && (decade[1].length == 3 || (isWord(tokens[article]) && lang.definiteArticles.has(tokens[article].lower)))) {
    return { first: article < i - 1 ? i - 1 : i, last: i, date: decadeOf(decade[1], anchor), precision: 'decade', confidence: decade[1].length == 3 ? 0.8 : 0.7 };
  }
  // « les années 80 »: two digits after the word for decades.
  if (/^\d0$/.test(t.text) && isWord(tokens[i - 1]) && lang.decadeWords.has(tokens[i - 1].lower)) {
    return { first: i - 1, last: i, date: decadeOf(t.text[0], anchor), precision: 'decade', confidence: 0.7 };
  }
  // « la période 1998-2002 », written as one token.
  const span = /^(\d{4})-(\d{4})$/.exec(t.text);
  if (span && Number(span[2]) > Number(span[1]) && Number(span[2]) - Number(span[1]) < 100 && Number(span[1]) >= 1000) {
    return { first: i, last: i, date: span[1], precision: 'year', confidence: 0.75 };
  }
  const y = yearOf(t);
  if (y) {
    const prev = tokens[i - 1];
    if (isWord(prev) && lang.decadeWords.has(prev.lower) && y % 10 == 0) {
      let first = i - 1;
      // « au début des années 1990 »: the words before belong to the cue.
      while (first > 0 && i - first < 4 && isWord(tokens[first - 1]) && (doc.lang.yearPrepositions.has(tokens[first - 1].lower) || doc.lang.stopwords.has(tokens[first - 1].lower))) first--;
      return { first, last: i, date: `${String(y).slice(0, 3)}X`, precision: 'decade', confidence: 0.8 };
    }
    // "the 2014–2018 term": a span of years starts at its first, whatever comes before it.
    const dash = tokens[i + 1];
    const end = yearOf(tokens[i + 2]);
    if (dash?.gap == '' && (dash.text == '-' || dash.text == '–') && tokens[i + 2].gap == '' && end > y && end - y < 100) {
      return { first: i, last: i + 2, date: String(y), precision: 'year', confidence: 0.75 };
    }
    // « de 1994 à 1995 », "from 2003 to 2005", « entre 2010 et 2012 »: a span of years starts at its first.
    const joiner = tokens[i + 1];
    if (isWord(joiner) && (lang.dateRangeWords.has(joiner.lower) || joiner.lower == lang.rangeAnd) && end > y && end - y < 100 && tokens[i + 2].sentence == t.sentence) {
      const opened = isWord(prev) && (lang.changeFrom.has(prev.lower) || lang.rangeOpeners.has(prev.lower));
      // "from 2010 to 2012 people": numbers counting what follows them are no years.
      const counted = isWord(tokens[i + 3]) && !tokens[i + 3].cap && !lang.stopwords.has(tokens[i + 3].lower);
      if (opened && !counted) return { first: i - 1, last: i + 2, date: String(y), precision: 'year', confidence: 0.75 };
    }
    // "(2005)", "the 1949 armistice", "a 2010 study", « la crise de 1929 »: a year in brackets or before the noun it dates,
    // or the name of what happened that year ("the 2002 WSF", "the 1967 Arab-Israeli war", "A 2006 US report").
    const bracketed = prev?.text == '(' && tokens[i + 1]?.text == ')';
    const article = isWord(prev) && (lang.definiteArticles.has(prev.lower) || lang.unitArticles.has(prev.lower));
    const named = isWord(tokens[i + 1]) && tokens[i + 1].cap && y >= 1800;
    const before = article && isWord(tokens[i + 1]) && tokens[i + 1].gap == ' ' && (!tokens[i + 1].cap || named);
    // « le budget 2017 », « l'édition 2016 »: a year right after a noun and its article dates it, unless the noun makes
    // the number an identifier (« l'article 1240 »).
    const determined = isWord(prev) && !prev.cap && !lang.stopwords.has(prev.lower) && !lang.identifierWords.has(prev.lower) && isWord(tokens[i - 2]) && lang.determiners.has(tokens[i - 2].lower) && !(isWord(tokens[i + 1]) && tokens[i + 1].gap == '');
    if (bracketed || before || determined) return { first: i, last: i, date: String(y), precision: 'year', confidence: 0.7 };
    // « en 1951, 1961 et 1981 », "in 2002, 2007 and 2012": the years listed after a dated one are dated too.
    let head = i;
    while (head >= 2 && (tokens[head - 1].text == ',' || (isWord(tokens[head - 1]) && lang.coordinators.has(tokens[head - 1].lower))) && yearOf(tokens[head - 2])) head -= 2;
    const listed = head < i && isWord(tokens[head - 1]) && lang.yearPrepositions.has(tokens[head - 1].lower);
    if (!listed && (!isWord(prev) || !lang.yearPrepositions.has(prev.lower))) return undefined;
    if (tokens[i + 1]?.gap == '' && isWord(tokens[i + 1])) return undefined;
    // « un salaire de 2800 euros », "of 2010 people", « un accord de 2344 pages »: a unit, a currency or a counted noun
    // after it makes it an amount.
    const after = tokens[i + 1];
    if (after && (lang.units.has(after.lower) || lang.currencySigns.has(after.text) || after.text == '%')) return undefined;
    if (isWord(after) && !after.cap && !lang.stopwords.has(after.lower) && lang.pluralNoun.test(after.lower)) return undefined;
    if (listed) return { first: i, last: i, date: String(y), precision: 'year', confidence: 0.75 };
    // "Act of 2008": a year inside a name dates nothing.
    if (lang.nameConnectors.has(prev.lower) && tokens[i - 2]?.cap && tokens[i - 2].kind == 'word' && !sentenceStart(doc, i - 2)) return undefined;
    return { first: i - 1, last: i, date: String(y), precision: 'year', confidence: 0.8 };
  }
  return undefined;
}

const sentenceStart = (doc: Doc, i: number) => doc.sentences[doc.tokens[i].sentence].first == i;

/** "rose 65% from last year", « en hausse de 3 % par rapport à l'an dernier »: a date a change is measured from is a baseline, not an event. */
function comparedFrom(doc: Doc, first: number): boolean {
  const { tokens, lang } = doc;
  // "from the same time last year": a few words may come between.
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const lead = lang.baselineLeads.find((p) => phraseAt(tokens, k - p.length + 1, p));
    if (!lead) continue;
    const from = k - lead.length;
    for (let j = from; j >= Math.max(0, from - 4); j--) if (tokens[j].text == '%' || lang.percentWords.has(tokens[j].lower)) return true;
    return false;
  }
  return false;
}

function dayMonth(doc: Doc, first: number, monthAt: number, d: number, m: number, anchor: Day): Cue | undefined {
  const { tokens } = doc;
  let last = Math.max(first, monthAt);
  let y = yearOf(tokens[last + 1]);
  if (!y && tokens[last + 1]?.text == ',' && yearOf(tokens[last + 2])) (y = yearOf(tokens[last + 2])), (last += 2);
  else if (y) last++;
  // « du 28 juillet au 25 septembre 1973 », "from July 28 to September 25, 1973": the span is one cue, its year
  // written once, at its end.
  const span = !y ? spanEnd(doc, last + 1) : undefined;
  if (span) (y = span.year), (last = span.last);
  const day = y ? { y, m, d } : resolveDayMonth(anchor, m, d, isFuture(doc, first, last) ? 'future' : isPast(doc, first, last) ? 'past' : 'either');
  if (!day || !isValidDay(day)) return undefined;
  return { first, last, date: formatDay(day), precision: 'day', confidence: y ? 0.9 : 0.8 };
}

/**
 * « au printemps dernier », « l'été 2016 », "last summer", "this winter": a season, dated by its year (a winter by the
 * year it starts in). Only after a word that makes it a date: « a été » is a verb.
 */
function seasonAt(doc: Doc, i: number, anchor: Day): Cue | undefined {
  const { tokens, lang } = doc;
  const start = lang.seasons.get(tokens[i].lower);
  if (start == null) return undefined;
  const leadAt = isApostrophe(tokens[i - 1]) ? i - 2 : i - 1;
  const lead = tokens[leadAt];
  const before = isWord(lead) && (lang.pastMarkers.has(lead.lower) || lang.nextMarkers.has(lead.lower)) ? lead : undefined;
  if (!isWord(lead) || (!lang.seasonLeads.has(lead.lower) && !before)) return undefined;
  const next = tokens[i + 1];
  const after = isWord(next) && (lang.pastMarkers.has(next.lower) || lang.nextMarkers.has(next.lower)) ? next : undefined;
  const marker = before ?? after;
  const written = yearOf(next);
  const past = marker && lang.pastMarkers.has(marker.lower);
  const ahead = marker && lang.nextMarkers.has(marker.lower);
  const y = written || (past ? (anchor.m >= start + 3 ? anchor.y : anchor.y - 1) : ahead ? (anchor.m < start ? anchor.y : anchor.y + 1) : anchor.y);
  return { first: before ? leadAt : i, last: written || after ? i + 1 : i, date: String(y), precision: 'year', confidence: 0.7 };
}

/** The end of a date span from token `k`, its joining word (« au 25 septembre 1973 », "to September 25, 1973"): where it ends and its year (0 if none). */
function spanEnd(doc: Doc, k: number): { last: number; year: number } | undefined {
  const { tokens, lang } = doc;
  if (!lang.dateRangeWords.has(tokens[k]?.lower ?? '')) return undefined;
  let end: { last: number; year: number } | undefined;
  for (let j = k + 1; j <= k + 5 && j < tokens.length; j++) {
    const t = tokens[j];
    if (yearOf(t) && end) return { last: j, year: yearOf(t) };
    if (dayOfMonth(t, lang) || (isWord(t) && lang.months.has(t.lower))) end = { last: j, year: 0 };
    else if (t.text != ',') break;
  }
  return end;
}

/** Words that may open a clause before its date and go with it: « Ce mercredi », "On December 18", "Early on Sunday". */
function datingLeadIn(lang: Lang, t: Token): boolean {
  if (!isWord(t) || lang.auxiliaries.has(t.lower) || lang.beAuxiliaries.has(t.lower)) return false;
  return lang.yearPrepositions.has(t.lower) || lang.stopwords.has(t.lower) || lang.determiners.has(t.lower) || lang.timeAdverbs.has(t.lower);
}

/** Whether the clause so far has a verb of saying (within eight tokens): « a déclaré vendredi à la télévision que ». */
function saidBefore(doc: Doc, k: number, from: number): boolean {
  for (let j = k - 1; j >= Math.max(from, k - 8); j--) if (doc.lang.sayVerbs.has(doc.tokens[j].lower)) return true;
  return false;
}

/** A word that can open a verb phrase: an auxiliary, a clitic, a verb of saying, a participle. */
function verbish(doc: Doc, t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  const { lang } = doc;
  const w = t.lower;
  if (lang.auxiliaries.has(w) || lang.beAuxiliaries.has(w) || lang.sayVerbs.has(w) || (lang.subjectClitics.has(w) && !lang.pronouns.has(w))) return true;
  // A subject opens with a determiner, a name or a pronoun; a lower-case content word is the verb.
  return !t.cap && !t.digits && !lang.stopwords.has(w) && !lang.determiners.has(w) && !lang.months.has(w) && !lang.weekdays.has(w);
}

/**
 * The clause a cue dates, as token indices: from its subject to the clause's end. Leftwards it stops at a
 * subordinator or relative pronoun (« qu'il soit limogé… », « où les forces… »), at a comma unless that comma closes
 * an incise between a subject and its verb (« Le mandataire, Me X, a fixé… »), and at a semicolon or colon;
 * rightwards at a comma, a subordinator (a « que » after a verb of saying goes on: what was said is the event),
 * or a conjunction that joins clauses.
 */
function clauseOf(doc: Doc, cue: Cue): [number, number] {
  const { tokens, sentences, lang } = doc;
  const s = sentences[tokens[cue.first].sentence];
  let from = cue.first;
  for (let k = cue.first - 1; k >= Math.max(s.first, cue.first - CLAUSE_REACH); k--) {
    const t = tokens[k];
    if (t.kind == 'punct') {
      if (t.text == ';' || t.text == ':' || t.text == '(' || t.text == ')') break;
      // « "…", a déclaré vendredi X »: a short quotation belongs to the clause that attributes it; a long one does not.
      if (t.quote < 0 && (tokens[k - 1]?.quote ?? -1) >= 0 && '»”"'.includes(t.text)) {
        const q = doc.quotations[tokens[k - 1].quote];
        let n = 0;
        for (let j = q.first; j <= q.last; j++) if (tokens[j].kind == 'word') n++;
        if (n <= 12 && tokens[q.open].sentence == tokens[cue.first].sentence) from = q.open;
        break;
      }
      if (t.text == ',') {
        if (k + 1 < cue.first && verbish(doc, tokens[k + 1]) && tokens[k - 1]?.kind == 'word') {
          // The stretch after the comma opens with a verb: its subject is before the comma, maybe before an incise.
          let c0 = k - 1;
          while (c0 > s.first && k - c0 < 16 && tokens[c0].text != ',' && tokens[c0].text != ';') c0--;
          if (tokens[c0]?.text == ',' && c0 > s.first) {
            from = c0;
            k = c0;
          } else from = k;
          continue;
        }
        break;
      }
      from = k;
      continue;
    }
    if (t.kind == 'word' && (lang.clauseOpeners.has(t.lower) || lang.clauseCoordinators.has(t.lower))) break;
    from = k;
  }
  let to = cue.last;
  const opensClause = tokens.slice(from, cue.first).every((t) => datingLeadIn(lang, t));
  for (let k = cue.last + 1; k <= Math.min(s.last, cue.last + CLAUSE_REACH); k++) {
    const t = tokens[k];
    // « Vendredi, un politicien a déclaré… », "On December 18, the train derailed": the comma after opening dating
    // words (with their preposition) does not end the clause.
    if (t.text == ',' && k == cue.last + 1 && opensClause) continue;
    // « Vers 9h30, à Paris, des manifestants ont… », "On Monday, in London, police…": nor does a place after them.
    const place = isWord(tokens[cue.last + 2]) && lang.placePrepositions.has(tokens[cue.last + 2].lower) && k - cue.last <= 8;
    if (t.text == ',' && opensClause && tokens[cue.last + 1]?.text == ',' && place) continue;
    if (t.kind == 'punct' && ',;:()'.includes(t.text)) break;
    if (t.kind == 'word' && (lang.clauseOpeners.has(t.lower) || lang.clauseCoordinators.has(t.lower))) {
      if (!((t.lower == 'que' || t.lower == 'qu' || t.lower == 'that') && saidBefore(doc, k, from))) break;
    }
    to = k;
  }
  return [from, to];
}

/** Whether the « il » at token `at` is impersonal: « il y a », « il faut », « il n'est pas possible de ». */
function isImpersonal(doc: Doc, at: number): boolean {
  const { tokens, lang } = doc;
  for (let k = at + 1, words = 0; k < tokens.length && words < 4; k++) {
    if (tokens[k].sentence != tokens[at].sentence) break;
    if (!isWord(tokens[k])) continue;
    if (lang.impersonalWords.has(tokens[k].lower)) return true;
    words++;
  }
  return false;
}

type PersonMention = (m: Mention) => boolean;

/**
 * Who a singular subject pronoun stands for, so that a timeline entry says who acted (« il cède la présidence à
 * Tokayev » → « Nursultan Nazarbayev cède… »): inside a sentence, the nearest person named before it in that
 * sentence (« …avec Nursultan Nazarbayev, qui a dirigé le pays jusqu'à ce qu'il cède… »); opening a sentence, the
 * person who opens the previous sentence as its subject, or the one person it names. Undefined when unsure: the
 * label keeps the pronoun.
 */
function antecedentOf(doc: Doc, at: number, mentions: Mention[], isPerson: PersonMention): Mention | undefined {
  const { tokens, lang } = doc;
  const t = tokens[at];
  if (!isWord(t) || !lang.singularPronouns.has(t.lower) || isImpersonal(doc, at)) return undefined;
  const sentence = t.sentence;
  let i = lastAtOrBefore(mentions, t.start - 1);
  for (; i >= 0 && tokens[mentions[i].first].sentence == sentence; i--) if (isPerson(mentions[i])) return mentions[i];
  const previous: Mention[] = [];
  for (; i >= 0 && tokens[mentions[i].first].sentence == sentence - 1; i--) if (isPerson(mentions[i])) previous.unshift(mentions[i]);
  const people = new Set(previous.map((m) => m.actor));
  // The previous sentence's subject opens it (« Kassym-Jomart Tokayev a ordonné… », "Union leader Sharon Graham met…").
  const opens = (m: Mention) => m.subject && m.first - doc.sentences[sentence - 1].first <= 3;
  return previous.find(opens) ?? (people.size == 1 ? previous.at(-1) : undefined);
}

/**
 * The person a relative pronoun at token `at` stands for, when one is named right before it (within eight tokens,
 * a comma or an aside between): "Representative Jim Ramstad (R Minnesota), who voted against the bill on Monday".
 */
function relativeAntecedentOf(doc: Doc, at: number, mentions: Mention[], isPerson: PersonMention): Mention | undefined {
  const { tokens, lang } = doc;
  if (!isWord(tokens[at]) || !lang.personRelatives.has(tokens[at].lower)) return undefined;
  // « les filles de Bruno Le Roux, qui ont 23 et 20 ans »: a plural verb stands for several, not for the person.
  if (lang.pluralVerb.test(tokens[at + 1]?.lower ?? '')) return undefined;
  const m = mentions[lastAtOrBefore(mentions, tokens[at].start - 1)];
  if (!m || tokens[m.last].sentence != tokens[at].sentence || at - m.last > 8 || !isPerson(m)) return undefined;
  // Only a comma or a bracketed aside may stand between: « le projet de Jean Dupont qui prévoit » is the project's.
  const between = tokens.slice(m.last + 1, at).filter((t) => t.text != ',');
  return between.length == 0 || (between[0].text == '(' && between.at(-1)!.text == ')') ? m : undefined;
}

/**
 * « "…", a déclaré vendredi le secrétaire d'État Antony Blinken »: when the dated clause only attributes a long
 * quotation, the timeline shows who said what, « Antony Blinken : « Une leçon de l'histoire… » », within
 * LABEL_WORDS words. Undefined unless the clause opens with its verb of saying and names a person after it.
 */
function attributionLabel(doc: Doc, a: number, to: number, mentions: Mention[], isPerson: PersonMention): string | undefined {
  const { tokens, lang } = doc;
  const verb = lang.auxiliaries.has(tokens[a]?.lower ?? '') ? a + 1 : a;
  if (!isWord(tokens[verb]) || !lang.sayVerbs.has(tokens[verb].lower)) return undefined;
  let k = a - 1;
  while (k > 0 && tokens[k].kind == 'punct' && tokens[k].quote < 0 && !'»”"'.includes(tokens[k].text)) k--;
  if (!'»”"'.includes(tokens[k]?.text ?? '') || (tokens[k - 1]?.quote ?? -1) < 0) return undefined;
  const quotation = doc.quotations[tokens[k - 1].quote];
  let speaker: Mention | undefined;
  for (let m = lastAtOrBefore(mentions, tokens[verb].start) + 1; m < mentions.length && mentions[m].last <= to && !speaker; m++) {
    if (mentions[m].first > verb && isPerson(mentions[m])) speaker = mentions[m];
  }
  if (!speaker) return undefined;
  const name = doc.text.slice(speaker.start, speaker.end);
  let room = LABEL_WORDS - name.split(/\s+/).length;
  let end = quotation.first - 1;
  for (let j = quotation.first; j <= quotation.last && room > 0; j++) if (tokens[j].kind == 'word') (end = j), room--;
  const cut = end < quotation.last;
  if (cut) [, end] = trimEdges(doc, quotation.first, end);
  if (end < quotation.first) return undefined;
  const words = render(doc, quotation.first, end) + (cut ? '…' : '');
  return lang.quoteLabel(name, words);
}

/**
 * The label a reader sees on the timeline: the clause, its dating words (with « au cours de », « pour »…) taken out,
 * an opening subject pronoun replaced by the name it stands for (« il cède… » → « Nursultan Nazarbayev cède… »), or
 * dropped with the auxiliary of a passive or a perfect with « être » (« il soit limogé par X » → « Karim Massimov
 * limogé par X », « Limogé par X » when nobody is sure), at most LABEL_WORDS words, no function word at its ends,
 * the first letter upper-cased. Returns the label, the token range it comes from and the actor a pronoun named.
 */
function labelOf(
  doc: Doc,
  cue: Cue,
  from: number,
  to: number,
  nameFor: (at: number) => Mention | undefined,
  attribution: (first: number, last: number) => string | undefined,
  relativeFor: (at: number) => Mention | undefined,
): { label: string; first: number; last: number; named?: Mention } {
  const { tokens, lang } = doc;
  let skipFirst = cue.first;
  for (const p of lang.cueLeadIns) {
    if (cue.first - p.length >= from && cue.first - p.length < skipFirst && phraseAt(tokens, cue.first - p.length, p)) skipFirst = cue.first - p.length;
  }
  // « Ce mercredi, … », "On December 18, …": the words that open the clause with its date go with the date.
  if (tokens.slice(from, skipFirst).every((t) => datingLeadIn(lang, t))) skipFirst = Math.min(skipFirst, from);
  let skipLast = cue.last;
  if (skipFirst <= from && tokens[skipLast + 1]?.text == ',') skipLast++;
  const skip: [number, number] = [skipFirst, skipLast];
  // A relative clause between commas, « L'accès, qui était fermé depuis des jours, était perturbé », is left out.
  let incise: [number, number] | undefined;
  for (let k = from + 1; k < skipFirst - 2; k++) {
    if (tokens[k].text != ',' || !isWord(tokens[k + 1]) || !lang.clauseOpeners.has(tokens[k + 1].lower)) continue;
    for (let j = k + 2; j < skipFirst; j++) if (tokens[j].text == ',') (incise = [k, j]), (j = skipFirst);
    break;
  }
  const skips: [number, number][] = incise ? [incise, skip] : [skip];
  const inSkip = (k: number) => (k >= skip[0] && k <= skip[1]) || (!!incise && k >= incise[0] && k <= incise[1]);
  let a = from;
  while (a <= to && (inSkip(a) || tokens[a].kind == 'punct' && !'«“"'.includes(tokens[a].text) || isWord(tokens[a]) && (lang.coordinators.has(tokens[a].lower) || lang.clauseOpeners.has(tokens[a].lower)))) a++;
  let named: Mention | undefined = relativeFor(from - 1);
  if (!named && isWord(tokens[a]) && lang.pronouns.has(tokens[a].lower)) {
    named = nameFor(a);
    let j = a + 1;
    while (j <= to && inSkip(j)) j++;
    let be = false;
    while (j <= to && isWord(tokens[j]) && (lang.beAuxiliaries.has(tokens[j].lower) || lang.auxiliaries.has(tokens[j].lower))) be ||= lang.beAuxiliaries.has(tokens[j++].lower);
    // « il soit limogé par… », « qu'il est devenu indépendant »: the participle opens the label, after the name.
    if (be && j <= to && isWord(tokens[j]) && lang.isParticiple(tokens[j].lower)) a = j;
    else if (named) a++;
  }
  let words = 0;
  let b = a - 1;
  for (let k = a; k <= to && words < LABEL_WORDS; k++) {
    if (inSkip(k)) continue;
    if (tokens[k].kind == 'word') words++;
    b = k;
  }
  // « …du conseil avait également été | licencié »: a cut inside a verb group takes the words that finish it.
  const inVerbGroup = (t: Token) => isWord(t) && (lang.auxiliaries.has(t.lower) || lang.beAuxiliaries.has(t.lower) || lang.adverb.test(t.lower));
  for (let extra = 0; b < to && extra < 4 && inVerbGroup(tokens[b]) && !inSkip(b + 1); extra++) b++;
  const open = unbalancedQuoteAt(doc, a, b);
  if (open > a) b = open - 1;
  while (b >= a && (inSkip(b) || isEdgeWord(doc, tokens[b]) && !'»”")'.includes(tokens[b].text) || tokens[b].text == '"' && open >= 0 || isWord(tokens[b]) && lang.adverb.test(tokens[b].lower))) b--;
  if (b < a) {
    // Nothing but the dating words: keep the clause as it is.
    return { label: capitalize(render(doc, from, to)), first: from, last: to };
  }
  const attributed = attribution(a, to);
  if (attributed) return { label: attributed, first: a, last: b };
  const said = render(doc, a, b, skips);
  if (!named) return { label: capitalize(said), first: a, last: b };
  return { label: capitalize(`${doc.text.slice(named.start, named.end)} ${said}`), first: a, last: b, named };
}

/** Stage 5: dated statements, each with the clause it dates and the actors named in it. */
export function findEvents(doc: Doc, published: string, mentions: Mention[], actors: readonly { id: string; kind: string }[]): FoundEvent[] {
  const anchor = parseDayOrToday(published);
  const { tokens, text } = doc;
  const found: FoundEvent[] = [];
  const seen = new Set<string>();
  let previous: PreviousDate | undefined;
  let lastCueEnd = -10;
  let inList = false;
  const isPerson: PersonMention = (m) => actors[m.actor].kind == 'person';
  const nameFor = (at: number) => antecedentOf(doc, at, mentions, isPerson);
  const attribution = (first: number, last: number) => attributionLabel(doc, first, last, mentions, isPerson);
  const relativeFor = (at: number) => relativeAntecedentOf(doc, at, mentions, isPerson);
  for (let i = pastDateline(doc.dateline, 0); i < tokens.length; i = pastDateline(doc.dateline, i + 1)) {
    if (doc.sentences[tokens[i].sentence].foreign) continue;
    const cue = readCue(doc, i, anchor, previous);
    if (!cue) continue;
    i = Math.max(i, cue.last);
    // The end of a range (« du 26 février au 7 mars ») is not an event of its own; a list's next item (« en 1951, 1961
    // et 1981 ») is, after a comma and after the « et » that closes the list.
    const near = cue.first - lastCueEnd <= 2 && tokens[cue.first].sentence == tokens[lastCueEnd]?.sentence;
    const comma = near && tokens.slice(lastCueEnd + 1, cue.first).some((t) => t.text == ',');
    if (near && !comma && !inList) {
      lastCueEnd = cue.last;
      continue;
    }
    inList = comma;
    lastCueEnd = cue.last;
    if (comparedFrom(doc, cue.first)) continue;
    const sentence = tokens[cue.first].sentence;
    const key = `${cue.date}|${sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    previous = { date: cue.date, precision: cue.precision };
    const [from, to] = clauseOf(doc, cue);
    const { label, first, last, named } = labelOf(doc, cue, from, to, nameFor, attribution, relativeFor);
    const span: [number, number] = [tokens[Math.min(first, cue.first)].start, tokens[Math.max(last, cue.last)].end];
    // The one a pronoun named first: the label says they acted.
    const involved: string[] = named ? [actors[named.actor].id] : [];
    for (let m = lastAtOrBefore(mentions, span[0] - 1) + 1; m < mentions.length && mentions[m].start < span[1]; m++) {
      const id = actors[mentions[m].actor].id;
      if (mentions[m].start >= span[0] && !involved.includes(id)) involved.push(id);
    }
    const inQuote = tokens[cue.first].quote >= 0;
    // « « il y a cinq ans, nous n'avions pas… » », "“Today the people I want to…”": inside a quotation, a day counted
    // from now is counted from when the words were said, not from publication.
    if (inQuote && !tokens.slice(cue.first, cue.last + 1).some((t) => t.digits || doc.lang.months.has(t.lower))) continue;
    found.push({
      event: {
        id: '',
        date: cue.date,
        precision: cue.precision,
        label,
        cue: textOf(text, tokens, cue.first, cue.last),
        actors: involved,
        span,
        confidence: round(cue.confidence - (inQuote ? 0.1 : 0)),
      },
      cueFirst: cue.first,
    });
  }
  return found;
}

function parseDayOrToday(published: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  const day = m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
  return day && isValidDay(day) ? day : { y: 1970, m: 1, d: 1 };
}
