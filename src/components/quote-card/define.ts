import { EncartQuoteCard } from './quote-card.js';

EncartQuoteCard.define('encart-quote-card');

export { EncartQuoteCard };
// The event's types come with the element's, so this module alone types `encart-select` listeners.
export type { EncartSelectEvent, EncartSelectDetail } from '../../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'encart-quote-card': EncartQuoteCard;
  }
}
