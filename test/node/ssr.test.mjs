// Server rendering as a newsroom uses it: the static-site example built with `encart/ssr`, served and
// opened in a real Chromium, once with JavaScript off (the widgets must read well) and once with the
// hydrating module (the widgets must come alive without re-rendering or moving). Needs `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { launchBrowser, showQuote } from '../helpers/browser.mjs';
import { startServer } from '../../examples/serve.mjs';
import { renderDataScript, renderToString, RenderError } from '../../dist/ssr.js';

const ARTICLE = JSON.parse(readFileSync('examples/kazakhstan-massimov/article.json', 'utf8'));
const SITE = '/dist/static-site/index.html';
const TAGS = ['encart-quote-card', 'encart-figures-panel', 'encart-actor-badge', 'encart-mini-timeline'];

describe('renderToString', () => {
  it('writes each widget with a declarative shadow root holding its styles and content', () => {
    const quote = ARTICLE.quotes.find((q) => q.id == 'q-blinken-une-lecon');
    const html = renderToString(ARTICLE, { widget: 'quote-card', quote: 'q-blinken-une-lecon' });
    assert.ok(html.startsWith('<script type="application/json" id="encart-kazakhstan-massimov">'), 'data script first');
    const shadowRoot = (tag) => new RegExp(`<${tag} for="encart-kazakhstan-massimov"[^>]*><template [^>]*shadowrootmode="open"><style>`);
    assert.ok(shadowRoot('encart-quote-card').test(html), 'a declarative shadow root with its styles');
    assert.ok(html.includes(' quote="q-blinken-une-lecon"'), 'the quote attribute');
    assert.ok(html.includes(quote.text.slice(0, 30).replace(/'/g, '&#39;')), 'the quote text is in the markup');
    for (const widget of ['figures-panel', 'actor-badge', 'mini-timeline']) {
      const out = renderToString(ARTICLE, { widget, includeData: false });
      assert.ok(shadowRoot(`encart-${widget}`).test(out.slice(0, 300)), `${widget}: ${out.slice(0, 120)}`);
      assert.ok(!out.includes('<script'), `${widget}: no data script`);
    }
  });

  it('keeps text from the article out of the HTML parser', () => {
    const hostile = { ...ARTICLE, title: '</script><script>alert(1)</script>\u2028' };
    const script = renderDataScript(hostile);
    assert.equal(script.match(/<\/script>/g).length, 1, 'the data script closes only where we close it');
    assert.deepEqual(JSON.parse(script.replace(/^<script[^>]*>|<\/script>$/g, '')), hostile);
    const quoted = { ...ARTICLE, quotes: ARTICLE.quotes.map((q) => ({ ...q, text: '<img src=x onerror=alert(1)>' })) };
    const html = renderToString(quoted, { widget: 'quote-card', includeData: false });
    assert.ok(!html.includes('<img'), 'no element from data');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the text shown as text');
  });

  it('refuses data that is not an article, naming the JSON path', () => {
    const broken = { ...ARTICLE, quotes: [{ ...ARTICLE.quotes[0], span: 'nope' }] };
    assert.throws(() => renderToString(broken, { widget: 'quote-card' }), (error) => {
      assert.ok(error instanceof RenderError);
      assert.match(error.message, /quotes\[0\]\.span/);
      return true;
    });
  });
});

describe('encart render (CLI)', () => {
  const encart = (args) => spawnSync(process.execPath, ['dist/cli/encart.js', ...args], { encoding: 'utf8' });

  it('prints the widget, with the options it was given, and no data script with --no-data', () => {
    const r = encart(['render', 'examples/kazakhstan-massimov/article.json', '--widget', 'mini-timeline', '--limit', '3', '--theme', 'dark', '--no-data']);
    assert.equal(r.status, 0, r.stderr);
    const start = r.stdout.slice(0, r.stdout.indexOf('<style>'));
    assert.equal(start, '<encart-mini-timeline for="encart-kazakhstan-massimov" limit="3" theme="dark"><template shadowroot="open" shadowrootmode="open">');
    assert.equal((r.stdout.match(/data-precision=/g) ?? []).length, 3, 'three events rendered');
  });

  it('exits 1 on an invalid article and 2 on bad usage, saying why', () => {
    const bad = spawnSync(process.execPath, ['dist/cli/encart.js', 'render', '--widget', 'quote-card'], { input: '{"schema": "x"}', encoding: 'utf8' });
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /schema/);
    assert.equal(bad.stdout, '');
    for (const [args, message] of [
      [['render', 'examples/kazakhstan-massimov/article.json'], /--widget is required/],
      [['render', 'examples/kazakhstan-massimov/article.json', '--widget', 'map'], /must be one of/],
      [['render', 'examples/kazakhstan-massimov/article.json', '--widget', 'quote-card', '--actor', 'x'], /does not apply/],
    ]) {
      const r = encart(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
  });
});

describe('a server-rendered page in Chromium', () => {
  let server;
  let browser;
  before(async () => {
    const build = spawnSync(process.execPath, ['examples/static-site/build.mjs'], { encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    server = await startServer(8310);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  // What a reader sees of each widget: its shadow root's rendered text and its box.
  const snapshot = (page) =>
    page.evaluate((tags) =>
      [...document.querySelectorAll(tags.join(','))].map((el) => {
        const { x, y, width, height } = el.getBoundingClientRect();
        return { tag: el.localName, text: el.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? '', html: el.shadowRoot?.innerHTML ?? '', box: { x, y, width, height } };
      }),
    TAGS);

  it('shows every widget with JavaScript disabled', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(new URL(SITE, server.url).href, { waitUntil: 'load' });
    const widgets = await snapshot(page);
    assert.equal(widgets.length, 7);
    for (const widget of widgets) {
      assert.ok(widget.box.height > 16, `${widget.tag} has a box (${widget.box.height}px)`);
      assert.ok(widget.text.length > 10, `${widget.tag} shows its text`);
    }
    const quote = widgets.find((w) => w.tag == 'encart-quote-card');
    assert.match(quote.text, /Une leçon de l'histoire récente/);
    assert.match(quote.text, /Antony Blinken/);
    assert.match(widgets.find((w) => w.tag == 'encart-figures-panel').text, /plus de 4 400|\d/);
    // Styled, not raw: the shadow styles apply (the quote mark is the accent colour, not the text's).
    const markColor = await page.evaluate(() => getComputedStyle(document.querySelector('encart-quote-card').shadowRoot.querySelector('[part~=mark]')).color);
    assert.equal(markColor, 'rgb(179, 38, 30)');
    await page.close();
  });

  it('hydrates: same DOM and boxes, the same nodes kept, no layout shift, then live', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.setViewport({ width: 1280, height: 900 });
    // Hold the hydrating module back, to see the page as the server sent it first.
    await page.setRequestInterception(true);
    let release;
    const held = new Promise((resolve) => (release = resolve));
    page.on('request', async (request) => {
      if (request.url().endsWith('/encart.hydrate.js')) await held;
      request.continue();
    });
    await page.evaluateOnNewDocument(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__shift += e.value))).observe({ type: 'layout-shift', buffered: true });
    });
    // Module scripts hold DOMContentLoaded back: wait for the parsed page and its stylesheet instead.
    const navigation = page.goto(new URL(SITE, server.url).href, { waitUntil: 'load' });
    await page.waitForFunction(() => document.readyState != 'loading' && [...document.styleSheets].some((s) => s.href?.endsWith('demo.css')));
    // Two frames drawn first: the page as a reader first sees it, its own first layouts (a timeline's
    // content-visibility placeholders given their real size) done before the count of shifts starts.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.evaluate(() => {
      const blockquote = document.querySelector('encart-quote-card').shadowRoot.querySelector('blockquote');
      blockquote.dataset.serverNode = 'kept';
      window.__shiftBefore = window.__shift;
    });
    const before = await snapshot(page);
    release();
    await navigation;
    await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), {}, TAGS);
    await page.evaluate(() => Promise.all([...document.querySelectorAll('encart-quote-card, encart-figures-panel, encart-actor-badge, encart-mini-timeline')].map((el) => el.updateComplete)));
    const afterHydration = await snapshot(page);
    assert.deepEqual(afterHydration.map((w) => w.text), before.map((w) => w.text), 'same text');
    assert.deepEqual(afterHydration.map((w) => w.box), before.map((w) => w.box), 'same boxes');
    assert.deepEqual(afterHydration.map((w) => w.html), before.map((w) => w.html), 'same shadow DOM');
    const kept = await page.evaluate(() => document.querySelector('encart-quote-card').shadowRoot.querySelector('blockquote').dataset.serverNode);
    assert.equal(kept, 'kept', 'the server-rendered nodes were adopted, not replaced');
    assert.equal(await page.evaluate(() => window.__shift - window.__shiftBefore), 0, 'no layout shift from hydration');

    // Live: an attribute change re-renders, and a click reaches the page as encart-select.
    const next = ARTICLE.quotes.find((q) => q.id == 'q-tokayev-dormi-pendant');
    const text = await showQuote(page, next.id);
    assert.ok(text.includes(next.text.slice(0, 25)));
    const selected = await page.evaluate(() => {
      const card = document.querySelector('encart-quote-card');
      let detail;
      card.addEventListener('encart-select', (e) => (detail = e.detail), { once: true });
      card.shadowRoot.querySelector('button').click();
      return detail && `${detail.kind}:${detail.id}`;
    });
    assert.match(selected ?? '', /^actor:/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
