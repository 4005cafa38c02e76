// Scores the extractor against hand-made gold: precision, recall and F1 per kind and per language, for
// the tune half and the check half of the development corpus side by side (bench/corpus-split.mjs says
// which is which), then precision by confidence band and figure labels on the check half.
// Reads the project's own copies (test/fixtures/articles/*, examples/kazakhstan-massimov).
//
//   npm run eval                          build first: npx rollup -c --silent
//   node bench/eval.mjs --misses          also lists every miss and false hit of the tune half
//   node bench/eval.mjs --check-misses    the same for the check half: to read, never to draw a rule from
//   node bench/eval.mjs --module /tmp/extract.mjs   score another build of the same module
//   node bench/eval.mjs --json out.json   also writes the scores
//   node bench/eval.mjs --only ID         scores one article (its folder name)
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve, basename } from 'node:path';
import { corpusHalf } from './corpus-split.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const modulePath = resolve(option('--module') ?? join(root, 'dist/extract.js'));
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
  const text = readFileSync(join(dir, file), 'utf8');
  return { dir, meta, text, half: corpusHalf(basename(dir)), words: text.split(/\s+/).filter(Boolean).length, gold: JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) };
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
  if (norm(a) == norm(b)) return true;
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
  const pairs = [];
  for (const p of predicted) {
    const g = gold.findIndex((x, i) => !used.has(i) && match(p, x));
    if (g >= 0) used.add(g);
    hits.push(g >= 0);
    pairs.push(g >= 0 ? gold[g] : null);
  }
  return { tp: hits.filter(Boolean).length, predicted: predicted.length, gold: gold.length, hits, pairs, missed: gold.filter((_, i) => !used.has(i)) };
}

// A share below one is the same figure to two decimals: gold writes two thirds as 0.67 or 0.667.
const sameValue = (p, g) => Math.abs(p.value - g.value) <= (Math.abs(g.value) < 1 ? 0.005 : 1e-9 * Math.abs(g.value));

const failures = [];

function evaluate({ dir, meta, text, gold }) {
  const { article, warnings } = extract(text, { published: meta.published, lang: meta.lang, title: meta.title, id: meta.id });
  // The extractor never throws: it stops, returns what it has and says so. A score built on that is no score.
  const stopped = warnings.find((w) => w.startsWith('extraction stopped'));
  if (stopped) failures.push(`${meta.id ?? basename(dir)}: ${stopped}`);
  const actorById = new Map(article.actors.map((a) => [a.id, a]));
  const rightSpeaker = (p, g) => {
    if (g.speaker == null) return p.speaker == null;
    const a = actorById.get(p.speaker);
    return a != null && [a.name, ...a.aliases].some((f) => goldActorForms(gold, g.speaker).has(norm(f)));
  };
  return {
    article,
    quotes: score(article.quotes, gold.quotes ?? [], (p, g) => sameQuoteText(p.text, g.text)),
    speakers: score(article.quotes, gold.quotes ?? [], (p, g) => sameQuoteText(p.text, g.text) && rightSpeaker(p, g)),
    figures: score(article.figures, [...(gold.figures ?? []), ...(gold.figures_vague ?? [])], sameValue),
    actors: score(article.actors, gold.actors ?? [], actorMatches),
    events: score(article.events, gold.events ?? [], (p, g) => p.date == g.date),
  };
}

// `speakers` is a quote found with the right speaker; the other kinds are scored on their own.
const KINDS = ['quotes', 'speakers', 'actors', 'figures', 'events'];
const ITEM_KINDS = ['quotes', 'actors', 'figures', 'events'];
const BANDS = [
  [0, 0.5],
  [0.5, 0.7],
  [0.7, 0.85],
  [0.85, 1.01],
];
const fmt = (x) => (Number.isFinite(x) ? x.toFixed(2) : '  - ');

function prf(results, kind) {
  const sum = (k) => results.reduce((n, r) => n + r[kind][k], 0);
  const [tp, predicted, gold] = [sum('tp'), sum('predicted'), sum('gold')];
  const P = tp / predicted;
  const R = tp / gold;
  return { tp, predicted, gold, P, R, F1: (2 * P * R) / (P + R) };
}

/** Share of the right figures whose label shares at least half its words with the gold's `counts`. */
function labelAgreement(results) {
  let right = 0;
  let agreeing = 0;
  for (const r of results) {
    r.figures.pairs.forEach((g, i) => {
      if (!g) return;
      right++;
      const label = new Set(words(r.article.figures[i].label ?? ''));
      const counts = words(g.counts ?? '');
      const shared = [...label].filter((w) => counts.includes(w)).length;
      if (label.size > 0 && shared / label.size >= 0.5) agreeing++;
    });
  }
  return { right, agreeing, share: agreeing / right };
}

function confidenceBands(results, kinds = ITEM_KINDS) {
  return BANDS.map(([lo, hi]) => {
    let n = 0;
    let ok = 0;
    for (const r of results) {
      for (const kind of kinds) {
        const scored = kind == 'quotes' ? r.speakers : r[kind];
        r.article[kind].forEach((item, i) => {
          const c = item.confidence ?? 0;
          if (c >= lo && c < hi) (n++, scored.hits[i] && ok++);
        });
      }
    }
    return { band: `[${lo.toFixed(2)}, ${Math.min(hi, 1).toFixed(2)}${hi > 1 ? ']' : ')'}`, items: n, precision: ok / n };
  });
}

function listMisses(results) {
  const show = (kind, x) => JSON.stringify(kind == 'quotes' || kind == 'speakers' ? [x.text.slice(0, 60), x.speaker] : kind == 'figures' ? [x.value, x.display] : kind == 'actors' ? x.name : [x.date, x.cue]);
  for (const r of results) {
    console.log(`\n== ${r.meta.id} (${r.half})`);
    for (const kind of ['speakers', 'actors', 'figures', 'events']) {
      r.article[kind == 'speakers' ? 'quotes' : kind].forEach((item, i) => {
        if (!r[kind].hits[i]) console.log(`  + ${kind} ${show(kind, item)} (${item.confidence})`);
      });
      for (const g of r[kind].missed) console.log(`  - ${kind} ${show(kind, g)}`);
    }
  }
}

const only = option('--only');
const all = articleDirs().filter((d) => !only || basename(d) == only).map(load).map((a) => ({ ...a, ...evaluate(a) }));
const groups = {};
for (const half of ['tune', 'check']) {
  for (const lang of ['fr', 'en', 'all']) groups[`${half} ${lang}`] = all.filter((r) => r.half == half && (lang == 'all' || r.meta.lang == lang));
}

const counts = (rs) => `${rs.length} articles, ${rs.filter((r) => r.meta.lang == 'fr').length} fr + ${rs.filter((r) => r.meta.lang == 'en').length} en, ${rs.reduce((n, r) => n + r.words, 0)} words`;
console.log(`Extraction against hand-made gold, ${new Date().toISOString()}`);
console.log(`tune half:  ${counts(groups['tune all'])} (rules may be drawn from these)`);
console.log(`check half: ${counts(groups['check all'])} (no rule drawn from these: the figure to believe)`);

console.log('\nF1 per kind (quotes: text found; speakers: quote with the right speaker)');
const columns = Object.keys(groups);
console.log(`${'kind'.padEnd(9)} ${columns.map((c) => c.padStart(10)).join(' ')}   check P / R      tune−check`);
for (const kind of KINDS) {
  const cells = columns.map((c) => fmt(prf(groups[c], kind).F1).padStart(10));
  const check = prf(groups['check all'], kind);
  const gap = prf(groups['tune all'], kind).F1 - check.F1;
  console.log(`${kind.padEnd(9)} ${cells.join(' ')}   ${fmt(check.P)} / ${fmt(check.R)}   ${gap >= 0 ? '+' : ''}${gap.toFixed(2)}`);
}

for (const half of ['tune', 'check']) {
  const rs = groups[`${half} all`];
  const labels = labelAgreement(rs);
  console.log(`\n${half} half: precision by confidence band (quotes need the right speaker)`);
  const perKind = ITEM_KINDS.map((k) => confidenceBands(rs, [k]));
  console.log(`  band          all kinds       ${ITEM_KINDS.map((k) => k.padEnd(13)).join(' ')}`);
  confidenceBands(rs).forEach((b, i) => {
    const cells = perKind.map((bands) => `${String(bands[i].items).padStart(4)} ${fmt(bands[i].precision)}`.padEnd(13));
    console.log(`  ${b.band}  ${String(b.items).padStart(4)} items ${fmt(b.precision)}  ${cells.join(' ')}`);
  });
  console.log(`  figure labels sharing half their words with the gold's counts: ${labels.agreeing} of ${labels.right} right figures (${fmt(labels.share)})`);
}

/**
 * Why found quotes miss their speaker, counted per half (counts only, no text): the speaker is missing, or
 * the wrong actor, or the gold speaker is not among the actors found at all, or one was given where the gold has none.
 */
function speakerErrors(results) {
  const tally = { right: 0, none: 0, wrong: 0, 'not an actor': 0, 'given, gold has none': 0 };
  for (const r of results) {
    r.quotes.pairs.forEach((g, i) => {
      if (!g) return;
      const p = r.article.quotes[i];
      if (r.speakers.hits[i]) tally.right++;
      else if (g.speaker == null) tally['given, gold has none']++;
      else if (!r.article.actors.some((a) => actorMatches(a, r.gold.actors.find((x) => norm(x.name) == norm(g.speaker)) ?? { name: g.speaker }))) tally['not an actor']++;
      else if (p.speaker == null) tally.none++;
      else tally.wrong++;
    });
  }
  return Object.entries(tally).map(([k, v]) => `${k} ${v}`).join(', ');
}
console.log('\nspeakers of the quotes found');
for (const half of ['tune', 'check']) console.log(`  ${half.padEnd(5)}: ${speakerErrors(groups[`${half} all`])}`);

if (args.includes('--misses')) listMisses(groups['tune all']);
if (args.includes('--check-misses')) listMisses(groups['check all']);

const jsonPath = option('--json');
if (jsonPath) {
  const summary = Object.fromEntries(columns.map((c) => [c, Object.fromEntries(KINDS.map((k) => [k, prf(groups[c], k)]))]));
  writeFileSync(jsonPath, JSON.stringify({ date: new Date().toISOString(), summary, bands: { check: confidenceBands(groups['check all']) }, labels: labelAgreement(groups['check all']) }, null, 2));
}
if (failures.length) {
  console.error(`\n${failures.length} article(s) where extraction stopped on an error; their scores above are not the extractor's:`);
  for (const f of failures) console.error(`  ${f}`);
  process.exitCode = 1;
}
