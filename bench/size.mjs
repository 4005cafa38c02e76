// `npm run size`: min+gzip (and brotli) bytes of what readers download, each next to the floor
// (Lit + one trivial element) built the same way in the same run. Exits 1 over the ceilings of
// DESIGN.md §5. Then an app with Lit elements of its own, bundled with one widget: Lit counted twice
// (the widget carrying its own copy, as the ES modules once did) and once (the modules as shipped).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFileSync, existsSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates, readersOnly } from '../rollup.config.mjs';

const KB = 1024;
// Ceilings, not aims (DESIGN.md §5: the aim is floor + 6 KB per widget, + 9 KB for all four).
const BUDGET = { widget: 8 * KB, all: 11 * KB };

const entries = [
  { name: 'floor: Lit + trivial element', input: 'bench/size-floor.ts', kind: 'floor' },
  { name: 'encart-quote-card', input: 'src/components/quote-card/define.ts', kind: 'widget' },
  { name: 'encart-figures-panel', input: 'src/components/figures-panel/define.ts', kind: 'widget' },
  { name: 'encart-actor-badge', input: 'src/components/actor-badge/define.ts', kind: 'widget' },
  { name: 'encart-mini-timeline', input: 'src/components/mini-timeline/define.ts', kind: 'widget' },
  { name: 'all four (define.ts)', input: 'src/define.ts', kind: 'all' },
];

/** One self-contained minified bundle, as a reader's browser would get it; `modules` adds virtual ones. */
async function bundle(input, modules = {}) {
  const virtual = {
    name: 'virtual-modules',
    resolveId: (id) => (id in modules ? id : null),
    load: (id) => modules[id] ?? null,
  };
  const build = await rollup({
    input,
    plugins: [
      virtual,
      nodeResolve({ browser: true }),
      minifyTemplates(),
      typescript({ tsconfig: 'bench/tsconfig.json', declarationDir: undefined }),
      readersOnly(),
    ],
    onwarn: (warning) => {
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
    },
  });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true, plugins: [terser({ ecma: 2022, module: true, format: { comments: false } })] });
  await build.close();
  return Buffer.from(output[0].code);
}

function sizes(code) {
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const fmt = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
const pad = (text, width) => String(text).padEnd(width);
const padStart = (text, width) => String(text).padStart(width);

const rows = [];
for (const entry of entries) rows.push({ ...entry, ...sizes(await bundle(entry.input)) });
const floor = rows.find((r) => r.kind === 'floor');

console.log(`Encart bundle sizes, ${new Date().toISOString().slice(0, 10)} (each bundle alone, minified by terser)`);
console.log(`${pad('bundle', 32)}${padStart('min', 11)}${padStart('min+gzip', 11)}${padStart('min+br', 11)}${padStart('over floor (gz)', 17)}${padStart('budget', 11)}  ok`);
let failures = 0;
for (const row of rows) {
  const over = row.gzip - floor.gzip;
  const budget = BUDGET[row.kind];
  const ok = budget === undefined || over <= budget;
  if (!ok) failures++;
  console.log(
    `${pad(row.name, 32)}${padStart(fmt(row.min), 11)}${padStart(fmt(row.gzip), 11)}${padStart(fmt(row.brotli), 11)}` +
      `${padStart(row.kind === 'floor' ? '—' : `+${fmt(over)}`, 17)}${padStart(budget ? `+${fmt(budget)}` : '—', 11)}  ${budget ? (ok ? 'yes' : 'NO') : ''}`,
  );
}

// The files the build actually ships, for the script-tag and the ES-module user.
if (existsSync('dist/encart.iife.js')) {
  const iife = sizes(readFileSync('dist/encart.iife.js'));
  console.log(`${pad('dist/encart.iife.js (shipped)', 32)}${padStart(fmt(iife.min), 11)}${padStart(fmt(iife.gzip), 11)}${padStart(fmt(iife.brotli), 11)}`);
}

// An app with a Lit element of its own (the floor's) and one widget.
const appElement = resolvePath('bench/size-floor.ts');
const widget = resolvePath('src/components/quote-card/define.ts');
const withOwnCopy = await bundle('app', { app: `import '${appElement}';\nimport 'encart-widget';`, 'encart-widget': (await bundle(widget)).toString() });
const withShared = await bundle('app', { app: `import '${appElement}';\nimport '${widget}';` });
const [twice, once] = [sizes(withOwnCopy), sizes(withShared)];
console.log(`\nAn app with its own Lit element and encart-quote-card, bundled and minified:`);
console.log(`${pad('Lit twice (widget with its own)', 32)}${padStart(fmt(twice.min), 11)}${padStart(fmt(twice.gzip), 11)}${padStart(fmt(twice.brotli), 11)}`);
console.log(`${pad('Lit once (shared, as shipped)', 32)}${padStart(fmt(once.min), 11)}${padStart(fmt(once.gzip), 11)}${padStart(fmt(once.brotli), 11)}`);
// In one file gzip finds the second copy cheap to send; the browser still parses and runs it.
console.log(`Sharing Lit saves ${fmt(twice.min - once.min)} minified (parsed and run once, not twice), ${fmt(twice.gzip - once.gzip)} min+gzip.`);

if (failures) {
  console.error(`\n${failures} bundle(s) over the ceiling (widget ≤ floor + 8 KB, all four ≤ floor + 11 KB, min+gzip).`);
  process.exit(1);
}
console.log('\nAll within the ceilings: each widget ≤ floor + 8 KB, all four ≤ floor + 11 KB (min+gzip).');
