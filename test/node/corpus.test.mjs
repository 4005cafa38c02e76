// Every article of the development corpus goes through the built extractor to the end. The extractor never throws:
// on an error it stops, returns an empty article and says so in a warning, which `npm run eval` would otherwise score
// as a bad article rather than report as a bug. Needs `npm run build` (npm test runs it first).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(ROOT, 'test/fixtures/articles');
const { extract } = await import(pathToFileURL(join(ROOT, 'dist/extract.js')).href);

describe('the development corpus', () => {
  const ids = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

  it('holds the articles the README counts', () => {
    assert.ok(ids.length >= 300, `${ids.length} articles`);
  });

  it('is read to the end, every article, with no extraction stopped on an error', () => {
    const stopped = [];
    for (const id of ids) {
      const meta = JSON.parse(readFileSync(join(FIXTURES, id, 'meta.json'), 'utf8'));
      const text = readFileSync(join(FIXTURES, id, `article.${meta.lang}.txt`), 'utf8');
      const { warnings } = extract(text, { published: meta.published, lang: meta.lang, title: meta.title });
      const error = warnings.find((w) => w.startsWith('extraction stopped'));
      if (error) stopped.push(`${id}: ${error}`);
    }
    assert.deepEqual(stopped, []);
  });
});
