import { EVENT_DATES, isoDate } from './article-rules.js';
import type { DatePrecision } from './types.js';

/** Whether `value` is an ISO 8601 calendar date (or date-time) that exists: no 2022-02-30. */
export function isIsoDate(value: string): boolean {
  return isoDate(value);
}

/** Whether an event date is written as its precision says: '2022-01-05' day, '2022-01' month, '2019' year, '199X' decade. */
export function isEventDate(value: string, precision: DatePrecision): boolean {
  return EVENT_DATES[precision].test(value) && (precision !== 'day' || isIsoDate(value));
}

/** The first day an event date can mean, as 'YYYY-MM-DD': what timelines sort and filter by. */
export function eventDateStart(value: string): string {
  const [year, month = '01', day = '01'] = value.replace('X', '0').split('-');
  return `${year}-${month}-${day}`;
}
