// Italian: «…» quotation marks, the decade as « anni ’90 » (« anni 2000 » from then on).
import { registerTranslation, type EncartTranslation } from '../shared/translations.js';
import { plural } from './plural.js';

export const it: EncartTranslation = {
  $code: 'it',
  $quotes: ['«', '»'],
  loading: 'Caricamento…',
  loadFailed: 'Non è stato possibile caricare i dati di questo riquadro.',
  invalidData: 'I dati di questo riquadro non sono validi.',
  retry: 'Riprova',
  notFound: (what) => `«${what}» non compare in questo articolo.`,
  noQuotes: 'Nessuna citazione in questo articolo.',
  unnamedSource: 'Fonte anonima',
  figuresHeading: 'In cifre',
  noFigures: 'Nessun dato numerico in questo articolo.',
  about: 'circa',
  'more-than': 'oltre',
  'less-than': 'meno di',
  timelineHeading: 'Cronologia',
  noEvents: 'Nessun evento datato in questo articolo.',
  published: 'Pubblicazione dell’articolo',
  showAll: (count) => plural('it', count, { one: 'Mostra # evento', other: 'Mostra tutti i # eventi' }),
  showFewer: 'Mostra meno',
  noActors: 'Nessuna persona né organizzazione in questo articolo.',
  mentions: (count) => plural('it', count, { one: '# menzione', other: '# menzioni' }),
  quotesBy: (name) => `Citazioni di ${name}`,
  eventsWith: (name) => `Eventi che riguardano ${name}`,
  decade: (year) => (year < 2000 ? `anni ’${String(year).slice(2)}` : `anni ${year}`),
};

registerTranslation(it);
