// Render benchmarks in headless Chromium, against DESIGN.md §5: 1,000 timeline events and 200
// figures in one frame (≤ 16 ms), and a page of 50 widgets upgraded in ≤ 50 ms.
// What is timed: from giving the data to the element (or defining the elements) to the end of the
// layout that follows (`updateComplete`, then a forced layout), in the page, with performance.now().
import puppeteer from 'puppeteer-core';
import { startServer } from '../examples/serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const chromeArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const stats = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1) };
};

export async function runRenderBench() {
  const server = await startServer(8190);
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: chromeArgs });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`${server.url}bench/render.html`);
    await page.waitForFunction('window.benchReady === true');
    const article = await (await fetch(`${server.url}examples/kazakhstan-massimov/article.json`)).json();
    const version = await browser.version();

    const scenarios = {
      'timeline, 1,000 events (all shown)': (article, runs) => {
        const events = Array.from({ length: 1000 }, (_, i) => {
          const day = new Date(Date.UTC(2000, 0, 1 + i * 7)).toISOString().slice(0, 10);
          return { id: `e${i}`, date: day, precision: 'day', label: `Événement numéro ${i} de la chronologie`, actors: [], span: [0, 0] };
        });
        const data = { ...article, events };
        return measure(runs, () => Object.assign(document.createElement('encart-mini-timeline'), { article: data, expanded: true }));
      },
      'figures panel, 200 figures': (article, runs) => {
        const figures = Array.from({ length: 200 }, (_, i) => ({ id: `f${i}`, value: 1000 + i * 37, display: `${1000 + i * 37}`, approx: i % 3 ? 'exact' : 'more-than', label: `personnes concernées, cas ${i}`, span: [0, 0] }));
        const data = { ...article, figures };
        return measure(runs, () => Object.assign(document.createElement('encart-figures-panel'), { article: data }));
      },
      'page of 50 widgets (upgrade)': (article, runs) => upgrade(article, runs),
    };

    const results = [];
    for (const [name, scenario] of Object.entries(scenarios)) {
      const samples = await page.evaluate(`(() => {
        const measure = ${measureInPage.toString()};
        const upgrade = ${upgradeInPage.toString()};
        return (${scenario.toString()})(${JSON.stringify(article)}, ${RUNS});
      })()`);
      results.push({ name, ...stats(samples) });
    }
    return { chromium: version, runs: RUNS, results };
  } finally {
    await browser.close();
    server.close();
  }
}

// Runs in the page: one element created `runs` times, timed to the layout after its first render.
async function measureInPage(runs, create) {
  const samples = [];
  for (let i = 0; i < runs + 2; i++) {
    const start = performance.now();
    const element = create();
    document.body.append(element);
    await element.updateComplete;
    element.getBoundingClientRect();
    document.body.offsetHeight;
    const time = performance.now() - start;
    element.remove();
    if (i >= 2) samples.push(time); // two warm-up runs: Lit compiles each template once
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return samples;
}

// Runs in the page: 50 widgets of all four kinds already in the markup, reading one inline script;
// timed from defining the elements (under fresh tag names each run) to every widget laid out.
async function upgradeInPage(article, runs) {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = 'bench-article';
  script.textContent = JSON.stringify(article);
  document.head.append(script);
  const kinds = [
    ['EncartQuoteCard', 'quote="q5"'],
    ['EncartFiguresPanel', 'limit="4"'],
    ['EncartActorBadge', 'actor="tokayev"'],
    ['EncartMiniTimeline', 'limit="6"'],
  ];
  const samples = [];
  for (let run = 0; run < runs + 2; run++) {
    const tags = kinds.map(([name]) => `bench-${name.toLowerCase()}-${run}`);
    const host = document.createElement('div');
    host.innerHTML = Array.from({ length: 50 }, (_, i) => {
      const k = i % 4;
      return `<${tags[k]} for="bench-article" ${kinds[k][1]}></${tags[k]}>`;
    }).join('');
    document.body.append(host);
    const start = performance.now();
    kinds.forEach(([name], k) => {
      class Fresh extends window.Encart[name] {}
      customElements.define(tags[k], Fresh);
    });
    await Promise.all([...host.children].map((el) => el.updateComplete));
    document.body.offsetHeight;
    const time = performance.now() - start;
    host.remove();
    if (run >= 2) samples.push(time);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return samples;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { chromium, runs, results } = await runRenderBench();
  console.log(`Render, ${chromium}, ${runs} runs each (ms: min / median / max)`);
  for (const r of results) console.log(`  ${r.name.padEnd(40)} ${r.min.toFixed(1).padStart(7)} ${r.median.toFixed(1).padStart(7)} ${r.max.toFixed(1).padStart(7)}`);
}
