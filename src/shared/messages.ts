/** The few words our widgets say themselves; dates and numbers go through Intl instead. */
export interface Messages {
  loading: string;
  loadFailed: string;
  invalidData: string;
  retry: string;
  notFound: (what: string) => string;
  noQuotes: string;
  noFigures: string;
  noEvents: string;
  figuresHeading: string;
  timelineHeading: string;
  qualifier: { about: string; 'more-than': string; 'less-than': string };
  mentions: (count: number) => string;
  quotesOf: (name: string) => string;
  eventsOf: (name: string) => string;
  published: string;
  showAll: (count: number) => string;
  showFewer: string;
  decade: (year: number) => string;
  unnamedSpeaker: string;
  close: string;
}

const fr: Messages = {
  loading: 'Chargement…',
  loadFailed: 'Les données de cet encadré n’ont pas pu être chargées.',
  invalidData: 'Les données de cet encadré sont invalides.',
  retry: 'Réessayer',
  notFound: (what) => `« ${what} » est introuvable dans cet article.`,
  noQuotes: 'Aucune citation dans cet article.',
  noFigures: 'Aucun chiffre dans cet article.',
  noEvents: 'Aucun événement daté dans cet article.',
  figuresHeading: 'En chiffres',
  timelineHeading: 'Chronologie',
  qualifier: { about: 'environ', 'more-than': 'plus de', 'less-than': 'moins de' },
  mentions: (n) => (n > 1 ? `${n} mentions` : `${n} mention`),
  quotesOf: (name) => `Citations de ${name}`,
  eventsOf: (name) => `Événements liés à ${name}`,
  published: 'Publication de l’article',
  showAll: (n) => `Voir les ${n} événements`,
  showFewer: 'Voir moins',
  decade: (year) => `années ${year}`,
  unnamedSpeaker: 'Source non nommée',
  close: 'Fermer',
};

const en: Messages = {
  loading: 'Loading…',
  loadFailed: 'The data for this box could not be loaded.',
  invalidData: 'The data for this box is invalid.',
  retry: 'Try again',
  notFound: (what) => `“${what}” is not in this article.`,
  noQuotes: 'No quotes in this article.',
  noFigures: 'No figures in this article.',
  noEvents: 'No dated events in this article.',
  figuresHeading: 'By the numbers',
  timelineHeading: 'Timeline',
  qualifier: { about: 'about', 'more-than': 'more than', 'less-than': 'less than' },
  mentions: (n) => (n === 1 ? '1 mention' : `${n} mentions`),
  quotesOf: (name) => `Quotes from ${name}`,
  eventsOf: (name) => `Events involving ${name}`,
  published: 'Article published',
  showAll: (n) => `Show all ${n} events`,
  showFewer: 'Show fewer',
  decade: (year) => `${year}s`,
  unnamedSpeaker: 'Unnamed source',
  close: 'Close',
};

/** French for any `fr-*` locale, English for everything else. */
export function messagesFor(locale: string): Messages {
  return locale.toLowerCase().startsWith('fr') ? fr : en;
}
