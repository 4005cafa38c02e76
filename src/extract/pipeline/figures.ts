import type { Approx, Figure } from '../../data/types.js';
import type { Lang } from '../lang/types.js';
import type { Doc, Token } from './document.js';
import { pastDateline } from './dateline.js';
import { addTo, isApostrophe, lastAtOrBefore, phraseAt, round, textOf } from './util.js';
import { isEdgeWord, render, trimEdges } from './labels.js';
import { parseNumberWord, readNumberWords } from './number-words.js';
import { fractionAt } from './fractions.js';

/** A number read at a token: its value, the tokens it covers, and how sure the reading is. */
interface Reading {
  value: number;
  first: number;
  last: number;
  approx: Approx;
  confidence: number;
  /** A unit or a multiplier written against the digits: "36,000ft", "€680m". */
  suffix?: string;
  /** The token naming what is counted, where the figure's own words hold it (« un train sur cinq »). */
  counted?: number;
}

// Sticky, anchored at a digit token, no nested quantifiers: French 4 400 / 2,5 and English 4,400 / 2.5. French groups
// thousands with a space, a no-break space, a narrow one or a thin one (typesetters use all four), and agency copy
// with a dot (« 148.000 »: a decimal is written with a comma, so a dot before three digits groups them).
const DIGITS_FR = /\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?:,\d+)?(?!\d|,\d)|[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?(?![\d.,]\d)|\d+(?:,\d+)?(?![\d])/y;
// (English copy written outside the US groups with a space too: "over 15 000 activists".)
const DIGITS_EN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?![\d.,]\d)|\d+(?:\.\d+)?(?![\d])/y;
const LABEL_WORDS = 8;
// Time zones after an hour: « 17 heures UTC », "02:32 GMT".
const TIME_ZONES = /^(?:UTC|GMT|CET|CEST|EST|EDT|PST|PDT|BST)$/;
const isWord = (t: Token | undefined): t is Token => !!t && t.kind == 'word';

/** Parses digits as the language writes them: '4 400' → 4400, '2,5' → 2.5 in French; '4,400' → 4400 in English. */
export function parseDigits(raw: string, lang: Lang): number {
  const clean = raw.replace(/[ \u00A0\u202F\u2009]/g, '');
  return Number(lang.decimalComma ? clean.replaceAll('.', '').replace(',', '.') : clean.replaceAll(',', ''));
}

/** Whether the day numbers after token `last`, joined by commas and « et », « au », "to", end on a month. */
function daysBeforeMonth(doc: Doc, last: number): boolean {
  const { tokens, lang } = doc;
  let k = last + 1;
  for (let n = 0; n < 6; n++) {
    const joiner = tokens[k];
    if (!(joiner?.text == ',' || (isWord(joiner) && (lang.dateRangeWords.has(joiner.lower) || lang.coordinators.has(joiner.lower)))) || !tokens[k + 1]?.digits || Number(tokens[k + 1].text) > 31) return false;
    k += 2;
    if (isWord(tokens[k]) && lang.months.has(tokens[k].lower)) return true;
  }
  return false;
}

/** Where the token at `i` is a date, a time, an identifier or a year, not a quantity. */
function notAQuantity(doc: Doc, i: number, last: number, value: number): boolean {
  const { tokens, lang } = doc;
  const prev = tokens[i - 1];
  const next = tokens[last + 1];
  if (prev && tokens[i].gap == '' && (prev.kind == 'word' || prev.text == '.' || prev.text == '/')) return true;
  // ("10:30pm": the minutes may carry their half of the day.)
  if (next && next.gap == '' && (next.text == ':' || next.text == '/') && (tokens[last + 2]?.digits || /^\d\d(?:[ap]m)?$/i.test(tokens[last + 2]?.text ?? ''))) return true;
  // "at 4 a.m.": an hour and its half of the day.
  if (isWord(next) && /^[ap]$/i.test(next.text) && tokens[last + 2]?.text == '.' && /^m$/i.test(tokens[last + 3]?.text ?? '') && value <= 12) return true;
  // « la 27 e édition », « le 1 er octobre »: an ordinal whose ending the text wrote apart.
  if (isWord(next) && !next.cap && lang.ordinalEndings.has(next.lower) && last == i) return true;
  // "8. Political struggle", "1. If you try": a number opening its paragraph or sentence before a full stop numbers a list.
  const opensSentence = i == 0 || tokens[i].gap.includes('\n') || doc.sentences[tokens[i].sentence].first == i;
  if (next?.text == '.' && next.gap == '' && last == i && opensSentence && tokens[last + 2]?.cap) return true;
  // « du 14 au 17 décembre », « les 16, 17 et 18 juillet »: the first days of a span or a list of days.
  if (daysBeforeMonth(doc, last)) return true;
  // Clock times: « 14 h 30 », « 14h », "2:35 am", "at 4.42", "7.00 a.m".
  if (next && lang.clockMarkers.has(next.lower)) return true;
  const clock = /^(?:[01]?\d|2[0-4])[.:][0-5]\d$/.test(doc.text.slice(tokens[i].start, tokens[last].end));
  if (clock && ((isWord(prev) && lang.clockPrepositions.has(prev.lower)) || (isWord(next) && /^[ap]$/.test(next.lower) && tokens[last + 2]?.text == '.'))) return true;
  // « à 8 heures », « vers 9 heures »: an hour after « à », « vers » is a time of day, not a duration.
  if (isWord(next) && lang.hourWords.has(next.lower) && isWord(prev) && lang.clockPrepositions.has(prev.lower)) return true;
  if (prev && lang.clockMarkers.has(prev.lower) && tokens[i - 2]?.digits) return true;
  // "04:32 AM (02:32 GMT)": the minutes after the colon; « 17 heures UTC »: an hour with its time zone.
  if (prev?.text == ':' && tokens[i].gap == '' && tokens[i - 2]?.digits && prev.gap == '') return true;
  if (isWord(next) && lang.hourWords.has(next.lower) && TIME_ZONES.test(tokens[last + 2]?.text ?? '')) return true;
  // « à 9 heures 45 »: minutes after an hour.
  if (isWord(prev) && lang.hourWords.has(prev.lower) && tokens[i - 2]?.digits) return true;
  // « de 15 à 17 heures »: the start of a span of hours that ends on a time of day (not « 15 à 17 heures de travail »).
  const upper = tokens[last + 2];
  if (isWord(next) && lang.rangeWords.has(next.lower) && upper?.digits && Number(upper.text) <= 24 && isWord(tokens[last + 3]) && lang.hourWords.has(tokens[last + 3].lower) && !lang.nameConnectors.has(tokens[last + 4]?.lower ?? '')) return true;
  // "1) Return the tree", « 2) … »: a number opening a sentence (or following a colon) before a bracket numbers a list.
  if (next?.text == ')' && (doc.sentences[tokens[i].sentence].first == i || prev?.text == ':')) return true;
  if (next && next.gap == '' && next.kind == 'word') return true;
  if (isWord(prev) && (lang.months.has(prev.lower) || lang.weekdays.has(prev.lower) || lang.identifierWords.has(prev.lower))) return true;
  if (isWord(next) && lang.months.has(next.lower)) return true;
  // « les 24 Heures du Mans », « au 20 Heures de TF1 », "60 Minutes": a unit of time with a capital is a name's.
  if (isWord(next) && next.cap && !next.upper && lang.durationUnits.has(next.lower)) return true;
  // "May 23–31", "on September 19 or 20": the end of a span of days.
  if (prev && lang.dateRangeWords.has(prev.lower) && tokens[i - 2]?.digits && isWord(tokens[i - 3]) && lang.months.has(tokens[i - 3].lower)) return true;
  if (prev?.text == '.' && isWord(tokens[i - 2]) && lang.identifierWords.has(tokens[i - 2].lower)) return true;
  // « le décret présidentiel 13769 »: where adjectives follow their noun, one may stand between the noun and its number
  // (not a verb: "the flight reached 38,000ft").
  const adjective = isWord(prev) && !prev.cap && !lang.stopwords.has(prev.lower) && !lang.isParticiple(prev.lower) && !lang.isPastParticiple(prev.lower);
  if (!lang.headLast && adjective && isWord(tokens[i - 2]) && lang.identifierWords.has(tokens[i - 2].lower)) return true;
  if (/^0\d/.test(tokens[i].text)) return true;
  // « vol United Express 3411 », "Boeing 747": a number right after a name is part of it.
  // « la CGT 28,57 % »: with a unit after it, it measures the name's share.
  const measured = next && (next.text == '%' || (isWord(next) && lang.units.has(next.lower)));
  if (prev && prev.kind == 'word' && prev.cap && !lang.months.has(prev.lower) && doc.sentences[prev.sentence].first != i - 1 && !lang.stopwords.has(prev.lower) && !measured) return true;
  // « l'autoroute 3 », « le réacteur 1 par mesure de précaution », « le décret 13769 »: a bare number after a common noun,
  // counting nothing after it, names one of a series. A verb before it (« il reste 3 », "killed 12") is not a noun.
  const countsNext = isWord(next) && ((!lang.stopwords.has(next.lower) && next.gap == ' ') || lang.rangeWords.has(next.lower));
  const article = isApostrophe(tokens[i - 2]) ? tokens[i - 3] : tokens[i - 2];
  const afterArticle = isWord(article) && (lang.determiners.has(article.lower) || lang.nameConnectors.has(article.lower)) && !lang.coordinators.has(article.lower);
  const qualifier = isWord(prev) && lang.qualifiers.some((q) => q.words[q.words.length - 1] == prev.lower);
  if (isWord(prev) && !prev.cap && !prev.digits && last == i && !countsNext && !lang.stopwords.has(prev.lower) && !lang.isParticiple(prev.lower) && !lang.isPastVerb(prev.lower, '') && !lang.units.has(prev.lower) && !lang.multipliers.has(prev.lower) && afterArticle && !qualifier) return true;
  // "Apollo 10, 13 et 16", "Windows 7, 8, 8.1 and 10": a number listed after an identifier is one too.
  // (« 15 000 et 12 000 euros »: the number before starts at its first group of digits.)
  let before = i - 2;
  while (tokens[before]?.digits && /^\d{3}$/.test(tokens[before].text) && tokens[before - 1]?.digits && tokens[before].gap != '') before--;
  const listed = prev && (prev.text == ',' || lang.coordinators.has(prev.lower) || lang.rangeWords.has(prev.lower)) && tokens[i - 2]?.digits && tokens[before].gap != '';
  if (listed && before >= 0 && notAQuantity(doc, before, before, Number(tokens[before].text.replace(',', '.')))) return true;
  // "outspent 3 to 1": the second term of a ratio is not a figure of its own (« passé de 3 à 1 » is a change).
  const ratio = isWord(prev) && lang.rangeWords.has(prev.lower) && tokens[i - 2]?.digits && tokens[i - 2].gap != '' && Number(tokens[i - 2].text) > value;
  if (ratio && !(isWord(tokens[i - 3]) && lang.changeFrom.has(tokens[i - 3].lower))) return true;
  // « 7 Français sur 10 », "8 hospitalisations out of 10": the whole of a share is no figure of its own.
  if (isWord(prev) && lang.ratioWords.has(prev.lower) && isWord(tokens[i - 2]) && !tokens[i - 2].digits && tokens[i - 3]?.digits) return true;
  if (isWord(prev) && lang.ratioWords.has(prev.lower) && tokens[i - 2]?.kind == 'word' && /\d|\p{L}/u.test(tokens[i - 2].text)) {
    const before = tokens[i - 2];
    if (before.digits || parseNumberWord(before.lower, lang) != null) return true;
  }
  // A bare four-digit number from 1000 to 2100 is a year unless a unit or a counted noun follows it.
  if (Number.isInteger(value) && value >= 1000 && value <= 2100 && last == i) {
    if (isWord(prev) && (lang.yearPrepositions.has(prev.lower) || lang.decadeWords.has(prev.lower))) return true;
    // "the 1949 armistice", « la crise de 1929 »: a year before or after a noun.
    if (isWord(prev) && (lang.determiners.has(prev.lower) || lang.nameConnectors.has(prev.lower))) return true;
    const counted = isWord(next) && !next.cap && !lang.stopwords.has(next.lower);
    if (!counted) return true;
  }
  return false;
}

/** Reads the number starting at token `i`, or undefined. */
function readNumber(doc: Doc, i: number): Reading | undefined {
  const { tokens, lang, text } = doc;
  const t = tokens[i];
  if (t?.kind != 'word') return undefined;
  if (t.digits || /^\d+\p{L}{1,4}$/u.test(t.text)) {
    const pattern = lang.decimalComma ? DIGITS_FR : DIGITS_EN;
    pattern.lastIndex = t.start;
    const m = pattern.exec(text);
    if (!m) return undefined;
    const end = t.start + m[0].length;
    let last = i;
    while (tokens[last + 1] && tokens[last + 1].end <= end) last++;
    // "36,000ft", "€680m", "503knts": a unit or a multiplier written against the digits; any other letters make a code.
    let suffix: string | undefined;
    const glued = tokens[last].end > end ? last : tokens[last + 1]?.start < end ? last + 1 : -1;
    if (glued >= 0) {
      const written = text.slice(end, tokens[glued].end);
      suffix = written.toLowerCase();
      // "a 6.0-magnitude earthquake", "a 2.5-mile walk": a measure joined to its noun by a hyphen.
      const hyphened = /^-\p{Ll}{3,}$/u.test(written) && !lang.months.has(suffix.slice(1));
      if (hyphened) suffix = undefined;
      else if (suffix.length > 4 || !(lang.units.has(suffix) || lang.multipliers.has(suffix))) return undefined;
      last = glued;
    }
    // « 9"81 », « 10"32 »: a race's time in seconds and hundredths, one figure.
    const mark = tokens[last + 1];
    if (mark?.text == '"' && mark.gap == '' && tokens[last + 2]?.digits && tokens[last + 2].gap == '' && tokens[last + 2].text.length == 2 && glued < 0 && /^\d{1,2}$/.test(m[0])) {
      return { value: Number(m[0]) + Number(tokens[last + 2].text) / 100, first: i, last: last + 2, approx: 'exact', confidence: 0.8 };
    }
    // "3/5": a fraction, not two figures; "10/1/2008" is a date and left to the events stage; "9/11", "24/7" are names
    // (a fraction in news is a proper one over ten or fewer parts, or tens: 7/10, 3/4, 1/20).
    if (tokens[last + 1]?.text == '/' && tokens[last + 1].gap == '' && tokens[last + 2]?.digits && tokens[last + 2].gap == '') {
      if (tokens[last + 3]?.text == '/' || tokens[i - 1]?.text == '/') return undefined;
      const den = Number(tokens[last + 2].text);
      const num = parseDigits(m[0], lang);
      if (!den || num >= den || (den > 10 && den % 10 != 0)) return undefined;
      return { value: roundValue(num / den), first: i, last: last + 2, approx: 'exact', confidence: 0.7 };
    }
    const value = parseDigits(m[0], lang);
    if (!Number.isFinite(value) || notAQuantity(doc, i, last, value)) return undefined;
    return { value, first: i, last, approx: 'exact', confidence: 0.8, ...(suffix ? { suffix } : {}) };
  }
  if (lang.numberWithUnit) {
    const m = lang.numberWithUnit.exec(t.text);
    if (m) return { value: Number(m[1]), first: i, last: i, approx: 'exact', confidence: 0.85 };
  }
  if (!isWord(t)) return undefined;
  const fraction = fractionAt(doc, i);
  if (fraction) return { ...fraction, approx: 'exact', confidence: 0.75 };
  const w = t.lower;
  // « une dizaine », « une quarantaine »: about that many.
  const approx = lang.approxNouns.get(w);
  if (approx != null) {
    const art = tokens[i - 1];
    if (isWord(art) && (art.lower == 'une' || art.lower == 'un' || art.lower == 'a')) {
      return { value: approx, first: i - 1, last: i, approx: 'about', confidence: 0.8 };
    }
    return undefined;
  }
  // « des dizaines », "thousands of", "a few million": only an order of magnitude.
  const vague = lang.vagueNouns.get(w) ?? (lang.vagueQualifiers.has(tokens[i - 1]?.lower ?? '') ? lang.multipliers.get(w) : undefined);
  if (vague != null) {
    const prev = tokens[i - 1];
    if (prev?.digits || (isWord(prev) && parseNumberWord(prev.lower, lang) != null)) return undefined;
    let first = i;
    if (isWord(prev) && (lang.determiners.has(prev.lower) || prev.lower == 'des' || lang.vagueQualifiers.has(prev.lower))) first = i - 1;
    if (isWord(prev) && lang.vagueQualifiers.has(prev.lower) && isWord(tokens[i - 2]) && lang.determiners.has(tokens[i - 2].lower)) first = i - 2;
    // "hundreds of thousands", « plusieurs centaines de millions »: one order of magnitude times the next.
    const of = tokens[i + 1];
    const times = isWord(of) && lang.nameConnectors.has(of.lower) && !lang.determiners.has(of.lower) && isWord(tokens[i + 2]) ? (lang.multipliers.get(tokens[i + 2].lower) ?? lang.vagueNouns.get(tokens[i + 2].lower)) : undefined;
    if (times) return { value: vague * times, first, last: i + 2, approx: 'order-of-magnitude', confidence: 0.7 };
    return { value: vague, first, last: i, approx: 'order-of-magnitude', confidence: 0.7 };
  }
  const prev = tokens[i - 1];
  // « pendant un an », "within a decade": a duration of one (not « une fois par an », "twice a year").
  const perUnit = isWord(prev) && (lang.ratioWords.has(prev.lower) || lang.frequencyWords.has(prev.lower));
  const duration = (k: number) => isWord(tokens[k]) && lang.unitDurations.has(tokens[k].lower) && !perUnit;
  const words = numberWordsAt(doc, i);
  if (!words) return lang.unitArticles.has(w) && duration(i + 1) ? { value: 1, first: i, last: i, approx: 'exact', confidence: 0.7 } : hyphenCount(doc, i);
  const { value, last } = words;
  if (isWord(prev) && (lang.ratioWords.has(prev.lower) || parseNumberWord(prev.lower, lang) != null)) return undefined;
  const next = tokens[last + 1];
  // « un », « une », "one" alone are articles or pronouns far more often than key figures; « un million », "one hundred" are counts,
  // and so is one beside another count: « un mort et douze blessés », "one Malaysian and one Brit".
  // An article (« un Coran et une demande ») needs a count above one beside it; "one" is a numeral.
  const least = lang.numberArticles.has(t.lower) ? 2 : 1;
  const countAt = (k: number) => !!tokens[k] && ((tokens[k].digits && Number(tokens[k].text) >= least) || (isWord(tokens[k]) && (parseNumberWord(tokens[k].lower, lang) ?? 0) >= least));
  // "three South Koreans, one Malaysian, one Brit": a list's commas join counts too.
  const joins = (k: number) => !!tokens[k] && (lang.coordinators.has(tokens[k].lower) || tokens[k].text == ',');
  const noun = (k: number) => isWord(tokens[k]) && !tokens[k].digits && parseNumberWord(tokens[k].lower, lang) == null;
  const beside = (joins(last + 2) && countAt(last + 3)) || (joins(i - 1) && noun(i - 2) && [i - 3, i - 4].some(countAt));
  if (last == i && value == 1 && !(isWord(next) && lang.multipliers.has(next.lower)) && !beside && !duration(last + 1)) return undefined;
  const counted = isWord(next) && !next.cap && (!lang.stopwords.has(next.lower) || lang.countModifiers.has(next.lower)) || isWord(next) && next.cap && next.gap == ' ' && !lang.stopwords.has(next.lower);
  return { value, first: i, last, approx: 'exact', confidence: counted ? 0.75 : 0.5 };
}

/** "a four-month period", "the 27-year old", "a seven-storey building": a count joined to its noun by a hyphen. */
function hyphenCount(doc: Doc, i: number): Reading | undefined {
  const { tokens, lang } = doc;
  if (!tokens[i].text.includes('-')) return undefined;
  const joined = /^([\p{L}\d]+)-(\p{L}{3,})$/u.exec(tokens[i].text);
  if (!joined) return undefined;
  const value = /^\d+$/.test(joined[1]) ? Number(joined[1]) : parseNumberWord(joined[1].toLowerCase(), lang);
  // "the Six-Day War": a capitalised noun makes it a name.
  if (value == null || value < 2 || lang.months.has(joined[2].toLowerCase()) || /^\p{Lu}/u.test(joined[2])) return undefined;
  return { value, first: i, last: i, approx: 'exact', confidence: 0.7 };
}

/**
 * A number written in words from token `i`, over as many tokens as it takes: « trois cent mille »,
 * "two hundred and fifty", « quatre-vingt-deux ». Ends on a whole token; undefined when none starts here.
 */
function numberWordsAt(doc: Doc, i: number): { value: number; last: number } | undefined {
  const { tokens, lang } = doc;
  // Every word passes here: most are dismissed by their first part alone, before any array is built.
  const opening = tokens[i].lower;
  const hyphen = opening.indexOf('-');
  if (!isNumberPart(hyphen < 0 ? opening : opening.slice(0, hyphen), lang) && !lang.numberWords.has(opening)) return undefined;
  const parts: string[] = [];
  const tokenEnds: number[] = [];
  for (let k = i; k < tokens.length && k - i < 12; k++) {
    const t = tokens[k];
    if (!isWord(t) || t.digits || (k > i && (t.gap != ' ' || t.sentence != tokens[i].sentence))) break;
    const split = t.lower.split('-');
    if (!split.every((p) => isNumberPart(p, lang)) && !lang.numberWords.has(t.lower)) break;
    parts.push(...split);
    tokenEnds.push(parts.length);
  }
  const r = readNumberWords(parts, lang);
  if (!r) return undefined;
  // The reading may stop inside a token (« deux-trois »): keep the whole tokens it covered.
  let n = 0;
  while (n < tokenEnds.length && tokenEnds[n] <= r.used) n++;
  if (!n) return undefined;
  if (tokenEnds[n - 1] != r.used) return readWhole(parts.slice(0, tokenEnds[n - 1]), lang, i + n - 1);
  return { value: r.value, last: i + n - 1 };
}

const isNumberPart = (word: string, lang: Lang): boolean =>
  lang.numberWords.has(word) || lang.numberScales.has(word) || lang.numberJoiners.has(word) || lang.numberArticles.has(word);

function readWhole(parts: string[], lang: Lang, last: number): { value: number; last: number } | undefined {
  const r = readNumberWords(parts, lang);
  return r && r.used == parts.length ? { value: r.value, last } : undefined;
}

/**
 * Joins the upper end of a range to reading `r` (« 24 à 26 millions », "10 to 20,000", « entre 3 et 5 milliards »):
 * `r` then spans both, and its value takes the upper end's multiplier, or its thousands when `r` is written bare
 * (« 10 à 20 000 » is ten thousand to twenty thousand). Returns the upper end's unit, or undefined when no range follows
 * — or when the two ends are a change (« passé de 3 à 5 millions »): `r` then only takes the upper end's scale.
 */
function joinRange(doc: Doc, r: Reading): { unit?: string } | undefined {
  const { tokens, lang, text } = doc;
  const joiner = tokens[r.last + 1];
  const opened = isWord(tokens[r.first - 1]) && lang.rangeOpeners.has(tokens[r.first - 1].lower);
  if (!joiner || r.suffix || !(lang.rangeWords.has(joiner.lower) || (opened && joiner.lower == lang.rangeAnd))) return undefined;
  const upper = readNumber(doc, r.last + 2);
  if (!upper || upper.value <= r.value || tokens[upper.first].sentence != tokens[r.first].sentence) return undefined;
  const written = upper.value;
  const { unit } = dress(doc, upper);
  const scale = upper.value / written;
  if (scale >= 100) r.value = roundValue(r.value * scale);
  else if (r.value < 1000 && written >= 1000 && /\d[ \u00A0\u202F\u2009,.]000$/.test(textOf(text, tokens, upper.first, upper.last)) && r.value * 1000 <= written) r.value *= 1000;
  // « passé de 3 à 5 millions », "rose from 3 to 5": a change, whose two ends are figures of their own.
  // « un coût de 8 à 10 milliards »: after a noun with its article « de » opens a range, not a change.
  const afterNoun = lang.determiners.has(tokens[r.first - 3]?.lower ?? '') && isWord(tokens[r.first - 2]) && !lang.isParticiple(tokens[r.first - 2].lower);
  const change = isWord(tokens[r.first - 1]) && lang.changeFrom.has(tokens[r.first - 1].lower) && !afterNoun;
  if (change) return undefined;
  r.last = upper.last;
  return unit ? { unit } : {};
}

/**
 * « s'est imposé 31 à 26 », "won 3-1", "a 2–2 draw": two bare whole numbers, the second no greater than the first, joined
 * by « à », "to" or a dash, with no unit after them and no « de », "from" before (« passé de 30 à 25 » is a change),
 * are a score, an identifier; but "3 to 1" is a ratio. Returns the token index of the second number, or -1.
 */
function scoreEnd(doc: Doc, r: Reading): number {
  const { tokens, lang } = doc;
  if (r.first != r.last || r.suffix || !tokens[r.first].digits || !Number.isInteger(r.value)) return -1;
  const joiner = tokens[r.last + 1];
  const dash = joiner?.gap == '' && /^[-–]$/.test(joiner.text) && tokens[r.last + 2]?.gap == '';
  if (!joiner || !(dash || lang.rangeWords.has(joiner.lower))) return -1;
  const second = tokens[r.last + 2];
  const after = tokens[r.last + 3];
  if (!second?.digits || Number(second.text) > r.value || /^0\d/.test(second.text) && second.text.length > 1) return -1;
  // "outspent 3 to 1": a ratio to one is a figure.
  if (!dash && second.text == '1') return -1;
  if (isWord(after) && (lang.units.has(after.lower) || lang.multipliers.has(after.lower)) || after?.text == '%') return -1;
  if (isWord(tokens[r.first - 1]) && lang.changeFrom.has(tokens[r.first - 1].lower)) return -1;
  return r.last + 2;
}

/** Extends a reading with the qualifier before it, a sign or currency, a multiplier and a unit after it. */
function dress(doc: Doc, r: Reading): { unit?: string } {
  const { tokens, lang } = doc;
  let unit: string | undefined;
  // Multiplier: « 2 millions », "$110 billion", « 7,2 milliards d'euros ».
  if (r.suffix && lang.multipliers.has(r.suffix)) r.value = roundValue(r.value * lang.multipliers.get(r.suffix)!);
  else if (r.suffix) unit = r.suffix;
  const mult = tokens[r.last + 1];
  const scale = isWord(mult) && r.last == r.first && tokens[r.first].digits ? lang.numberScales.get(mult.lower) : undefined;
  if (!r.suffix && (r.approx != 'order-of-magnitude' && isWord(mult) && lang.multipliers.has(mult.lower) || scale && scale >= 100)) {
    r.value = roundValue(r.value * (lang.multipliers.get(mult.lower) ?? scale!));
    r.last++;
  }
  const before = tokens[r.first - 1];
  if (before && lang.currencySigns.has(before.text) && tokens[r.first].gap != '\n') {
    unit = before.text;
    r.first--;
  }
  // « quatre autres », "three more": the word is part of how the count is written.
  if (isWord(tokens[r.last + 1]) && lang.countModifiers.has(tokens[r.last + 1].lower)) r.last++;
  const after = tokens[r.last + 1];
  if (after && (after.text == '%' || (isWord(after) && lang.units.has(after.lower) && !after.cap)) && after.gap != '\n' && after.gap != '\n\n') {
    unit ??= after.text;
    r.last++;
  } else if (isWord(after) && lang.ofWords.has(after.lower) && r.value >= 1e6) {
    let k = r.last + 2;
    if (isApostrophe(tokens[k])) k++;
    if (isWord(tokens[k]) && lang.units.has(tokens[k].lower)) {
      unit ??= tokens[k].text;
      r.last = k;
    }
  }
  // « quatre ans et demi », « trois et demi », "two and a half": a half after the number or its unit.
  const half = Number.isInteger(r.value) && r.value < 1000 ? lang.halfPhrases.find((p) => phraseAt(tokens, r.last + 1, p)) : undefined;
  if (half) (r.value += 0.5), (r.last += half.length);
  // Sign only when printed: « - 33 % ».
  const sign = tokens[r.first - 1];
  // « (- 0,35 point) », "(-0.7%)": a bracket may hold the sign against it.
  if (sign && (sign.text == '-' || sign.text == '−' || sign.text == '+') && !tokens[r.first - 2]?.digits && (sign.gap != '' || tokens[r.first - 2]?.text == '(')) {
    if (sign.text != '+') r.value = -r.value;
    r.first--;
  }
  for (const q of lang.qualifiers) {
    const at = r.first - q.words.length;
    if (phraseAt(tokens, at, q.words) && tokens[at].sentence == tokens[r.first].sentence) {
      r.first = at;
      r.approx = r.approx == 'order-of-magnitude' ? r.approx : q.approx;
      break;
    }
  }
  return unit ? { unit } : {};
}

/**
 * What the number counts, in the text's words (see labels.ts), by the rules of news writing:
 * - an age in apposition, « Nazarbayev, 81 ans », is the age of the name before it;
 * - a duration, « a dirigé le pays pendant trois décennies », labels the verb phrase before it;
 * - a measure of a noun, « une dette de 48 millions d'euros », labels that noun;
 * - otherwise the counted noun phrase after the number: the noun and its complements, up to a conjunction, a verb,
 *   a relative pronoun, punctuation or a second determiner. A passive participle belongs to it, its auxiliaries
 *   left out: « des dizaines de personnes ont été tuées » → « personnes tuées ».
 */
function labelOf(doc: Doc, r: Reading, unit: string | undefined, sibling: Sibling | undefined): string {
  const { tokens, lang } = doc;
  if (r.counted != null) return render(doc, r.counted, r.counted);
  const unitWord = unit ? tokens[r.last].lower : '';
  const before = tokens[r.first - 1];
  // « Pascal Troadec, 49 ans », « âgé de 15 ans », "aged 60": the age of the name before, or an age.
  const agePrefix = lang.agePrefixes.find((p) => phraseAt(tokens, r.first - p.length, p));
  // "Colin Penrose, 22, was": a bare whole number between commas after a name is that person's age.
  const after = tokens[r.last + 1];
  const apposed = !unit && before?.text == ',' && r.first == r.last && Number.isInteger(r.value) && r.value < 120 && !!tokens[r.first - 2]?.cap && (after?.text == ',' || after?.text == '.');
  const written = ageWrittenAfter(doc, r);
  const age = lang.ageUnits.has(unitWord) || written >= 0 || (!unit && !!agePrefix) || apposed;
  // « Buzz Aldrin (88 ans, Apollo 11) »: in brackets too.
  if (age && (before?.text == ',' || before?.text == '(' || agePrefix)) {
    let k = r.first - 1 - (agePrefix?.length ?? 0);
    if (tokens[k]?.text == ',' || tokens[k]?.text == '(') k--;
    return ageOf(nameBefore(doc, k), lang);
  }
  // « il est mort à 88 ans », « élu à 39 ans »: years after « à » are an age (not « condamné à 10 ans de prison », « jusqu'à
  // 5 ans », « de 2 à 5 ans »).
  // (So are years after « avoir »: « il avait 88 ans », not « il y a 5 ans ».)
  const had = isWord(before) && lang.ageVerbs.has(before.lower) && !lang.impersonalWords.has(tokens[r.first - 2]?.lower ?? '');
  const at = had || (isWord(before) && lang.ageAtPrepositions.has(before.lower) && !isApostrophe(tokens[r.first - 2]) && !tokens[r.first - 2]?.digits);
  if (at && lang.ageUnits.has(unitWord) && !(isWord(tokens[r.last + 1]) && lang.ofWords.has(tokens[r.last + 1].lower))) return lang.ageLabel[0];
  // "the 23-year-old Umar Farouk Abdulmutallab", "the 54-year-old engineer": an age before a name or a noun is theirs.
  const next = r.last + 1 + Math.max(written, 0);
  const noun = tokens[next];
  if (age && noun?.kind == 'word' && noun.gap == ' ' && (noun.cap || written >= 0)) {
    // (Not the verb that may follow the noun: "a 31-year-old dentist died".)
    const holder = noun.cap ? nameAfter(doc, next) : lang.isPastVerb(noun.lower, '') ? '' : render(doc, next, next);
    if (holder) return ageOf(holder, lang);
  }
  // « 10,67 % pour la CFE-CGC (+ 1,24 point) », "Labour (+3 points)": a figure in brackets right after a name is that name's.
  if (before?.text == '(' && tokens[r.first - 2]?.cap && tokens[r.first - 2].kind == 'word') {
    const name = nameBefore(doc, r.first - 2);
    if (name) return name;
  }
  // « 160 voix pour la loi », "74 yeas": the unit is what is counted.
  if (unit && lang.countUnits.has(unitWord)) return [tokens[r.last].text, nounAfter(doc, r)].filter(Boolean).join(' ');
  if (lang.durationUnits.has(unitWord) && isWord(before) && lang.durationPrepositions.has(before.lower)) {
    const vp = phraseBefore(doc, r.first - 2);
    if (vp) return vp;
  }
  let de = r.first - 1;
  if (isApostrophe(tokens[de])) de--;
  // « le chômage passe de 23,9 % à 25,1 % », "rose from 3 to 4": the start of a change measures what changes, the
  // verb's subject; the word before « de » is the verb, not a noun.
  const changing = isWord(tokens[de]) && lang.changeFrom.has(tokens[de].lower) && isWord(tokens[de - 1]) && !tokens[de - 1].cap && !lang.determiners.has(tokens[de - 2]?.lower ?? '') && !!readNumber(doc, r.last + 2);
  const measured = !changing && isWord(tokens[de]) && lang.ofWords.has(tokens[de].lower) && tokens[de].sentence == tokens[r.first].sentence;
  // « un homme de 48 ans », « un Égyptien de 29 ans »: the age of the person the noun before « de » names (a
  // capitalised noun after an article is a nationality's).
  const holder = tokens[de - 1];
  const article = tokens[de - 2];
  const nationality = isWord(holder) && holder.cap && isWord(article) && !article.cap && lang.determiners.has(article.lower);
  if (measured && lang.ageUnits.has(unitWord) && isWord(holder) && (lang.ageHolders.has(holder.lower) || nationality)) return lang.ageLabel[0];
  // "5,000 gallons of fuel", « dix tonnes de cocaïne »: a volume or a mass counts the substance after it, whatever
  // noun came before (« un déversement de »).
  const substance = lang.substanceUnits.has(unitWord) && isWord(tokens[r.last + 1]) && lang.ofWords.has(tokens[r.last + 1].lower) ? nounAfter(doc, r) : '';
  if (substance) return substance;
  if (measured && unit && !lang.durationUnits.has(unitWord)) {
    const noun = nounBefore(doc, de - 1);
    if (noun) return noun;
  }
  // « 15,59 % pour FO », "52% for Smith": a share is whose its beneficiary is.
  const share = tokens[r.last + 1];
  if (unit && isWord(share) && lang.shareMarkers.has(share.lower) && tokens[r.last + 2]?.cap) {
    const name = nameAfter(doc, r.last + 2);
    if (name) return name;
  }
  // « trois d'entre eux », "two of them": a part of a group counts what the group is.
  const partitive = lang.partitivePronouns.find((p) => phraseAt(tokens, r.last + 1, p));
  if (partitive) return (sibling?.sentence ? sibling.label : '') || pluralBefore(doc, r.first - 1);
  // « la meilleure baisse (-0,7 %) »: a figure in brackets says more of the words before them.
  const opening = before?.text == '(' ? r.first - 2 : r.first - 1;
  // "killed 51 people and injured at least 25": a number counting nothing of its own, close after a figure of its kind,
  // counts what that one counts, rather than what its clause is about.
  const elliptical = sibling?.close && sibling.unit == unit ? sibling.label : '';
  // ("aged just 19 years old": an age written with its ending is an age, whatever word follows.)
  if (lang.ageUnits.has(unitWord) && isWord(tokens[r.last + 1]) && tokens[r.last + 1].lower == lang.ageCompoundEnd) return lang.ageLabel[0];
  // (A sum or a share never counts the noun after it, « augmentera de 40 euros pour un coût total »: its verb of
  // measure comes first.)
  const measure = measuredSubject(doc, r);
  return (unit && measure) || nounAfter(doc, r) || measure || (measured && nounBefore(doc, de - 1)) || elliptical || subjectOf(doc, r) || predicateAfter(doc, r) || phraseBefore(doc, opening, 4);
}

/**
 * "at least 39 were dead", "four others were moderately wounded", « vingt-trois autres se sont abstenus »: a number that
 * is its clause's subject, counting nothing named, counts what the verb after it says of it.
 */
function predicateAfter(doc: Doc, r: Reading): string {
  const { tokens, lang } = doc;
  // (Only a number opening its clause: « de magnitudes comprises entre 5,2 et 5,7 ont frappé » is not the subject.)
  const before = tokens[r.first - 1];
  const opens = !before || before.sentence != tokens[r.first].sentence || before.kind == 'punct' || (isWord(before) && (lang.clauseOpeners.has(before.lower) || lang.coordinators.has(before.lower) || lang.complementizers.has(before.lower)));
  if (!opens) return '';
  let verb = false;
  for (let k = r.last + 1; k <= r.last + 6; k++) {
    const t = tokens[k];
    // (« s'est », « se sont »: past the reflexive pronoun, elided or not.)
    if (isApostrophe(t)) continue;
    if (!isWord(t) || t.cap || t.digits || t.sentence != tokens[r.first].sentence || lang.clauseOpeners.has(t.lower) || lang.subjectClitics.has(t.lower)) return '';
    if (lang.auxiliaries.has(t.lower) || lang.beAuxiliaries.has(t.lower) || lang.reflexives.has(t.lower)) {
      verb = true;
      continue;
    }
    if (lang.adverb.test(t.lower) || lang.stopwords.has(t.lower) || lang.labelFillers.has(t.lower)) continue;
    return verb ? render(doc, k, k) : '';
  }
  return '';
}

/**
 * « le coût de la journée s'élève à 70 millions », "the death toll has risen to four", « une transaction évaluée à »:
 * a number a verb of measure gives its value measures that verb's subject, or the noun the participle qualifies.
 */
function measuredSubject(doc: Doc, r: Reading): string {
  const { tokens, lang } = doc;
  let verb = r.first - 1;
  while (verb >= r.first - 4 && isWord(tokens[verb]) && !lang.measureVerbs.has(tokens[verb].lower) && isEdgeWord(doc, tokens[verb])) verb--;
  if (!isWord(tokens[verb]) || !lang.measureVerbs.has(tokens[verb].lower) || tokens[verb].sentence != tokens[r.first].sentence) return '';
  let k = verb - 1;
  let conjugated = false;
  for (; isApostrophe(tokens[k]) || (isWord(tokens[k]) && (lang.reflexives.has(tokens[k].lower) || lang.auxiliaries.has(tokens[k].lower) || lang.beAuxiliaries.has(tokens[k].lower))); k--) conjugated = true;
  const participle = !conjugated && lang.isParticiple(tokens[verb].lower) && tokens[k]?.text != ',';
  if (!participle) return subjectBefore(doc, k, tokens[r.first], true);
  return isWord(tokens[k]) && !isEdgeWord(doc, tokens[k]) ? nounBefore(doc, k) : '';
}

/** The figure before, as seen from the one being labelled: its label and unit, whether it is in the same sentence and close. */
interface Sibling {
  label: string;
  unit: string | undefined;
  sentence: boolean;
  close: boolean;
}

/** The last plural noun phrase before token `k` in its sentence: « Quant aux militaires, deux d'entre eux » → « militaires ». */
function pluralBefore(doc: Doc, k: number): string {
  const { tokens, lang } = doc;
  const s = tokens[k]?.sentence;
  for (let j = k; j > 0 && tokens[j].sentence == s; j--) {
    const t = tokens[j];
    const opener = tokens[j - 1];
    if (isWord(t) && !t.cap && lang.pluralNoun.test(t.lower) && isWord(opener) && (lang.determiners.has(opener.lower) || lang.contractedArticles.has(opener.lower) || lang.vagueQualifiers.has(opener.lower))) return nounPhraseAt(doc, j, t);
  }
  return '';
}

/**
 * How many words after the number write it as an age: 0 when its own token does ("54-year-old"), 1 or 2 for
 * "75 year-old", "35-year old", "60 years old"; -1 when it is not one.
 */
function ageWrittenAfter(doc: Doc, r: Reading): number {
  const { tokens, lang } = doc;
  const own = lang.ageCompound?.exec(tokens[r.last].lower);
  if (own) return own[1] ? 0 : isWord(tokens[r.last + 1]) && tokens[r.last + 1].lower == lang.ageCompoundEnd ? 1 : -1;
  return lang.ageSuffixes.find((p) => phraseAt(tokens, r.last + 1, p))?.length ?? -1;
}

/** « âge de Nazarbayev », "age of Colin Penrose"; "age" alone when no one is named. */
const ageOf = (holder: string, lang: Lang): string => (holder ? `${lang.ageLabel[0]} ${lang.ageLabel[1]} ${holder}` : lang.ageLabel[0]);

/** The capitalised name that starts at token `k` (« FO », « la CFE-CGC » without its article), or ''. */
function nameAfter(doc: Doc, k: number): string {
  const { tokens, text } = doc;
  let end = k;
  while (isWord(tokens[end + 1]) && tokens[end + 1].cap && tokens[end + 1].gap == ' ') end++;
  return isWord(tokens[k]) ? textOf(text, tokens, k, end) : '';
}

function nounAfter(doc: Doc, r: Reading): string {
  const { tokens, lang } = doc;
  let k = r.last + 1;
  // "four out of eight fish samples": a share of a whole counts what the whole counts.
  if (isWord(tokens[k]) && lang.ratioWords.has(tokens[k].lower)) {
    const whole = readNumber(doc, isWord(tokens[k + 1]) && lang.ofWords.has(tokens[k + 1].lower) ? k + 2 : k + 1);
    if (whole) k = whole.last + 1;
  }
  const of = isWord(tokens[k]) && lang.ofWords.has(tokens[k].lower);
  if (of) k++;
  if (isApostrophe(tokens[k])) k++;
  // "20 of the 25 employees", « plus de 100 de ces 128 pays »: a part of a whole counts what the whole counts.
  if (of && isWord(tokens[k]) && lang.determiners.has(tokens[k].lower) && tokens[k + 1]?.digits) k += 2;
  // « 217 des 441 représentants »: so with the article and « de » in one word.
  else if (!of && isWord(tokens[k]) && lang.contractedArticles.has(tokens[k].lower) && tokens[k + 1]?.digits) k += 2;
  return nounPhraseAt(doc, k, tokens[r.last]);
}

/**
 * "the budget of the ministry rose by 3%", « le taux de participation s'est élevé à 62,63 % »: a measure that counts
 * nothing after it measures its clause's subject — the noun phrase opening the clause, or, in a relative clause
 * ("prices which climbed 14.4%"), the one the relative pronoun stands for.
 */
function subjectOf(doc: Doc, r: Reading): string {
  return subjectBefore(doc, r.first - 1, doc.tokens[r.first], true);
}

/**
 * The subject of the clause ending at token `k` (see subjectOf). A participle clause has none of its own: « ce taux
 * augmente, s'établissant à 7,0 % », "the toll rose, reaching 40": it measures the subject of the clause before.
 */
function subjectBefore(doc: Doc, k: number, near: Token, reachBack: boolean): string {
  const { tokens, lang } = doc;
  const s = near.sentence;
  // (A decimal comma, « 0,1 », is inside the clause.)
  const decimal = (k: number) => tokens[k].text == ',' && tokens[k].gap == '' && !!tokens[k - 1]?.digits && !!tokens[k + 1]?.digits && tokens[k + 1].gap == '';
  const inClause = (k: number) => tokens[k].sentence == s && (tokens[k].kind == 'word' || isApostrophe(tokens[k]) || decimal(k)) && !lang.clauseOpeners.has(tokens[k].lower);
  for (let n = 0; k >= 0 && n < 16 && inClause(k); k--, n++);
  const opensWithArticle = isWord(tokens[k + 1]) && lang.determiners.has(tokens[k + 1].lower);
  if (k < 0 || tokens[k].sentence != s || (tokens[k].text == ',' && opensWithArticle)) return nounPhraseAt(doc, k + 1, near);
  if (reachBack && tokens[k].text == ',' && participleBefore(doc, k + 1, near)) return subjectBefore(doc, k - 1, near, false);
  if (!isWord(tokens[k]) || !lang.clauseOpeners.has(tokens[k].lower)) return '';
  // « où le taux… »: a clause with a subject of its own; "which climbed": the relative pronoun is the subject.
  return opensWithArticle ? nounPhraseAt(doc, k + 1, near) : nounBefore(doc, tokens[k - 1]?.text == ',' ? k - 2 : k - 1);
}

/**
 * Whether the clause from token `k` to the number is a participle and its preposition, after a reflexive pronoun if
 * any (« s'établissant à », "reaching"): with an object between ("making the purity about 40%"), it measures that.
 */
function participleBefore(doc: Doc, k: number, near: Token): boolean {
  const { tokens, lang } = doc;
  if (isWord(tokens[k]) && lang.reflexives.has(tokens[k].lower)) k += isApostrophe(tokens[k + 1]) ? 2 : 1;
  const verb = tokens[k];
  if (!isWord(verb) || verb.cap || lang.stopwords.has(verb.lower) || !lang.isParticiple(verb.lower)) return false;
  for (let j = k + 1; tokens[j] != near; j++) if (!isEdgeWord(doc, tokens[j]) || j > k + 3) return false;
  return true;
}

/** The noun phrase starting at token `k`, in the sentence and quotation of token `near` (see labelOf). */
function nounPhraseAt(doc: Doc, k: number, near: Token): string {
  const { tokens, lang } = doc;
  const s = near.sentence;
  const first = k;
  let last = k - 1;
  let content = 0;
  let skip: [number, number] | undefined;
  for (let words = 0; k < tokens.length && words < LABEL_WORDS; k++, words++) {
    const t = tokens[k];
    if (t.sentence != s || t.gap.includes('\n') || t.quote != near.quote) break;
    if (t.kind == 'punct') {
      if (isApostrophe(t) && t.gap == '' && last == k - 1) continue;
      break;
    }
    if (t.kind != 'word' || isAmountWord(doc, t)) break;
    const w = t.lower;
    if (lang.clauseOpeners.has(w) || lang.coordinators.has(w) || lang.clauseCoordinators.has(w) || lang.subjectClitics.has(w)) break;
    if (content && lang.measureVerbs.has(w)) break;
    if (content && (lang.determiners.has(w) || lang.contractedArticles.has(w))) break;
    // "suspects with police at one stage…", « 14 000 euros pour… »: what a number counts ends where an adjunct starts.
    if (content && (lang.placePrepositions.has(w) || lang.agentPrepositions.has(w) || lang.adjunctPrepositions.has(w))) break;
    if (lang.auxiliaries.has(w) || lang.beAuxiliaries.has(w)) {
      // A passive: the auxiliaries go, the participle stays, and the phrase ends with it.
      let j = k;
      let passive = false;
      while (j < k + 3 && isWord(tokens[j]) && (lang.auxiliaries.has(tokens[j].lower) || lang.beAuxiliaries.has(tokens[j].lower))) passive ||= lang.beAuxiliaries.has(tokens[j++].lower);
      // (Not a verb of measure: "the deal was valued at" measures the deal.)
      if (passive && !skip && isWord(tokens[j]) && tokens[j].sentence == s && lang.isParticiple(tokens[j].lower) && !lang.measureVerbs.has(tokens[j].lower)) {
        skip = [k, j - 1];
        last = j;
        k = j;
        content++;
        continue;
      }
      break;
    }
    if (!lang.stopwords.has(w)) content++;
    last = k;
  }
  const [a, b] = trimEdges(doc, first, last);
  if (a > b) return '';
  if (skip && (skip[0] <= a || skip[1] >= b)) return render(doc, a, b);
  return render(doc, a, b, skip ? [skip] : []);
}

/** The noun phrase ending at token `k`, back to its determiner: « une avance de trésorerie » → « avance de trésorerie ». */
function nounBefore(doc: Doc, k: number): string {
  const { tokens, lang } = doc;
  const s = tokens[k + 1]?.sentence;
  let a = k;
  while (a >= 0 && k - a < 5) {
    const t = tokens[a];
    if (t.sentence != s || !(t.kind == 'word' || isApostrophe(t)) || isAmountWord(doc, t)) break;
    if (lang.determiners.has(t.lower) || lang.contractedArticles.has(t.lower) || lang.auxiliaries.has(t.lower) || lang.clauseOpeners.has(t.lower) || lang.subjectClitics.has(t.lower)) break;
    a--;
  }
  const [x, y] = trimEdges(doc, a + 1, k);
  // « a augmenté de 3 % »: a verb before « de » is no noun.
  const afterAuxiliary = x == y && isWord(tokens[x - 1]) && (lang.auxiliaries.has(tokens[x - 1].lower) || lang.beAuxiliaries.has(tokens[x - 1].lower));
  if (x <= y && (afterAuxiliary || lang.isParticiple(tokens[y].lower) || lang.isPastVerb(tokens[y].lower, '') || lang.measureVerbs.has(tokens[y].lower))) return '';
  return x <= y ? render(doc, x, y) : '';
}

/** The name right before token `k`: « Nazarbayev, 81 ans » → « Nazarbayev ». */
function nameBefore(doc: Doc, k: number): string {
  const { tokens, lang } = doc;
  let a = k;
  while (a >= 0 && k - a < 5 && tokens[a].kind == 'word' && tokens[a].sentence == tokens[k].sentence && (tokens[a].cap && !lang.stopwords.has(tokens[a].lower) || lang.nameConnectors.has(tokens[a].lower) && tokens[a - 1]?.cap)) a--;
  const [x, y] = trimEdges(doc, a + 1, k);
  return x <= y && tokens[y].cap ? render(doc, x, y) : '';
}

/** The words of the clause before token `k` (at most `max`): « qui a dirigé le pays [pendant…] » → « dirigé le pays ». */
function phraseBefore(doc: Doc, k: number, max = LABEL_WORDS): string {
  const { tokens, lang } = doc;
  if (k < 0) return '';
  const s = tokens[k].sentence;
  let a = k;
  while (a >= 0 && k - a < max && tokens[a].sentence == s && (tokens[a].kind == 'word' || isApostrophe(tokens[a])) && !isAmountWord(doc, tokens[a]) && !lang.clauseOpeners.has(tokens[a].lower) && !lang.coordinators.has(tokens[a].lower)) a--;
  const [x, y] = trimEdges(doc, a + 1, k);
  return x <= y ? render(doc, x, y) : '';
}

/**
 * Digits or a number word: where a label stops, for it says what a number counts and is never another number
 * (« de trois à quatre » does not label « trois » with « quatre »). « un », "a" are articles here.
 */
function isAmountWord(doc: Doc, t: Token): boolean {
  const { lang } = doc;
  if (t.digits) return true;
  return !lang.numberArticles.has(t.lower) && (lang.numberWords.has(t.lower) || lang.numberScales.has(t.lower) || lang.multipliers.has(t.lower));
}

const isMoneyOrShare = (lang: Lang, unit: string): boolean => unit == '%' || lang.currencySigns.has(unit) || lang.currencyWords.has(unit.toLowerCase());

/** Six decimals at most, and no binary noise on large values: 66,1 × 10⁹ is 66100000000, not 66099999999.99999. */
const roundValue = (x: number) => Number((Math.round(x * 1e6) / 1e6).toPrecision(12));

const REPEAT_REACH = 8;

/**
 * Whether a number says again a quantity given before (`said`: the labels given to each value and unit so far):
 * "two Swedish journalists… the imprisoned Swedish journalists… the two journalists face": a label sharing a word
 * with an earlier one's.
 */
function repeats(doc: Doc, r: Reading, unit: string | undefined, label: string, said: Map<string, string[]>): boolean {
  const earlier = said.get(`${r.value}|${unit ?? ''}`);
  if (!earlier) return false;
  const { lang } = doc;
  const words = (l: string) => l.toLowerCase().split(' ').filter((w) => w.length > 2 && !lang.stopwords.has(w));
  const own = words(label);
  // (Most of the words: « 3 personnes blessées » and « 3 personnes interpellées » are two counts. Only the last few of a
  // value: a quantity is said again close by, and a long text holds many of a small number.)
  return earlier.slice(-REPEAT_REACH).some((l) => {
    const theirs = words(l);
    const shared = theirs.filter((w) => own.includes(w)).length;
    return shared > 0 && shared * 2 > Math.min(own.length, theirs.length);
  });
}

/** Stage 4: quantities with their qualifier, unit and what they count; dates, years and identifiers left out. */
export function findFigures(doc: Doc): Figure[] {
  const { tokens, text } = doc;
  const figures: Figure[] = [];
  const seen = new Set<string>();
  const said = new Map<string, string[]>();
  for (let i = pastDateline(doc.dateline, 0); i < tokens.length; i = pastDateline(doc.dateline, i + 1)) {
    if (tokens[i].kind == 'url' || doc.sentences[tokens[i].sentence].foreign) continue;
    const r = readNumber(doc, i);
    if (!r) continue;
    const score = scoreEnd(doc, r);
    if (score > 0) {
      i = score;
      continue;
    }
    // « environ 24 à 26 millions », "between 10 and 20,000": one figure, its lower end, with the upper end's scale and unit.
    const range = joinRange(doc, r);
    const unit = dress(doc, r).unit ?? range?.unit;
    // A conversion in brackets after a measure, "ten miles (16 km)", repeats it; « 24,85 % (1 302 775 suffrages) »
    // gives another quantity, a count beside a share.
    const previous = figures[figures.length - 1];
    if (tokens[r.first - 1]?.text == '(' && previous && tokens[r.first - 2]?.end == previous.span[1] && unit && previous.unit != '%' && unit != '%') {
      i = r.last;
      continue;
    }
    // "Five years later", « deux ans plus tard »: a relative date, which is the events stage's.
    if (unit && doc.lang.durationUnits.has(tokens[r.last].lower) && doc.lang.relativeTimeAfter.some((p) => phraseAt(tokens, r.last + 1, p))) {
      i = r.last;
      continue;
    }
    // "$90, $180, or $360", « douze blessés, dont cinq »: a number that counts nothing of its own, close after another
    // in its sentence, counts what that one counts.
    const sentence = !!previous && tokens[lastAtOrBefore(tokens, previous.span[0])].sentence == tokens[r.first].sentence;
    const close = sentence && previous.span[1] <= tokens[r.first].start && tokens[r.first].start - previous.span[1] <= 40;
    const sibling = previous && { label: previous.label, unit: previous.unit, sentence, close };
    const label = labelOf(doc, r, unit, sibling) || (close ? previous.label : '');
    i = Math.max(i, r.last);
    // The same number for the same thing, written twice, is one figure.
    const key = `${r.value}|${unit ?? label.split(' ')[0]?.toLowerCase()}`;
    if (seen.has(key) || repeats(doc, r, unit, label, said)) continue;
    seen.add(key);
    addTo(said, `${r.value}|${unit ?? ''}`, label);
    const display = textOf(text, tokens, r.first, r.last);
    const figure: Figure = {
      id: '',
      value: r.value,
      display,
      approx: r.approx,
      label,
      span: [tokens[r.first].start, tokens[r.last].end],
      // Money and percentages are the figures readers look for and the least ambiguous to read.
      confidence: round(r.confidence + (unit && isMoneyOrShare(doc.lang, unit) ? 0.05 : 0)),
    };
    if (unit) figure.unit = unit;
    figures.push(figure);
  }
  return figures.filter((f, k) => !articleAlone(doc, f, [figures[k - 1], figures[k + 1]]));
}

/**
 * « un kamikaze a fait détonner », "one in the north": a one written as an article, counting no unit, is a count only
 * in a list of counts close beside it (« deux morts et une personne en réanimation », "one son and one daughter"):
 * `beside`, the figures before and after it in text order.
 */
function articleAlone(doc: Doc, f: Figure, beside: (Figure | undefined)[]): boolean {
  const { lang, tokens } = doc;
  if (f.value != 1 || f.unit || !lang.unitArticles.has(f.display.split(/\s/)[0].toLowerCase())) return false;
  // (« une semaine », "a decade": a unit after it makes it a measure.)
  const next = tokens[lastAtOrBefore(tokens, f.span[1] - 1) + 1];
  if (isWord(next) && (lang.durationUnits.has(next.lower) || lang.units.has(next.lower))) return false;
  const sentence = (g: Figure) => tokens[lastAtOrBefore(tokens, g.span[0])].sentence;
  const near = (g: Figure | undefined) => !!g && sentence(g) == sentence(f) && Math.min(Math.abs(g.span[0] - f.span[1]), Math.abs(f.span[0] - g.span[1])) <= 60;
  return !beside.some(near);
}

