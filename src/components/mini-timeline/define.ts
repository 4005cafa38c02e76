import { EncartMiniTimeline } from './mini-timeline.js';

EncartMiniTimeline.define('encart-mini-timeline');

export { EncartMiniTimeline };

declare global {
  interface HTMLElementTagNameMap {
    'encart-mini-timeline': EncartMiniTimeline;
  }
}
