// The dateline: the date (and, in agency copy, the place) printed at the head of a dispatch, before its
// first sentence. It says when the text was published, so it is neither an event nor a place that acts.
import type { Lang } from '../lang/types.js';
import type { Token } from './document.js';

/** Token range of the dateline at the head of the text, `last` inclusive. */
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
 * - a date, then a full stop and a dash, opening the first paragraph: « 24 janvier 2017. – Claude Guéant… »;
 * - a place in capitals, maybe a date and an agency in brackets, then a dash: "GENEVA, March 3 (Reuters) —".
 */
export function findDateline(tokens: Token[], lang: Lang): Dateline | undefined {
  let k = 0;
  let dated = false;
  let placed = false;
  while (k < tokens.length && k < MAX_TOKENS) {
    const t = tokens[k];
    if (k > 0 && t.gap.includes('\n')) return dated && !placed ? { first: 0, last: k - 1 } : undefined;
    if (DASHES.has(t.text)) return (dated || placed) && k > 0 ? { first: 0, last: k } : undefined;
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
  return dated && !placed && k == tokens.length ? { first: 0, last: k - 1 } : undefined;
}
