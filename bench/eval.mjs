// Scores the extractor against hand-made gold: precision, recall and F1 per kind, and precision by
// confidence band. Reads the project's own copies (test/fixtures/articles/*, examples/kazakhstan-massimov);
// articles whose meta.json says "unseen": true were written after the rules and are scored apart.
//
//   npm run eval                 build first: npx rollup -c --silent
//   node bench/eval.mjs --verbose   also lists every miss and false hit
//   node bench/eval.mjs --module /tmp/extract.mjs   score another build of the same module
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const moduleArg = args.indexOf('--module');
const modulePath = moduleArg >= 0 ? resolve(args[moduleArg + 1]) : join(root, 'dist/extract.js');
if (!existsSync(modulePath)) {
  console.error(`eval: ${modulePath} not found; build first with: npx rollup -c --silent`);
  process.exit(1);
}
const { extract } = await import(pathToFileURL(modulePath).href);

function articleDirs() {
  const base = join(root, 'test/fixtures/articles');
  const dirs = readdirSync(base, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(base, d.name));
  return [join(root, 'examples/kazakhstan-massimov'), ...dirs].filter((d) => existsSync(join(d, 'gold.json')));
}

function load(dir) {
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^article\.[a-z]{2}\.txt$/.test(f));
  return { dir, meta, text: readFileSync(join(dir, file), 'utf8'), gold: JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) };
}

// Names compare without case, accents, typographic apostrophes or a leading article.
const norm = (s) =>
  String(s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/^(?:le |la |les |l'|the )/, '')
    .replace(/\s+/g, ' ')
    .trim();
const words = (s) => norm(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function sameQuoteText(a, b) {
  const [x, y] = [norm(a), norm(b)];
  if (x == y) return true;
  const [wa, wb] = [words(a), words(b)];
  const common = wa.filter((w) => wb.includes(w)).length;
  return common / Math.max(wa.length, wb.length) >= 0.8;
}

function goldActorForms(gold, name) {
  const actor = gold.actors.find((a) => norm(a.name) == norm(name));
  return new Set([name, ...(actor?.aliases ?? [])].map(norm));
}

function actorMatches(pred, goldActor) {
  const forms = new Set([goldActor.name, ...(goldActor.aliases ?? [])].map(norm));
  return [pred.name, ...pred.aliases].some((f) => forms.has(norm(f)));
}

/** Greedy one-to-one matching: each gold item is claimed once, in order. */
function score(predicted, gold, match) {
  const used = new Set();
  const hits = [];
  for (const p of predicted) {
    const g = gold.findIndex((x, i) => !used.has(i) && match(p, x));
    if (g >= 0) used.add(g);
    hits.push(g >= 0);
  }
  return { tp: hits.filter(Boolean).length, predicted: predicted.length, gold: gold.length, hits, missed: gold.filter((_, i) => !used.has(i)) };
}

function evaluate({ meta, text, gold }) {
  const { article } = extract(text, { published: meta.published, lang: meta.lang, title: meta.title, id: meta.id });
  const actorById = new Map(article.actors.map((a) => [a.id, a]));
  const quotes = score(article.quotes, gold.quotes ?? [], (p, g) => {
    if (!sameQuoteText(p.text, g.text)) return false;
    if (g.speaker == null) return p.speaker == null;
    const a = actorById.get(p.speaker);
    if (!a) return false;
    const forms = goldActorForms(gold, g.speaker);
    return [a.name, ...a.aliases].some((f) => forms.has(norm(f)));
  });
  const figures = score(article.figures, [...(gold.figures ?? []), ...(gold.figures_vague ?? [])], (p, g) => Math.abs(p.value - g.value) <= 1e-9 * Math.max(1, Math.abs(g.value)));
  const actors = score(article.actors, gold.actors ?? [], actorMatches);
  const events = score(article.events, gold.events ?? [], (p, g) => p.date == g.date);
  return { article, quotes, figures, actors, events };
}

const KINDS = ['quotes', 'figures', 'actors', 'events'];
const BANDS = [
  [0, 0.5],
  [0.5, 0.7],
  [0.7, 0.85],
  [0.85, 1.01],
];
const pct = (x) => (Number.isFinite(x) ? x.toFixed(2) : '  - ');

function report(title, results) {
  console.log(`\n${title} (${results.length} articles)`);
  console.log('kind      predicted  gold   tp    P     R     F1');
  for (const kind of KINDS) {
    const sum = (k) => results.reduce((n, r) => n + r[kind][k], 0);
    const [tp, p, g] = [sum('tp'), sum('predicted'), sum('gold')];
    const P = tp / p;
    const R = tp / g;
    const F = (2 * P * R) / (P + R);
    console.log(`${kind.padEnd(9)} ${String(p).padStart(9)} ${String(g).padStart(5)} ${String(tp).padStart(4)}  ${pct(P)}  ${pct(R)}  ${pct(F)}`);
  }
  console.log('precision by confidence band (all kinds)');
  for (const [lo, hi] of BANDS) {
    let n = 0;
    let ok = 0;
    for (const r of results) {
      for (const kind of KINDS) {
        r.article[kind].forEach((item, i) => {
          const c = item.confidence ?? 0;
          if (c >= lo && c < hi) (n++, r[kind].hits[i] && ok++);
        });
      }
    }
    console.log(`  [${lo.toFixed(2)}, ${Math.min(hi, 1).toFixed(2)}${hi > 1 ? ']' : ')'}  ${String(n).padStart(4)} items  precision ${pct(ok / n)}`);
  }
}

const all = articleDirs().map(load).map((a) => ({ ...a, ...evaluate(a) }));
if (verbose) {
  for (const r of all) {
    console.log(`\n== ${r.meta.id}`);
    for (const kind of KINDS) {
      r.article[kind].forEach((item, i) => {
        if (!r[kind].hits[i]) console.log(`  + ${kind} ${JSON.stringify(kind == 'quotes' ? [item.text.slice(0, 60), item.speaker] : kind == 'figures' ? [item.value, item.display] : kind == 'actors' ? item.name : [item.date, item.cue])} (${item.confidence})`);
      });
      for (const g of r[kind].missed) console.log(`  - ${kind} ${JSON.stringify(kind == 'quotes' ? [g.text.slice(0, 60), g.speaker] : kind == 'figures' ? [g.value, g.display] : kind == 'actors' ? g.name : [g.date, g.cue])}`);
    }
  }
}
report('Development articles', all.filter((r) => !r.meta.unseen));
const unseen = all.filter((r) => r.meta.unseen);
if (unseen.length) report('Unseen articles (written after the rules; their first, untuned score is in the commit that added them)', unseen);
