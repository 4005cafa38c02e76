// The words of the contract (src/data/words.ts), written from its JSON Schema: each `enum` as a list, and the field
// that lists each kind of item. Code that offers or walks them (the validator's rules, Encart Studio's menus) reads
// these lists; none of them is public API, so the script-tag bundle, which keeps every export, does not carry them.
import { HEADER, contractOf, docComment, pascal, quote, valuesName } from './schema.mjs';

/** src/data/words.ts: one list per `enum` def, in the schema's order, then the item lists. */
export function wordsFrom(schema) {
  const c = contractOf(schema);
  const enums = Object.entries(c.defs).filter(([, node]) => node.enum);
  const types = [...enums.map(([name]) => pascal(name)), 'ItemKind'].sort();
  const lists = enums.map(
    ([name, node]) =>
      `${docComment(`The words ${pascal(name)} takes.`)}export const ${valuesName(name)}: readonly ${pascal(name)}[] = [${node.enum.map(quote).join(', ')}];\n`,
  );
  const items = c.items.map((name) => `${name}: ${quote(c.itemLists[name])}`).join(', ');
  return (
    `${HEADER("each enum's words as a list, and the field that lists each kind of item")}` +
    `import type { ${types.join(', ')} } from './types.js';\n\n` +
    `${lists.join('\n')}\n` +
    `${docComment("The article's field that lists each kind of item.")}` +
    `export const ITEM_LISTS = { ${items} } as const satisfies Record<ItemKind, string>;\n`
  );
}
