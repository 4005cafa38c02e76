// The package root and the script-tag bundle: everything public, and all four elements registered.
// (`encart/elements` is the same API registering nothing.)
export * from './index.js';
import './define.js';
