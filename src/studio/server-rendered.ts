// The chosen widgets as server-rendered HTML (declarative shadow DOM, styles inline), made in the
// browser by the same renderer as `encart render`. Imported only when an editor asks for it: the
// renderer (@lit-labs/ssr and its HTML parser) weighs more than the rest of the studio.
import type { Article } from '../data/types.js';
import type { WidgetPicks } from './document.js';
import { chosenItems, HYDRATE_TAG, SCRIPT_TAG, type DataPlacement } from './embed-snippet.js';

/**
 * With the data inline, one data script and Lit's hydration module; with article.json next to the
 * page, every widget reads it from there (`src`) and the plain script tag renders them in place.
 */
export async function serverRenderedHtml(article: Article, picks: WidgetPicks, placement: DataPlacement): Promise<string> {
  const { renderDataScript, renderToString } = await import('../ssr/index.js');
  const { quote, figures, actor, events } = chosenItems(article, picks);
  // Readers' pages need the items, not the whole text the spans point into.
  const { text: _text, ...embedded } = article;
  const src = placement == 'file' ? 'article.json' : undefined;
  const widget = (options: Parameters<typeof renderToString>[1]) => renderToString(embedded, { ...options, includeData: false, src });
  const widgets = [
    quote && widget({ widget: 'quote-card', quote: quote.id }),
    figures.length && widget({ widget: 'figures-panel', figures: figures.map((f) => f.id).join(' ') }),
    actor && widget({ widget: 'actor-badge', actor: actor.id }),
    events.length && widget({ widget: 'mini-timeline', from: picks.eventsFrom, to: picks.eventsTo, limit: picks.eventsLimit }),
  ].filter(Boolean);
  const head = src
    ? ['<!-- Readable before any script runs; the script reads article.json and renders them in place. -->', SCRIPT_TAG]
    : ['<!-- Readable before any script runs; this module (not encart.iife.js) makes the widgets live. -->', HYDRATE_TAG, renderDataScript(embedded as Article)];
  return [...head, ...widgets].join('\n');
}
