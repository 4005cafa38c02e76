import { EncartFiguresPanel } from './figures-panel.js';

EncartFiguresPanel.define('encart-figures-panel');

export { EncartFiguresPanel };

declare global {
  interface HTMLElementTagNameMap {
    'encart-figures-panel': EncartFiguresPanel;
  }
}
