import { expect } from '@open-wc/testing';
import type { Article } from '../../src/data/types.js';
import { extract } from '../../src/extract/index.js';
import { run } from './helpers.js';

// End to end on the demo article, against the hand-checked examples/kazakhstan-massimov/article.json.
// What matters is compared (quote words and speakers, figure values, actor names, event dates), not bytes.
describe('extract: the Kazakhstan demo article', () => {
  let article: Article;
  let expected: Article;
  before(async () => {
    const text = await (await fetch('/examples/kazakhstan-massimov/article.fr.txt')).text();
    expected = await (await fetch('/examples/kazakhstan-massimov/article.json')).json();
    article = run(text, { published: '2022-01-08', title: expected.title });
  });
  const name = (a: Article, id?: string) => (id ? a.actors.find((x) => x.id == id)?.name : undefined);

  it('detects French and keeps the text exactly', async () => {
    expect(article.lang).to.equal('fr');
    expect(article.text).to.equal(expected.text);
  });

  it('finds every quote, without marks, in the right mouth', () => {
    const got = article.quotes.map((q) => [q.text, name(article, q.speaker) ?? null]);
    const want = expected.quotes.map((q) => [q.text, name(expected, q.speaker) ?? null]);
    expect(got).to.deep.equal(want);
  });

  it('finds every figure value', () => {
    const values = (a: Article) => a.figures.map((f) => f.value).sort((x, y) => x - y);
    expect(values(article)).to.deep.equal(values(expected));
  });

  it('names the people and most organisations', () => {
    const names = article.actors.map((a) => a.name);
    for (const a of expected.actors.filter((x) => x.kind == 'person')) expect(names).to.include(a.name);
    const found = expected.actors.filter((a) => names.includes(a.name) || a.aliases.some((al) => names.includes(al)));
    expect(found.length / expected.actors.length).to.be.greaterThan(0.7);
  });

  it('dates the events as the hand-checked article does', () => {
    const dates = (a: Article) => a.events.map((e) => e.date).sort();
    expect(dates(article)).to.deep.equal(dates(expected).sort());
  });

  it('gives the same ids for the same text', async () => {
    const again = run(article.text!, { published: '2022-01-08', title: expected.title });
    expect(JSON.stringify(again)).to.equal(JSON.stringify(article));
    expect(article.id).to.equal('le-kazakhstan-arrete-son-ancien-chef-de-la-securite-soupconne-de-trahison');
  });
});
