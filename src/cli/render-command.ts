/// <reference types="node" />
import type { RenderOptions, WidgetName } from '../ssr/index.js';
import { InputError, option, UsageError, type OptionSpec, type Parsed } from './args.js';
import { readText, writeOutput } from './io.js';

const WIDGETS: readonly WidgetName[] = ['quote-card', 'figures-panel', 'actor-badge', 'mini-timeline'];

// Each widget's own attributes; a flag another widget takes is a mistake worth stopping on.
const WIDGET_FLAGS: Record<WidgetName, readonly string[]> = {
  'quote-card': ['quote'],
  'figures-panel': ['figures', 'limit', 'heading'],
  'actor-badge': ['actor', 'compact', 'expanded'],
  'mini-timeline': ['from', 'to', 'limit', 'orientation', 'heading', 'expanded'],
};

export const RENDER_OPTIONS: OptionSpec = {
  valued: ['widget', 'quote', 'figures', 'actor', 'from', 'to', 'limit', 'orientation', 'heading', 'lang', 'theme', 'data-id', 'src'],
  switches: ['compact', 'expanded', 'no-data', 'lazy'],
};

export const RENDER_HELP = `  encart render [ARTICLE.json] --widget NAME [options]

  Prints the widget as HTML with its shadow root in the markup (declarative shadow DOM), readable
  with no JavaScript; load encart.hydrate.js on the page to make it live (with --src, the script tag
  encart.iife.js works too). Reads stdin when no file.
    --widget NAME        quote-card, figures-panel, actor-badge or mini-timeline (required)
    --quote ID           quote-card: the quote to show
    --figures "ID ID"    figures-panel: the figures, in order;  --limit N, --heading TEXT
    --actor ID           actor-badge: the actor;  --compact, --expanded
    --from, --to DATE    mini-timeline: the period;  --limit N, --orientation, --heading, --expanded
    --lang fr|en         the widget's language (default: the article's)
    --theme light|dark|auto
    --data-id ID         id of the article's data script (default: encart-ARTICLE_ID)
    --no-data            leave out the data script (another widget of the page already wrote it)
    --src URL            the widget reads the article from URL in the browser (no data script):
                         widgets of a page share one download; no layout shift with encart.iife.js
    --lazy               loading="lazy": the widget goes live only as the reader nears it
    -o, --output FILE    write the HTML to FILE instead of stdout
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
  const common = new Set(['widget', 'lang', 'theme', 'data-id', 'no-data', 'src', 'lazy', 'output']);
  for (const name of flags.keys()) {
    if (!common.has(name) && !WIDGET_FLAGS[widget].includes(name)) throw new UsageError(`--${name} does not apply to ${widget}`);
  }
  const theme = option(flags, 'theme');
  if (theme != null && !['light', 'dark', 'auto'].includes(theme)) throw new UsageError(`--theme must be light, dark or auto`);
  const limit = option(flags, 'limit');
  if (limit != null && !/^\d+$/.test(limit)) throw new UsageError(`--limit must be a whole number, not "${limit}"`);
  const orientation = option(flags, 'orientation');
  if (orientation != null && orientation != 'vertical' && orientation != 'horizontal') {
    throw new UsageError('--orientation must be vertical or horizontal');
  }
  return {
    widget,
    lang: option(flags, 'lang'),
    theme: theme as RenderOptions['theme'],
    dataId: option(flags, 'data-id'),
    src: option(flags, 'src'),
    lazy: flags.has('lazy') || undefined,
    includeData: !flags.has('no-data'),
    quote: option(flags, 'quote'),
    figures: option(flags, 'figures'),
    actor: option(flags, 'actor'),
    from: option(flags, 'from'),
    to: option(flags, 'to'),
    limit: limit == null ? undefined : Number(limit),
    orientation,
    heading: option(flags, 'heading'),
    compact: flags.has('compact') || undefined,
    expanded: flags.has('expanded') || undefined,
  } as RenderOptions;
}
