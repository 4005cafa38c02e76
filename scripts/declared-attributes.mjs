// src/components/attributes.ts for Node scripts (the manifest's config, the tests): TypeScript compiles it alone,
// as it imports nothing, and the module is loaded from the result.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const source = readFileSync(new URL('../src/components/attributes.ts', import.meta.url), 'utf8');
const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
const attributes = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);

/** Each widget's own attributes by widget name (`quote-card`), and those every widget takes. */
export const { ATTRIBUTES, WIDGET_ATTRIBUTES } = attributes;

/** A widget's attributes as [attribute, property, declaration], in the order its server markup writes them. */
export function attributesOf(widget) {
  const { htmlFor, src, ...presentation } = WIDGET_ATTRIBUTES;
  const lists = widget ? [{ htmlFor, src }, ATTRIBUTES[widget], presentation] : [WIDGET_ATTRIBUTES];
  return lists.flatMap((list) => Object.entries(list).map(([property, a]) => [a.attribute ?? property, property, a]));
}

/** The attribute's type as the manifest writes it: `number`, `boolean`, `string` or its words (`'light' | 'dark'`). */
export const typeText = (a) => (a.values ? a.values.map((v) => `'${v}'`).join(' | ') : a.type.name.toLowerCase());

/** The default as the manifest writes it (source text), if any: a boolean attribute's is false. */
export function defaultText(a) {
  const value = a.type == Boolean ? false : a.default;
  return typeof value == 'string' ? `'${value}'` : value === undefined ? undefined : String(value);
}
