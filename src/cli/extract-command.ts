/// <reference types="node" />
import { extract } from '../extract/index.js';
import { InputError, option, UsageError, type OptionSpec, type Parsed } from './args.js';
import { readText, writeOutput } from './io.js';

export const EXTRACT_OPTIONS: OptionSpec = {
  valued: ['published', 'lang', 'title', 'id', 'url', 'source'],
  switches: ['pretty'],
};

export const EXTRACT_HELP = `  encart extract [FILE] --published YYYY-MM-DD [options]

  Reads the article's plain text from FILE (or stdin) and writes encart/article@1 JSON.
    --published DATE   publication date, anchor for relative dates (required)
    --lang fr|en       language of the text (detected when absent)
    --title TEXT       article title (also gives the default id)
    --id ID            article id (default: slug of the title, else a hash of the text)
    --url URL          canonical https URL of the article
    --source NAME      name of the source (Reuters, AFP…)
    -o, --output FILE  write the JSON to FILE instead of stdout
    --pretty           indent the JSON
`;

export function runExtract({ file, flags }: Parsed): number {
  const published = option(flags, 'published');
  if (published == null) throw new UsageError('--published YYYY-MM-DD is required');
  const lang = option(flags, 'lang');
  if (lang != null && lang != 'fr' && lang != 'en') throw new UsageError(`--lang must be fr or en, not "${lang}"`);
  const text = readText(file);
  const source = option(flags, 'source');
  const { article, warnings } = extract(text, {
    published: checkDate(published),
    lang: lang as 'fr' | 'en' | undefined,
    title: option(flags, 'title'),
    id: option(flags, 'id'),
    url: option(flags, 'url'),
    source: source ? { name: source } : undefined,
  });
  for (const w of warnings) process.stderr.write(`encart: warning: ${w}\n`);
  // A text in a language the extractor does not read is refused rather than read as French.
  if (article.lang == 'und') throw new InputError('the text is not French or English; pass --lang fr or --lang en to read it as one of them');
  writeOutput(option(flags, 'output'), JSON.stringify(article, null, flags.has('pretty') ? 2 : undefined) + '\n');
  return 0;
}

function checkDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const t = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (!m || !t || t.getUTCMonth() != +m[2] - 1 || t.getUTCDate() != +m[3]) {
    throw new InputError(`--published: "${value}" is not a date; expected YYYY-MM-DD, such as 2022-01-08`);
  }
  return value;
}
