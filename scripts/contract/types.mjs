// The TypeScript types of an article (src/data/types.ts), written from the contract's JSON Schema.
import { HEADER, contractOf, docComment, fail, pascal, quote, refName } from './schema.mjs';

/** A def users name in TypeScript (an object, a set of words, a tuple); other defs are written as their JSON type. */
const isNamedType = (node) => node.type == 'object' || 'enum' in node || 'prefixItems' in node;

function typeOf(node, c, where) {
  if (node.$ref) {
    const name = refName(node, where);
    return isNamedType(c.def(name, where)) ? pascal(name) : typeOf(c.def(name, where), c, `$defs.${name}`);
  }
  if ('const' in node) return node.const === c.articleSchema ? 'typeof ARTICLE_SCHEMA' : quote(node.const);
  if (node.enum) return node.enum.map(quote).join(' | ');
  if (node.prefixItems) return `[${node.prefixItems.map((item, i) => `${item.title ? `${item.title}: ` : ''}${typeOf(item, c, `${where}[${i}]`)}`).join(', ')}]`;
  if (node.type == 'array') {
    const item = typeOf(node.items ?? fail(where, 'a list says its `items`'), c, `${where}.items`);
    return /[ |]/.test(item) ? `(${item})[]` : `${item}[]`;
  }
  const primitive = { string: 'string', number: 'number', integer: 'number', boolean: 'boolean' }[node.type];
  return primitive ?? fail(where, `no TypeScript type for ${JSON.stringify(node)}`);
}

/** A field's words for people: its own, or those of the def it names when that def has no type of its own. */
function descriptionOf(field, c) {
  if (field.description || !field.$ref) return field.description;
  const node = c.defs[refName(field, '')];
  return node && !isNamedType(node) ? node.description : undefined;
}

function interfaceOf(name, node, c, where) {
  const parents = c.extendsOf(node, where).map(pascal);
  const required = new Set(node.required ?? []);
  const fields = Object.entries(node.properties ?? {}).map(
    ([key, field]) => `${docComment(descriptionOf(field, c), '  ')}  ${key}${required.has(key) ? '' : '?'}: ${typeOf(field, c, `${where}.properties.${key}`)};\n`,
  );
  return `${docComment(node.description)}export interface ${name}${parents.length ? ` extends ${parents.join(', ')}` : ''} {\n${fields.join('')}}\n`;
}

/** src/data/types.ts: every def users name, then the article, then the kinds of item. */
export function typesFrom(schema) {
  const c = contractOf(schema);
  const parts = [
    `${docComment('The version every document names in its `schema` field.')}export const ARTICLE_SCHEMA = ${quote(c.articleSchema)};\n`,
  ];
  for (const [name, node] of Object.entries(c.defs)) {
    if (!isNamedType(node)) continue;
    parts.push(
      node.type == 'object' ? interfaceOf(pascal(name), node, c, `$defs.${name}`) : `${docComment(node.description)}export type ${pascal(name)} = ${typeOf(node, c, `$defs.${name}`)};\n`,
    );
  }
  const about = `${schema.title}: ${schema.description[0].toLowerCase()}${schema.description.slice(1)}`;
  parts.push(interfaceOf('Article', { ...schema, description: about }, c, '(root)'));
  parts.push(
    `${docComment('The kinds of item an article holds, each in a list of its own.')}export type ItemKind = ${c.items.map(quote).join(' | ')};\n` +
      `export type Item = ${c.items.map(pascal).join(' | ')};\n`,
  );
  const kept = '// Every item may carry fields this version does not know: the validator keeps them, it strips nothing.\n';
  return `${HEADER('the types of an article')}${kept}\n${parts.join('\n')}`;
}
