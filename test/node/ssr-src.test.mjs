// Server-rendered widgets that read their article from a URL (`encart render --src`): the server's
// markup is the fallback a reader sees first, the page downloads the article once for every widget,
// and the widgets come alive without a visible change, with the script tag or the hydrating module.
// Needs `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { launchBrowser, showQuote } from '../helpers/browser.mjs';
import { startServer } from '../../examples/serve.mjs';
import { renderToString } from '../../dist/ssr.js';

const ARTICLE = JSON.parse(readFileSync('examples/kazakhstan-massimov/article.json', 'utf8'));
const TAGS = ['encart-quote-card', 'encart-figures-panel', 'encart-actor-badge', 'encart-mini-timeline'];
const WIDGETS = [
  { widget: 'quote-card', quote: 'q-blinken-une-lecon' },
  { widget: 'figures-panel', limit: 4 },
  { widget: 'actor-badge', actor: 'kassym-jomart-tokayev' },
  { widget: 'mini-timeline', limit: 5 },
];

describe('renderToString with src', () => {
  it('names the URL on the element and writes no data script', () => {
    const html = renderToString(ARTICLE, { widget: 'quote-card', quote: 'q-blinken-une-lecon', src: '/data/kz.json' });
    assert.match(html, /^<encart-quote-card src="\/data\/kz\.json" quote="q-blinken-une-lecon"><template [^>]*shadowrootmode="open">/);
    assert.ok(!html.includes('<script'), 'no data script');
    assert.ok(!html.includes(' for='), 'no for attribute');
  });

  it('is what encart render --src prints', () => {
    const r = spawnSync(process.execPath, ['dist/cli/encart.js', 'render', 'examples/kazakhstan-massimov/article.json', '--widget', 'figures-panel', '--limit', '2', '--src', 'https://news.example/kz.json'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.startsWith('<encart-figures-panel src="https://news.example/kz.json" limit="2"><template'), r.stdout.slice(0, 120));
    assert.ok(!r.stdout.includes('<script'));
  });

  it('writes loading="lazy" with --lazy', () => {
    const r = spawnSync(process.execPath, ['dist/cli/encart.js', 'render', 'examples/kazakhstan-massimov/article.json', '--widget', 'quote-card', '--src', '/kz.json', '--lazy'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^<encart-quote-card src="\/kz\.json" loading="lazy"><template/);
  });
});

describe('a server-rendered page reading one src, in Chromium', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer(8330);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  // `lazy`: the widgets come after three screens of text, written with loading="lazy".
  const pageHtml = (script, src, lazy) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">${script}</head>
<body style="margin: 0 auto; width: 720px; font: 18px/1.5 Georgia, serif"><h1>Article</h1>
${lazy ? '<div style="height: 2700px"></div>' : ''}
${WIDGETS.map((options) => `${renderToString(ARTICLE, { ...options, src, lazy })}\n<p>Un paragraphe de l'article entre deux encarts, assez long pour tenir sur deux lignes dans cette colonne.</p>`).join('\n')}
</body></html>`;

  // What a reader sees of each widget: its rendered text (not the server's inline styles) and its box.
  const snapshot = (page) =>
    page.evaluate((tags) =>
      [...document.querySelectorAll(tags.join(','))].map((el) => {
        const { x, y, width, height } = el.getBoundingClientRect();
        const shown = [...(el.shadowRoot?.childNodes ?? [])].filter((node) => node.nodeType == Node.TEXT_NODE || (node.nodeType == Node.ELEMENT_NODE && node.nodeName != 'STYLE'));
        return { tag: el.localName, text: shown.map((node) => node.textContent).join('').replace(/\s+/g, ' ').trim(), box: { x, y, width, height } };
      }),
    TAGS);

  /** Opens the page with its script held back; returns what was seen before and after it ran. */
  async function load(script, { lazy = false, src = '/ssr-src/article.json', answer = () => ({ contentType: 'application/json', body: JSON.stringify(ARTICLE) }) } = {}) {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => m.type() == 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.setViewport({ width: 1280, height: 900 });
    await page.setRequestInterception(true);
    let release;
    const held = new Promise((resolve) => (release = resolve));
    let fetches = 0;
    page.on('request', async (request) => {
      const { pathname } = new URL(request.url());
      if (pathname == '/ssr-src/page.html') return request.respond({ contentType: 'text/html', body: pageHtml(script, src, lazy) });
      if (pathname == src) {
        fetches++;
        return request.respond(answer());
      }
      if (pathname.startsWith('/dist/encart.')) await held;
      request.continue();
    });
    await page.evaluateOnNewDocument(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__shift += e.value))).observe({ type: 'layout-shift', buffered: true });
    });
    const navigation = page.goto(new URL('/ssr-src/page.html', server.url).href, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('encart-mini-timeline').length == 1 && document.readyState != 'loading');
    // The page as a reader first sees it: two frames drawn, so the timeline's events (content-visibility:
    // auto) have their real size, not their placeholder's, before anything is compared.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.evaluate(() => {
      document.querySelector('encart-quote-card').shadowRoot.querySelector('blockquote').dataset.serverNode = 'kept';
      window.__shiftBefore = window.__shift;
    });
    const before = await snapshot(page);
    release();
    await navigation;
    await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), {}, TAGS);
    return { page, before, problems, fetches: () => fetches };
  }

  // Every widget's first update done, then two frames drawn: the page as a reader then sees it (a
  // timeline's new events have their real size, not their content-visibility placeholder's).
  const settled = (page) =>
    page.evaluate(async () => {
      await Promise.all([...document.querySelectorAll('encart-quote-card, encart-figures-panel, encart-actor-badge, encart-mini-timeline')].map((el) => el.updateComplete));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });

  it('with the script tag: one download, the same text in the same boxes, no layout shift, then live', async () => {
    const { page, before, problems, fetches } = await load('<script src="/dist/encart.iife.js" defer></script>');
    await settled(page);
    const after = await snapshot(page);
    assert.ok(before.every((w) => w.text.length > 10), 'the server markup shows before any script');
    assert.deepEqual(after.map((w) => w.text), before.map((w) => w.text), 'same text');
    assert.deepEqual(after.map((w) => w.box), before.map((w) => w.box), 'same boxes');
    assert.equal(await page.evaluate(() => window.__shift - window.__shiftBefore), 0, 'no layout shift');
    assert.equal(fetches(), 1, 'four widgets, one download');
    const rendered = await page.evaluate(() => {
      const card = document.querySelector('encart-quote-card');
      return { kept: card.shadowRoot.querySelector('blockquote').dataset.serverNode ?? 'replaced', contents: card.shadowRoot.querySelectorAll('[part~="content"]').length };
    });
    assert.deepEqual(rendered, { kept: 'replaced', contents: 1 }, 'rendered afresh in place of the server markup, once');
    const next = ARTICLE.quotes.find((q) => q.id == 'q-tokayev-dormi-pendant');
    const text = await showQuote(page, next.id);
    assert.ok(text.includes(next.text.slice(0, 25)), 'an attribute change re-renders');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('with the hydrating module: the server nodes are adopted once the download is there', async () => {
    const { page, before, problems, fetches } = await load('<script type="module" src="/dist/encart.hydrate.js"></script>');
    await settled(page);
    assert.deepEqual((await snapshot(page)).map((w) => w.box), before.map((w) => w.box), 'same boxes');
    assert.equal(await page.evaluate(() => document.querySelector('encart-quote-card').shadowRoot.querySelector('blockquote').dataset.serverNode), 'kept');
    assert.equal(await page.evaluate(() => window.__shift - window.__shiftBefore), 0, 'no layout shift');
    assert.equal(fetches(), 1);
    assert.deepEqual(problems, []);
    await page.close();
  });

  for (const [how, script] of [
    ['the script tag', '<script src="/dist/encart.iife.js" defer></script>'],
    ['the hydrating module', '<script type="module" src="/dist/encart.hydrate.js"></script>'],
  ]) it(`with --lazy and ${how}: widgets far down stay as the server wrote them, unfetched, until the reader nears them`, async () => {
    const { page, before, problems, fetches } = await load(script, { lazy: true });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 200)))));
    assert.equal(fetches(), 0, 'no download while far away');
    assert.deepEqual(await page.evaluate((tags) => [...document.querySelectorAll(tags.join(','))].filter((el) => el.hasUpdated).length, TAGS), 0);
    assert.deepEqual((await snapshot(page)).map((w) => w.text), before.map((w) => w.text), 'server markup in view');
    await page.evaluate(() => document.querySelector('encart-mini-timeline').scrollIntoView());
    await settled(page);
    assert.equal(fetches(), 1, 'one download once near');
    assert.equal(await page.evaluate((tags) => [...document.querySelectorAll(tags.join(','))].filter((el) => el.shadowRoot.querySelector('[part~="content"]')).length, TAGS), 4, 'all four live');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('keeps the server markup in view when the download fails', async () => {
    const { page, before } = await load('<script src="/dist/encart.iife.js" defer></script>', { answer: () => ({ status: 503, body: 'down' }) });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const after = await snapshot(page);
    assert.deepEqual(after.map((w) => w.text), before.map((w) => w.text), 'the widgets still read as the server wrote them');
    await page.close();
  });
});
