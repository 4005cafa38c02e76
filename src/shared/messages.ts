/** A widget's few words in both languages we write; dates and numbers go through Intl instead. */
export interface Translations<T> {
  fr: T;
  en: T;
}

/** French for any `fr-*` locale, English for everything else. */
export function translate<T>(locale: string, table: Translations<T>): T {
  return /^fr\b/i.test(locale) ? table.fr : table.en;
}

/** What every widget may say about its data. */
export const STATE_WORDS: Translations<{
  loading: string;
  loadFailed: string;
  invalidData: string;
  retry: string;
  notFound: (what: string) => string;
}> = {
  fr: {
    loading: 'Chargement…',
    loadFailed: 'Les données de cet encadré n’ont pas pu être chargées.',
    invalidData: 'Les données de cet encadré sont invalides.',
    retry: 'Réessayer',
    notFound: (what) => `« ${what} » est introuvable dans cet article.`,
  },
  en: {
    loading: 'Loading…',
    loadFailed: 'The data for this box could not be loaded.',
    invalidData: 'The data for this box is invalid.',
    retry: 'Try again',
    notFound: (what) => `“${what}” is not in this article.`,
  },
};
