// The code an editor pastes into a page: the widgets chosen in the preview, each with fallback
// content (what readers see before the script runs, or if it never does), and the data either
// inline or in an article.json next to the page.
import { ATTRIBUTES, type Attributes, type AttributeValues, type WidgetName } from '../components/attributes.js';
import { eventDateStart } from '../data/dates.js';
import type { Actor, Article, Event, Figure, Quote } from '../data/types.js';
import type { WidgetPicks } from './document.js';
import { eventDate, withUnit } from './item-summary.js';

export const CDN = 'https://cdn.jsdelivr.net/npm/encart@0.1/dist/';

export type DataPlacement = 'inline' | 'file';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface Chosen {
  quote?: Quote;
  figures: Figure[];
  actor?: Actor;
  events: Event[];
}

/** What each widget shows: the editor's picks when they still exist, else sensible firsts. */
export function chosenItems(article: Article, picks: WidgetPicks): Chosen {
  const figures = picks.figures.map((id) => article.figures.find((f) => f.id == id)).filter((f): f is Figure => !!f);
  const inRange = (e: Event) => {
    const start = eventDateStart(e.date);
    return (!picks.eventsFrom || start >= picks.eventsFrom) && (!picks.eventsTo || start <= picks.eventsTo);
  };
  const events = article.events
    .filter(inRange)
    .sort((a, b) => eventDateStart(a.date).localeCompare(eventDateStart(b.date)))
    .slice(0, Math.max(1, picks.eventsLimit));
  return {
    quote: article.quotes.find((q) => q.id == picks.quote) ?? article.quotes.find((q) => q.speaker) ?? article.quotes[0],
    figures: figures.length ? figures : article.figures.slice(0, 4),
    actor: article.actors.find((a) => a.id == picks.actor) ?? [...article.actors].sort((a, b) => b.mentions.length - a.mentions.length)[0],
    events,
  };
}

type ChosenAttributes = { [W in WidgetName]?: AttributeValues<(typeof ATTRIBUTES)[W]> };

/** The attributes of each widget the editor chose: the embed code and the `encart render` commands both write them. */
function chosenAttributes({ quote, figures, actor, events }: Chosen, picks: WidgetPicks): ChosenAttributes {
  return {
    'quote-card': quote && { quote: quote.id },
    'figures-panel': figures.length ? { figures: figures.map((f) => f.id).join(' ') } : undefined,
    'actor-badge': actor && { actor: actor.id },
    'mini-timeline': events.length
      ? { from: picks.eventsFrom || undefined, to: picks.eventsTo || undefined, limit: picks.eventsLimit }
      : undefined,
  };
}

/** [attribute, value] for each attribute given a value, in the order the widget declares them. */
function given(widget: WidgetName, values: Record<string, unknown>): [string, string | true][] {
  const declared: Attributes = ATTRIBUTES[widget];
  return Object.entries(declared).flatMap(([property, a]) => {
    const value = values[property];
    if (value == null || value === false) return [];
    return [[a.attribute ?? property, a.type == Boolean || String(value)] as [string, string | true]];
  });
}

const attributesHtml = (widget: WidgetName, values: Record<string, unknown>) =>
  given(widget, values).map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');

const attributeFlags = (widget: WidgetName, values: Record<string, unknown>) =>
  given(widget, values).flatMap(([name, value]) => (value === true ? [`--${name}`] : [`--${name}`, value]));

function marks(lang: string, words: string): string {
  return lang.startsWith('fr') ? `« ${words} »` : `“${words}”`;
}

/** The elements with their fallback content; `source` is the data attribute (`src="…"` or `for="…"`). */
export function widgetElements(article: Article, chosen: Chosen, source: string, picks: WidgetPicks): string {
  const lines: string[] = [];
  const { quote, figures, actor, events } = chosen;
  const attributes = chosenAttributes(chosen, picks);
  const open = (widget: WidgetName) => `<encart-${widget} ${source}${attributesHtml(widget, attributes[widget]!)}>`;
  if (quote) {
    const speaker = article.actors.find((a) => a.id == quote.speaker);
    const who = speaker ? `\n    <p>— ${escapeHtml(speaker.name)}${speaker.role ? `, ${escapeHtml(speaker.role)}` : ''}</p>` : '';
    lines.push(
      open('quote-card'),
      `  <blockquote>\n    <p>${escapeHtml(marks(article.lang, quote.text))}</p>${who}\n  </blockquote>`,
      '</encart-quote-card>',
    );
  }
  if (figures.length) {
    lines.push(open('figures-panel'), '  <ul>');
    for (const f of figures) lines.push(`    <li>${escapeHtml([withUnit(f), f.label].filter(Boolean).join(' '))}</li>`);
    lines.push('  </ul>', '</encart-figures-panel>');
  }
  if (actor) {
    lines.push(`${open('actor-badge')}${escapeHtml(actor.name)}</encart-actor-badge>`);
  }
  if (events.length) {
    lines.push(open('mini-timeline'), '  <ol>');
    for (const e of events) {
      lines.push(`    <li><time datetime="${escapeHtml(e.date)}">${escapeHtml(eventDate(e, article.lang))}</time> : ${escapeHtml(e.label)}</li>`);
    }
    lines.push('  </ol>', '</encart-mini-timeline>');
  }
  return lines.join('\n');
}

/** The article as an inline JSON script. `<` is escaped so no text in it can close the script. */
function inlineData(article: Article, id: string): string {
  const json = JSON.stringify(article).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${escapeHtml(id)}">${json}</script>`;
}

export interface Snippets {
  script: string;
  module: string;
  /** `encart render` commands writing the same widgets as server-rendered HTML. */
  server: string;
}

// One shell word, whatever the id holds.
const shellWord = (value: string) => (/^[\w.:/-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`);

/**
 * The studio runs in the browser and the server renderer in Node: the studio writes the commands that
 * turn the downloaded article.json into the chosen widgets' HTML, readable with no JavaScript.
 */
export function serverRenderCommands(chosen: Chosen, picks: WidgetPicks, placement: DataPlacement): string {
  const attributes = chosenAttributes(chosen, picks);
  const widgets = (Object.keys(attributes) as WidgetName[]).flatMap((widget) =>
    attributes[widget] ? [[widget, ...attributeFlags(widget, attributes[widget])]] : [],
  );
  const fromFile = placement == 'file';
  const commands = widgets.map(([widget, ...options], i) => {
    // Inline data: the first widget writes the article's data script, the others read the same one.
    // article.json next to the page: every widget reads it from there (one download for all).
    const data = fromFile ? ['--src', 'article.json'] : i ? ['--no-data'] : [];
    const words = ['npx', 'encart', 'render', 'article.json', '--widget', widget, ...options.map(shellWord), ...data];
    return `${words.join(' ')} ${i ? '>>' : '>'} encart-widgets.html`;
  });
  return [
    '# Next to the downloaded article.json: the widgets as HTML, readable before any script runs.',
    ...commands,
    ...(fromFile
      ? ['# Paste encart-widgets.html into the page, put article.json next to it, and load the script to make them live:', `# ${SCRIPT_TAG}`]
      : ['# Paste encart-widgets.html into the page, and load encart.hydrate.js (not encart.iife.js) to make them live:', `# ${HYDRATE_TAG}`]),
  ].join('\n');
}

/** The script tag for a plain page. */
export const SCRIPT_TAG = `<script src="${CDN}encart.iife.js" defer></script>`;
/** The module that makes server-rendered widgets with a data script live. */
export const HYDRATE_TAG = `<script type="module" src="${CDN}encart.hydrate.js"></script>`;

export function embedSnippets(article: Article, picks: WidgetPicks, placement: DataPlacement): Snippets {
  const chosen = chosenItems(article, picks);
  const dataId = `encart-${article.id}`.slice(0, 120);
  const source = placement == 'inline' ? `for="${escapeHtml(dataId)}"` : 'src="article.json"';
  const elements = widgetElements(article, chosen, source, picks);
  // Readers' pages need the items, not the whole text the spans point into.
  const { text: _text, ...embedded } = article;
  const data = placement == 'inline' ? `${inlineData(embedded as Article, dataId)}\n` : '';
  const used = [chosen.quote && 'quote-card', chosen.figures.length && 'figures-panel', chosen.actor && 'actor-badge', chosen.events.length && 'mini-timeline'];
  const modules = used.filter(Boolean).map((name) => `  import '${CDN}components/encart-${name}.js';`);
  return {
    script: `${SCRIPT_TAG}\n${data}${elements}`,
    module: `<script type="module">\n${modules.join('\n')}\n</script>\n${data}${elements}`,
    server: serverRenderCommands(chosen, picks, placement),
  };
}
