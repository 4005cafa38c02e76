import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { validateArticle } from '../../src/data/validate.js';
import { fetchJson, loadDemoArticle } from '../helpers/fixtures.js';

// The JSON Schema ships for other languages; our validator ships in every widget. They must agree on
// every structural rule (the schema cannot express references or spans past the text: only ours checks those).
const structuralBreaks: Array<[string, (a: any) => void]> = [
  ['schema', (a) => (a.schema = 'other')],
  ['id', (a) => (a.id = 'has space')],
  ['lang', (a) => (a.lang = 'français')],
  ['published', (a) => (a.published = '8 janvier 2022')],
  ['actors kind', (a) => (a.actors[0].kind = 'animal')],
  ['actors aliases', (a) => (a.actors[0].aliases = 'Massimov')],
  ['actors mentions', (a) => (a.actors[0].mentions = [[1, 2, 3]])],
  ['actors image', (a) => (a.actors[0].image = 'javascript:alert(1)')],
  ['quotes text', (a) => (a.quotes[0].text = '')],
  ['quotes span', (a) => (a.quotes[0].span = [-1, 4])],
  ['quotes missing span', (a) => delete a.quotes[0].span],
  ['quotes confidence', (a) => (a.quotes[0].confidence = 2)],
  ['figures value', (a) => (a.figures[0].value = '4400')],
  ['figures approx', (a) => (a.figures[0].approx = 'many')],
  ['figures missing label', (a) => delete a.figures[0].label],
  ['events precision', (a) => (a.events[0].precision = 'week')],
  ['events date vs precision', (a) => (a.events[0].date = '2022')],
  ['events decade', (a) => (a.events[2].date = '1990s')],
  ['events checked', (a) => (a.events[0].checked = 'yes')],
  ['missing quotes', (a) => delete a.quotes],
];

describe('encart-article.schema.json', () => {
  let schema: any;
  before(async () => {
    schema = await fetchJson('/src/data/encart-article.schema.json');
  });
  const schemaAccepts = (doc: unknown) => new Validator(schema, '2020-12', false).validate(doc).valid;

  it('accepts the demo article, as our validator does', async () => {
    const demo = await loadDemoArticle();
    expect(schemaAccepts(demo)).to.be.true;
    expect(validateArticle(demo).ok).to.be.true;
  });

  for (const [what, mutate] of structuralBreaks) {
    it(`rejects a broken ${what}, as our validator does`, async () => {
      const demo = await loadDemoArticle();
      mutate(demo);
      expect(schemaAccepts(demo), 'schema').to.be.false;
      expect(validateArticle(demo).ok, 'validator').to.be.false;
    });
  }
});
