// Browser benchmarks in headless Chromium (puppeteer-core), Encart next to TimelineJS 3 in the same
// browser run. Run alone: `node bench/render.mjs` (BENCH_RUNS, 10 by default); `npm run bench` runs it
// with the others and prints one table. Build first: npx rollup -c --silent.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startBenchServer } from './server.mjs';
import { benchEvents, busyPage, scriptOnlyPage, encartArticle, busyServerRenderedPage, busyServerRenderedSrcPage, busyServerRenderedLazyPage, serverRenderedMarkup, timelinePage, widgetsMarkup, workbenchPage } from './pages.mjs';

export const RUNS = Number(process.env.BENCH_RUNS ?? 10); // fewer only to try the bench out
export const TIMELINE_SIZES = [20, 100, 1000];
const CHROME_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
  // Only the loopback server answers: a library asking a CDN fails at once instead of waiting.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
const VIEWPORT = { width: 1280, height: 900 };

export const stats = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 ? sorted[n >> 1] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return { min: sorted[0], median, max: sorted[n - 1], n };
};

export async function launch() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'encart-bench-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROME_ARGS,
    userDataDir,
  });
  return { browser, dispose: async () => { await browser.close(); rmSync(userDataDir, { recursive: true, force: true }); } };
}

/** A fresh browser context (own cache, own storage) and page; closes it after `fn`. */
async function inFreshPage(browser, fn) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const result = await fn(page);
    if (errors.length) result.errors = errors;
    return result;
  } finally {
    await context.close();
  }
}

const marks = (page) => page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));

async function timelineRun(browser, server, library, n) {
  return inFreshPage(browser, async (page) => {
    const requests = [];
    page.on('requestfinished', (r) => requests.push(r.url()));
    await page.goto(`${server.url}/bench/page/timeline-${library}-${n}.html`);
    await page.waitForFunction('window.benchDone === true', { timeout: 120_000 });
    const m = await marks(page);
    const check = await page.evaluate(() => window.benchCheck);
    if (check.items !== n) throw new Error(`${library}, ${n} events: ${check.items} shown`);
    // TimelineJS signals 'loaded' with every event placed: its 'all' is its 'painted'.
    const all = (m['all-rendered'] ?? m.painted) - m.start;
    return { total: m.painted - m.start, render: m.painted - m['render-start'], all, requests: requests.length };
  });
}

export async function runBrowserBench({ log = () => {} } = {}) {
  const server = await startBenchServer();
  const { browser, dispose } = await launch();
  const article = JSON.parse(readFileSync(new URL('../examples/kazakhstan-massimov/article.json', import.meta.url), 'utf8'));
  try {
    const chromium = await browser.version();
    const results = { chromium, runs: RUNS, viewport: VIEWPORT };

    // 1. Timeline first render, each library in its own fresh context and page, run by run, the
    // order of the two alternating so that drifting load on the machine falls on both.
    results.timeline = {};
    for (const n of TIMELINE_SIZES) {
      const events = benchEvents(n);
      for (const library of ['encart', 'timelinejs']) server.setPage(`/bench/page/timeline-${library}-${n}.html`, timelinePage(library, events));
      const samples = { encart: [], timelinejs: [] };
      for (let run = 0; run < RUNS + 1; run++) {
        const order = run % 2 ? ['timelinejs', 'encart'] : ['encart', 'timelinejs'];
        for (const library of order) {
          const sample = await timelineRun(browser, server, library, n);
          if (run > 0) samples[library].push(sample); // run 0 warms the browser process, for both
        }
      }
      const summary = (list) => ({
        total: stats(list.map((s) => s.total)),
        render: stats(list.map((s) => s.render)),
        all: stats(list.map((s) => s.all)),
        requests: list[0].requests,
      });
      results.timeline[n] = { encart: summary(samples.encart), timelinejs: summary(samples.timelinejs) };
      log(`timeline ${n}: encart ${results.timeline[n].encart.total.median.toFixed(1)} ms, TimelineJS ${results.timeline[n].timelinejs.total.median.toFixed(1)} ms`);
    }

    results.firstIntl = await firstIntlRuns(browser, server);

    // 3. A busy article page, fresh context each run: widgets fetching one src, then the same widgets
    // server-rendered and hydrated.
    results.busy = await busyRuns(browser, server, article, 'busy', (run, src) => busyPage(article, src));
    log(`busy page: ${results.busy.fromParsed.median.toFixed(1)} ms`);
    const { renderDataScript, renderToString } = await import('../dist/ssr.js');
    const rendered = serverRenderedMarkup(article, renderToString);
    results.busyServerRendered = await busyRuns(browser, server, article, 'ssr', () => busyServerRenderedPage(article, rendered, renderDataScript(article)));
    log(`busy page, server-rendered: ${results.busyServerRendered.fromParsed.median.toFixed(1)} ms`);
    results.busyServerRenderedSrc = await busyRuns(browser, server, article, 'ssr-src', (run, src) =>
      busyServerRenderedSrcPage(serverRenderedMarkup(article, renderToString, { src })));
    log(`busy page, server-rendered with src: ${results.busyServerRenderedSrc.fromParsed.median.toFixed(1)} ms`);
    results.busyServerRenderedLazy = await busyRuns(browser, server, article, 'ssr-lazy', (run, src) =>
      busyServerRenderedLazyPage(serverRenderedMarkup(article, renderToString, { src, lazy: true })), { lazy: true });
    log(`busy page, server-rendered with src, lazy: ${results.busyServerRenderedLazy.fromParsed.median.toFixed(1)} ms`);
    results.scriptRun = await scriptRunRuns(browser, server, article, {
      alone: () => scriptOnlyPage(),
      busy: (src) => busyPage(article, src),
      busyServerRenderedSrc: (src) => busyServerRenderedSrcPage(serverRenderedMarkup(article, renderToString, { src })),
    });
    log(`script run, traced: ${results.scriptRun.busy.median.toFixed(1)} ms`);

    // 4. Updates on mounted widgets, and 5. memory: one fresh page each, the library loaded.
    server.setPage('/bench/page/workbench.html', workbenchPage());
    results.update = await inFreshPage(browser, async (page) => {
      await page.goto(`${server.url}/bench/page/workbench.html`);
      await page.waitForFunction('window.benchReady === true');
      return page.evaluate(updateInPage, article, RUNS, encartArticle(benchEvents(1000)), encartArticle(benchEvents(20)));
    });
    log(`updates: quote ${results.update.quote.median.toFixed(1)} ms, article ${results.update.article.median.toFixed(1)} ms`);

    const memSrc = '/bench/data/article-memory.json';
    server.setJSON(memSrc, article);
    results.memory = await inFreshPage(browser, async (page) => {
      await page.goto(`${server.url}/bench/page/workbench.html`);
      await page.waitForFunction('window.benchReady === true');
      const cdp = await page.createCDPSession();
      const measure = async () => {
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
        return { heap: usedSize, nodes, listeners: jsEventListeners };
      };
      const markup = widgetsMarkup(article, memSrc);
      const baseline = await measure();
      const cycles = [];
      for (let cycle = 0; cycle < RUNS; cycle++) {
        await page.evaluate((markup) => {
          const host = document.createElement('div');
          host.id = 'host';
          host.innerHTML = markup;
          document.body.append(host);
          return allUpgraded(host).then(afterPaint).then(() => undefined);
        }, markup);
        const mounted = await measure();
        await page.evaluate(() => document.getElementById('host').remove());
        const removed = await measure();
        cycles.push({ mounted, removed });
      }
      return {
        baseline,
        cycles,
        mounted: stats(cycles.map((c) => c.mounted.heap - baseline.heap)),
        removed: stats(cycles.map((c) => c.removed.heap - baseline.heap)),
        growth: cycles.at(-1).removed.heap - cycles[0].removed.heap,
        nodesMounted: cycles[0].mounted.nodes - baseline.nodes,
        nodesRemoved: cycles.at(-1).removed.nodes - baseline.nodes,
        listenersRemoved: cycles.at(-1).removed.listeners - baseline.listeners,
        listenersGrowth: cycles.at(-1).removed.listeners - cycles[0].removed.listeners,
      };
    });
    log(`memory: +${(results.memory.mounted.median / 1024).toFixed(0)} KB mounted`);
    return results;
  } finally {
    await dispose();
    await server.close();
  }
}

// Runs in the page (workbench): 50 mounted widgets, then, `runs` times (after two warm-ups), a change
// to all fifty timed to the last `updateComplete`.
async function updateInPage(article, runs, longArticle, shortArticle) {
  const time = async (change, elements) => {
    const samples = [];
    for (let i = 0; i < runs + 2; i++) {
      const prepared = change.prepare(i);
      const start = performance.now();
      change.apply(prepared, i);
      const targets = typeof elements == 'function' ? elements() : elements;
      await Promise.all(targets.map((el) => el.updateComplete));
      const elapsed = performance.now() - start;
      await afterPaint();
      if (i >= 2) samples.push(elapsed);
    }
    return samples;
  };
  const stats = (samples) => {
    const sorted = [...samples].sort((a, b) => a - b);
    const n = sorted.length;
    return { min: sorted[0], median: n % 2 ? sorted[n >> 1] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2, max: sorted[n - 1], n };
  };
  const mount = async (html) => {
    const host = document.createElement('div');
    host.innerHTML = html;
    const elements = [...host.children];
    for (const el of elements) el.article = article;
    document.body.append(host);
    await Promise.all(elements.map((el) => el.updateComplete));
    await afterPaint();
    return { host, elements };
  };

  // 50 quote cards, the `quote` attribute moved to the next quote on all of them.
  const ids = article.quotes.map((q) => q.id);
  const cards = await mount(Array.from({ length: 50 }, (_, i) => `<encart-quote-card quote="${ids[i % ids.length]}"></encart-quote-card>`).join(''));
  const quote = await time({
    prepare: () => undefined,
    apply: (_, run) => cards.elements.forEach((el, i) => el.setAttribute('quote', ids[(i + run + 1) % ids.length])),
  }, cards.elements);
  cards.host.remove();

  // 50 widgets of the four kinds, `.article` replaced by a new object (a copy: same content, new identity).
  const kinds = ['<encart-quote-card quote="q-blinken-une-lecon"></encart-quote-card>', '<encart-figures-panel limit="4"></encart-figures-panel>',
    '<encart-actor-badge actor="kassym-jomart-tokayev"></encart-actor-badge>', '<encart-mini-timeline limit="6"></encart-mini-timeline>'];
  const widgets = await mount(Array.from({ length: 50 }, (_, i) => kinds[i % 4]).join(''));
  const replaced = await time({
    prepare: () => structuredClone(article),
    apply: (copy) => widgets.elements.forEach((el) => (el.article = copy)),
  }, widgets.elements);
  widgets.host.remove();

  // A 1,000-event timeline mounted on this page, where Intl and Lit's templates are already warm:
  // the render itself (the first 50 events; the rest follow a chunk per frame).
  const slot = document.createElement('div');
  document.body.append(slot);
  let timeline;
  const longRender = await time({
    prepare: () => {
      timeline?.remove();
      timeline = document.createElement('encart-mini-timeline');
      timeline.expanded = true;
      return structuredClone(longArticle);
    },
    apply: (copy) => {
      timeline.article = copy;
      slot.append(timeline);
    },
  }, () => [timeline]);

  // The first view a reader gets: a timeline (its six most relevant events) handed a 20- or 1,000-event article, to
  // its laid-out first view (updateComplete, then the layout a paint needs); and all 1,000 shown, expanded, until the
  // last chunk is in the DOM and laid out.
  const laidOut = async (source, expanded, count) => {
    const samples = [];
    for (let i = 0; i < runs + 2; i++) {
      timeline?.remove();
      timeline = document.createElement('encart-mini-timeline');
      timeline.expanded = expanded;
      const copy = structuredClone(source);
      const start = performance.now();
      timeline.article = copy;
      slot.append(timeline);
      await timeline.updateComplete;
      while (timeline.shadowRoot.querySelectorAll('li.event').length < count) await new Promise((resolve) => requestAnimationFrame(resolve));
      timeline.getBoundingClientRect();
      const elapsed = performance.now() - start;
      await afterPaint();
      if (i >= 2) samples.push(elapsed);
    }
    return samples;
  };
  document.body.append(slot);
  const first20 = await laidOut(shortArticle, false, 1);
  const first1000 = await laidOut(longArticle, false, 1);
  const all1000 = await laidOut(longArticle, true, 1000);
  slot.remove();
  return { quote: stats(quote), article: stats(replaced), longTimeline: stats(longRender), firstView20: stats(first20), firstView1000: stats(first1000), all1000: stats(all1000) };
}


/** RUNS + 1 loads of a busy page (the first one warms the server and is dropped), each in a fresh context. */
/**
 * RUNS + 1 fresh pages with no library: how long the renderer's first Intl.DateTimeFormat takes,
 * built and used as a timeline's day dates need it. Every cold first render pays this once.
 */
async function firstIntlRuns(browser, server) {
  server.setPage('/bench/page/blank.html', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body></body></html>');
  const samples = [];
  for (let run = 0; run < RUNS + 1; run++) {
    const ms = await inFreshPage(browser, async (page) => {
      await page.goto(`${server.url}/bench/page/blank.html`, { waitUntil: 'load' });
      return page.evaluate(() => {
        const start = performance.now();
        new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(0));
        return performance.now() - start;
      });
    });
    if (run > 0) samples.push(ms);
  }
  return stats(samples);
}

/**
 * RUNS + 1 traced loads of each page (the first dropped): how long encart.iife.js's own run takes,
 * the trace's EvaluateScript of the file: evaluation, the four definitions and so the upgrade of
 * every element already parsed (constructor, attributes, connectedCallback). Traced loads of their
 * own, so tracing costs the other figures nothing.
 */
async function scriptRunRuns(browser, server, article, pages) {
  const results = {};
  for (const [name, pageFor] of Object.entries(pages)) {
    const samples = [];
    for (let run = 0; run < RUNS + 1; run++) {
      const src = `/bench/data/traced-${name}-${run}.json`;
      const path = `/bench/page/traced-${name}-${run}-${Math.random().toString(36).slice(2)}.html`;
      server.setJSON(src, article);
      server.setPage(path, pageFor(src));
      const ms = await inFreshPage(browser, async (page) => {
        await page.tracing.start({ categories: ['devtools.timeline'] });
        await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
        const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
        const run = events.find((e) => e.name == 'EvaluateScript' && e.args?.data?.url?.endsWith('/dist/encart.iife.js'));
        if (!run) throw new Error(`${name}: no EvaluateScript of encart.iife.js in the trace`);
        return run.dur / 1000;
      });
      if (run > 0) samples.push(ms);
    }
    results[name] = stats(samples);
  }
  return results;
}

async function busyRuns(browser, server, article, name, pageFor, { lazy = false } = {}) {
  const busy = [];
  for (let run = 0; run < RUNS + 1; run++) {
    // A URL of its own per page and run: the server's hit count is then this page's alone.
    const src = `/bench/data/${name}-article-${run}.json`;
    const path = `/bench/page/busy-${run}-${Math.random().toString(36).slice(2)}.html`;
    server.setJSON(src, article);
    server.setPage(path, pageFor(run, src));
    const sample = await inFreshPage(browser, async (page) => {
      let requested = 0;
      page.on('request', (r) => { if (new URL(r.url()).pathname == src) requested++; });
      await page.goto(`${server.url}${path}`);
      await page.waitForFunction('window.benchDone === true', { timeout: 60_000 });
      // Layout shifts are reported after the frame that made them: let two more frames go by.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
      const inPage = await page.evaluate((src) => {
        const nav = performance.getEntriesByType('navigation')[0];
        const upgraded = performance.getEntriesByName('upgraded')[0].startTime;
        const tasks = benchLongTasks.filter((t) => t.start + t.duration > nav.domInteractive && t.start < upgraded);
        const widgets = [...document.querySelectorAll('encart-quote-card, encart-figures-panel, encart-actor-badge, encart-mini-timeline')];
        return {
          fromNavigation: upgraded,
          fromParsed: upgraded - nav.domInteractive,
          longTasks: tasks.length,
          longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
          cls: benchShifts.filter((s) => !s.input).reduce((sum, s) => sum + s.value, 0),
          shifts: benchShifts.map((s) => ({ at: Math.round(s.start), value: Number(s.value.toFixed(4)), sources: s.sources })),
          fetchesSeen: benchResources.filter((name) => new URL(name).pathname == src).length,
          widgets: widgets.length,
          live: widgets.filter((el) => el.hasUpdated).length,
        };
      }, src);
      // A lazy page is then read to its end, half a screen every two frames (a quick reader's
      // scroll): every widget must go live on the way, and nothing in view may move.
      const scrolled = lazy ? await page.evaluate(async () => {
        const frame = () => new Promise((r) => requestAnimationFrame(r));
        const from = performance.now();
        while (scrollY + innerHeight < document.documentElement.scrollHeight - 1) {
          scrollBy(0, innerHeight / 2);
          await frame();
          await frame();
        }
        await allUpdated(document);
        await frame();
        await frame();
        await new Promise((r) => setTimeout(r, 100));
        return { cls: benchShifts.filter((s) => !s.input && s.start >= from).reduce((sum, s) => sum + s.value, 0), ms: performance.now() - from };
      }) : undefined;
      const withoutContent = await page.evaluate(() =>
        [...document.querySelectorAll('encart-quote-card, encart-figures-panel, encart-actor-badge, encart-mini-timeline')]
          .filter((el) => !el.shadowRoot?.querySelector('[part~="content"]') || !el.hasUpdated).length);
      return { ...inPage, withoutContent, scrolled, requested, serverHits: server.hits(src) };
    });
    if (sample.widgets != 50 || sample.withoutContent || sample.errors) {
      throw new Error(`busy page: ${sample.widgets} widgets, ${sample.withoutContent} without content, page errors: ${sample.errors ?? 'none'}`);
    }
    if (run > 0) busy.push(sample);
  }
  return {
    fromNavigation: stats(busy.map((s) => s.fromNavigation)),
    fromParsed: stats(busy.map((s) => s.fromParsed)),
    longTasks: stats(busy.map((s) => s.longTasks)),
    longestTask: stats(busy.map((s) => s.longestTask)),
    cls: stats(busy.map((s) => s.cls)),
    live: stats(busy.map((s) => s.live)),
    ...(lazy && { scrollCls: stats(busy.map((s) => s.scrolled.cls)) }),
    fetches: stats(busy.map((s) => s.fetchesSeen)),
    fetchesRequested: stats(busy.map((s) => s.requested)),
    serverHits: stats(busy.map((s) => s.serverHits)),
    shiftsOfLastRun: busy.at(-1).shifts,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runBrowserBench({ log: (line) => console.error(line) });
  console.log(JSON.stringify(results, null, 2));
}
