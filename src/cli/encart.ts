/// <reference types="node" />
/**
 * `encart extract …` turns an article's text into encart/article@1 JSON; `encart render …` prints a
 * widget as server-rendered HTML. Exit codes: 0 done, 1 bad input (missing file, bad date, empty or
 * binary text, invalid article), 2 bad usage.
 */
import { readFileSync } from 'node:fs';
import { InputError, parseArgs, UsageError, type OptionSpec } from './args.js';
import { EXTRACT_HELP, EXTRACT_OPTIONS, runExtract } from './extract-command.js';
import { RENDER_HELP, RENDER_OPTIONS, runRender } from './render-command.js';

const HELP = `encart — turn a news article into encart/article@1 JSON, and widgets into HTML

Usage:
${EXTRACT_HELP}
${RENDER_HELP}
  encart --help | --version
`;

const NO_OPTIONS: OptionSpec = { valued: [], switches: [] };
const specFor = (command: string | undefined) =>
  command == 'extract' ? EXTRACT_OPTIONS : command == 'render' ? RENDER_OPTIONS : NO_OPTIONS;

function version(): string {
  // The built file sits in dist/cli/; package.json two levels up, in the installed package.
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return String(pkg.version);
}

async function run(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv, specFor);
  if (parsed.flags.has('help')) return process.stdout.write(HELP), 0;
  if (parsed.flags.has('version')) return process.stdout.write(`${version()}\n`), 0;
  if (parsed.command == 'extract') return runExtract(parsed);
  if (parsed.command == 'render') return runRender(parsed);
  throw new UsageError(parsed.command ? `unknown command "${parsed.command}"` : 'missing command');
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`encart: ${error.message}\nTry "encart --help".\n`);
    process.exitCode = 2;
  } else if (error instanceof InputError || error instanceof RangeError) {
    process.stderr.write(`encart: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`encart: ${(error as Error)?.stack ?? error}\n`);
    process.exitCode = 1;
  }
}
