// For pages whose widgets were rendered on the server (`encart render`): Lit's hydration support must
// run before Lit itself, so the widgets adopt their server-rendered shadow roots instead of rendering
// them again. Load this file instead of `encart.js`, never both.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './encart.js';
