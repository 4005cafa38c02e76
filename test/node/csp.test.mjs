// The widgets on a page with a strict Content-Security-Policy and Trusted Types, as a cautious news
// site would serve them: the script-tag bundle from dist/ (built by `npm test` before this runs),
// the article from a same-origin `src`, a real Chromium, and every CSP report counted.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from '../helpers/browser.mjs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const ROOT = process.cwd();
const TAGS = ['encart-quote-card', 'encart-figures-panel', 'encart-actor-badge', 'encart-mini-timeline'];
const BASE = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** The policy the brief asks for: no Trusted Types policy may be created at all. */
const BRIEF_POLICY = `${BASE}; trusted-types 'none'`;
/**
 * The strictest policy that works: nothing is allowed by default; scripts from our origin only;
 * `connect-src` for the `src` fetch; no style source at all (Lit's constructable stylesheets are
 * CSSOM, which CSP does not govern); Trusted Types enforced, with only Lit's own policy allowed.
 */
const STRICTEST_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "style-src 'none'",
  "img-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const page = (copies) => `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Encart under CSP</title>
${'<script src="/dist/encart.iife.js"></script>'.repeat(copies)}</head>
<body>
<encart-quote-card src="/article.json"></encart-quote-card>
<encart-figures-panel src="/article.json"></encart-figures-panel>
<encart-actor-badge src="/article.json" actor="ada" expanded></encart-actor-badge>
<encart-mini-timeline src="/article.json" expanded></encart-mini-timeline>
</body>
</html>`;

// Our own small article, so the test does not move when the demo article is re-extracted.
const ARTICLE = JSON.stringify({
  schema: 'encart/article@1',
  id: 'csp',
  lang: 'fr',
  published: '2022-01-08',
  actors: [{ id: 'ada', name: 'Ada Lovelace', kind: 'person', role: 'analyste', aliases: [], mentions: [] }],
  quotes: [{ id: 'q1', text: 'Rien ne se perd.', speaker: 'ada', span: [0, 0], date: '2022-01-07' }],
  figures: [{ id: 'f1', value: 4400, display: 'plus de 4 400', approx: 'more-than', label: 'personnes', span: [0, 0] }],
  events: [
    { id: 'e1', date: '2022-01-05', precision: 'day', label: 'Limogeage', actors: ['ada'], span: [0, 0] },
    { id: 'e2', date: '199X', precision: 'decade', label: 'Début de carrière', actors: [], span: [0, 0] },
  ],
});

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

/** Serves the test page under `?policy=…`'s header, `/dist/*` and the article; nothing else. */
function serve() {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    try {
      if (url.pathname === '/') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': url.searchParams.get('policy') });
        return response.end(page(Number(url.searchParams.get('copies') ?? 1)));
      }
      // The browser asks for one on its own; a 404 would show up as a console error.
      if (url.pathname === '/favicon.ico') return response.writeHead(204).end();
      if (url.pathname === '/article.json') {
        response.writeHead(200, { 'content-type': 'application/json' });
        return response.end(ARTICLE);
      }
      const file = normalize(url.pathname).startsWith('/dist/') ? normalize(url.pathname).slice(1) : undefined;
      if (!file) throw Object.assign(new Error('not served'), { code: 'ENOENT' });
      const body = await readFile(join(ROOT, file));
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Opens the page under `policy` and reports what rendered and what the browser complained about. */
async function visit(browser, origin, policy, copies = 1) {
  const page = await browser.newPage();
  const consoleErrors = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  // Registered before any page script runs, from outside the page: an inline script would itself be refused.
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`.trim()),
    );
  });
  await page.goto(`${origin}/?copies=${copies}&policy=${encodeURIComponent(policy)}`, { waitUntil: 'load' });
  const state = () =>
    page.evaluate((tags) => {
      const widgets = tags.map((tag) => document.querySelector(tag));
      return {
        defined: tags.filter((tag) => customElements.get(tag)),
        rendered: widgets.filter((w) => w.shadowRoot?.querySelector('[part~="content"]')).map((w) => w.localName),
        // An unstyled custom element is `inline`; `:host { display: block | inline-block }` comes
        // from the adopted stylesheet, so another value proves the styles applied.
        styled: widgets.filter((w) => getComputedStyle(w).display !== 'inline').map((w) => w.localName),
        quotes: widgets[2].shadowRoot?.querySelectorAll('[part~="quotes"] blockquote').length,
        events: widgets[3].shadowRoot?.querySelectorAll('[part~="event"]').length,
        violations: window.__violations,
      };
    }, TAGS);
  // Polled from Node: waitForFunction would need the page to evaluate strings, which this CSP forbids.
  let result = await state();
  for (let i = 0; i < 50 && result.rendered.length < TAGS.length && result.defined.length; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    result = await state();
  }
  await page.close();
  return { ...result, consoleErrors };
}

describe('widgets under a strict Content-Security-Policy with Trusted Types', () => {
  let server;
  let browser;
  let origin;

  before(async () => {
    server = await serve();
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('renders all four widgets, styled, with zero violations and no console errors under the strictest working policy', async () => {
    const result = await visit(browser, origin, STRICTEST_POLICY);
    assert.deepEqual(result.rendered, TAGS);
    assert.deepEqual(result.styled, TAGS, 'adopted stylesheets apply with style-src none');
    assert.ok(result.quotes > 0 && result.events > 0, `the expanded badge and timeline render their lists: ${JSON.stringify(result)}`);
    assert.deepEqual(result.violations, []);
    assert.deepEqual(result.consoleErrors, []);
    console.log(`csp violations: ${result.violations.length} (policy: ${STRICTEST_POLICY})`);
  });

  it("renders with the brief's sources (default-src 'self', style-src 'self') once Lit's policy is allowed", async () => {
    const result = await visit(browser, origin, `${BASE}; trusted-types lit-html`);
    assert.deepEqual(result.rendered, TAGS);
    assert.deepEqual(result.violations, []);
    assert.deepEqual(result.consoleErrors, []);
    console.log(`csp violations: ${result.violations.length} (policy: ${BASE}; trusted-types lit-html)`);
  });

  it("two copies of the bundle on one page need trusted-types lit-html 'allow-duplicates'", async () => {
    // Each copy of Lit creates its own 'lit-html' policy; a second one with the same name is refused
    // unless the page says 'allow-duplicates'. The elements still work: the first copy defined them.
    const refused = await visit(browser, origin, STRICTEST_POLICY, 2);
    const allowed = await visit(browser, origin, `${STRICTEST_POLICY} 'allow-duplicates'`, 2);
    assert.deepEqual(allowed.rendered, TAGS);
    assert.deepEqual(allowed.violations, []);
    assert.deepEqual(allowed.consoleErrors, []);
    assert.deepEqual(refused.rendered, TAGS, 'the first copy still renders');
    console.log(`two copies: without 'allow-duplicates' ${refused.violations.length} violation(s), ${refused.consoleErrors.length} console error(s); with it 0`);
  });

  it("cannot start under trusted-types 'none': Lit must create its 'lit-html' policy (documented limit)", async () => {
    // Lit builds every template with `template.innerHTML = policy.createHTML(…)`; a page that
    // forbids every policy forbids Lit itself. This pins the reason, so a change is noticed.
    const result = await visit(browser, origin, BRIEF_POLICY);
    assert.deepEqual(result.rendered, []);
    assert.ok(
      result.violations.some((v) => v.startsWith('trusted-types') && v.includes('lit-html')),
      `expected a trusted-types violation for lit-html, got ${JSON.stringify(result.violations)}`,
    );
    console.log(`trusted-types 'none': ${result.rendered.length} of 4 rendered; violation: ${result.violations[0]}`);
  });
});
