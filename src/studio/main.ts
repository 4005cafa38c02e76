// The studio page's entry: registers <encart-studio> (and through it the four widgets for the preview).
import './studio-app.js';
