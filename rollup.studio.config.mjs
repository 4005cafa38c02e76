// `npm run build:studio`: Encart Studio as static files in dist/studio/ for any web host: the page,
// its module, the extractor's worker as a module of its own, the stylesheet and the example article.
// Runs after `npm run build`, whose config empties dist/ when it starts.
import { readFileSync } from 'node:fs';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const STATIC_FILES = {
  'index.html': 'src/studio/index.html',
  'studio.css': 'src/studio/studio.css',
  'sample/article.fr.txt': 'examples/kazakhstan-massimov/article.fr.txt',
  'sample/meta.json': 'examples/kazakhstan-massimov/meta.json',
};

const staticFiles = {
  name: 'studio-static-files',
  generateBundle() {
    for (const [fileName, from] of Object.entries(STATIC_FILES)) {
      this.emitFile({ type: 'asset', fileName, source: readFileSync(from, 'utf8') });
    }
  },
};

export default {
  input: {
    studio: 'src/studio/main.ts',
    // Found by the page at new URL('./extract-worker.js', import.meta.url).
    'extract-worker': 'src/studio/extract-worker.ts',
  },
  output: {
    dir: 'dist/studio',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    // As in rollup.config.mjs: Lit's production build, and template whitespace removed.
    nodeResolve({ browser: true }),
    minifyLiterals({ failOnError: true }),
    typescript({ declaration: false, declarationDir: undefined, outDir: 'dist/studio' }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
    staticFiles,
  ],
};
