// Spanish: «…» quotation marks, the decade as « década de 1990 ».
import { registerTranslation, type EncartTranslation } from '../shared/translations.js';
import { plural } from './plural.js';

export const es: EncartTranslation = {
  $code: 'es',
  $quotes: ['«', '»'],
  loading: 'Cargando…',
  loadFailed: 'No se pudieron cargar los datos de este recuadro.',
  invalidData: 'Los datos de este recuadro no son válidos.',
  retry: 'Reintentar',
  notFound: (what) => `«${what}» no figura en este artículo.`,
  noQuotes: 'No hay citas en este artículo.',
  unnamedSource: 'Fuente no identificada',
  figuresHeading: 'En cifras',
  noFigures: 'No hay cifras en este artículo.',
  about: 'alrededor de',
  'more-than': 'más de',
  'less-than': 'menos de',
  timelineHeading: 'Cronología',
  noEvents: 'No hay hechos fechados en este artículo.',
  published: 'Publicación del artículo',
  showAll: (count) => plural('es', count, { one: 'Ver # acontecimiento', other: 'Ver los # acontecimientos' }),
  showFewer: 'Ver menos',
  noActors: 'No hay personas ni organizaciones en este artículo.',
  mentions: (count) => plural('es', count, { one: '# mención', other: '# menciones' }),
  quotesBy: (name) => `Citas de ${name}`,
  eventsWith: (name) => `Hechos relacionados con ${name}`,
  decade: (year) => `década de ${year}`,
};

registerTranslation(es);
