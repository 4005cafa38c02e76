// The built CLI, as a user runs it: node dist/cli/encart.js (build first: npx rollup -c --silent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'dist/cli/encart.js');
const demo = join(root, 'examples/kazakhstan-massimov/article.fr.txt');
const encart = (args, input) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });
const tmp = mkdtempSync(join(tmpdir(), 'encart-cli-'));

test('extract FILE writes a valid article to stdout', () => {
  const r = encart(['extract', demo, '--lang', 'fr', '--published', '2022-01-08', '--title', 'Kazakhstan']);
  assert.equal(r.status, 0, r.stderr);
  const article = JSON.parse(r.stdout);
  assert.equal(article.schema, 'encart/article@1');
  assert.equal(article.id, 'kazakhstan');
  assert.equal(article.text, readFileSync(demo, 'utf8'));
  assert.ok(article.quotes.length >= 5);
});

test('reads stdin, detects the language, writes -o OUT with --pretty', () => {
  const out = join(tmp, 'out.json');
  const r = encart(['extract', '--published', '2018-02-07', '-o', out, '--pretty'], '"We will act," said Senate Majority Leader Harry Reid on Monday.');
  assert.equal(r.status, 0, r.stderr);
  const json = readFileSync(out, 'utf8');
  assert.match(json, /\n  "schema"/);
  assert.equal(JSON.parse(json).lang, 'en');
});

test('the built CLI is executable, so `npx encart` runs after a rebuild', () => {
  assert.ok(statSync(cli).mode & 0o111, 'dist/cli/encart.js has no execute bit');
});

test('--help and --version', () => {
  assert.match(encart(['--help']).stdout, /Usage:\s+encart extract/);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.equal(encart(['--version']).stdout.trim(), pkg.version);
});

test('clear errors and non-zero exits on bad input', () => {
  const cases = [
    [['extract', join(tmp, 'missing.txt'), '--published', '2022-01-08'], undefined, /no such file/],
    [['extract', demo, '--published', '2022-02-30'], undefined, /not a date/],
    [['extract', demo, '--published', 'yesterday'], undefined, /not a date/],
    [['extract', '--published', '2022-01-08'], '  \n ', /empty/],
    [['extract', '--published', '2022-01-08'], 'PNG\u0000\u0001binary', /binary/],
    [['extract', demo], undefined, /--published/],
    [['extract', demo, '--published', '2022-01-08', '--lang', 'de'], undefined, /fr or en/],
    [['extract', '--published', '2022-01-08'], 'Der Bundestag hat am Mittwoch das neue Gesetz beschlossen, sagte die Sprecherin der Regierung in Berlin vor Journalisten.', /not French or English/],
    [['frobnicate'], undefined, /unknown command/],
    [['extract', '--bogus'], undefined, /unknown option/],
    // An item the article does not have would print a "not found" widget: stop, and list what it has.
    [['render', join(root, 'examples/kazakhstan-massimov/article.json'), '--widget', 'quote-card', '--quote', 'nope'], undefined, /no quote "nope".*q-tokayev-dans-le-meme, q-tokayev-dormi-pendant/],
    [['render', join(root, 'examples/kazakhstan-massimov/article.json'), '--widget', 'figures-panel', '--figures', 'f-4-anciennes f99'], undefined, /no figure "f99"/],
  ];
  for (const [args, input, message] of cases) {
    const r = encart(args, input);
    assert.notEqual(r.status, 0, args.join(' '));
    assert.match(r.stderr, message, args.join(' '));
    assert.equal(r.stdout, '');
  }
});

test('warns, without failing, when little is found', () => {
  const file = join(tmp, 'thin.txt');
  writeFileSync(file, 'Il pleut.');
  const r = encart(['extract', file, '--published', '2022-01-08']);
  assert.equal(r.status, 0);
  assert.match(r.stderr, /warning/);
  assert.equal(JSON.parse(r.stdout).quotes.length, 0);
});
