// The published typings, checked by each framework's own type checker: right uses compile, and
// wrong attribute values are marked `@ts-expect-error`, so the check fails if one stops being an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

async function run(command, args, cwd) {
  try {
    await promisify(execFile)(command, args, { cwd });
  } catch (error) {
    assert.fail(`${[command, ...args].join(' ')} (in ${cwd}) failed:\n${error.stdout}${error.stderr}`);
  }
}

test('encart/react, encart/jsx, encart/vue and encart/svelte accept right props and reject wrong ones (tsc)', () =>
  run(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.json'], here('./types/')));

// The examples' own checkers read their templates: a wrong attribute there is a type error too.
for (const example of ['react19', 'vue', 'svelte']) {
  test(`the ${example} example type-checks with its framework's checker`, () =>
    run('npm', ['run', 'typecheck', '--silent'], here(`../../examples/frameworks/${example}/`)));
}
