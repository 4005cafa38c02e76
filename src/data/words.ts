// Generated from encart-article.schema.json by `npm run contract`: each enum's words as a list, and the field that lists each kind of item.
// Never edit this file: change the schema and run it again (test/node/contract.test.mjs fails while the two disagree).
import type { ActorKind, Approx, DatePrecision, ItemKind } from './types.js';

/** The words ActorKind takes. */
export const ACTOR_KIND_VALUES: readonly ActorKind[] = ['person', 'organization', 'place'];

/** The words Approx takes. */
export const APPROX_VALUES: readonly Approx[] = ['exact', 'about', 'more-than', 'less-than', 'order-of-magnitude'];

/** The words DatePrecision takes. */
export const DATE_PRECISION_VALUES: readonly DatePrecision[] = ['day', 'month', 'year', 'decade'];

/** The article's field that lists each kind of item. */
export const ITEM_LISTS = { actor: 'actors', quote: 'quotes', figure: 'figures', event: 'events' } as const satisfies Record<ItemKind, string>;
