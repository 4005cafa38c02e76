// Reading the contract's JSON Schema, for the scripts that write what is made from it (scripts/contract.mjs).
export const SCHEMA_FILE = 'src/data/encart-article.schema.json';

/** The first lines of a file made from the schema. */
export const HEADER = (what) =>
  `// Generated from encart-article.schema.json by \`npm run contract\`: ${what}.\n` +
  '// Never edit this file: change the schema and run it again (test/node/contract.test.mjs fails while the two disagree).\n';

/** Keywords for people: neither the types nor the validator take a rule from them (the validator's words aside). */
export const ANNOTATIONS = new Set(['title', 'description']);

/** Stops the script on what it cannot read, saying where. */
export const fail = (where, message, file = SCHEMA_FILE) => {
  throw new Error(`${file}, ${where}: ${message}`);
};
export const refName = (node, where) => {
  const match = /^#\/\$defs\/(\w+)$/.exec(node.$ref);
  if (!match) fail(where, `only local refs to #/$defs/… are read, not ${node.$ref}`);
  return match[1];
};
export const pascal = (name) => name[0].toUpperCase() + name.slice(1);
/** The name words.ts gives the list of a def's words: `datePrecision` → `DATE_PRECISION_VALUES`. */
export const valuesName = (name) => `${name.replace(/[A-Z]/g, '_$&').toUpperCase()}_VALUES`;
export const quote = (text) => `'${String(text).replace(/[\\']/g, '\\$&')}'`;

/**
 * The contract's parts, named: its defs, its root, which defs are items (they extend `itemMeta`) and, for each item, the
 * article's field that lists them.
 */
export function contractOf(schema) {
  const defs = schema.$defs ?? {};
  const def = (name, where) => defs[name] ?? fail(where, `no $defs/${name}`);
  const extendsOf = (node, where) => (node.allOf ?? []).map((part, i) => refName(part, `${where}.allOf[${i}]`));
  const items = Object.keys(defs).filter((name) => extendsOf(defs[name], name).includes('itemMeta'));
  const articleSchema = schema.properties?.schema?.const ?? fail('properties.schema', 'the root must say its `const`');
  const itemLists = {};
  for (const name of items) {
    const lists = Object.entries(schema.properties ?? {}).filter(([, field]) => field.type == 'array' && field.items?.$ref == `#/$defs/${name}`);
    if (lists.length != 1) fail('properties', `an item (${name}) is listed in exactly one field of the article, not ${lists.length}`);
    itemLists[name] = lists[0][0];
  }
  return { defs, def, extendsOf, items, itemLists, articleSchema };
}

/** A JSDoc comment, on one line when it fits in 140 columns. */
export function docComment(text, indent = '') {
  if (!text) return '';
  if (indent.length + text.length + 7 <= 140) return `${indent}/** ${text} */\n`;
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent.length + line.length + word.length + 4 > 120) lines.push(line), (line = '');
    line += (line ? ' ' : '') + word;
  }
  lines.push(line);
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}\n`).join('')}${indent} */\n`;
}
