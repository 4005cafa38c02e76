// Bytes on the wire: the files a reader's browser downloads for each way of embedding, each file
// compressed on its own as a server would send it (gzip level 9, brotli quality 11, node:zlib), summed.
// Encart's dist/ files are already minified by the build; TimelineJS's timeline.js is published
// minified, its timeline.css is not: we minify it with esbuild for the min figure (and show it as published).
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tl = join(root, 'node_modules/@knight-lab/timelinejs/dist');

const sizes = (code) => ({
  min: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** A bare import (Lit, which the ES modules share with the app) as a browser gets it: the package's production file. */
function browserFile(specifier) {
  const [, name, subpath] = /^((?:@[^/]+\/)?[^/]+)(\/.*)?$/.exec(specifier);
  const folder = join(root, 'node_modules', name);
  let target = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).exports[subpath ? `.${subpath}` : '.'];
  while (typeof target === 'object') target = target.browser ?? target.default;
  return join(folder, target);
}

/** An ES module and every module it imports, statically or dynamically: relative paths and Lit's packages. */
export function moduleGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const specifiers = [
      ...code.matchAll(/\b(?:import|export)\s*(?:[\w*${}\s,]*?\bfrom\s*)?["']([^"']+)["']/g),
      ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
    ].map((m) => m[1]);
    for (const specifier of specifiers) visit(specifier.startsWith('.') ? resolve(dirname(file), specifier) : browserFile(specifier));
  };
  visit(resolve(root, entry));
  return [...seen];
}

function total(files, transform = (code) => code) {
  const each = files.map((file) => sizes(transform(readFileSync(file), file)));
  return { files: files.map((f) => relative(root, f)), ...Object.fromEntries(['min', 'gzip', 'brotli'].map((k) => [k, each.reduce((s, e) => s + e[k], 0)])) };
}

const minifyCSS = (code) => Buffer.from(transformSync(code.toString(), { loader: 'css', minify: true }).code);

export function measureWire() {
  const rows = [
    { name: 'encart.iife.js (all four, script tag)', ...total([join(root, 'dist/encart.iife.js')]) },
    { name: 'encart.js (all four, ES modules)', ...total(moduleGraph('dist/encart.js')) },
  ];
  for (const widget of ['quote-card', 'figures-panel', 'actor-badge', 'mini-timeline']) {
    rows.push({ name: `encart-${widget}.js + imports`, ...total(moduleGraph(`dist/components/encart-${widget}.js`)) });
  }
  const tlJS = total([join(tl, 'js/timeline.js')]);
  const tlCSS = total([join(tl, 'css/timeline.css')], minifyCSS);
  const tlCSSShipped = total([join(tl, 'css/timeline.css')]);
  const tlFont = total([join(tl, 'css/fonts/font.default.css')], minifyCSS);
  rows.push({ name: 'TimelineJS timeline.js', ...tlJS });
  rows.push({ name: 'TimelineJS timeline.css (minified)', ...tlCSS, note: `as published, unminified: ${tlCSSShipped.min} B, gzip ${tlCSSShipped.gzip} B` });
  rows.push({
    name: 'TimelineJS JS + CSS (+ font CSS it loads)',
    files: [...tlJS.files, ...tlCSS.files, ...tlFont.files],
    ...Object.fromEntries(['min', 'gzip', 'brotli'].map((k) => [k, tlJS[k] + tlCSS[k] + tlFont[k]])),
  });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of measureWire()) console.log(`${row.name.padEnd(44)} ${String(row.min).padStart(8)} ${String(row.gzip).padStart(8)} ${String(row.brotli).padStart(8)}  ${row.files.join(', ')}`);
}
