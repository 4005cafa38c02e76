// Item ids name what an item is: a page's quote="…" keeps showing the same quote when the article is
// edited elsewhere and extracted again. Random paragraph insertions, deletions and edits, then a new
// extraction: every item found before and after, unchanged, keeps its id, and no id is given twice.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Article, Event, Figure, Quote } from '../../src/data/types.js';
import { extract } from '../../src/extract/index.js';
import { assignItemIds, eventBase, figureBase, quoteBase } from '../../src/extract/pipeline/ids.js';
import { fetchText } from '../helpers/fixtures.js';

type Kind = 'quotes' | 'figures' | 'events';
const KINDS: Kind[] = ['quotes', 'figures', 'events'];
type Op = { type: 'insert' | 'delete' | 'grow' | 'cut'; at: number; pick: number };

const op: fc.Arbitrary<Op> = fc.record({ type: fc.constantFrom('insert', 'delete', 'grow', 'cut'), at: fc.nat(), pick: fc.nat() });

/** The text after the editor's changes: a paragraph from another article added, one removed, a sentence added or cut. */
function edited(text: string, pool: string[], ops: Op[]): string {
  const paragraphs = text.split('\n\n');
  for (const { type, at, pick } of ops) {
    const i = at % (paragraphs.length + (type == 'insert' ? 1 : 0));
    const other = pool[pick % pool.length];
    if (type == 'insert') paragraphs.splice(i, 0, other);
    else if (paragraphs.length < 2) continue;
    else if (type == 'delete') paragraphs.splice(i, 1);
    else if (type == 'grow') paragraphs[i] = `${other.split(/(?<=\.) /)[0]} ${paragraphs[i]}`;
    else paragraphs[i] = paragraphs[i].split(/(?<=\.) /).slice(0, -1).join(' ') || paragraphs[i];
  }
  return paragraphs.join('\n\n');
}

/** Everything a reader sees of an item, nothing of where it stands. */
const content = (kind: Kind, item: Quote | Figure | Event) => {
  const { id, span, confidence, ...rest } = item as Quote & { confidence?: number };
  return `${kind}:${JSON.stringify(rest, Object.keys(rest).sort())}`;
};

function base(article: Article, kind: Kind, item: Quote | Figure | Event): string {
  if (kind == 'quotes') return quoteBase(item as Quote, new Map(article.actors.map((a) => [a.id, a])));
  return kind == 'figures' ? figureBase(item as Figure) : eventBase(item as Event);
}

/** Items by content, with their ids, leaving out those that share their id's base with another (the collision rule has its own test). */
function alone(article: Article): Map<string, string> {
  const byContent = new Map<string, string>();
  for (const kind of KINDS) {
    const items = article[kind] as (Quote | Figure | Event)[];
    const bases = items.map((item) => base(article, kind, item));
    items.forEach((item, i) => {
      if (bases.indexOf(bases[i]) == bases.lastIndexOf(bases[i])) byContent.set(content(kind, item), item.id);
    });
  }
  return byContent;
}

function allIds(article: Article): string[] {
  return [...article.actors, ...article.quotes, ...article.figures, ...article.events].map((item) => item.id);
}

describe('extract: ids survive edits elsewhere in the text', () => {
  const cases = [
    { lang: 'fr', published: '2022-01-08', text: '/examples/kazakhstan-massimov/article.fr.txt', pool: '/test/fixtures/articles/pologne-troupes-americaines/article.fr.txt' },
    { lang: 'en', published: '2018-02-04', text: '/test/fixtures/articles/amtrak-collision-south-carolina/article.en.txt', pool: '/test/fixtures/articles/ahmadinejad-columbia-university/article.en.txt' },
  ] as const;

  for (const c of cases) {
    it(`random paragraph insertions, deletions and edits keep every unchanged item's id (${c.lang})`, async () => {
      const text = await fetchText(c.text);
      const pool = (await fetchText(c.pool)).split('\n\n').filter((p) => p.trim());
      const run = (t: string) => extract(t, { published: c.published, lang: c.lang }).article;
      const before = run(text);
      const beforeIds = alone(before);
      let compared = 0;
      fc.assert(
        fc.property(fc.array(op, { minLength: 1, maxLength: 4 }), (ops) => {
          const after = run(edited(text, pool, ops));
          const ids = allIds(after);
          expect(new Set(ids).size, 'an id given twice').to.equal(ids.length);
          for (const [key, id] of alone(after)) {
            if (!beforeIds.has(key)) continue;
            compared++;
            expect(id, key).to.equal(beforeIds.get(key));
          }
        }),
        { numRuns: 60 },
      );
      expect(compared, 'items found both before and after').to.be.greaterThan(100);
    });
  }

  it('gives the demo article readable ids, the same on every run', async () => {
    const text = await fetchText('/examples/kazakhstan-massimov/article.fr.txt');
    const { article } = extract(text, { published: '2022-01-08', lang: 'fr' });
    expect(article.quotes.find((q) => q.speaker == 'antony-blinken')!.id).to.equal('q-blinken-une-lecon');
    expect(article.figures.find((f) => f.value == 4400)!.id).to.equal('f-4400-personnes');
    expect(article.events[0].id).to.equal('e-2022-01-05-karim-massimov');
    expect(allIds(extract(text, { published: '2022-01-08', lang: 'fr' }).article)).to.deep.equal(allIds(article));
  });
});

describe('extract: two items that would share an id', () => {
  const quote = (text: string, start: number): Quote => ({ id: '', text, speaker: 'ada', span: [start, start + text.length] });
  const ada = { id: 'ada', name: 'Ada Lovelace', kind: 'person' as const, aliases: [], mentions: [] };

  it('the first in the text keeps the plain id; a later one adds a hash of its words, whatever comes after it', () => {
    const first = quote('Nous avons gagné', 0);
    const second = quote('Nous avons perdu', 100);
    assignItemIds([ada], [first, second], [], []);
    expect(first.id).to.equal('q-lovelace-nous-avons');
    expect(second.id).to.match(/^q-lovelace-nous-avons-[0-9a-z]{3}$/);

    const again = [quote('Nous avons gagné', 0), quote('Nous avons perdu', 300), quote('Nous avons fini', 400)];
    assignItemIds([ada], again, [], []);
    expect(again.slice(0, 2).map((q) => q.id)).to.deep.equal([first.id, second.id]);
  });

  it('numbers items identical in every word, and never takes an actor id', () => {
    const same = [quote('Oui', 0), quote('Oui', 10), quote('Oui', 20)];
    assignItemIds([ada, { ...ada, id: 'q-lovelace-oui' }], same, [], []);
    const ids = same.map((q) => q.id);
    expect(new Set([...ids, 'q-lovelace-oui']).size).to.equal(4);
    expect(ids.slice(1)).to.deep.equal([`${ids[0]}-2`, `${ids[0]}-3`]);
  });
});
