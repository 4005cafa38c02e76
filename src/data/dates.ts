import type { DatePrecision } from './types.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** Whether `value` is an ISO 8601 calendar date (or date-time) that exists: no 2022-02-30. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const PARTIAL_DATE: Record<DatePrecision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  year: /^\d{4}$/,
  decade: /^\d{3}X$/,
};

/** Whether an event date is written as its precision says: '2022-01-05' day, '2022-01' month, '2019' year, '199X' decade. */
export function isEventDate(value: string, precision: DatePrecision): boolean {
  return PARTIAL_DATE[precision].test(value) && (precision !== 'day' || isIsoDate(value));
}

/** The first day an event date can mean, as 'YYYY-MM-DD': what timelines sort and filter by. */
export function eventDateStart(value: string): string {
  const [year, month = '01', day = '01'] = value.replace('X', '0').split('-');
  return `${year}-${month}-${day}`;
}
