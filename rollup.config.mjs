// What ships: an ES module for all widgets, one per widget (sharing our base through chunks, and
// importing Lit by name so the app's bundler keeps one Lit for every library), one self-contained IIFE
// for a plain <script> tag, the data and extractor modules, the CLI, types and the JSON Schema.
import { chmodSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import nodeResolve from '@rollup/plugin-node-resolve';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

export const TAGS = ['quote-card', 'figures-panel', 'actor-badge', 'mini-timeline'];
// The languages besides French and English, each a module a page registers (src/locales/).
export const LOCALES = ['de', 'es', 'it', 'pt', 'nl', 'ar'];

const componentEntries = Object.fromEntries(
  TAGS.map((name) => [`components/encart-${name}`, `src/components/${name}/define.ts`]),
);

const minify = terser({ ecma: 2022, module: true, format: { comments: false } });
// An IIFE is a classic script: with `module: true`, terser would drop its top-level `var Encart`, the
// global a page reads the classes from.
const minifyScript = terser({ ecma: 2022, module: false, format: { comments: false } });

// Whitespace inside css`` and html`` templates is most of a widget's weight; terser leaves strings alone.
export const minifyTemplates = () => minifyLiterals({ failOnError: true });

// Readers' browsers need a widget's attribute list (src/components/attributes.ts) for what Lit reads, not the words
// for people, the allowed values or the defaults, which the CLI, the docs and the manifest use; nor `type: String`,
// Lit's own default. Those properties are blanked, every other column kept.
const DROPPED = new Set(['description', 'values', 'default']);
const dropped = (property) => DROPPED.has(property.key?.name) || (property.key?.name == 'type' && property.value.name == 'String');
export const readersOnly = () => ({
  name: 'readers-only',
  transform(code, id) {
    if (!id.endsWith('/src/components/attributes.ts')) return null;
    const cuts = [];
    const visit = (node) => {
      if (node?.type != 'ObjectExpression') {
        for (const child of Object.values(node ?? {})) if (child && typeof child == 'object') visit(child);
        return;
      }
      for (const property of node.properties) {
        if (dropped(property)) cuts.push([property.start, code[property.end] == ',' ? property.end + 1 : property.end]);
        else visit(property.value);
      }
    };
    visit(this.parse(code));
    let out = code;
    for (const [start, end] of cuts) out = out.slice(0, start) + out.slice(start, end).replace(/[^\n]/g, ' ') + out.slice(end);
    return { code: out, map: null };
  },
});

// Lit's package exports pick its production build when the 'development' condition is absent.
const resolve = () => nodeResolve({ browser: true });

// Chunk names carry a hash: without a clean start, old chunks pile up in dist/.
const cleanDist = {
  name: 'clean-dist',
  buildStart() {
    rmSync('dist', { recursive: true, force: true });
  },
};

const schemaAsset = {
  name: 'encart-schema',
  generateBundle() {
    const source = readFileSync('src/data/encart-article.schema.json', 'utf8');
    this.emitFile({ type: 'asset', fileName: 'encart-article.schema.json', source });
  },
};

// Lit and the React wrappers' @lit/react stay imports: the app installs them once, its bundler dedupes
// them with any other library built on Lit. Only the script-tag and hydrating files carry their own.
const sharedWithApp = /^(lit|lit-html|lit-element|@lit\/[^/]+|react)(\/|$)/;

const browserModules = {
  input: {
    encart: 'src/encart.ts',
    // The classes and the data API, registering no tag: for pages that choose their own tag names.
    elements: 'src/index.ts',
    data: 'src/data/index.ts',
    ...(existsSync('src/extract/index.ts') ? { extract: 'src/extract/index.ts' } : {}),
    ...(existsSync('src/react/index.ts') ? { react: 'src/react/index.ts' } : {}),
    ...componentEntries,
    ...Object.fromEntries(LOCALES.map((code) => [`locales/${code}`, `src/locales/${code}.ts`])),
  },
  external: (id) => sharedWithApp.test(id),
  output: {
    dir: 'dist',
    format: 'es',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    cleanDist,
    resolve(),
    minifyTemplates(),
    typescript({ declaration: true, declarationDir: 'dist/types' }),
    readersOnly(),
    minify,
    schemaAsset,
  ],
};

const scriptTag = {
  input: 'src/encart.ts',
  output: { file: 'dist/encart.iife.js', format: 'iife', name: 'Encart', sourcemap: true },
  plugins: [
    resolve(),
    minifyTemplates(),
    typescript({ declaration: false, declarationDir: undefined, outDir: 'dist' }),
    readersOnly(),
    minifyScript,
  ],
};

// A language for the script-tag file: it registers its words in the registry of dist/encart.iife.js, read from
// the page's `Encart` global, so the script goes after that one.
const scriptTagLocales = LOCALES.map((code) => ({
  input: `src/locales/${code}.ts`,
  external: (id) => id.endsWith('/shared/translations.js'),
  output: { file: `dist/locales/${code}.iife.js`, format: 'iife', globals: () => 'Encart', sourcemap: true },
  plugins: [resolve(), typescript({ declaration: false, declarationDir: undefined, outDir: 'dist/locales' }), minifyScript],
}));

// For server-rendered pages: one self-contained module, so Lit's hydration support surely runs before
// Lit itself (a shared Lit chunk would be evaluated first).
const hydrating = {
  input: 'src/hydrate.ts',
  output: { file: 'dist/encart.hydrate.js', format: 'es', sourcemap: true },
  plugins: [
    resolve(),
    minifyTemplates(),
    typescript({ declaration: false, declarationDir: undefined, outDir: 'dist' }),
    readersOnly(),
    minify,
  ],
};

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
// Lit stays a package import in Node: the server renderer and the widgets must share one Lit, the one
// whose Node build brings the DOM shim.
const litPackages = /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+)(\/|$)/;

const serverRendering = {
  input: 'src/ssr/index.ts',
  output: { file: 'dist/ssr.js', format: 'es', sourcemap: true },
  external: (id) => nodeBuiltins.includes(id) || litPackages.test(id),
  plugins: [nodeResolve(), minifyTemplates(), typescript({ declaration: false, declarationDir: undefined, outDir: 'dist' })],
};

// npm sets the bin's execute bit only at install: a rebuilt dist/ must keep `npx encart` runnable.
const executable = () => ({
  name: 'executable',
  writeBundle: (options) => chmodSync(options.file, 0o755),
});

const cli = {
  input: 'src/cli/encart.ts',
  output: { file: 'dist/cli/encart.js', format: 'es', banner: '#!/usr/bin/env node', sourcemap: true },
  external: (id) => nodeBuiltins.includes(id) || litPackages.test(id),
  plugins: [nodeResolve(), typescript({ declaration: false, declarationDir: undefined, outDir: 'dist/cli' }), executable()],
};

export default [browserModules, scriptTag, ...scriptTagLocales, hydrating, serverRendering, cli];
