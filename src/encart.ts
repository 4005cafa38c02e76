// The package root and the script-tag bundle: everything public, and all four elements registered.
export * from './index.js';
import './define.js';
