// Where the first render of a 1,000-event <encart-mini-timeline expanded> spends its time:
// `node bench/profile.mjs` (PROFILE_RUNS pages, 5 by default). Each run is a fresh context and page
// with dist/encart.iife.js loaded and nothing rendered yet, so the render is cold as a reader's is.
//  1. a Chromium trace (devtools.timeline) of the render: main-thread time by kind (script, style, layout, paint);
//  2. a CDP CPU profile (50 µs sampling) of the same render in another page, mapped through
//     dist/encart.iife.js.map to the source files and functions, self and inclusive time.
// Writes bench/out/profile-1000.json (git-ignored) and prints a summary.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { launch, stats } from './render.mjs';
import { startBenchServer } from './server.mjs';
import { benchEvents, encartArticle, workbenchPage } from './pages.mjs';

const RUNS = Number(process.env.PROFILE_RUNS ?? 5);
const N = 1000;
const article = encartArticle(benchEvents(N));
const map = new TraceMap(readFileSync(new URL('../dist/encart.iife.js.map', import.meta.url), 'utf8'));

// Runs in the page: the timed render, as in the bench (data handed over → frame painted).
async function renderInPage(article) {
  performance.mark('render-start');
  const element = document.createElement('encart-mini-timeline');
  element.expanded = true;
  element.article = article;
  document.body.append(element);
  await element.updateComplete;
  performance.mark('update-complete');
  await afterPaint();
  performance.mark('painted');
  return {
    update: performance.measure('u', 'render-start', 'update-complete').duration,
    total: performance.measure('t', 'render-start', 'painted').duration,
  };
}

const server = await startBenchServer(8390);
server.setPage('/bench/page/workbench.html', workbenchPage());
const { browser, dispose } = await launch();

async function freshPage(fn) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${server.url}/bench/page/workbench.html`);
    await page.waitForFunction('window.benchReady === true');
    await new Promise((r) => setTimeout(r, 200));
    return await fn(page);
  } finally {
    await context.close();
  }
}

const TRACE_GROUPS = {
  'script (FunctionCall, microtasks, timers)': ['FunctionCall', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'EvaluateScript', 'v8.evaluateModule'],
  'GC (MinorGC, MajorGC)': ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR', 'BlinkGC.AtomicPhase'],
  'style (UpdateLayoutTree / RecalculateStyles)': ['UpdateLayoutTree', 'RecalculateStyles', 'ScheduleStyleRecalculation'],
  'layout (Layout)': ['Layout'],
  'pre-paint, paint, layerize, commit': ['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'Commit', 'CompositeLayers'],
  'HTML parse (template innerHTML)': ['ParseHTML', 'ParseAuthorStyleSheet'],
};

const traces = [];
for (let run = 0; run < RUNS; run++) {
  traces.push(await freshPage(async (page) => {
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'] });
    const timing = await page.evaluate(renderInPage, article);
    const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString("utf8")).traceEvents;
    const main = events.find((e) => e.name == 'thread_name' && e.args?.name == 'CrRendererMain' &&
      events.some((m) => m.pid == e.pid && m.name == 'render-start'));
    const startMark = events.find((e) => e.name == 'render-start' && e.pid == main.pid);
    const endMark = events.find((e) => e.name == 'painted' && e.pid == main.pid);
    const inWindow = events.filter((e) => e.pid == main.pid && e.tid == main.tid && e.ph == 'X' && e.ts >= startMark.ts && e.ts <= endMark.ts);
    // Self time of each top-level kind: nested events (a Layout inside a FunctionCall, forced) count
    // once, under the innermost kind we know.
    const known = new Set(Object.values(TRACE_GROUPS).flat());
    const kinds = inWindow.filter((e) => known.has(e.name)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const self = new Map();
    const stack = [];
    for (const e of kinds) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) self.set(parent, (self.get(parent) ?? parent.dur) - e.dur);
      self.set(e, e.dur);
      stack.push(e);
    }
    const byGroup = {};
    for (const [group, names] of Object.entries(TRACE_GROUPS)) {
      byGroup[group] = [...self].filter(([e]) => names.includes(e.name)).reduce((s, [, d]) => s + d, 0) / 1000;
    }
    byGroup['window (render-start → painted)'] = (endMark.ts - startMark.ts) / 1000;
    const layouts = inWindow.filter((e) => e.name == 'Layout').map((e) => ({ ms: e.dur / 1000, objects: e.args?.beginData?.dirtyObjects, total: e.args?.beginData?.totalObjects }));
    const styles = inWindow.filter((e) => e.name == 'UpdateLayoutTree').map((e) => ({ ms: e.dur / 1000, elements: e.args?.elementCount }));
    return { timing, byGroup, layouts, styles };
  }));
}

// CPU profiles, in other pages (the profiler's own cost must not weigh on the trace above).
const profiles = [];
for (let run = 0; run < RUNS; run++) {
  profiles.push(await freshPage(async (page) => {
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    const timing = await page.evaluate(renderInPage, article);
    const { profile } = await cdp.send('Profiler.stop');
    return { timing, profile };
  }));
}
await dispose();
await server.close();

// ---- CPU profile: self and inclusive time by original source location ----
const where = (frame) => {
  if (!frame.url) return { file: frame.functionName || '(native)', name: frame.functionName || '(anonymous)' };
  if (!frame.url.includes('encart.iife.js')) return { file: frame.url.replace(/^.*\//, ''), name: frame.functionName || '(anonymous)' };
  const pos = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
  const file = (pos.source ?? '?').replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
  return { file, name: `${pos.name ?? frame.functionName ?? '?'} (${file.replace(/^.*\//, '')}:${pos.line})`, fn: frame.functionName };
};
const selfByFile = new Map();
const selfByFn = new Map();
const inclusiveByFn = new Map();
let totalSampled = 0;
for (const { profile } of profiles) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfTime = new Map();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  for (const [id, ms] of selfTime) {
    totalSampled += ms;
    const w = where(nodes.get(id).callFrame);
    selfByFile.set(w.file, (selfByFile.get(w.file) ?? 0) + ms);
    selfByFn.set(w.name, (selfByFn.get(w.name) ?? 0) + ms);
    // Inclusive: once for each distinct function on the stack of this sample.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = where(nodes.get(at).callFrame).name;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusiveByFn.set(name, (inclusiveByFn.get(name) ?? 0) + ms);
    }
  }
}
const per = (m) => [...m].map(([k, v]) => [k, v / RUNS]).sort((a, b) => b[1] - a[1]);

const summary = {
  runs: RUNS,
  events: N,
  timing: { traced: stats(traces.map((t) => t.timing.total)), profiled: stats(profiles.map((p) => p.timing.total)), updateCompleteUntraced: undefined },
  traceByKind: Object.fromEntries(Object.keys(traces[0].byGroup).map((k) => [k, stats(traces.map((t) => t.byGroup[k]))])),
  layouts: traces[0].layouts,
  styles: traces[0].styles,
  cpuSampledMsPerRun: totalSampled / RUNS,
  selfByFile: per(selfByFile).slice(0, 25),
  selfByFunction: per(selfByFn).slice(0, 40),
  inclusiveByFunction: per(inclusiveByFn).slice(0, 60),
};
mkdirSync(new URL('./out/', import.meta.url), { recursive: true });
writeFileSync(new URL('./out/profile-1000.json', import.meta.url), JSON.stringify(summary, null, 2));

const f = (x) => x.toFixed(1).padStart(7);
console.log(`1,000-event <encart-mini-timeline expanded>, first render in a fresh page, ${RUNS} runs (medians, ms)`);
console.log(`render-start → painted: traced ${f(summary.timing.traced.median)}, profiled ${f(summary.timing.profiled.median)} (profiler overhead included)`);
console.log('\nMain thread by kind (trace, self time, median):');
for (const [k, s] of Object.entries(summary.traceByKind)) console.log(`  ${k.padEnd(48)} ${f(s.median)}  (${f(s.min)} – ${f(s.max)})`);
console.log(`  layouts: ${JSON.stringify(summary.layouts)}\n  style recalcs: ${JSON.stringify(summary.styles)}`);
console.log(`\nCPU profile: ${summary.cpuSampledMsPerRun.toFixed(1)} ms sampled per run. Self time by source file:`);
for (const [k, v] of summary.selfByFile.slice(0, 15)) console.log(`  ${f(v)}  ${k}`);
console.log('\nSelf time by function:');
for (const [k, v] of summary.selfByFunction.slice(0, 25)) console.log(`  ${f(v)}  ${k}`);
console.log('\nInclusive time by function:');
for (const [k, v] of summary.inclusiveByFunction.slice(0, 40)) console.log(`  ${f(v)}  ${k}`);
