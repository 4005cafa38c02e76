// `encart/elements`: the data contract and the widget classes, registering no tag, for pages that
// name their own (`EncartQuoteCard.define('my-quote')`). The package root (`encart`) and the
// `components/encart-*.js` files are the ones that register the default tags.
export * from './data/index.js';
export { EncartElement } from './shared/encart-element.js';
export { registerTranslation, type EncartTranslation, type EncartWords } from './shared/translations.js';
export { EncartSelectEvent, type EncartSelectDetail, type EncartLoadEvent, type EncartLoadDetail, type EncartErrorEvent, type EncartErrorDetail } from './shared/events.js';
export { EncartQuoteCard } from './components/quote-card/quote-card.js';
export { EncartFiguresPanel } from './components/figures-panel/figures-panel.js';
export { EncartActorBadge } from './components/actor-badge/actor-badge.js';
export { EncartMiniTimeline } from './components/mini-timeline/mini-timeline.js';
