// Portuguese: «…» quotation marks, the decade as « década de 1990 ».
import { registerTranslation, type EncartTranslation } from '../shared/translations.js';
import { plural } from './plural.js';

export const pt: EncartTranslation = {
  $code: 'pt',
  $quotes: ['«', '»'],
  loading: 'Carregando…',
  loadFailed: 'Não foi possível carregar os dados deste quadro.',
  invalidData: 'Os dados deste quadro são inválidos.',
  retry: 'Tentar novamente',
  notFound: (what) => `«${what}» não consta deste artigo.`,
  noQuotes: 'Nenhuma citação neste artigo.',
  unnamedSource: 'Fonte não identificada',
  figuresHeading: 'Em números',
  noFigures: 'Nenhum número neste artigo.',
  about: 'cerca de',
  'more-than': 'mais de',
  'less-than': 'menos de',
  timelineHeading: 'Cronologia',
  noEvents: 'Nenhum acontecimento datado neste artigo.',
  published: 'Publicação do artigo',
  showAll: (count) => plural('pt', count, { one: 'Ver # acontecimento', other: 'Ver os # acontecimentos' }),
  showFewer: 'Ver menos',
  noActors: 'Nenhuma pessoa ou organização neste artigo.',
  mentions: (count) => plural('pt', count, { one: '# menção', other: '# menções' }),
  quotesBy: (name) => `Citações de ${name}`,
  eventsWith: (name) => `Acontecimentos ligados a ${name}`,
  decade: (year) => `década de ${year}`,
};

registerTranslation(pt);
