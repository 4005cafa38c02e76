// The classes without their tags: the app names the element itself.
import { EncartQuoteCard } from 'encart/elements';

EncartQuoteCard.define('my-quote');
document.documentElement.dataset.defaultTags = String(
  ['encart-quote-card', 'encart-figures-panel', 'encart-actor-badge', 'encart-mini-timeline'].filter((tag) => customElements.get(tag)).length,
);
