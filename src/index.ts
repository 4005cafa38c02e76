// The public API: the data contract and the widget classes. Importing this registers no element;
// import `encart` (the package root) or a `components/encart-*.js` file for that.
export * from './data/index.js';
export { EncartElement } from './shared/encart-element.js';
export { EncartSelectEvent, type EncartSelectDetail } from './shared/events.js';
export { EncartQuoteCard } from './components/quote-card/quote-card.js';
export { EncartFiguresPanel } from './components/figures-panel/figures-panel.js';
export { EncartActorBadge } from './components/actor-badge/actor-badge.js';
export { EncartMiniTimeline } from './components/mini-timeline/mini-timeline.js';
