// The encart/article@1 contract has one source, src/data/encart-article.schema.json; scripts/contract.mjs writes the
// types (src/data/types.ts), the validator's rules (src/data/article-rules.ts) and the enums' word lists
// (src/data/words.ts) from it. These tests hold the files on disk to what the schema makes, show that a field changed in
// the schema changes the types, the rules, the lists and what the validator accepts, find no other copy of an enum's
// words in src/, and hold the README's summary of the types to the schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { Validator } from '@cfworker/json-schema';
import { RULES_FILE, TYPES_FILE, WORDS_FILE, generated, readSchema, rulesFrom, staleFiles } from '../../scripts/contract.mjs';
import { valuesName } from '../../scripts/contract/schema.mjs';

const DEMO = JSON.parse(readFileSync('examples/kazakhstan-massimov/article.json', 'utf8'));

/** The schema with three changes of the kind a contributor makes: a field required, a word added, a field added. */
function changedSchema() {
  const schema = readSchema();
  schema.$defs.quote.required.push('cue');
  schema.$defs.approx.enum.push('roughly');
  schema.$defs.figure.properties.source = { $ref: '#/$defs/httpUrl', description: 'Where the figure comes from.' };
  return schema;
}

/** src/data as it would be with `schema`: its modules compiled to JavaScript in a folder of their own, with the types. */
function dataModulesFor(schema) {
  const folder = mkdtempSync(join(tmpdir(), 'encart-contract-'));
  const files = { ...Object.fromEntries(readdirSync('src/data').map((name) => [`src/data/${name}`, readFileSync(`src/data/${name}`, 'utf8')])), ...generated(schema) };
  for (const [path, text] of Object.entries(files)) {
    const name = path.split('/').at(-1);
    writeFileSync(join(folder, name), text);
    if (name.endsWith('.ts') && !name.endsWith('.d.ts')) {
      const { outputText } = ts.transpileModule(text, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
      writeFileSync(join(folder, name.replace(/\.ts$/, '.js')), outputText);
    }
  }
  return folder;
}

/** TypeScript's errors for `probe`, a module beside the types. */
function typeErrors(folder, probe) {
  writeFileSync(join(folder, 'probe.ts'), probe);
  const options = { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, types: [] };
  const program = ts.createProgram([join(folder, 'probe.ts')], options);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

test('the types and the validator rules on disk are what the schema makes (run `npm run contract` after changing it)', () => {
  assert.deepEqual(staleFiles(), []);
});

test('the check fails when the schema changes and the files are not made again', () => {
  assert.deepEqual(staleFiles(changedSchema()).sort(), [RULES_FILE, TYPES_FILE, WORDS_FILE].sort());
});

test('a field changed in the schema changes the types, the rules and what the validator accepts, as it changes the schema', async () => {
  const schema = changedSchema();
  // What a user of the types can write.
  const probe = [
    "import type { Approx, Figure, Quote } from './types.js';",
    "export const approx: Approx = 'roughly';",
    "export const figure: Pick<Figure, 'source'> = { source: 'https://example.com/stats' };",
    '// @ts-expect-error: a quote says its cue once the schema requires one',
    "export const quote: Quote = { id: 'q', text: 'words', span: [0, 5] };",
    '',
  ].join('\n');
  const before = dataModulesFor(readSchema());
  const after = dataModulesFor(schema);
  try {
    const unchanged = typeErrors(before, probe).join('\n');
    for (const error of [/'"roughly"' is not assignable to type 'Approx'/, /'"source"' does not satisfy the constraint 'keyof Figure'/, /Unused '@ts-expect-error'/]) {
      assert.match(unchanged, error, 'the probe uses what only the changed schema has');
    }
    assert.deepEqual(typeErrors(after, probe), []);
    const { APPROX_VALUES } = await import(pathToFileURL(join(after, 'words.js')));
    assert.deepEqual(APPROX_VALUES, schema.$defs.approx.enum, 'the list Studio offers has the new word');

    // What the validator and the schema itself accept.
    const { validateArticle } = await import(pathToFileURL(join(after, 'validate.js')));
    const bySchema = new Validator(schema, '2020-12', false);
    const cases = [
      ['a quote without its cue', (a) => delete a.quotes[0].cue, 'quotes[0].cue: is required'],
      ['a figure said roughly', (a) => (a.figures[0].approx = 'roughly'), undefined],
      ['a figure with its source', (a) => (a.figures[0].source = 'https://example.com/stats'), undefined],
      ['a figure whose source is no URL', (a) => (a.figures[0].source = 'javascript:alert(1)'), 'figures[0].source: expected an absolute http(s) URL'],
    ];
    for (const [what, change, error] of cases) {
      const doc = structuredClone(DEMO);
      doc.quotes[0].cue ??= 'a dit';
      change(doc);
      const result = validateArticle(doc);
      const errors = result.ok ? [] : result.errors.map(({ path, message }) => `${path}: ${message}`);
      assert.deepEqual(errors, error ? [error] : [], what);
      assert.equal(bySchema.validate(doc).valid, !error, `${what}: the schema`);
    }
  } finally {
    for (const folder of [before, after]) rmSync(folder, { recursive: true, force: true });
  }
});

test('the rules name every field of every object the schema describes, with its letter, mark and words', () => {
  const schema = readSchema();
  const rules = rulesFrom(schema);
  const shapes = Object.fromEntries([...rules.matchAll(/^ {2}(\w+): '([^']*)',$/gm)].map(([, shape, spec]) => [shape, spec]));
  const letters = Object.fromEntries([...rules.matchAll(/^ {2}(\w): .*\/\/ (\w+)$/gm)].map(([, letter, name]) => [letter, name]));
  const objects = { article: schema, source: schema.$defs.source, actor: schema.$defs.actor, quote: schema.$defs.quote, figure: schema.$defs.figure, event: schema.$defs.event };
  for (const [shape, node] of Object.entries(objects)) {
    const own = { ...node.properties, ...(node.allOf ? schema.$defs.itemMeta.properties : {}) };
    const fields = shapes[shape].split(' ').map((field) => /^(\w+):(\w+)([?*]?)$/.exec(field).slice(1));
    assert.deepEqual(fields.map(([key]) => key), Object.keys(own), `${shape}: its fields, in order`);
    for (const [key, rule, mark] of fields) {
      const field = own[key];
      const value = field.type == 'array' && !field.prefixItems ? field.items : field;
      const expected = value.$ref?.replace('#/$defs/', '') ?? ('const' in value ? key : value.type);
      assert.equal(letters[rule] ?? rule, expected, `${shape}.${key}: its rule`);
      assert.equal(mark, value != field ? '*' : node.required?.includes(key) ? '' : '?', `${shape}.${key}: its mark`);
    }
  }
  for (const [name, def] of Object.entries(schema.$defs)) {
    if (def.enum) assert.match(rules, new RegExp(`oneOf\\(${valuesName(name)}\\), // ${name}$`, 'm'), `${name}: its words, from words.ts`);
  }
});

/** Each kind of item (a def extending itemMeta) with the article's field that lists it, as the schema says. */
const itemListsOf = (schema) =>
  Object.fromEntries(
    Object.entries(schema.properties)
      .map(([key, field]) => [field.items?.$ref?.replace('#/$defs/', ''), key])
      .filter(([name]) => schema.$defs[name]?.allOf?.some((part) => part.$ref == '#/$defs/itemMeta')),
  );

test("words.ts lists each enum's words and each kind's field as the schema says, and the validator takes exactly those words", async () => {
  const schema = readSchema();
  const enums = Object.entries(schema.$defs).filter(([, def]) => def.enum);
  const folder = dataModulesFor(schema);
  try {
    const words = await import(pathToFileURL(join(folder, 'words.js')));
    const { validateArticle } = await import(pathToFileURL(join(folder, 'validate.js')));
    assert.deepEqual(Object.keys(words).sort(), [...enums.map(([name]) => valuesName(name)), 'ITEM_LISTS'].sort(), 'a list per enum, and the item lists');
    for (const [name, def] of enums) assert.deepEqual(words[valuesName(name)], def.enum, `${valuesName(name)}: the schema's words, in its order`);
    assert.deepEqual(words.ITEM_LISTS, itemListsOf(schema));

    // On the demo article, each item field that takes an enum's words: each word passes, another fails naming them all.
    for (const [kind, list] of Object.entries(words.ITEM_LISTS)) {
      for (const [key, field] of Object.entries(schema.$defs[kind].properties)) {
        const def = schema.$defs[field.$ref?.replace('#/$defs/', '')];
        if (!def?.enum) continue;
        const errorsAt = (word) => {
          const doc = structuredClone(DEMO);
          doc[list][0][key] = word;
          const result = validateArticle(doc);
          return result.ok ? [] : result.errors.filter(({ path }) => path == `${list}[0].${key}`).map(({ message }) => message);
        };
        for (const word of def.enum) assert.deepEqual(errorsAt(word), [], `${list}[0].${key}: ${word}`);
        assert.deepEqual(errorsAt('roughly'), [`expected one of ${def.enum.join(', ')}`], `${list}[0].${key}: a word the schema lacks`);
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("no file in src/ spells an enum's words, or the article's item lists, again: they come from words.ts", () => {
  const schema = readSchema();
  const facts = [...Object.entries(schema.$defs).filter(([, def]) => def.enum).map(([name, def]) => [name, def.enum]), ['item lists', Object.values(itemListsOf(schema))]];
  const made = new Set(Object.keys(generated(schema)));
  const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  const copies = [];
  for (const file of files('src').filter((f) => f.endsWith('.ts') && !made.has(f))) {
    const source = readFileSync(file, 'utf8');
    // A copy is a run of string literals joined by `,` or `|` (a list, a union) or one string of words joined by spaces
    // (what the rules once held), holding exactly an enum's words. (Studio's own order of the kinds, its tabs, is not one.)
    const runs = [...source.matchAll(/(['"])[^'"\n]*\1(?:\s*[,|]\s*(['"])[^'"\n]*\2)*/g)].map(([run]) =>
      [...run.matchAll(/(['"])([^'"\n]*)\1/g)].map((m) => m[2]).flatMap((text, _, all) => (all.length == 1 ? text.split(' ') : [text])),
    );
    for (const [name, words] of facts) {
      for (const run of runs) if (run.length == words.length && words.every((word) => run.includes(word))) copies.push(`${file}: ${name} (${run.join(', ')})`);
    }
  }
  assert.deepEqual(copies, []);
});

test('the script refuses what neither the types nor the validator would read, rather than miss it', () => {
  const inline = readSchema();
  inline.$defs.quote.properties.cue = { type: 'string', maxLength: 80 };
  assert.throws(() => generated(inline), /quote\.properties\.cue: give this value a \$defs entry of its own/);
  const untitled = readSchema();
  delete untitled.$defs.id.title;
  assert.throws(() => generated(untitled), /\$defs\.id: a def the validator tests has a `title`/);
  const unread = readSchema();
  unread.$defs.text.maxLength = 500;
  assert.throws(() => generated(unread), /\$defs\.text: the validator does not read `maxLength`/);
});

test("the README's summary of the types names every field of the schema, optional where it is, with its words", () => {
  const schema = readSchema();
  const readme = readFileSync('README.md', 'utf8');
  const summary = /## The data: `encart\/article@1`[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)[1];
  const objects = { Article: schema, Actor: schema.$defs.actor, Quote: schema.$defs.quote, Figure: schema.$defs.figure, Event: schema.$defs.event };
  for (const [name, node] of Object.entries(objects)) {
    const body = new RegExp(`interface ${name}\\s*\\{([\\s\\S]*?)\\n?\\}\\n`).exec(summary)?.[1];
    assert.ok(body, `the summary has interface ${name}`);
    // Comments and nested objects (`source?: { name: string; url?: string }`) set aside, one field per `;`.
    const fields = body.replace(/\/\/.*|\/\*.*?\*\//g, '').replace(/\{[^{}]*\}/g, '{}').split(';').map((f) => f.trim()).filter(Boolean);
    const said = Object.fromEntries(fields.map((f) => /^(\w+)(\??)\s*(?::\s*(.*))?$/.exec(f)).map(([, key, optional, type]) => [key, { optional, type }]));
    assert.deepEqual(Object.keys(said), Object.keys(node.properties), `${name}: the fields, in the schema's order`);
    for (const [key, { optional, type }] of Object.entries(said)) {
      assert.equal(optional == '?', !node.required.includes(key), `${name}.${key}: optional as the schema says`);
      const words = node.properties[key].$ref && schema.$defs[node.properties[key].$ref.replace('#/$defs/', '')].enum;
      if (words) assert.equal(type, words.map((w) => `'${w}'`).join(' | '), `${name}.${key}: its words`);
    }
  }
  const meta = /\/\/ every item may carry (.*)/.exec(summary)?.[1] ?? '';
  for (const key of Object.keys(schema.$defs.itemMeta.properties)) assert.match(meta, new RegExp(`\\b${key}\\b`), `the summary says every item may carry ${key}`);
});
