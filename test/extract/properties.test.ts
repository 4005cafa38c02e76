import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateArticle } from '../../src/data/validate.js';
import { detectLanguage, extract } from '../../src/extract/index.js';

// Any string, in either language, gives a valid document and never throws.
const newsy = fc.array(
  fc.constantFrom('Le président', ' M. ', 'Tokayev', '« ', ' »', '"', '“', '”', ', a-t-il déclaré', ' said ', 'plus de ', '4 400', '2,5', ' mercredi', ' Monday', 'en 2019', '. ', '\n\n', 'https://x.y/2022-01-06', '$', '%', '(', ')', "l'", 'des dizaines', 'Mme', 'St.', ' '),
  { maxLength: 60 },
).map((parts) => parts.join(''));

describe('extract: properties', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`any text gives a valid article (${lang})`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), newsy), (text) => {
          const { article } = extract(text, { published: '2022-01-08', lang });
          const checked = validateArticle(article);
          if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
          for (const q of article.quotes) if (text.slice(...q.span) != q.text) throw new Error(`quote span ${q.id}`);
          for (const f of article.figures) if (text.slice(...f.span) != f.display) throw new Error(`figure span ${f.id}`);
          return article.text === text;
        }),
        { numRuns: 300 },
      );
    });
  }

  it('empty or blank text gives empty lists and a warning', () => {
    for (const text of ['', '   \n\n ', '\u0000\u0001']) {
      const { article, warnings } = extract(text, { published: '2022-01-08' });
      expect([article.actors, article.quotes, article.figures, article.events].every((l) => l.length == 0)).to.equal(true);
      expect(warnings.length).to.be.greaterThan(0);
    }
  });

  it('the lang option wins over detection', () => {
    const text = 'The president said the talks would go on.';
    expect(detectLanguage(text)).to.equal('en');
    expect(extract(text, { published: '2022-01-08', lang: 'fr' }).article.lang).to.equal('fr');
    expect(detectLanguage('Le président a déclaré que les discussions continueraient.')).to.equal('fr');
  });

  it('refuses a language it has no rules for instead of reading it as French', () => {
    const german = 'Der Bundestag hat am Mittwoch das neue Gesetz beschlossen, sagte die Sprecherin der Regierung in Berlin vor Journalisten.';
    expect(detectLanguage(german)).to.equal(undefined);
    const { article, warnings } = extract(german, { published: '2022-01-08' });
    expect([article.lang, article.actors.length, article.quotes.length, article.events.length]).to.deep.equal(['und', 0, 0, 0]);
    expect(warnings.join(' ')).to.match(/neither fr nor en/);
    expect(() => extract(german, { published: '2022-01-08', lang: 'de' as 'fr' })).to.throw(RangeError, /fr, en/);
  });

  it('refuses a publication date that is not a date', () => {
    expect(() => extract('texte', { published: '2022-13-45' })).to.throw(RangeError);
  });
});

// No regex may backtrack catastrophically: long pathological inputs stay linear.
describe('extract: pathological inputs', () => {
  const CASES: [string, string][] = [
    ['digits and spaces', '1 '.repeat(50_000)],
    ['capitalised words', 'Aa '.repeat(50_000)],
    ['open quotes', '« '.repeat(30_000) + '"'.repeat(30_000)],
    ['one long word', 'a'.repeat(200_000)],
    ['one long URL', 'https://' + 'a/'.repeat(100_000)],
    ['hyphens', 'a-'.repeat(100_000)],
    ['periods', 'M. '.repeat(50_000)],
    ['dotted capitals', 'A.'.repeat(100_000)],
  ];
  for (const [name, text] of CASES) {
    it(name, () => {
      const start = performance.now();
      const { article } = extract(text, { published: '2022-01-08', lang: 'fr' });
      expect(validateArticle(article).ok).to.equal(true);
      expect(performance.now() - start).to.be.lessThan(3000);
    });
  }
});
