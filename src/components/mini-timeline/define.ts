import { EncartMiniTimeline } from './mini-timeline.js';

EncartMiniTimeline.define('encart-mini-timeline');

export { EncartMiniTimeline };
// The event's types come with the element's, so this module alone types `encart-select` listeners.
export type { EncartSelectEvent, EncartSelectDetail } from '../../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'encart-mini-timeline': EncartMiniTimeline;
  }
}
