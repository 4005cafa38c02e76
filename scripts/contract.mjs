// `npm run contract`: the encart/article@1 contract has one source, src/data/encart-article.schema.json (the file that
// ships as `encart/encart-article.schema.json`). This script writes what is made from it: the TypeScript types users
// import (src/data/types.ts), the validator's table of rules (src/data/article-rules.ts) and the lists of each enum's
// words (src/data/words.ts), which code reads instead of spelling them again. `--check` writes nothing and exits 1 when
// any of them is not what the schema makes (test/node/contract.test.mjs runs the same comparison).
//
// It reads the part of JSON Schema the contract uses: `$defs` and local `$ref`s, objects with `properties`, `required`
// and an `allOf` naming what they extend, lists (`items`) and tuples (`prefixItems`), `enum` and `const`, and strings,
// numbers, integers and booleans with `pattern`, `minimum`, `maximum`. Anything else stops it with a message, so the
// schema never says something the types or the validator would quietly miss. An event's `oneOf` (its date as precise as
// its `precision`) becomes the patterns `isEventDate` tests.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCHEMA_FILE } from './contract/schema.mjs';
import { rulesFrom } from './contract/rules.mjs';
import { typesFrom } from './contract/types.mjs';
import { wordsFrom } from './contract/words.mjs';

const ROOT = new URL('../', import.meta.url);
export const TYPES_FILE = 'src/data/types.ts';
export const RULES_FILE = 'src/data/article-rules.ts';
export const WORDS_FILE = 'src/data/words.ts';
export { SCHEMA_FILE };
export { BEYOND_FILE, readBeyond } from './contract/rules.mjs';
export { rulesFrom, typesFrom, wordsFrom };

/** The contract's schema as it is on disk. */
export const readSchema = () => JSON.parse(readFileSync(new URL(SCHEMA_FILE, ROOT), 'utf8'));

/** Every file made from the schema, with what it should hold. */
export const generated = (schema = readSchema()) => ({ [TYPES_FILE]: typesFrom(schema), [RULES_FILE]: rulesFrom(schema), [WORDS_FILE]: wordsFrom(schema) });

/** The generated files whose text on disk is not what the schema makes. */
export function staleFiles(schema = readSchema()) {
  const read = (file) => {
    try {
      return readFileSync(new URL(file, ROOT), 'utf8');
    } catch {
      return undefined;
    }
  };
  return Object.entries(generated(schema)).filter(([file, text]) => read(file) !== text).map(([file]) => file);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const stale = staleFiles();
    if (stale.length) {
      console.error(`Not what ${SCHEMA_FILE} makes: ${stale.join(', ')}. Run \`npm run contract\`.`);
      process.exit(1);
    }
    console.log(`${Object.keys(generated()).join(', ')} are what ${SCHEMA_FILE} makes.`);
  } else {
    for (const [file, text] of Object.entries(generated())) writeFileSync(new URL(file, ROOT), text);
    console.log(`Wrote ${Object.keys(generated()).join(', ')} from ${SCHEMA_FILE}.`);
  }
}
