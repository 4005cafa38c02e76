/// <reference types="node" />
/**
 * `encart extract [FILE] --lang fr|en --published YYYY-MM-DD [--title T] [--id ID] [-o OUT] [--pretty]`
 *
 * Reads the article from FILE or stdin, writes `encart/article@1` JSON to OUT or stdout, warnings to
 * stderr. Exit codes: 0 done, 1 bad input (missing file, bad date, empty or binary text), 2 bad usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extract } from '../extract/index.js';

const HELP = `encart — turn a news article into encart/article@1 JSON

Usage:
  encart extract [FILE] --published YYYY-MM-DD [options]

Reads FILE (or stdin when FILE is absent or "-") and writes the article JSON to stdout.

Options:
  --published DATE   publication date, anchor for relative dates (required)
  --lang fr|en       language of the text (detected when absent)
  --title TEXT       article title (also gives the default id)
  --id ID            article id (default: slug of the title, else a hash of the text)
  --url URL          canonical https URL of the article
  --source NAME      name of the source (Reuters, AFP…)
  -o, --output FILE  write the JSON to FILE instead of stdout
  --pretty           indent the JSON
  -h, --help         show this help
  -v, --version      show the version
`;

class UsageError extends Error {}
class InputError extends Error {}

interface Parsed {
  command?: string;
  file?: string;
  flags: Map<string, string | true>;
}

const VALUED = new Set(['published', 'lang', 'title', 'id', 'url', 'source', 'output']);
const SWITCHES = new Set(['pretty', 'help', 'version']);
const SHORT: Record<string, string> = { o: 'output', h: 'help', v: 'version' };

function parseArgs(argv: string[]): Parsed {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg == '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    let [name, value] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s) : [SHORT[arg.slice(1)] ?? arg.slice(1)];
    if (SWITCHES.has(name)) {
      flags.set(name, true);
    } else if (VALUED.has(name)) {
      value ??= argv[++i];
      if (value == null || (value.startsWith('-') && value != '-')) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  if (positional.length > 2) throw new UsageError(`unexpected argument ${positional[2]}`);
  return { command: positional[0], file: positional[1], flags };
}

function version(): string {
  // The built file sits in dist/cli/; package.json two levels up, in the installed package.
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return String(pkg.version);
}

function readInput(file: string | undefined): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file && file != '-' ? file : 0);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code == 'ENOENT') throw new InputError(`no such file: ${file}`);
    if (code == 'EISDIR') throw new InputError(`${file} is a directory, not a text file`);
    throw new InputError(`cannot read ${file ?? 'stdin'}: ${(error as Error).message}`);
  }
  // NUL bytes never occur in text: this is an image, a PDF, a zip…
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${file ?? 'stdin'} looks binary; expected UTF-8 text`);
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (!text.trim()) throw new InputError(`${file ?? 'stdin'} is empty`);
  return text;
}

function checkDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const t = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (!m || !t || t.getUTCMonth() != +m[2] - 1 || t.getUTCDate() != +m[3]) {
    throw new InputError(`--published: "${value}" is not a date; expected YYYY-MM-DD, such as 2022-01-08`);
  }
  return value;
}

function run(argv: string[]): number {
  const { command, file, flags } = parseArgs(argv);
  if (flags.has('help')) return process.stdout.write(HELP), 0;
  if (flags.has('version')) return process.stdout.write(`${version()}\n`), 0;
  if (command != 'extract') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  const published = flags.get('published');
  if (typeof published != 'string') throw new UsageError('--published YYYY-MM-DD is required');
  const lang = flags.get('lang');
  if (lang != null && lang != 'fr' && lang != 'en') throw new UsageError(`--lang must be fr or en, not "${lang}"`);
  const text = readInput(file);
  const str = (k: string) => (typeof flags.get(k) == 'string' ? (flags.get(k) as string) : undefined);
  const { article, warnings } = extract(text, {
    published: checkDate(published),
    lang: lang as 'fr' | 'en' | undefined,
    title: str('title'),
    id: str('id'),
    url: str('url'),
    source: str('source') ? { name: str('source')! } : undefined,
  });
  for (const w of warnings) process.stderr.write(`encart: warning: ${w}\n`);
  const json = JSON.stringify(article, null, flags.has('pretty') ? 2 : undefined) + '\n';
  const out = str('output');
  if (out && out != '-') writeFileSync(out, json);
  else process.stdout.write(json);
  return 0;
}

try {
  process.exitCode = run(process.argv.slice(2));
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
