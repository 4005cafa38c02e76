import { defineConfig } from 'vite';

// No React plugin: Vite's own transformer compiles JSX (automatic runtime); the example needs no
// fast refresh. `dedupe` keeps one React when `encart/react` is resolved through the workspace link.
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: { dedupe: ['react', 'react-dom'] },
});
