// The studio's `encart render` commands (shown beside its server-rendered HTML), run as an editor
// would paste them: next to the downloaded article.json, with the built CLI standing in for `npx encart`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

// The studio's module is TypeScript for the browser: bundle it for Node, as the studio's build does.
async function studioSnippets() {
  const { outputFiles } = await build({ entryPoints: ['src/studio/embed-snippet.ts'], bundle: true, format: 'esm', platform: 'node', write: false });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

test('the server-rendering commands write the chosen widgets as HTML with one data script', async () => {
  const { embedSnippets } = await studioSnippets();
  const article = JSON.parse(readFileSync('examples/kazakhstan-massimov/article.json', 'utf8'));
  const picks = { quote: 'q-blinken-une-lecon', figures: ['f-4400-personnes', 'f-10-personnes'], actor: 'antony-blinken', eventsLimit: 4, eventsFrom: '2022-01-05' };
  const commands = embedSnippets(article, picks, 'inline').server;
  assert.match(commands, /npx encart render article\.json --widget quote-card --quote q-blinken-une-lecon > encart-widgets\.html/);

  const dir = mkdtempSync(join(tmpdir(), 'encart-studio-'));
  copyFileSync('examples/kazakhstan-massimov/article.json', join(dir, 'article.json'));
  const cli = resolve('dist/cli/encart.js');
  const script = `npx() { shift; node ${JSON.stringify(cli)} "$@"; }\nset -e\n${commands}`;
  const r = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);

  const html = readFileSync(join(dir, 'encart-widgets.html'), 'utf8');
  assert.equal(html.match(/<script type="application\/json"/g)?.length, 1, 'data written once');
  for (const tag of ['encart-quote-card', 'encart-figures-panel', 'encart-actor-badge', 'encart-mini-timeline']) {
    assert.match(html, new RegExp(`<${tag} [^>]*><template [^>]*shadowrootmode="open">`), tag);
  }
  assert.match(html, /figures="f-4400-personnes f-10-personnes"/);
  const timeline = html.slice(html.indexOf('<encart-mini-timeline'));
  assert.equal(timeline.match(/data-precision=/g)?.length, 4, 'four events');
  const dates = [...timeline.matchAll(/<time class="date" part="date" datetime="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(dates.every((date) => date >= '2022-01-05'), `nothing before the chosen start date: ${dates}`);
});

test('with article.json next to the page, every widget reads it from there: no data script, the plain script tag', async () => {
  const { embedSnippets } = await studioSnippets();
  const article = JSON.parse(readFileSync('examples/kazakhstan-massimov/article.json', 'utf8'));
  const commands = embedSnippets(article, { quote: 'q-blinken-une-lecon', figures: ['f-4400-personnes'], actor: 'antony-blinken', eventsLimit: 3 }, 'file').server;
  assert.match(commands, /encart\.iife\.js/);
  assert.doesNotMatch(commands, /hydrate/);

  const dir = mkdtempSync(join(tmpdir(), 'encart-studio-'));
  copyFileSync('examples/kazakhstan-massimov/article.json', join(dir, 'article.json'));
  const script = `npx() { shift; node ${JSON.stringify(resolve('dist/cli/encart.js'))} "$@"; }\nset -e\n${commands}`;
  const r = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const html = readFileSync(join(dir, 'encart-widgets.html'), 'utf8');
  assert.doesNotMatch(html, /<script/, 'no data script');
  for (const tag of ['encart-quote-card', 'encart-figures-panel', 'encart-actor-badge', 'encart-mini-timeline']) {
    assert.match(html, new RegExp(`<${tag} src="article\\.json"[^>]*><template [^>]*shadowrootmode="open">`), tag);
  }
});
