import { expect } from '@open-wc/testing';
import { toCardinal as englishUK } from 'n2words/en-GB';
import { toCardinal as englishUS } from 'n2words/en-US';
import { toCardinal as french } from 'n2words/fr-FR';
import { en } from '../../src/extract/lang/en/index.js';
import { fr } from '../../src/extract/lang/fr/index.js';
import type { Lang } from '../../src/extract/lang/types.js';
import { readNumberWords } from '../../src/extract/pipeline/number-words.js';
import { run, seen } from './helpers.js';

/** The whole phrase read as one number, or undefined. */
function read(phrase: string, lang: Lang): number | undefined {
  const parts = phrase.toLowerCase().split(/[\s-]+/);
  const r = readNumberWords(parts, lang);
  return r && r.used == parts.length ? r.value : undefined;
}

// Every cardinal from 0 to 999 999, as a well-kept number-words library spells it, reads back to itself:
// French in the traditional spelling (« soixante et onze ») and the 1990 one (« soixante-et-onze »),
// British English ("one hundred and five") and American ("one hundred five").
describe('number words: every form from 0 to 999 999', () => {
  const SPELLINGS: [string, Lang, (n: number) => string][] = [
    ['fr', fr, (n) => french(n)],
    ['fr 1990', fr, (n) => french(n).replace(/ /g, '-')],
    ['en-GB', en, (n) => englishUK(n)],
    ['en-US', en, (n) => englishUS(n)],
  ];
  const STEP = 100_000;
  for (const [name, lang, spell] of SPELLINGS) {
    for (let from = 0; from < 1_000_000; from += STEP) {
      it(`${name}: ${from}–${from + STEP - 1}`, () => {
        const wrong: string[] = [];
        for (let n = from; n < from + STEP; n++) {
          const words = spell(n);
          if (read(words, lang) !== n) wrong.push(`${n} "${words}" → ${read(words, lang)}`);
        }
        expect(wrong.slice(0, 5), `${wrong.length} wrong`).to.deep.equal([]);
      });
    }
  }

  it('stops where the number stops', () => {
    expect(readNumberWords(['deux', 'trois'], fr)).to.deep.equal({ value: 2, used: 1 });
    expect(readNumberWords(['vingt', 'trente'], fr)).to.deep.equal({ value: 20, used: 1 });
    expect(readNumberWords(['cent', 'cent'], fr)).to.deep.equal({ value: 100, used: 1 });
    expect(readNumberWords(['twenty', 'and', 'people'], en)).to.deep.equal({ value: 20, used: 1 });
    expect(readNumberWords(['a', 'hundred'], en)).to.deep.equal({ value: 100, used: 2 });
    expect(readNumberWords(['people'], en)).to.equal(undefined);
  });
});

describe('number words in text', () => {
  // [lang, text, [display, value]]
  const CASES: ['fr' | 'en', string, [string, number][]][] = [
    ['fr', 'Quatre-vingt-deux personnes ont été arrêtées.', [['Quatre-vingt-deux', 82]]],
    ['fr', 'La police a compté quatre-vingt-dix-neuf blessés.', [['quatre-vingt-dix-neuf', 99]]],
    ['fr', 'Le syndicat revendique deux cents adhérents.', [['deux cents', 200]]],
    ['fr', 'Trois cent mille manifestants ont défilé.', [['Trois cent mille', 300000]]],
    ['fr', 'Il y avait soixante et onze candidats.', [['soixante et onze', 71]]],
    ['fr', 'Un million de personnes ont signé.', [['Un million', 1000000]]],
    ['en', 'Two hundred and fifty workers walked out.', [['Two hundred and fifty', 250]]],
    ['en', 'The company employs forty-two thousand people.', [['forty-two thousand', 42000]]],
    ['en', 'A hundred people gathered.', [['A hundred', 100]]],
    ['en', 'One of the officers said nothing.', []],
  ];
  for (const [lang, text, expected] of CASES) {
    it(`${lang}: ${JSON.stringify(text)}`, () => {
      const article = run(text, { lang });
      const got = article.figures.map((f) => [f.display, f.value]);
      for (const [display, value] of expected) expect(got.some(([d, v]) => String(d).startsWith(display) && v == value), seen(article)).to.equal(true);
      if (!expected.length) expect(got, seen(article)).to.deep.equal([]);
    });
  }
});
