// Registers all four elements under their default tags.
import './components/quote-card/define.js';
import './components/figures-panel/define.js';
import './components/actor-badge/define.js';
import './components/mini-timeline/define.js';
