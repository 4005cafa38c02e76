import { expect } from '@open-wc/testing';
import { formatValidationError, parseArticle, validateArticle } from '../../src/data/validate.js';
import type { Article } from '../../src/data/types.js';
import { loadDemoArticle } from '../helpers/fixtures.js';

type Mutation = [what: string, mutate: (a: any) => void, expectedError: string];

// Each row breaks one rule; the validator must name the path and the rule.
const broken: Mutation[] = [
  ['a figure value that is a string', (a) => (a.figures[1].value = '10'), 'figures[1].value: expected a finite number'],
  ['a NaN figure value', (a) => (a.figures[0].value = NaN), 'figures[0].value: expected a finite number'],
  ['a dangling speaker', (a) => (a.quotes[2].speaker = 'putin'), 'quotes[2].speaker: unknown actor "putin"'],
  ['a dangling event actor', (a) => (a.events[0].actors = ['nobody']), 'events[0].actors[0]: unknown actor "nobody"'],
  ['a duplicate id across kinds', (a) => (a.figures[0].id = a.quotes[0].id), 'figures[0].id: duplicate id "q-tokayev-dans-le-meme"'],
  ['an impossible publication date', (a) => (a.published = '2022-02-30'), 'published: expected an ISO 8601 date'],
  ['a day event with a month date', (a) => (a.events[0].date = '2022-01'), 'events[0].date: "2022-01" is not a day date'],
  ['a javascript: image', (a) => (a.actors[0].image = 'javascript:alert(1)'), 'actors[0].image: expected an absolute http(s) URL'],
  ['a padded javascript: url', (a) => (a.actors[0].url = ' \tjavascript:alert(1)'), 'actors[0].url: expected an absolute http(s) URL'],
  ['an http article url', (a) => (a.url = 'http://example.com/a'), 'url: expected an https URL'],
  ['a span past the text', (a) => (a.quotes[0].span = [0, a.text.length + 1]), 'quotes[0].span: expected a span [start, end]'],
  ['a reversed span', (a) => (a.figures[2].span = [20, 10]), 'figures[2].span: expected a span [start, end]'],
  ['a missing list', (a) => delete a.events, 'events: is required'],
  ['an unknown approx', (a) => (a.figures[0].approx = 'roughly'), 'figures[0].approx: expected one of exact'],
  ['an empty quote', (a) => (a.quotes[0].text = '  '), 'quotes[0].text: expected a non-empty string'],
  ['a confidence above 1', (a) => (a.quotes[0].confidence = 1.5), 'quotes[0].confidence: expected a number from 0 to 1'],
  ['an id with a space', (a) => (a.actors[0].id = 'karim massimov'), 'actors[0].id: expected an id'],
  ['a newer major schema', (a) => (a.schema = 'encart/article@2'), 'schema: "encart/article@2" is a newer or unknown major version'],
];

describe('validateArticle', () => {
  let demo: Article;
  beforeEach(async () => {
    demo = await loadDemoArticle();
  });

  it('accepts the demo article and returns the same object, typed', () => {
    const result = validateArticle(demo);
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.be.true;
    if (result.ok) expect(result.article).to.equal(demo);
  });

  it('keeps fields it does not know (forward compatibility)', () => {
    const withExtra = { ...demo, sponsor: { name: 'x' }, quotes: demo.quotes.map((q) => ({ ...q, mood: 'grave' })) };
    const result = validateArticle(withExtra);
    expect(result.ok).to.be.true;
    if (result.ok) expect((result.article.quotes[0] as any).mood).to.equal('grave');
  });

  for (const [what, mutate, expected] of broken) {
    it(`rejects ${what} with its JSON path`, () => {
      mutate(demo);
      const result = validateArticle(demo);
      expect(result.ok).to.be.false;
      if (!result.ok) expect(result.errors.map(formatValidationError).join('\n')).to.include(expected);
    });
  }

  it('rejects what is not an article at all', () => {
    for (const input of [null, 42, 'text', [], {}]) expect(validateArticle(input).ok).to.be.false;
  });

  it('reports invalid JSON as an error, not an exception', () => {
    const result = parseArticle('{"schema": ');
    expect(result.ok).to.be.false;
    if (!result.ok) expect(formatValidationError(result.errors[0])).to.match(/^\(document\): not JSON/);
  });

  it('caps the error list on a huge broken document', () => {
    demo.figures = Array.from({ length: 5000 }, (_, i) => ({ id: `x${i}` }) as any);
    const result = validateArticle(demo);
    expect(result.ok).to.be.false;
    if (!result.ok) expect(result.errors.length).to.be.at.most(50);
  });
});
