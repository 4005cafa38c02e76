// The validator's rules (src/data/article-rules.ts), written from the contract's JSON Schema and what src/data/beyond.ts
// adds to it.
import { readFileSync } from 'node:fs';
import { ANNOTATIONS, HEADER, contractOf, docComment, fail, pascal, quote, refName, valuesName } from './schema.mjs';

export const BEYOND_FILE = 'src/data/beyond.ts';
/** What src/data/beyond.ts adds to which defs: `{ name: 'Also' | 'InsteadOfPattern' }`, read from its exports. */
export function readBeyond(source = readFileSync(new URL(`../../${BEYOND_FILE}`, import.meta.url), 'utf8')) {
  const beyond = {};
  for (const [line] of source.matchAll(/^export .*/gm)) {
    const match = /^export const (\w+): (Also|InsteadOfPattern) = /.exec(line);
    if (!match) fail('exports', `each reads \`export const <def>: Also | InsteadOfPattern = …\`, not: ${line}`, BEYOND_FILE);
    const [, name, kind] = match;
    beyond[name] = kind;
  }
  return beyond;
}

// The tests and words of JSON's own types, for a field that says only its type.
const BARE = {
  string: ['isString', 'a string'],
  number: ['Number.isFinite', 'a finite number'],
  integer: ['Number.isInteger', 'a whole number'],
  boolean: ["(v) => typeof v == 'boolean'", 'true or false'],
};

/** A JavaScript regular expression literal for a schema `pattern` (ECMA-262 already; only `/` needs escaping). */
function regexLiteral(pattern, where) {
  try {
    new RegExp(pattern);
  } catch (error) {
    fail(where, `pattern ${pattern}: ${error.message}`);
  }
  return `/${pattern.replace(/(\\.)|\//g, (all, escaped) => escaped ?? '\\/')}/`;
}

/**
 * The test of one value as a JavaScript expression over `v`, from a def that is not an object nor a list of words;
 * `instead` stands in place of its pattern.
 */
function testOf(node, where, v = 'v', instead = undefined) {
  const known = new Set([...ANNOTATIONS, 'type', 'pattern', 'minimum', 'maximum', 'prefixItems', 'minItems', 'maxItems']);
  for (const key of Object.keys(node)) if (!known.has(key)) fail(where, `the validator does not read \`${key}\` here`);
  const bounded = node.minimum !== undefined && node.maximum !== undefined;
  const parts = [];
  if (node.type == 'string') parts.push(`isString(${v})`);
  // JSON has no NaN or Infinity, but a JavaScript caller does; a number between two bounds is finite already.
  else if (node.type == 'number') parts.push(bounded ? `typeof ${v} == 'number'` : `Number.isFinite(${v})`);
  else if (node.type == 'integer') parts.push(`Number.isInteger(${v})`);
  else if (node.type == 'boolean') parts.push(`typeof ${v} == 'boolean'`);
  else if (node.type == 'array' && node.prefixItems) {
    const length = node.prefixItems.length;
    if (node.minItems != length || node.maxItems != length) fail(where, 'a tuple has exactly as many items as its prefixItems');
    const tests = node.prefixItems.map((item, i) => testOf(item, `${where}.prefixItems[${i}]`, 'x'));
    parts.push(`Array.isArray(${v}) && ${v}.length == ${length}`);
    parts.push(new Set(tests).size == 1 ? `${v}.every((x) => ${tests[0]})` : tests.map((t, i) => `((x) => ${t})(${v}[${i}])`).join(' && '));
  } else fail(where, `the validator has no test for type ${JSON.stringify(node.type)}`);
  if (instead) parts.push(instead);
  else if (node.pattern !== undefined) parts.push(`${regexLiteral(node.pattern, where)}.test(${v})`);
  if (node.minimum !== undefined) parts.push(`${v} >= ${node.minimum}`);
  if (node.maximum !== undefined) parts.push(`${v} <= ${node.maximum}`);
  return parts.join(' && ');
}

/** Stops on an `enum` or a `const` whose words are not all strings. */
function checkWords(list, where) {
  for (const word of list) if (typeof word != 'string') fail(where, `words are strings, not ${JSON.stringify(word)}`);
}

/**
 * What a field is checked with: a def's name (an object's shape, a list of words, or a test) or a bare JSON type. `rules`
 * gathers, by name, the source of each rule the fields use: `['test', name]`, `['words', list, the name it imports]` or
 * `['bare', type]`.
 */
function checkOf(field, key, c, where, rules) {
  if (field.$ref) {
    const name = refName(field, where);
    const node = c.def(name, where);
    if (node.type == 'object') return name;
    if (node.enum) {
      checkWords(node.enum, `$defs.${name}`);
      rules[name] ??= ['words', valuesName(name), valuesName(name)];
    } else {
      if (!node.title) fail(`$defs.${name}`, 'a def the validator tests has a `title`: what it expects, in words (the error says "expected <title>")');
      rules[name] ??= ['test', name];
    }
    return name;
  }
  if ('const' in field) {
    checkWords([field.const], where);
    // The article's version is types.ts's ARTICLE_SCHEMA; another constant is written out.
    rules[key] ??= field.const === c.articleSchema ? ['words', '[ARTICLE_SCHEMA]', 'ARTICLE_SCHEMA'] : ['words', `[${quote(field.const)}]`];
    return key;
  }
  const extra = Object.keys(field).filter((k) => k != 'type' && !ANNOTATIONS.has(k));
  if (extra.length || !BARE[field.type]) fail(where, `give this value a $defs entry of its own, with a \`title\` (it says ${Object.keys(field).join(', ')})`);
  rules[field.type] ??= ['bare', field.type];
  return field.type;
}

/** One object's fields as [name, check, mark]: `?` optional, `*` a list of; its parents' (`allOf`) after its own. `shapes`
 * gathers the objects it holds. */
function shapeOf(node, c, where, rules, shapes) {
  const required = new Set(node.required ?? []);
  const fields = [];
  const add = (owner, ownerWhere) => {
    for (const [key, field] of Object.entries(owner.properties ?? {})) {
      const at = `${ownerWhere}.properties.${key}`;
      const list = field.type == 'array' && !field.prefixItems;
      const value = list ? (field.items ?? fail(at, 'a list says its `items`')) : field;
      const check = checkOf(value, key, c, list ? `${at}.items` : at, rules);
      if (c.defs[check]?.type == 'object') shapes.add(check);
      fields.push([key, check, list ? '*' : required.has(key) ? '' : '?']);
    }
  };
  add(node, where);
  for (const parent of c.extendsOf(node, where)) add(c.def(parent, where), `$defs.${parent}`);
  return fields;
}

/**
 * Each precision's pattern for an event's date, from the schema's `oneOf` on events: one branch per precision. Returns
 * the lines and the type of a precision, which they are keyed by.
 */
function eventDatesOf(c) {
  const where = '$defs.event.oneOf';
  const event = c.def('event', '$defs');
  const branches = event.oneOf ?? fail(where, 'events say how precise their date is');
  const lines = branches.map(({ properties: p = {} }, i) => {
    const precision = p.precision?.const ?? fail(`${where}[${i}]`, 'each branch names a precision (`const`)');
    return [precision, regexLiteral(p.date?.pattern ?? fail(`${where}[${i}]`, 'each branch gives a date pattern'), `${where}[${i}]`)];
  });
  const precision = refName(event.properties.precision, '$defs.event.properties.precision');
  const precisions = c.def(precision, '$defs').enum;
  if (lines.map(([p]) => p).join(' ') != precisions.join(' ')) fail(where, `one branch for each precision, in order: ${precisions.join(', ')}`);
  return [lines.map(([precision, regex]) => `  ${precision}: ${regex},\n`).join(''), pascal(precision)];
}

/** src/data/article-rules.ts: each def's test, the rules by name, the shapes, the event date patterns. */
export function rulesFrom(schema, beyond = readBeyond()) {
  const c = contractOf(schema);
  const rules = {};
  const named = new Set();
  const shapes = { article: shapeOf(schema, c, '(root)', rules, named) };
  // The set grows as shapes name others: iterating it reaches every object the article holds.
  for (const name of named) shapes[name] ??= shapeOf(c.def(name, '$defs'), c, `$defs.${name}`, rules, named);
  for (const [name, kind] of Object.entries(beyond)) {
    if (rules[name]?.[0] != 'test') fail(name, 'no field is checked with a $defs entry of that name', BEYOND_FILE);
    if (kind == 'InsteadOfPattern' && c.defs[name].pattern === undefined) fail(name, `stands in place of a pattern $defs.${name} does not have`, BEYOND_FILE);
  }

  // Shapes name each rule by one letter, taken from its name where it can be: names cost bytes in every widget.
  const codes = {};
  const taken = new Set();
  for (const name of Object.keys(rules)) {
    const letters = `${name}${name.toUpperCase()}abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ`;
    codes[name] = [...letters].find((letter) => /[a-z]/i.test(letter) && !taken.has(letter)) ?? fail('$defs', 'more than 52 rules');
    taken.add(codes[name]);
  }
  const written = (fields) => fields.map(([key, check, mark]) => `${key}:${codes[check] ?? check}${mark}`).join(' ');

  const tests = Object.entries(rules)
    .filter(([, [kind]]) => kind == 'test')
    .map(([name]) => {
      const node = c.defs[name];
      const also = beyond[name] == 'Also';
      const test = testOf(node, `$defs.${name}`, 'v', beyond[name] == 'InsteadOfPattern' ? `beyond.${name}(v)` : undefined);
      const signature = also ? '(v: any, doc?: Doc)' : '(v: any)';
      const head = `export const ${name} = ${signature}: boolean =>`;
      const body = `${test}${also ? ` && beyond.${name}(v, doc)` : ''};`;
      return `${docComment(node.description)}${head}${head.length + body.length < 140 ? ' ' : '\n  '}${body}\n`;
    });
  const rule = ([kind, value], name) =>
    kind == 'words' ? `oneOf(${value})` : kind == 'bare' ? `[${BARE[value][0]}, ${quote(BARE[value][1])}]` : `[${name}, ${quote(c.defs[name].title)}]`;
  const lines = (entries, write) => entries.map(([key, value]) => `  ${key}: ${write(value, key)},\n`).join('');
  const ruleLines = Object.entries(rules).map(([name, source]) => `  ${codes[name]}: ${rule(source, name)}, // ${name}\n`).join('');
  const [eventDates, precision] = eventDatesOf(c);
  // The lists of words come from words.ts, the article's version and the type of a precision from types.ts.
  const imports = { types: [], words: [] };
  for (const [kind, , name] of Object.values(rules)) if (kind == 'words' && name) imports[name == 'ARTICLE_SCHEMA' ? 'types' : 'words'].push(name);
  imports.types.push(`type ${precision}`);
  const importLines = Object.entries(imports).map(([file, names]) => (names.length ? `import { ${names.sort().join(', ')} } from './${file}.js';\n` : ''));
  return (
    `${HEADER('what the validator (validate.ts) checks of each field')}` +
    '// It ships in every widget: each shape is a short string, read once when the validator loads.\n' +
    "import * as beyond from './beyond.js';\n" +
    `${importLines.join('')}\n` +
    'type Doc = { text?: string };\n' +
    '/** A check: its test, and what it expects in words (its def\'s `title`). */\n' +
    'export type Rule = [test: (value: any, doc?: Doc) => boolean, expected: string];\n\n' +
    "const isString = (v: unknown): v is string => typeof v == 'string';\n" +
    "const oneOf = (words: readonly string[]): Rule => [(v) => words.includes(v), `one of ${words.join(', ')}`];\n\n" +
    `${tests.join('')}\n` +
    '/** Every rule a shape names, by its letter: a def of the schema (tested above, or a list of words) or a JSON type. */\n' +
    `export const RULES: Record<string, Rule> = {\n${ruleLines}};\n\n` +
    '/** Each object\'s fields as `name:rule`, a rule\'s letter or an object\'s shape: `?` when optional, `*` for a list of. */\n' +
    `export const SHAPES: Record<string, string> = {\n${lines(Object.entries(shapes), (fields) => quote(written(fields)))}};\n\n` +
    '/** An event\'s date as precise as its `precision` says. */\n' +
    `export const EVENT_DATES: Record<${precision}, RegExp> = {\n${eventDates}};\n`
  );
}
