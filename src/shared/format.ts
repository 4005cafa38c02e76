import { eventDateStart } from '../data/dates.js';
import type { DatePrecision, Figure } from '../data/types.js';
import { registeredWords } from './translations.js';

// Intl formatters are costly to build and a page may hold fifty widgets: build each one once.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return format;
}

const warmedLocales = new Set<string>();

/**
 * Builds, once per page and locale, the formatters widgets need first. A renderer's first Intl
 * formatter costs Chromium 20–130 ms (ICU loads its locale data): done while the article downloads,
 * one piece per task (likely subtags, numbers, dates), that cost never makes a long task of its own
 * nor lengthens the one that renders the widgets.
 */
export function warmFormatsSoon(locale: string): void {
  if (warmedLocales.has(locale)) return;
  warmedLocales.add(locale);
  const steps = [
    () => new Intl.Locale(locale).maximize(),
    () => formatNumber(0, locale),
    () => formatEventDate('2000-01-01', 'day', locale),
  ];
  const next = () => {
    try {
      steps.shift()?.();
    } catch {
      // A locale Intl refuses fails again, and is reported, where the widget renders.
      steps.length = 0;
    }
    if (steps.length) setTimeout(next, 0);
  };
  setTimeout(next, 0);
}

/** 4400 → « 4 400 » in French (narrow no-break space), "4,400" in English; millions in words. */
export function formatNumber(value: number, locale: string): string {
  const options: Intl.NumberFormatOptions =
    Math.abs(value) >= 1e6
      ? { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 4 }
      : { maximumFractionDigits: 2 };
  return numberFormat(locale, options).format(value);
}

// Currency signs the extractor keeps as a figure's unit ("$450 million"), and the currency Intl knows
// each by. A Map: a unit is data, and "valueOf" must not find Object.prototype's.
const CURRENCIES = new Map([
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
]);

/** What a figure shows in large type: its number, or for a vague quantity its own words. */
export function figureValueText(figure: Figure, locale: string): string {
  const { display, unit = '' } = figure;
  if (figure.approx === 'order-of-magnitude') return display.charAt(0).toLocaleUpperCase() + display.slice(1);
  // Intl knows where the percent sign goes: « 15,2 % » in French, "15.2%" in English.
  if (unit == '%') return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(figure.value / 100);
  const number = formatNumber(figure.value, locale);
  const currency = CURRENCIES.get(unit);
  return currency ? withCurrencySign(number, currency, locale) : number;
}

/** The unit written after the number (« 30 ans »): not a percentage or a currency, which the number carries. */
export function unitAfterValue({ unit, approx }: Figure): string | undefined {
  return unit && unit != '%' && !CURRENCIES.has(unit) && approx != 'order-of-magnitude' ? unit : undefined;
}

// Intl's compact currencies are short only ("$450M"): the number keeps its words ("450 million") and
// takes the place of 1 in the locale's own way of writing one unit of the currency ("$1", « 1 $ »,
// with the locale's digit for one).
function withCurrencySign(number: string, currency: string, locale: string): string {
  const one = numberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 }).format(1);
  return one.replace(formatNumber(1, locale), number);
}

/** A date only as precise as the text: « mer. 5 janv. 2022 », « janvier 2022 », « 2019 », « années 1990 ». */
export function formatEventDate(date: string, precision: DatePrecision, locale: string): string {
  const start = new Date(`${eventDateStart(date)}T00:00:00Z`);
  if (Number.isNaN(start.getTime())) return date;
  switch (precision) {
    case 'day':
      return dateFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(start);
    case 'month':
      return dateFormat(locale, { month: 'long', year: 'numeric' }).format(start);
    case 'year':
      return dateFormat(locale, { year: 'numeric' }).format(start);
    case 'decade':
      // Intl has no decades: « années 1990 », "1990s".
      return registeredWords(locale)?.decade(start.getUTCFullYear()) ?? (/^fr\b/i.test(locale) ? `années ${start.getUTCFullYear()}` : `${start.getUTCFullYear()}s`);
  }
}

/** The `datetime` attribute of a <time>: the date as written, or a decade's first year. */
export function machineDate(date: string, precision: DatePrecision): string {
  return precision === 'decade' ? eventDateStart(date).slice(0, 4) : date;
}

const NNBSP = '\u202f';
const QUOTE_MARKS: Record<string, [string, string]> = {
  fr: [`«${NNBSP}`, `${NNBSP}»`],
  de: ['„', '“'],
  es: ['«', '»'],
  it: ['«', '»'],
  ru: ['«', '»'],
  pt: ['«', '»'],
  ar: ['«', '»'],
  ja: ['「', '」'],
  zh: ['“', '”'],
};

/** Opening and closing quotation marks as the locale sets them (French: « » with narrow no-break spaces). */
export function quoteMarks(locale: string): [open: string, close: string] {
  return registeredWords(locale)?.$quotes ?? QUOTE_MARKS[locale.toLowerCase().split('-')[0]] ?? ['“', '”'];
}

/** 'Karim Massimov' → 'KM': the monogram of a name, at most two letters. */
export function monogram(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  const letters = (words.length ? words : [name]).map((w) => w.charAt(0));
  return (letters.length > 1 ? letters[0] + letters[letters.length - 1] : letters[0] ?? '').toLocaleUpperCase();
}
