import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import fc from 'fast-check';
import { validateArticle } from '../../src/data/validate.js';
import { fetchJson, loadDemoArticle } from '../helpers/fixtures.js';
import { validArticle } from '../security/arbitraries.js';

// The JSON Schema is the contract's one source: the validator's rules are written from it (npm run contract). They
// must agree on every rule the schema says; the validator adds what a schema cannot say (references, spans past the
// text, dates that do not exist) and reads URLs as the browser's parser does (src/data/beyond.ts).
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
  let validator: Validator;
  before(async () => {
    schema = await fetchJson('/src/data/encart-article.schema.json');
    validator = new Validator(schema, '2020-12', false);
  });
  const schemaAccepts = (doc: unknown) => validator.validate(doc).valid;

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

  // Values of every kind a field may be given, right or wrong for it; `undefined` leaves the field out.
  const VALUES: unknown[] = [
    undefined, '', ' ', 'x', 'has space', 'a0', 'fr', 'en-GB', 'français', 'encart/article@2',
    '2022-01-05', '2022-02-30', '2022-01', '2022-13', '2019', '199X', '2022-01-05T10:00:00Z',
    'https://example.com/a', 'http://example.com/a', 'HTTPS://EXAMPLE.COM/A', ' https://example.com/a', 'http://', 'javascript:alert(1)',
    'person', 'place', 'exact', 'order-of-magnitude', 'day', 'decade',
    0, 1, 0.5, -1, 2, 4400, true, false, null, [], [0, 1], [1, 0], [0, 1, 2], [0.5, 1], ['a0'], ['nobody'], {}, { name: 'Reuters' },
  ];
  // The validator refuses what the schema accepts only for these reasons, the ones a schema cannot say.
  const BEYOND = /^(expected an ISO 8601 date|expected a span|unknown actor|duplicate id|"[^"]*" is not a day date)/;
  // Where the validator reads a URL with the browser's parser in place of the schema's pattern (beyond.ts).
  const URL_DEFS = ['#/$defs/httpUrl', '#/$defs/httpsUrl'];
  const LISTS = { actors: 'actor', quotes: 'quote', figures: 'figure', events: 'event' } as const;

  it('agrees with our validator on generated articles with one field changed to any kind of value', function () {
    this.timeout(60_000);
    const fieldsOf = (node: any) => ({ ...node.properties, ...(node.allOf ? schema.$defs.itemMeta.properties : {}) });
    const agreed = { both: 0, neither: 0, beyond: 0, urls: 0 };
    fc.assert(
      fc.property(validArticle, fc.nat(), fc.nat(), fc.constantFrom(...VALUES), (article, which, field, value) => {
        const doc = structuredClone(article) as any;
        const owners = [[doc, schema], ...Object.entries(LISTS).flatMap(([list, def]) => doc[list].map((item: any) => [item, schema.$defs[def]]))];
        const [owner, node] = owners[which % owners.length];
        const fields = fieldsOf(node);
        const key = Object.keys(fields)[field % Object.keys(fields).length];
        if (value === undefined) delete owner[key];
        else owner[key] = structuredClone(value);

        const ours = validateArticle(doc);
        const theirs = schemaAccepts(doc);
        const isUrl = URL_DEFS.includes(fields[key].$ref);
        if (ours.ok && !theirs) {
          expect(isUrl, `the validator accepts ${JSON.stringify(value)} as ${key}, the schema does not`).to.be.true;
          agreed.urls++;
        } else if (!ours.ok && theirs) {
          const unexplained = ours.errors.filter((e) => !BEYOND.test(e.message) && !(isUrl && /URL$/.test(e.message)));
          expect(unexplained, `${JSON.stringify(value)} as ${key}`).to.deep.equal([]);
          agreed.beyond++;
        } else agreed[ours.ok ? 'both' : 'neither']++;
      }),
      { numRuns: 600, seed: 13 },
    );
    // Each way of agreeing and of differing was met, so the property said something.
    for (const [how, count] of Object.entries(agreed)) expect(count, how).to.be.above(0);
  });
});
