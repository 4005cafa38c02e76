// Dutch: “…” quotation marks, the decade as “jaren 90” (“jaren 2000” from then on).
import { registerTranslation, type EncartTranslation } from '../shared/translations.js';
import { plural } from './plural.js';

export const nl: EncartTranslation = {
  $code: 'nl',
  $quotes: ['“', '”'],
  loading: 'Laden…',
  loadFailed: 'De gegevens van dit kader konden niet worden geladen.',
  invalidData: 'De gegevens van dit kader zijn ongeldig.',
  retry: 'Opnieuw proberen',
  notFound: (what) => `“${what}” komt niet voor in dit artikel.`,
  noQuotes: 'Geen citaten in dit artikel.',
  unnamedSource: 'Anonieme bron',
  figuresHeading: 'In cijfers',
  noFigures: 'Geen cijfers in dit artikel.',
  about: 'ongeveer',
  'more-than': 'meer dan',
  'less-than': 'minder dan',
  timelineHeading: 'Tijdlijn',
  noEvents: 'Geen gedateerde gebeurtenissen in dit artikel.',
  published: 'Artikel gepubliceerd',
  showAll: (count) => plural('nl', count, { one: 'Toon # gebeurtenis', other: 'Toon alle # gebeurtenissen' }),
  showFewer: 'Toon minder',
  noActors: 'Geen personen of organisaties in dit artikel.',
  mentions: (count) => plural('nl', count, { one: '# vermelding', other: '# vermeldingen' }),
  quotesBy: (name) => `Citaten van ${name}`,
  eventsWith: (name) => `Gebeurtenissen met ${name}`,
  decade: (year) => `jaren ${year < 2000 ? String(year).slice(2) : year}`,
};

registerTranslation(nl);
