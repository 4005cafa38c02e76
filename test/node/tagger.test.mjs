// The named-entity tagger with its French model (src/extract/pipeline/tagger.ts, lang/fr/tagger-model.ts), read
// through the extractor's own tokenizer. The sentences are written for this test, not taken from WiNER-fr, the
// model's training corpus. Bundles the sources itself with esbuild, so it needs no `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let dir;
let tokenize;
let tagEntities;
let model;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'encart-tagger-test-'));
  const outfile = join(dir, 'tagger.mjs');
  await build({
    stdin: {
      contents: `export { tokenize } from './src/extract/pipeline/segment.ts';
        export { tagEntities } from './src/extract/pipeline/tagger.ts';
        export { FR_TAGGER_MODEL } from './src/extract/lang/fr/tagger-model.ts';`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    outfile,
    logLevel: 'silent',
  });
  ({ tokenize, tagEntities, FR_TAGGER_MODEL: model } = await import(pathToFileURL(outfile)));
});

after(() => rmSync(dir, { recursive: true, force: true }));

/** The names tagged in `text`, as [words, type]. */
function namesIn(text) {
  const tokens = tokenize(text);
  return tagEntities(tokens, model).map((e) => [tokens.slice(e.first, e.last + 1).map((t) => t.text).join(' '), e.type]);
}

describe('tagEntities, French', () => {
  const CASES = [
    ['Le ministre Jean Dupont a rencontré les dirigeants de la SNCF à Marseille.', [['Jean Dupont', 'PER'], ['SNCF', 'ORG'], ['Marseille', 'LOC']]],
    ["Hier soir à Toulouse, Sophie Martin, porte-parole d'Airbus, a confirmé l'accord.", [['Toulouse', 'LOC'], ['Sophie Martin', 'PER'], ['Airbus', 'ORG']]],
    ["Selon Emmanuel Macron, l'Allemagne doit agir vite.", [['Emmanuel Macron', 'PER'], ['Allemagne', 'LOC']]],
    ['La maire de Lille, Martine Aubry, a inauguré une école mercredi.', [['Lille', 'LOC'], ['Martine Aubry', 'PER']]],
  ];
  for (const [text, expected] of CASES) {
    it(text, () => {
      const found = namesIn(text);
      for (const name of expected) assert.ok(found.some(([words, type]) => words == name[0] && type == name[1]), `${name.join(' as ')} not in ${JSON.stringify(found)}`);
    });
  }

  it('gives token spans in order, inside the text, with a confidence in 0–1', () => {
    const tokens = tokenize('Le ministre Jean Dupont a rencontré les dirigeants de la SNCF à Marseille.');
    const found = tagEntities(tokens, model);
    let end = -1;
    for (const e of found) {
      assert.ok(e.first > end && e.first <= e.last && e.last < tokens.length, JSON.stringify(e));
      assert.ok(e.score >= 0 && e.score <= 1, JSON.stringify(e));
      end = e.last;
    }
    const sncf = found.find((e) => tokens[e.first].text == 'SNCF');
    assert.deepEqual({ first: sncf.first, last: sncf.last, type: sncf.type }, { first: 10, last: 10, type: 'ORG' });
  });

  it('recalls a name given in full when it comes back as one word', () => {
    const found = namesIn("Le gouvernement a nommé Paul Hervieu à la tête de l'agence. Lundi, Hervieu a présenté son plan.");
    assert.deepEqual(found.filter(([words]) => words.includes('Hervieu')), [['Paul Hervieu', 'PER'], ['Hervieu', 'PER']]);
  });
});

describe('tagEntities on empty and garbage input', () => {
  for (const text of ['', '   \n\n ', '!!! ??? ... ;;', '12 34 %% 56,7', '😀😀 🙃 ✨', 'qsdf jklm azer uiop', '« » ( ) [ ] — –']) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => assert.deepEqual(tagEntities(tokenize(text), model), []));
  }

  for (const input of [null, undefined, 'Jean Dupont', 42, {}, [], [null, 1, {}, 'x', [], { text: 5 }], [{}]]) {
    it(`returns [] for tokens ${JSON.stringify(input)}`, () => assert.deepEqual(tagEntities(input, model), []));
  }

  it('never throws on random text', () => {
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const alphabet = 'aeiouBCDÉÀxyz-\'’ .,«»\n0123456789😀';
    for (let run = 0; run < 200; run++) {
      let text = '';
      const length = Math.floor(random() * 120);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)];
      const tokens = tokenize(text);
      for (const e of tagEntities(tokens, model)) assert.ok(e.first <= e.last && e.last < tokens.length);
    }
  });

  it('is linear: a text twenty times longer takes about twenty times as long', () => {
    const paragraph = 'Le ministre Jean Dupont a rencontré les dirigeants de la SNCF à Marseille, puis il est reparti. ';
    const time = (copies) => {
      const tokens = tokenize(paragraph.repeat(copies));
      const start = performance.now();
      tagEntities(tokens, model);
      return performance.now() - start;
    };
    // The fastest of three runs of each size, so that a busy machine's pause does not pass for growth: linear is
    // about 20×, quadratic about 400×.
    const fastest = (copies) => Math.min(time(copies), time(copies), time(copies));
    const small = Math.max(fastest(200), 2);
    assert.ok(fastest(4000) < small * 20 * 4, 'tagging grew faster than the text');
  });
});
