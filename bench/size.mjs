// `npm run size`: min+gzip (and brotli) bytes of what readers download, each next to the floor
// (Lit + one trivial element) built the same way in the same run. Exits 1 over budget.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFileSync, existsSync } from 'node:fs';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates } from '../rollup.config.mjs';

const KB = 1024;
const BUDGET = { widget: 3 * KB, all: 8 * KB };

const entries = [
  { name: 'floor: Lit + trivial element', input: 'bench/size-floor.ts', kind: 'floor' },
  { name: 'encart-quote-card', input: 'src/components/quote-card/define.ts', kind: 'widget' },
  { name: 'encart-figures-panel', input: 'src/components/figures-panel/define.ts', kind: 'widget' },
  { name: 'encart-actor-badge', input: 'src/components/actor-badge/define.ts', kind: 'widget' },
  { name: 'encart-mini-timeline', input: 'src/components/mini-timeline/define.ts', kind: 'widget' },
  { name: 'all four (define.ts)', input: 'src/define.ts', kind: 'all' },
];

/** One self-contained minified bundle, as a reader's browser would get it. */
async function bundle(input) {
  const build = await rollup({
    input,
    plugins: [
      nodeResolve({ browser: true }),
      minifyTemplates(),
      typescript({ tsconfig: 'bench/tsconfig.json', declarationDir: undefined }),
    ],
    onwarn: () => {},
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

if (failures) {
  console.error(`\n${failures} bundle(s) over budget (widget ≤ floor + 3 KB, all four ≤ floor + 8 KB, min+gzip).`);
  process.exit(1);
}
console.log('\nAll within budget: each widget ≤ floor + 3 KB, all four ≤ floor + 8 KB (min+gzip).');
