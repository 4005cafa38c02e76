// One line per item, as the widgets will show it: used by the lists and the preview's pickers.
import type { Actor, Article, Event, Figure, Item, ItemKind, Quote } from '../data/types.js';
import type { Translate } from './messages.js';

export function eventDate(event: Event, locale: string): string {
  const [y, m, d] = event.date.split('-').map(Number);
  if (event.precision == 'decade') return locale == 'fr' ? `années ${event.date.slice(0, 3)}0` : `${event.date.slice(0, 3)}0s`;
  if (event.precision == 'year' || !m) return String(y || event.date);
  const date = new Date(Date.UTC(y, m - 1, d || 1));
  const options: Intl.DateTimeFormatOptions =
    event.precision == 'month' ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  return Number.isNaN(date.getTime()) ? event.date : new Intl.DateTimeFormat(locale, options).format(date);
}

export function speakerName(article: Article, quote: Quote, t: Translate): string {
  return article.actors.find((a) => a.id == quote.speaker)?.name ?? t('unnamed');
}

export function summary(article: Article, kind: ItemKind, item: Item, t: Translate, locale: string): { title: string; detail: string } {
  switch (kind) {
    case 'quote': {
      const q = item as Quote;
      return { title: q.text, detail: speakerName(article, q, t) };
    }
    case 'figure': {
      const f = item as Figure;
      return { title: withUnit(f), detail: f.label || '—' };
    }
    case 'actor': {
      const a = item as Actor;
      return { title: a.name, detail: [a.role, t(a.mentions.length == 1 ? 'mention' : 'mentions', { n: a.mentions.length })].filter(Boolean).join(' · ') };
    }
    default: {
      const e = item as Event;
      return { title: e.label || '—', detail: eventDate(e, locale) };
    }
  }
}

/** '40 km' from 40 and 'km', but 'deux fois' alone: the words as written often carry the unit already. */
export function withUnit(figure: Figure): string {
  return figure.unit && !figure.display.endsWith(figure.unit) ? `${figure.display} ${figure.unit}` : figure.display;
}

export const shorten = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
