// `npm run bench`: every benchmark, one after the other (never side by side: the machine has two
// cores), printed as ONE table and written to bench/results.json. Encart's figures stand next to
// TimelineJS 3's, measured in the same browser run. Build first: npx rollup -c --silent.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { RUNS, runBrowserBench, TIMELINE_SIZES } from './render.mjs';
import { measureWire } from './wire.mjs';

const started = Date.now();
for (const file of ['dist/encart.iife.js', 'dist/encart.js', 'dist/extract.js']) {
  if (!existsSync(file)) {
    console.error(`bench: ${file} not found; build first with: npx rollup -c --silent`);
    process.exit(1);
  }
}
const git = (...args) => { try { return execFileSync('git', args, { encoding: 'utf8' }).trim(); } catch { return '?'; } };
const machine = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`,
  memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
  loadavgAtStart: loadavg().map((l) => Number(l.toFixed(2))),
  commit: git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain', '--', 'src').length ? ' (src/ modified)' : ''),
  distBuilt: statSync('dist/encart.iife.js').mtime.toISOString(),
};
console.error(`Encart bench: ${machine.cpus}, load average ${machine.loadavgAtStart.join(' ')}; about 3 minutes…`);

// 6. Extraction: bench/extract.mjs as it is, its own output kept whole in results.json.
const extraction = spawnSync(process.execPath, ['bench/extract.mjs'], { encoding: 'utf8' });
if (extraction.status !== 0) {
  console.error(extraction.stdout, extraction.stderr);
  process.exit(1);
}
const extractRows = [...extraction.stdout.matchAll(/^(fr|en)\s+(\d+) KB\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)–([\d.]+)$/gm)].map((m) => ({
  lang: m[1], kb: Number(m[2]), runs: Number(m[3]), medianMs: Number(m[4]), mbPerS: { median: Number(m[5]), min: Number(m[6]), max: Number(m[7]) },
}));
const demoMatch = /Demo article \(([\d.]+) K chars\): median ([\d.]+) ms \(min ([\d.]+), max ([\d.]+)\) over (\d+) runs/.exec(extraction.stdout);
const demo = demoMatch && { kchars: Number(demoMatch[1]), ms: { median: Number(demoMatch[2]), min: Number(demoMatch[3]), max: Number(demoMatch[4]) }, runs: Number(demoMatch[5]) };
console.error('extraction done');

const wire = measureWire();
const browser = await runBrowserBench({ log: (line) => console.error(line) });
machine.chromium = browser.chromium;
machine.loadavgAtEnd = loadavg().map((l) => Number(l.toFixed(2)));
machine.seconds = Math.round((Date.now() - started) / 1000);

// ---- the table ----
const ms = (s) => `${s.min.toFixed(1)} / ${s.median.toFixed(1)} / ${s.max.toFixed(1)} ms`;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const lines = [];
const row = (what, encart, peer = '', ratio = '') => lines.push(`  ${what.padEnd(46)}${encart.padStart(30)}  ${peer.padStart(30)}  ${ratio.padStart(7)}`);
const section = (title) => lines.push('', title);
const note = (text) => lines.push(`    · ${text}`);

lines.push(`Encart benchmarks ${machine.date}, commit ${machine.commit}, dist/ built ${machine.distBuilt}`);
lines.push(`Machine: ${machine.cpus}, ${machine.memory}, Node ${machine.node}, ${machine.chromium} headless (--disable-gpu)`);
lines.push(`Load average at start ${machine.loadavgAtStart.join(' ')}, at end ${machine.loadavgAtEnd.join(' ')}: a shared 2-core machine (another engineer works on it); read medians, not single runs.`);
lines.push(`Browser figures: ${RUNS} runs each after one unrecorded warm-up run, shown min / median / max; the ratio is TimelineJS median ÷ Encart median from this same run.`);

section(`1. Timeline first render, same events for both (one a week from 1990; label "Event i: …"), page 720 px wide, viewport ${browser.viewport.width}×${browser.viewport.height}`);
row('', 'Encart <encart-mini-timeline expanded>', 'TimelineJS 3.9.11', 'ratio');
for (const n of TIMELINE_SIZES) {
  const { encart, timelinejs } = browser.timeline[n];
  row(`${n} events, script start → painted`, ms(encart.total), ms(timelinejs.total), `${(timelinejs.total.median / encart.total.median).toFixed(1)}×`);
  row(`${n} events, data handed over → painted`, ms(encart.render), ms(timelinejs.render), `${(timelinejs.render.median / encart.render.median).toFixed(1)}×`);
  row(`${n} events, script start → all ${n} shown`, ms(encart.all), ms(timelinejs.all), `${(timelinejs.all.median / encart.all.median).toFixed(1)}×`);
}
row('for reference, no library: a fresh page\'s first Intl.DateTimeFormat, built and used', ms(browser.firstIntl));
note('each run: a new browser context (empty cache) and page per library, the two libraries in alternating order; served from loopback, uncompressed, no-cache');
note('"script start → painted": from performance.mark in <head> before the library\'s <script> (and, for TimelineJS, its <link> CSS) through download, parse, run, JSON.parse of the inline data, the render and the first frame after it');
note('"data handed over → painted": from just before `el.article = data` / `new TL.Timeline(…)` to the first frame painted after the ready signal');
note('"→ all N shown": Encart renders a long list a chunk per frame (50 at once, then 250 a frame), so its first paint shows the first events and this row times the frame in which all N are in the list; TimelineJS places every event before `loaded`, so its two rows are the same run');
note('ready signal: Encart `updateComplete`; TimelineJS its documented `loaded` event (story slider and time navigator built); then requestAnimationFrame + one task (the frame\'s style, layout and paint done)');
note(`Encart loads dist/encart.iife.js (all four widgets); TimelineJS timeline.js + timeline.css + font.default.css it loads itself (${browser.timeline[1000].timelinejs.requests} requests with the page vs ${browser.timeline[1000].encart.requests} for Encart); both checked to show all N events`);
note('the reference row: what a cold Encart render pays once for its dates (ICU loads its locale data); TimelineJS formats its dates without Intl');
note('Encart\'s long list uses content-visibility: auto, so items below the fold are not laid out until scrolled to; TimelineJS builds one slide per event and a time navigator');

section('2. Bytes on the wire (each file compressed alone, as sent; summed over the files a page downloads)');
row('', 'min', 'min+gzip', 'min+br');
for (const r of wire) lines.push(`  ${r.name.padEnd(46)}${kb(r.min).padStart(30)}  ${kb(r.gzip).padStart(30)}  ${kb(r.brotli).padStart(7)}`);
note('one-widget rows include the chunks and dist/data.js each file imports, followed import by import; Encart files as built (already minified)');
note(`TimelineJS CSS minified by esbuild here (${wire.find((r) => r.note)?.note}); gzip level 9, brotli quality 11`);

// One busy page's rows: `upgraded` names what "done" is for that page (upgraded, hydrated…).
function busyRows(b, upgraded, fetches, scriptRun) {
  if (scriptRun) row('encart.iife.js running (traced): evaluate, define, upgrade the 50', ms(scriptRun), `alone, no widget: ${ms(browser.scriptRun.alone)}`);
  row(`all 50 ${upgraded} and painted, from HTML parsed`, ms(b.fromParsed));
  row('same, from navigation start', ms(b.fromNavigation));
  row(...fetches(b));
  row(`long tasks > 50 ms while ${upgraded == 'upgraded' ? 'upgrading' : 'hydrating'}`, `${b.longTasks.min} / ${b.longTasks.median} / ${b.longTasks.max}`, `longest ${ms(b.longestTask)}`);
  row('cumulative layout shift (buffered, whole load)', `${b.cls.min.toFixed(3)} / ${b.cls.median.toFixed(3)} / ${b.cls.max.toFixed(3)}`);
}
const fetchesOfSrc = (b) => ['fetches of the article URL (PerformanceObserver)', `${b.fetches.min} / ${b.fetches.median} / ${b.fetches.max}`, `requests seen: ${b.fetchesRequested.median}, server: ${b.serverHits.median}`];

section(`3. Busy article page: 50 widgets (13 quote cards, 13 figure panels, 12 actor badges, 12 timelines) from one src URL, hand-written fallback content inside each (a short list, fewer events than shown), encart.iife.js deferred in <head>`);
busyRows(browser.busy, 'upgraded', fetchesOfSrc, browser.scriptRun.busy);
note('"upgraded": every element shows its content part (article fetched, validated, rendered) and its updateComplete resolved, then the next frame painted; "HTML parsed" is the navigation\'s domInteractive, after which the deferred script runs');
note(`"encart.iife.js running": the EvaluateScript event of the file in a Chromium trace (devtools.timeline), in loads of their own (${RUNS} after a warm-up): evaluation, the four customElements.define calls and so the upgrade of all 50 elements (constructor, attributes, connectedCallback); each widget's load and first render follow in turns of ≤ 8 ms, each a task of its own`);
note('long tasks: PerformanceObserver("longtask") entries overlapping [domInteractive, upgraded]; CLS: every layout-shift entry (no input) until two frames after, in the viewport only, as for a reader');

section('3b. The same page server-rendered (renderToString, one data script), encart.hydrate.js as a module in <head>');
busyRows(browser.busyServerRendered, 'hydrated', (b) => ['fetches of article data', `${b.fetches.median}`, 'the data is in the page']);
note('"hydrated": every element defined and its first update (adopting the server\'s shadow DOM) complete, then the next frame painted; the widgets show their content from the first paint');

section('3c. The same page server-rendered with one src URL (encart render --src: the server markup is the fallback), encart.iife.js deferred in <head>');
busyRows(browser.busyServerRenderedSrc, 'upgraded', fetchesOfSrc, browser.scriptRun.busyServerRenderedSrc);
note('each widget shows its server-rendered content from the first paint, fetches the article with the others, then renders afresh in place in its turn (no hydration code); "upgraded" as in 3');

section('3d. As 3c, every widget written with loading="lazy" (encart render --src --lazy), then read to its end');
const lazy = browser.busyServerRenderedLazy;
row('widgets on screen at load live and painted, from HTML parsed', ms(lazy.fromParsed));
row('widgets live by then, of 50', `${lazy.live.min} / ${lazy.live.median} / ${lazy.live.max}`);
row(...fetchesOfSrc(lazy));
row('long tasks > 50 ms until then', `${lazy.longTasks.min} / ${lazy.longTasks.median} / ${lazy.longTasks.max}`, `longest ${ms(lazy.longestTask)}`);
row('cumulative layout shift, load', `${lazy.cls.min.toFixed(3)} / ${lazy.cls.median.toFixed(3)} / ${lazy.cls.max.toFixed(3)}`);
row('cumulative layout shift while scrolled to the end', `${lazy.scrollCls.min.toFixed(3)} / ${lazy.scrollCls.median.toFixed(3)} / ${lazy.scrollCls.max.toFixed(3)}`);
note('"live": the element\'s first update done (fetched, validated, rendered in place of the server markup); the page is then scrolled half a screen every two frames to its end, every widget checked live with its content');

section(`4. Update cost on mounted widgets (one page, ${RUNS} changes after two warm-ups)`);
row('quote attribute changed on 50 quote cards', ms(browser.update.quote));
row('.article replaced on 50 widgets of four kinds', ms(browser.update.article));
row('1,000-event timeline mounted, Intl and Lit warm', ms(browser.update.longTimeline), 'budget 16 ms');
const tjs = (n) => browser.timeline[n]?.timelinejs?.render?.median;
row('first view, 20 events (six shown), laid out', ms(browser.update.firstView20), `budget 8 ms · TimelineJS ${tjs(20)?.toFixed(1) ?? '?'} ms`);
row('first view, 1,000 events (six shown), laid out', ms(browser.update.firstView1000), `budget 16 ms · TimelineJS ${tjs(1000)?.toFixed(1) ?? '?'} ms`);
row('all 1,000 events shown (expanded), laid out', ms(browser.update.all1000), 'budget 50 ms');
note('from the first setAttribute / property set to the last of the 50 updateComplete (render included, layout and paint not); the new .article is a structuredClone made before timing, so it is validated again');
note('the 1,000-event row: a new <encart-mini-timeline expanded> given a fresh copy of the bench events and appended, to its updateComplete (the first 50 events; the rest follow a chunk per frame), on the page that just rendered the rows above');
note('first view: a new <encart-mini-timeline> (six most relevant events) given a fresh copy of the 20- or 1,000-event article, to its updateComplete and the layout that follows, Intl warm; "all shown": expanded, until the last of the 1,000 events is in the DOM and laid out. TimelineJS: its "data handed over → painted" of section 1, cold, in this same run (it has no warm first view to compare)');

section(`5. Memory: JS heap (CDP Runtime.getHeapUsage after 3 × HeapProfiler.collectGarbage), ${RUNS} cycles of mounting 50 widgets (src, fallback) and removing them`);
const m = browser.memory;
row('heap with the library loaded, nothing mounted', kb(m.baseline.heap));
row('50 widgets mounted, over that', `+${kb(m.mounted.median)}`, `min +${kb(m.mounted.min)}, max +${kb(m.mounted.max)}`);
row('after removing them, over that', `+${kb(m.removed.median)}`, `min +${kb(m.removed.min)}, max +${kb(m.removed.max)}`);
row(`growth from cycle 1 to cycle ${RUNS} after removal`, `${m.growth >= 0 ? '+' : ''}${kb(m.growth)}`, `DOM nodes left: ${m.nodesRemoved}, listeners left: ${m.listenersRemoved} (+${m.listenersGrowth} over the cycles)`);
note('what stays after removal the first time is kept once (compiled code, Lit\'s template cache, Intl formatters, the one message port that turns yield through), not per cycle: a leak would grow with the cycles');

section(`6. Extraction (bench/extract.mjs, Node ${machine.node}, one core)`);
for (const r of extractRows) row(`${r.lang} ${r.kb} KB, MB/s (${r.runs} runs)`, `${r.mbPerS.min.toFixed(2)}–${r.mbPerS.max.toFixed(2)}, median ${r.mbPerS.median.toFixed(2)} MB/s`, `median ${r.medianMs.toFixed(1)} ms`);
if (demo) row(`demo article (${demo.kchars} K chars, ${demo.runs} runs)`, ms(demo.ms), 'budget 10 ms');
note('MB/s is the corpus size over the run time: median time gives the median figure, the slowest run the min, the fastest the max');
lines.push('', `Whole bench: ${machine.seconds} s.`);

console.log(lines.join('\n'));
writeFileSync('bench/results.json', JSON.stringify({ machine, runs: RUNS, timeline: browser.timeline, wire, firstIntl: browser.firstIntl, scriptRun: browser.scriptRun, busy: browser.busy, busyServerRendered: browser.busyServerRendered, busyServerRenderedSrc: browser.busyServerRenderedSrc, busyServerRenderedLazy: browser.busyServerRenderedLazy, update: browser.update, memory: browser.memory, extraction: { rows: extractRows, demo, output: extraction.stdout } }, null, 2) + '\n');
