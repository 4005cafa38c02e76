// German: „…“ quotation marks, the decade as „1990er-Jahre“.
import { registerTranslation, type EncartTranslation } from '../shared/translations.js';
import { plural } from './plural.js';

export const de: EncartTranslation = {
  $code: 'de',
  $quotes: ['„', '“'],
  loading: 'Wird geladen …',
  loadFailed: 'Die Daten dieses Infokastens konnten nicht geladen werden.',
  invalidData: 'Die Daten dieses Infokastens sind ungültig.',
  retry: 'Erneut versuchen',
  notFound: (what) => `„${what}“ kommt in diesem Artikel nicht vor.`,
  noQuotes: 'Keine Zitate in diesem Artikel.',
  unnamedSource: 'Ungenannte Quelle',
  figuresHeading: 'In Zahlen',
  noFigures: 'Keine Zahlen in diesem Artikel.',
  about: 'etwa',
  'more-than': 'mehr als',
  'less-than': 'weniger als',
  timelineHeading: 'Chronik',
  noEvents: 'Keine datierten Ereignisse in diesem Artikel.',
  published: 'Artikel veröffentlicht',
  showAll: (count) => plural('de', count, { one: '# Ereignis anzeigen', other: 'Alle # Ereignisse anzeigen' }),
  showFewer: 'Weniger anzeigen',
  noActors: 'Keine Personen oder Organisationen in diesem Artikel.',
  mentions: (count) => plural('de', count, { one: '# Erwähnung', other: '# Erwähnungen' }),
  quotesBy: (name) => `Zitate von ${name}`,
  eventsWith: (name) => `Ereignisse mit ${name}`,
  decade: (year) => `${year}er-Jahre`,
};

registerTranslation(de);
