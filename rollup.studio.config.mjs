// `npm run build:studio`: Encart Studio as static files in dist/studio/ for any web host: the page,
// its module, the extractor's worker as a module of its own, the stylesheet and the example article.
// Runs after `npm run build`, whose config empties dist/ when it starts.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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
  async generateBundle() {
    for (const [fileName, from] of Object.entries(STATIC_FILES)) {
      this.emitFile({ type: 'asset', fileName, source: readFileSync(from, 'utf8') });
    }
    // The example's items, extracted now with the options the studio's worker would use, so a first
    // visit shows them without waiting for the worker. Needs `npm run build` first (dist/extract.js);
    // without it the worker extracts the example as it would any text.
    if (!existsSync('dist/extract.js')) return this.warn('dist/extract.js not built: the example will be extracted on load');
    const { extract } = await import(pathToFileURL(resolve('dist/extract.js')).href);
    const meta = JSON.parse(readFileSync(STATIC_FILES['sample/meta.json'], 'utf8'));
    const text = readFileSync(STATIC_FILES['sample/article.fr.txt'], 'utf8');
    const { article } = extract(text, { published: meta.published, title: meta.title });
    this.emitFile({ type: 'asset', fileName: 'sample/extracted.json', source: JSON.stringify(article) });
  },
};

const plugins = () => [
  // As in rollup.config.mjs: Lit's production build, and template whitespace removed.
  nodeResolve({ browser: true }),
  minifyLiterals({ failOnError: true }),
  typescript({ declaration: false, declarationDir: undefined, outDir: 'dist/studio' }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

// Two self-contained files rather than one build sharing chunks: the worker would otherwise wait for
// a second request (the shared validator) before it could extract anything.
export default [
  {
    input: 'src/studio/main.ts',
    // A folder, not one file: the server renderer is a chunk of its own, loaded when first asked for.
    output: { dir: 'dist/studio', entryFileNames: 'studio.js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es', sourcemap: true },
    plugins: [...plugins(), staticFiles],
  },
  {
    // Found by the page at new URL('./extract-worker.js', import.meta.url).
    input: 'src/studio/extract-worker.ts',
    output: { file: 'dist/studio/extract-worker.js', format: 'es', sourcemap: true },
    plugins: plugins(),
  },
];
