import { EncartQuoteCard } from './quote-card.js';

EncartQuoteCard.define('encart-quote-card');

export { EncartQuoteCard };

declare global {
  interface HTMLElementTagNameMap {
    'encart-quote-card': EncartQuoteCard;
  }
}
