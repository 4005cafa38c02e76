import { expect } from '@open-wc/testing';
import { validateArticle } from '../../src/data/validate.js';
import { extract } from '../../src/extract/index.js';
import { fetchText } from '../helpers/fixtures.js';

// Awkward texts an editor may paste: the extractor must return what it found plus warnings, never
// throw, never hang, always give a valid document. Time must grow linearly with the text.
const PUBLISHED = '2022-01-08';

function everyUnicodeCategory(): string {
  // One sample of each general category, surrogates and unpaired halves included.
  return 'A a ǅ ʰ ª \u0301 \u0903 \u20DD 5 Ⅻ ½ _ - ( ) « » ! + $ ^ © \u2028 \u2029 \u0000 \u00AD \uE000 \uD800 \uDC00 😀 ';
}

const awkward: Array<[string, () => string]> = [
  ['empty', () => ''],
  ['whitespace only', () => ' \t\n\r\u00A0\u202F\u3000'.repeat(1000)],
  ['only quote marks', () => '« » “ ” " \' ‹ › „ '.repeat(20000)],
  ['unbalanced « ', () => '« Il a dit « que « rien ne va. '.repeat(5000)],
  ['unbalanced » ', () => 'rien » ne » va ». '.repeat(5000)],
  ['every Unicode category', () => everyUnicodeCategory().repeat(2000)],
  ['mixed scripts', () => 'Путин заявил «нет», 习近平 表示 "没有"، وقال بوتين “لا”. M. Tokayev a déclaré mercredi. '.repeat(3000)],
  ['HTML source pasted as text', () => '<div class="art"><p>« Bonjour », a-t-il déclaré <a href="javascript:alert(1)">ici</a>.</p><script>alert(1)</script></div>\n'.repeat(4000)],
  ['control characters', () => Array.from({ length: 200000 }, (_, i) => String.fromCharCode(i % 32)).join('')],
  ['one 1 MB line', () => 'Le président Tokayev a déclaré mercredi que plus de 4 400 personnes avaient été arrêtées, '.repeat(11500)],
  ['digits and separators', () => '1 234,5 6.789 10 000 000 4,400.5 -33 % 2e10 '.repeat(25000)],
  ['capitals everywhere', () => 'LE PRÉSIDENT M. Mme Dr St. J.-P. KGB OTSC ONU '.repeat(25000)],
];

const figures: string[] = [];
const counts = { texts: 0, thrown: 0, invalid: 0 };

describe('extractor under stress', () => {
  for (const [name, make] of awkward) {
    it(`${name}: returns a valid article without throwing`, () => {
      const text = make();
      counts.texts++;
      const start = performance.now();
      let result;
      try {
        result = extract(text, { published: PUBLISHED });
      } catch (error) {
        counts.thrown++;
        throw error;
      }
      const ms = performance.now() - start;
      const { article, warnings } = result;
      const checked = validateArticle(article);
      if (!checked.ok) counts.invalid++;
      expect(checked.ok, checked.ok ? '' : JSON.stringify(checked.errors.slice(0, 3))).to.be.true;
      expect(article.text).to.equal(text);
      expect(warnings).to.be.an('array');
      // Far over what a linear pass costs: a catastrophic regex would blow through it by orders of magnitude.
      expect(ms, `${name}: ${ms.toFixed(0)} ms for ${text.length} characters`).to.be.below(30000);
    }).timeout(60000);
  }

  it('time per MB stays flat from 100 KB to 5 MB of news text', async () => {
    const demo = await fetchText('/examples/kazakhstan-massimov/article.fr.txt');
    const msPerMb = (size: number) => {
      const text = demo.repeat(Math.ceil(size / demo.length)).slice(0, size);
      extract(text.slice(0, 100_000), { published: PUBLISHED, lang: 'fr' }); // the same warm-up for both sizes
      const start = performance.now();
      extract(text, { published: PUBLISHED, lang: 'fr' });
      return ((performance.now() - start) / size) * 1e6;
    };
    const small = msPerMb(100_000);
    const large = msPerMb(5_000_000);
    const { texts, thrown, invalid } = counts;
    figures.push(`extractor stress: ${texts} awkward texts, thrown: ${thrown}, invalid: ${invalid}; ms per MB: 100 KB ${small.toFixed(0)}, 5 MB ${large.toFixed(0)}`);
    // Linear means the cost per MB does not grow with size; allow for a noisy shared machine.
    expect(large).to.be.below(small * 3);
  }).timeout(120000);

  after(() => figures.forEach((line) => console.log(line)));
});
