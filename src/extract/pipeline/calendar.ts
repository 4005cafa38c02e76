// Calendar arithmetic on UTC dates, so that the same text gives the same dates in every time zone.

export interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function parseDay(iso: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(day) ? day : undefined;
}

export function isValidDay({ y, m, d }: Day): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() == y && t.getUTCMonth() == m - 1 && t.getUTCDate() == d;
}

export function addDays({ y, m, d }: Day, days: number): Day {
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export const weekdayOf = ({ y, m, d }: Day): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
export const formatDay = ({ y, m, d }: Day): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const formatMonth = ({ y, m }: { y: number; m: number }): string => `${pad(y, 4)}-${pad(m)}`;
const dayNumber = ({ y, m, d }: Day): number => Date.UTC(y, m - 1, d) / 86_400_000;

/**
 * The weekday `weekday` (0 = Sunday) nearest `anchor` in the direction the text gives:
 * past → the latest one not after the anchor; future → the first one from the anchor day on (« prévues samedi » in a
 * Saturday piece is that day); next → strictly after it (« samedi prochain »); last → strictly before it.
 */
export function resolveWeekday(anchor: Day, weekday: number, direction: 'past' | 'future' | 'next' | 'last'): Day {
  const diff = weekday - weekdayOf(anchor);
  if (direction == 'future') return addDays(anchor, diff >= 0 ? diff : diff + 7);
  if (direction == 'next') return addDays(anchor, diff > 0 ? diff : diff + 7);
  const back = ((-diff % 7) + 7) % 7;
  return addDays(anchor, direction == 'last' && back == 0 ? -7 : -back);
}

/** The day `d` of the month nearest the anchor on which it falls on `weekday` (« jeudi 9 »), or undefined. */
export function resolveWeekdayDate(anchor: Day, weekday: number, d: number): Day | undefined {
  let best: Day | undefined;
  for (const shift of [0, -1, 1, -2, 2]) {
    const month = new Date(Date.UTC(anchor.y, anchor.m - 1 + shift, 1));
    const day = { y: month.getUTCFullYear(), m: month.getUTCMonth() + 1, d };
    if (!isValidDay(day) || weekdayOf(day) != weekday) continue;
    if (!best || Math.abs(dayNumber(day) - dayNumber(anchor)) < Math.abs(dayNumber(best) - dayNumber(anchor))) best = day;
  }
  return best;
}

/** Day and month with no year: the year that puts it nearest the anchor, after it only for the future, never for the past. */
export function resolveDayMonth(anchor: Day, m: number, d: number, tense: 'future' | 'past' | 'either'): Day | undefined {
  // With no tense to go by, a day up to a month ahead is more likely than one eleven months back: « le 28 décembre »
  // in a piece of 2 December.
  const ahead = { future: Infinity, past: 0, either: 31 }[tense];
  const options = [anchor.y - 1, anchor.y, anchor.y + 1]
    .map((y) => ({ y, m, d }))
    .filter(isValidDay)
    .filter((day) => (tense == 'future' ? dayNumber(day) >= dayNumber(anchor) : dayNumber(day) <= dayNumber(anchor) + ahead));
  options.sort((a, b) => Math.abs(dayNumber(a) - dayNumber(anchor)) - Math.abs(dayNumber(b) - dayNumber(anchor)));
  return options[0];
}

/** A month with no year: the latest not after the anchor's month, or the next one when future. */
export function resolveMonth(anchor: Day, m: number, future: boolean): { y: number; m: number } {
  if (future) return { y: m >= anchor.m ? anchor.y : anchor.y + 1, m };
  return { y: m <= anchor.m ? anchor.y : anchor.y - 1, m };
}
