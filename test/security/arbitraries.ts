import fc from 'fast-check';
import type { Article } from '../../src/data/types.js';

/**
 * Article generators for property tests: `validArticle` respects every rule of the contract
 * (DESIGN.md §1), `brokenArticle` breaks exactly one, and says at which JSON path the validator
 * must report it.
 */
type Json = Record<string, any>;

// Any UTF-16, lone surrogates included: what a careless CMS may put in a field.
const anyText = fc.string({ unit: 'binary', maxLength: 60 });
const shownText = anyText.map((s) => `x${s}`);
const isoDay = fc
  .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const eventDate = fc.oneof(
  isoDay.map((d) => ({ date: d, precision: 'day' })),
  isoDay.map((d) => ({ date: d.slice(0, 7), precision: 'month' })),
  isoDay.map((d) => ({ date: d.slice(0, 4), precision: 'year' })),
  isoDay.map((d) => ({ date: `${d.slice(0, 3)}X`, precision: 'decade' })),
);
const meta = fc.record({ confidence: fc.double({ min: 0, max: 1, noNaN: true }), checked: fc.boolean() }, { requiredKeys: [] });
const httpUrl = fc.webUrl({ validSchemes: ['http', 'https'] });
const httpsUrl = fc.webUrl({ validSchemes: ['https'] });

function span(textLength: number) {
  return fc.tuple(fc.nat(textLength), fc.nat(textLength)).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
}

export const validArticle: fc.Arbitrary<Article> = fc
  .record({ text: fc.option(fc.string({ maxLength: 300 }), { nil: undefined }), counts: fc.tuple(fc.nat(4), fc.nat(4), fc.nat(4), fc.nat(6)) })
  .chain(({ text, counts: [nActors, nQuotes, nFigures, nEvents] }) => {
    const length = text?.length ?? 1000;
    const actorIds = Array.from({ length: nActors }, (_, i) => `a${i}`);

    const actor = (id: string) =>
      fc.record(
        {
          id: fc.constant(id),
          name: shownText,
          kind: fc.constantFrom('person', 'organization', 'place'),
          role: anyText,
          aliases: fc.array(shownText, { maxLength: 3 }),
          mentions: fc.array(span(length), { maxLength: 3 }),
          image: httpUrl,
          url: httpUrl,
        },
        { requiredKeys: ['id', 'name', 'kind', 'aliases', 'mentions'] },
      );
    const quote = (id: string) =>
      fc.record(
        // Without actors there is no speaker to name: the key is left out (as JSON would), not set to undefined.
        { id: fc.constant(id), text: shownText, ...(nActors ? { speaker: fc.constantFrom(...actorIds) } : {}), cue: anyText, span: span(length), date: isoDay },
        { requiredKeys: ['id', 'text', 'span'] },
      );
    const figure = (id: string) =>
      fc.record(
        {
          id: fc.constant(id),
          value: fc.double({ noNaN: true, noDefaultInfinity: true }),
          display: shownText,
          approx: fc.constantFrom('exact', 'about', 'more-than', 'less-than', 'order-of-magnitude'),
          unit: fc.oneof(anyText, fc.constant('%')),
          label: anyText,
          span: span(length),
        },
        { requiredKeys: ['id', 'value', 'display', 'approx', 'label', 'span'] },
      );
    const event = (id: string) =>
      fc
        .record(
          { when: eventDate, label: anyText, cue: fc.option(anyText, { nil: undefined }), actors: fc.subarray(actorIds), span: span(length) },
        )
        .map(({ when, cue, ...rest }) => ({ id, ...when, ...rest, ...(cue === undefined ? {} : { cue }) }));
    const items = <T>(n: number, prefix: string, make: (id: string) => fc.Arbitrary<T>) =>
      fc.tuple(...Array.from({ length: n }, (_, i) => fc.tuple(make(`${prefix}${i}`), meta).map(([item, m]) => ({ ...item, ...m }))));
    return fc
      .record(
        {
          schema: fc.constant('encart/article@1'),
          id: fc.stringMatching(/^[a-z0-9-]{1,40}$/),
          lang: fc.constantFrom('fr', 'en', 'en-GB', 'de', 'ar', 'zh-Hant'),
          title: anyText,
          published: isoDay,
          url: httpsUrl,
          source: fc.record({ name: shownText, url: httpUrl }, { requiredKeys: ['name'] }),
          actors: items(nActors, 'a', actor),
          quotes: items(nQuotes, 'q', quote),
          figures: items(nFigures, 'f', figure),
          events: items(nEvents, 'e', event),
          // Unknown fields are kept, for forward compatibility: they must not upset anything.
          future: fc.jsonValue({ maxDepth: 3 }),
        },
        { requiredKeys: ['schema', 'id', 'lang', 'published', 'actors', 'quotes', 'figures', 'events'] },
      )
      .map((article) => ({ ...article, ...(text === undefined ? {} : { text }) }) as unknown as Article);
  });

/** One way to break an article, and the JSON path the validator must name for it. */
interface Break {
  name: string;
  apply(doc: Json): string | undefined;
}

const WRONG_VALUES = [null, 42, -1, 'text', '', true, [], {}, NaN, Infinity, -Infinity, [[[]]]];
const REQUIRED: Record<string, string[]> = {
  '': ['schema', 'id', 'lang', 'published', 'actors', 'quotes', 'figures', 'events'],
  actors: ['id', 'name', 'kind', 'aliases', 'mentions'],
  quotes: ['id', 'text', 'span'],
  figures: ['id', 'value', 'display', 'approx', 'label', 'span'],
  events: ['id', 'date', 'precision', 'label', 'actors', 'span'],
};

/** A deeply nested array, as a hostile or buggy producer may send (JSON.parse accepts it). */
const deep = (depth: number) => JSON.parse('['.repeat(depth) + ']'.repeat(depth));

function pickItem(doc: Json, seed: number): [list: string, index: number] | undefined {
  const lists = ['actors', 'quotes', 'figures', 'events'].filter((k) => Array.isArray(doc[k]) && doc[k].length);
  if (!lists.length) return undefined;
  const list = lists[seed % lists.length];
  return [list, seed % doc[list].length];
}

const breaks = (seed: number, wrong: unknown): Break[] => [
  {
    name: 'missing required field',
    apply(doc) {
      const at = pickItem(doc, seed);
      const [list, i] = at ?? ['', 0];
      const fields = REQUIRED[list];
      const key = fields[seed % fields.length];
      if (key === 'schema') return delete doc.schema, 'schema';
      delete (list ? doc[list][i] : doc)[key];
      return list ? `${list}[${i}].${key}` : key;
    },
  },
  {
    name: 'wrong type',
    apply(doc) {
      const at = pickItem(doc, seed);
      if (!at) return (doc.actors = Array.isArray(wrong) ? null : wrong), 'actors';
      const [list, i] = at;
      const key = REQUIRED[list][1 + (seed % (REQUIRED[list].length - 1))];
      // A wrong value must be wrong for this field: any string is a valid label, any finite
      // number a valid figure value, an empty list a valid list.
      const fits =
        typeof wrong === 'string' ||
        (key === 'value' && Number.isFinite(wrong)) ||
        (Array.isArray(wrong) && !wrong.length && ['aliases', 'mentions', 'actors'].includes(key));
      doc[list][i][key] = fits ? null : wrong;
      return `${list}[${i}].${key}`;
    },
  },
  { name: 'not a finite number', apply: (doc) => (doc.figures?.length ? ((doc.figures[0].value = [NaN, Infinity, -Infinity][seed % 3]), 'figures[0].value') : undefined) },
  { name: 'confidence out of range', apply: (doc) => (doc.quotes?.length ? ((doc.quotes[0].confidence = [NaN, 2, -0.1][seed % 3]), 'quotes[0].confidence') : undefined) },
  { name: 'dangling speaker', apply: (doc) => (doc.quotes?.length ? ((doc.quotes[0].speaker = 'nobody'), 'quotes[0].speaker') : undefined) },
  {
    name: 'dangling event actor',
    apply: (doc) => (doc.events?.length ? (doc.events[0].actors.push('ghost'), `events[0].actors[${doc.events[0].actors.length - 1}]`) : undefined),
  },
  {
    name: 'duplicate id',
    apply(doc) {
      const at = pickItem(doc, seed);
      if (!at) return undefined;
      const [list] = at;
      doc[list].push({ ...doc[list][0] });
      return `${list}[${doc[list].length - 1}].id`;
    },
  },
  { name: 'newer schema', apply: (doc) => ((doc.schema = 'encart/article@2'), 'schema') },
  { name: 'bad language tag', apply: (doc) => ((doc.lang = '<script>'), 'lang') },
  { name: 'impossible date', apply: (doc) => ((doc.published = '2022-02-30'), 'published') },
  {
    name: 'date not as precise as it says',
    apply: (doc) => (doc.events?.length ? ((doc.events[0].date = '2022'), (doc.events[0].precision = 'day'), 'events[0].date') : undefined),
  },
  { name: 'span past the text', apply: (doc) => (doc.quotes?.length ? ((doc.text = 'short'), (doc.quotes[0].span = [0, 6]), 'quotes[0].span') : undefined) },
  { name: 'huge id', apply: (doc) => ((doc.id = 'x'.repeat(100_000)), 'id') },
  { name: 'deep nesting in a list', apply: (doc) => ((doc.figures = [deep(5000)]), 'figures[0]') },
  { name: 'javascript: URL', apply: (doc) => (doc.actors?.length ? ((doc.actors[0].url = 'javascript:alert(1)'), 'actors[0].url') : undefined) },
  {
    name: '__proto__ key instead of a field',
    apply(doc) {
      // Through JSON.parse, "__proto__" is an own key, not the prototype: the field is still missing.
      const parsed = JSON.parse(`{"__proto__": {"name": "Polluted", "polluted": true}}`);
      if (!doc.actors?.length) return undefined;
      const { name, ...rest } = doc.actors[0];
      doc.actors[0] = Object.assign(parsed, rest);
      return name === undefined ? undefined : 'actors[0].name';
    },
  },
];

/** A valid article broken in one way; `path` is where the validator must say so. */
export const brokenArticle: fc.Arbitrary<{ doc: unknown; path: string; name: string }> = fc
  .tuple(validArticle, fc.nat(1000), fc.constantFrom(...WRONG_VALUES), fc.nat(1000))
  .map(([article, seed, wrong, which]) => {
    const doc = structuredClone(article) as Json;
    const all = breaks(seed, wrong);
    // Not every break fits every article (no quotes to break): take the next one that does.
    for (let k = 0; k < all.length; k++) {
      const { name, apply } = all[(which + k) % all.length];
      const path = apply(doc);
      if (path !== undefined) return { doc, path, name };
    }
    return { doc: { ...doc, schema: 'encart/article@2' }, path: 'schema', name: 'newer schema' };
  });

/**
 * Whole documents that are not articles at all. Each is a fresh object: widgets validate an object
 * once and warn once, so a value shared between runs would warn only the first time.
 */
export const notAnArticle = fc.oneof(
  fc.constantFrom<unknown>(null, 42, 'article', true, NaN, '[]', '[{}]').map((v) => (typeof v == 'string' && v.startsWith('[') ? JSON.parse(v) : v)),
  fc.jsonValue({ maxDepth: 4 }).filter((v) => !(typeof v === 'object' && v && !Array.isArray(v) && 'schema' in v)),
  fc
    .constant('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "schema": "encart/article@1"}')
    .map((text) => JSON.parse(text)),
);
