// The dateline: the date (and, in agency copy, the place) printed at the head of a dispatch, before its
// first sentence. It says when the text was published, so it is neither an event nor a place that acts.
import type { Lang } from '../lang/types.js';
import type { Token } from './document.js';

/** Token range of the dateline at the head of the text (or of its second paragraph), `last` inclusive. */
export interface Dateline {
  first: number;
  last: number;
}

const DASHES = new Set(['–', '—', '-', '―']);
// A dateline is short: « Jeudi 24 janvier 2017. – », "SAN SALVADOR, EL SALVADOR, March 3 (VOA) —".
const MAX_TOKENS = 16;

const isDay = (t: Token | undefined): boolean => !!t?.digits && t.text.length <= 2 || /^1(?:er|st)$/i.test(t?.text ?? '');
const isYear = (t: Token | undefined): boolean => !!t?.digits && t.text.length == 4;

/**
 * Finds a dateline in one of the shapes news copy prints:
 * - a line of its own holding only a date: "Thursday, June 8, 2017", « Jeudi 24 janvier 2017 »;
 * - a date, then a full stop and a dash, opening the first paragraph: « 24 janvier 2017. – Claude Guéant… », or the
 *   second, after a lead set above it (« La reine reste populaire…\n\n2 février 2016. – À la veille… »);
 * - a place in capitals, maybe a date and an agency in brackets, then a dash: "GENEVA, March 3 (Reuters) —".
 */
export function findDateline(tokens: Token[], lang: Lang): Dateline | undefined {
  const head = datelineAt(tokens, 0, lang, false);
  if (head) return head;
  const second = tokens.findIndex((t, k) => k > 0 && t.gap.includes('\n'));
  // (Only the dashed form there: a date opening a paragraph is otherwise an event's.)
  return second > 0 ? datelineAt(tokens, second, lang, true) : undefined;
}

/** The dateline starting at token `from`, if one does; `dashed`: only « date. – ». */
function datelineAt(tokens: Token[], from: number, lang: Lang, dashed: boolean): Dateline | undefined {
  let k = from;
  let dated = false;
  let placed = false;
  while (k < tokens.length && k - from < MAX_TOKENS) {
    const t = tokens[k];
    if (k > from && t.gap.includes('\n')) return dated && !placed && !dashed ? { first: from, last: k - 1 } : undefined;
    if (DASHES.has(t.text)) return (dashed ? dated && !placed && tokens[k - 1]?.text == '.' : dated || placed) && k > from ? { first: from, last: k } : undefined;
    if (t.text == '(') {
      // "(Reuters)", « (AFP) »: the agency, between brackets, before the dash.
      let close = k + 1;
      while (close < tokens.length && close - k <= 4 && tokens[close].text != ')') close++;
      if (tokens[close]?.text != ')') return undefined;
      k = close + 1;
      continue;
    }
    const w = t.lower;
    if (lang.weekdays.has(w) || lang.months.has(w) || isDay(t) || isYear(t)) dated = true;
    else if ((t.upper || (t.cap && placed)) && !dated) placed = true;
    else if (t.text != ',' && t.text != '.') return undefined;
    k++;
  }
  return dated && !placed && !dashed && k == tokens.length ? { first: from, last: k - 1 } : undefined;
}

/** Token `i`, or the token after the dateline when `i` opens it: where a stage reading the text goes on. */
export const pastDateline = (dateline: Dateline | undefined, i: number): number => (dateline && i == dateline.first ? dateline.last + 1 : i);
