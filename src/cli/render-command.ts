/// <reference types="node" />
import { ATTRIBUTES, WIDGET_ATTRIBUTES, type Attribute, type Attributes, type WidgetName } from '../components/attributes.js';
import type { RenderOptions } from '../ssr/index.js';
import { InputError, option, UsageError, type OptionSpec, type Parsed } from './args.js';
import { readText, writeOutput } from './io.js';

const WIDGETS = Object.keys(ATTRIBUTES) as WidgetName[];

// Every declared attribute is a flag of the same name. Of those every widget takes, `for`, `src` and `loading`
// are --data-id, --src and --lazy below: on the server they also decide whether the data script is written.
const { lang, theme } = WIDGET_ATTRIBUTES;
const COMMON_FLAGS: Attributes = { lang, theme };

/** A list's flags: [flag, property, attribute]. */
const flagsOf = (list: Attributes) => Object.entries(list).map(([property, a]) => [a.attribute ?? property, property, a] as const);
const allFlags = [COMMON_FLAGS, ...Object.values(ATTRIBUTES)].flatMap(flagsOf);
const namesOf = (switches: boolean) => [...new Set(allFlags.filter(([, , a]) => (a.type == Boolean) == switches).map(([flag]) => flag))];

export const RENDER_OPTIONS: OptionSpec = {
  valued: ['widget', ...namesOf(false), 'data-id', 'src'],
  switches: [...namesOf(true), 'no-data', 'lazy'],
};

const words = (values: readonly string[]) => values.slice(0, -1).join(', ') + ' or ' + values.at(-1);

// A flag too long for its column puts its words on the next line, under the others'.
const helpLine = (flag: string, a: Attribute, indent = '    ') => {
  const value = a.type == Boolean ? '' : ` ${a.type == Number ? 'N' : a.values?.join('|') ?? flag.toUpperCase()}`;
  const name = `${indent}--${flag}${value}`;
  const about = a.description.replace(/`/g, '') + (a.default === undefined || a.type == Boolean ? '' : ` Default: ${a.default}.`);
  return name.length < 25 ? name.padEnd(25) + about : `${name}\n${' '.repeat(25)}${about}`;
};

export const RENDER_HELP = `  encart render [ARTICLE.json] --widget NAME [options]

  Prints the widget as HTML with its shadow root in the markup (declarative shadow DOM), readable
  with no JavaScript; load encart.hydrate.js on the page to make it live (with --src, the script tag
  encart.iife.js works too). Reads stdin when no file.
    --widget NAME        ${words(WIDGETS)} (required)
${flagsOf(COMMON_FLAGS).map(([flag, , a]) => helpLine(flag, a)).join('\n')}
    --data-id ID         id of the article's data script (default: encart-ARTICLE_ID)
    --no-data            leave out the data script (another widget of the page already wrote it)
    --src URL            the widget reads the article from URL in the browser (no data script):
                         widgets of a page share one download; no layout shift with encart.iife.js
    --lazy               loading="lazy": the widget goes live only as the reader nears it
    -o, --output FILE    write the HTML to FILE instead of stdout
  Each widget's own attributes, as flags:
${WIDGETS.map((widget) => [`    ${widget}`, ...flagsOf(ATTRIBUTES[widget]).map(([flag, , a]) => helpLine(flag, a, '      '))].join('\n')).join('\n')}
`;

// The server renderer is loaded only for this command: it brings Lit's Node build and its DOM shim.
type ServerRendering = typeof import('../ssr/index.js');
const loadServerRendering = () => import(new URL('../ssr.js', import.meta.url).href) as Promise<ServerRendering>;

export async function runRender({ file, flags }: Parsed): Promise<number> {
  const options = renderOptions(flags);
  const json = readText(file);
  let article: unknown;
  try {
    article = JSON.parse(json);
  } catch (error) {
    throw new InputError(`${file ?? 'stdin'} is not JSON: ${(error as Error).message}`);
  }
  missingItem(article, flags, file);
  const { renderToString, RenderError } = await loadServerRendering();
  try {
    writeOutput(option(flags, 'output'), renderToString(article, options) + '\n');
  } catch (error) {
    if (error instanceof RenderError) throw new InputError(`${file ?? 'stdin'}: ${error.message}`);
    throw error;
  }
  return 0;
}

// The flags that name an item of the article, and where the article keeps such items.
const ITEM_FLAGS = { quote: 'quotes', actor: 'actors', figures: 'figures' } as const;

/**
 * A --quote, --actor or --figures id the article does not have would print a widget in its "not found" state:
 * worth stopping on, with the ids it does have.
 */
function missingItem(article: unknown, flags: Map<string, string | true>, file: string | undefined): void {
  for (const [flag, key] of Object.entries(ITEM_FLAGS)) {
    const wanted = option(flags, flag);
    const items = (article as Record<string, unknown> | null)?.[key];
    if (wanted == null || !Array.isArray(items)) continue;
    const ids = items.map((item) => (item as { id?: unknown })?.id).filter((id): id is string => typeof id == 'string');
    const missing = wanted.split(/\s+/).filter((id) => id && !ids.includes(id));
    if (missing.length) {
      const known = ids.length ? ids.slice(0, 12).join(', ') + (ids.length > 12 ? ', …' : '') : 'none';
      throw new InputError(`${file ?? 'stdin'} has no ${key.replace(/s$/, '')} ${missing.map((id) => `"${id}"`).join(', ')} (--${flag}); its ${key}: ${known}`);
    }
  }
}

function renderOptions(flags: Map<string, string | true>): RenderOptions {
  const widget = option(flags, 'widget') as WidgetName | undefined;
  if (!widget) throw new UsageError(`--widget is required: ${WIDGETS.join(', ')}`);
  if (!WIDGETS.includes(widget)) throw new UsageError(`--widget must be one of ${WIDGETS.join(', ')}, not "${widget}"`);
  // A flag another widget takes is a mistake worth stopping on.
  const own = flagsOf(ATTRIBUTES[widget]);
  const common = new Set(['widget', 'data-id', 'no-data', 'src', 'lazy', 'output', ...Object.keys(COMMON_FLAGS)]);
  for (const name of flags.keys()) {
    if (!common.has(name) && !own.some(([flag]) => flag == name)) throw new UsageError(`--${name} does not apply to ${widget}`);
  }
  const values = [...flagsOf(COMMON_FLAGS), ...own].map(([flag, property, a]) => [property, flagValue(flags, flag, a)]);
  return {
    widget,
    dataId: option(flags, 'data-id'),
    src: option(flags, 'src'),
    lazy: flags.has('lazy') || undefined,
    includeData: !flags.has('no-data'),
    ...Object.fromEntries(values),
  } as RenderOptions;
}

/** A flag's value as its attribute's type: a whole number, one of its words, text, or true when given. */
function flagValue(flags: Map<string, string | true>, flag: string, a: Attribute): string | number | boolean | undefined {
  if (a.type == Boolean) return flags.has(flag) || undefined;
  const value = option(flags, flag);
  if (value == null) return undefined;
  if (a.type == Number && !/^\d+$/.test(value)) throw new UsageError(`--${flag} must be a whole number, not "${value}"`);
  if (a.values && !a.values.includes(value)) throw new UsageError(`--${flag} must be ${words(a.values)}`);
  return a.type == Number ? Number(value) : value;
}
