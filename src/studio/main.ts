// The studio page's entry. The extraction worker starts first, so its module loads while the
// interface is built; then <encart-studio> (and through it the four widgets for the preview).
import './prewarm.js';
import './studio-app.js';
