import { EncartFiguresPanel } from './figures-panel.js';

EncartFiguresPanel.define('encart-figures-panel');

export { EncartFiguresPanel };
// The event's types come with the element's, so this module alone types `encart-select` listeners.
export type { EncartSelectEvent, EncartSelectDetail } from '../../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'encart-figures-panel': EncartFiguresPanel;
  }
}
