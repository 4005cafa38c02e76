// Extraction speed: throughput in MB/s over corpora of 10 KB, 100 KB and 1 MB built from the project's
// articles (repeated and varied), median of at least 10 runs with min and max, and the demo article's
// time. Budget (DESIGN.md §5): ≥ 1 MB/s on one core, the demo ≤ 10 ms. Build first: npx rollup -c --silent.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const modulePath = join(root, 'dist/extract.js');
if (!existsSync(modulePath)) {
  console.error('bench: dist/extract.js not found; build first with: npx rollup -c --silent');
  process.exit(1);
}
const { extract } = await import(pathToFileURL(modulePath).href);

const articles = [join(root, 'examples/kazakhstan-massimov'), ...readdirSync(join(root, 'test/fixtures/articles'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => join(root, 'test/fixtures/articles', d.name))]
  .map((dir) => {
    const file = readdirSync(dir).find((f) => /^article\.[a-z]{2}\.txt$/.test(f));
    return file && { lang: file.split('.')[1], text: readFileSync(join(dir, file), 'utf8') };
  })
  .filter(Boolean);
const demo = readFileSync(join(root, 'examples/kazakhstan-massimov/article.fr.txt'), 'utf8');

/** About `bytes` of text in one language: whole articles in turn, each copy slightly varied so no two are equal. */
function corpus(lang, bytes) {
  const pool = articles.filter((a) => a.lang == lang).map((a) => a.text);
  let out = '';
  for (let i = 0; Buffer.byteLength(out) < bytes; i++) out += pool[i % pool.length].replaceAll('4 400', String(4400 + i)) + `\n\n${i}\n\n`;
  return out;
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[s.length >> 1], min: s[0], max: s[s.length - 1] };
};

function time(fn, runs) {
  for (let i = 0; i < 5; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return stats(times);
}

// Warm the JIT on every code path first, so the smallest corpus is not timed cold.
for (let i = 0; i < 30; i++) for (const a of articles) extract(a.text, { published: '2022-01-08', lang: a.lang });

console.log('Extraction throughput (median of runs; min–max)');
console.log('lang  size       runs  median ms   MB/s (median)  MB/s (min–max)');
for (const lang of ['fr', 'en']) {
  for (const size of [10_000, 100_000, 1_000_000]) {
    const text = corpus(lang, size);
    const mb = Buffer.byteLength(text) / 1e6;
    const runs = size >= 1e6 ? 10 : 20;
    const t = time(() => extract(text, { published: '2022-01-08', lang }), runs);
    console.log(
      `${lang}    ${(Buffer.byteLength(text) / 1000).toFixed(0).padStart(5)} KB  ${String(runs).padStart(5)}  ${t.median.toFixed(1).padStart(9)}   ${(mb / (t.median / 1000)).toFixed(2).padStart(12)}   ${(mb / (t.max / 1000)).toFixed(2)}–${(mb / (t.min / 1000)).toFixed(2)}`,
    );
  }
}
const d = time(() => extract(demo, { published: '2022-01-08' }), 50);
console.log(`\nDemo article (${(demo.length / 1000).toFixed(1)} K chars): median ${d.median.toFixed(2)} ms (min ${d.min.toFixed(2)}, max ${d.max.toFixed(2)}) over 50 runs; budget 10 ms`);
