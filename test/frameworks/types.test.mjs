// The published typings, checked by each framework's own type checker: right uses compile, and
// wrong attribute values must stay errors (`@ts-expect-error`, `@vue-expect-error`, or, in Svelte
// markup, which has no such comment, the exact list of errors svelte-check must report).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const resolve = createRequire(import.meta.url).resolve;
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Runs a checker (a Node script) in `cwd`; resolves to its exit code and output. */
async function check(script, args, cwd) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args], { cwd });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    return { code: error.code, output: `${error.stdout}${error.stderr}` };
  }
}

async function passes(script, args, cwd) {
  const { code, output } = await check(script, args, cwd);
  assert.equal(code, 0, `${args.join(' ')} in ${cwd} failed:\n${output}`);
}

const tsc = resolve('typescript/bin/tsc');
const vueTsc = resolve('vue-tsc/bin/vue-tsc.js');
const svelteCheck = resolve('svelte-check/bin/svelte-check');

test('encart/react, encart/jsx, encart/vue and encart/svelte accept right props and reject wrong ones (tsc)', () =>
  passes(tsc, ['--noEmit', '-p', 'tsconfig.json'], here('./types/')));

test('a Vue template using the elements is checked by vue-tsc through encart/vue', () =>
  passes(vueTsc, ['--noEmit', '-p', 'tsconfig.json'], here('./types/vue/')));

test('svelte-check reports wrong attributes on the elements through encart/svelte', async () => {
  const { output } = await check(svelteCheck, ['--tsconfig', './tsconfig.json', '--output', 'machine'], here('./types/svelte/'));
  const errors = output.split('\n').filter((line) => / ERROR /.test(line));
  assert.equal(errors.length, 2, `expected the two wrong attributes, got:\n${output}`);
  assert.match(errors[0], /"WrongAttributes\.svelte" 9:\d+ .*blue.* is not assignable/);
  assert.match(errors[1], /"WrongAttributes\.svelte" 10:\d+ .*'string' is not assignable to type 'number'/);
});

// The examples themselves, each with its framework's checker reading its templates.
test('the React 19 example type-checks against encart/react (tsc)', () =>
  passes(tsc, ['--noEmit', '-p', 'tsconfig.json'], here('../../examples/frameworks/react19/')));
test('the Vue example type-checks (vue-tsc)', () =>
  passes(vueTsc, ['--noEmit', '-p', 'tsconfig.json'], here('../../examples/frameworks/vue/')));
test('the Svelte example type-checks (svelte-check)', () =>
  passes(svelteCheck, ['--tsconfig', './tsconfig.json', '--fail-on-warnings'], here('../../examples/frameworks/svelte/')));
