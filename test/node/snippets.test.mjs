// The Node and shell snippets of the docs pages, run as written (after `npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('server-render.mjs prints two widgets with declarative shadow roots and one data script', () => {
  const r = spawnSync(process.execPath, ['examples/snippets/server-render.mjs'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.match(/<script type="application\/json"/g)?.length, 1);
  assert.equal(r.stdout.match(/shadowrootmode="open"/g)?.length, 2);
  assert.ok(r.stdout.includes('Une leçon de l&#39;histoire récente'));
});

test('cli.sh extracts the article and renders its figures panel, with a data script and with a src', () => {
  const out = mkdtempSync(join(tmpdir(), 'encart-snippet-'));
  // `encart` as the installed bin would run it.
  const script = `encart() { node dist/cli/encart.js "$@"; }\nset -e\n${readFileSync('examples/snippets/cli.sh', 'utf8')}`;
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, OUT: out } });
  assert.equal(r.status, 0, r.stderr);
  const article = JSON.parse(readFileSync(join(out, 'article.json'), 'utf8'));
  assert.equal(article.source.name, 'Reuters');
  const html = readFileSync(join(out, 'figures.html'), 'utf8');
  assert.match(html, /^<script type="application\/json"/);
  assert.equal(html.match(/part="figure"/g)?.length, 4);
  const fromUrl = readFileSync(join(out, 'figures-src.html'), 'utf8');
  assert.match(fromUrl, /^<encart-figures-panel src="\/data\/kazakhstan.json" limit="4"><template /);
  assert.equal(fromUrl.match(/part="figure"/g)?.length, 4);
});

test('the TypeScript snippets type-check against the built package types', () => {
  const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'examples/snippets/tsconfig.json'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
