/**
 * Server rendering: a widget as HTML with its shadow root declared in the markup (declarative shadow
 * DOM, styles inline), so the page shows it with no JavaScript; `encart/hydrate.js` then makes it live
 * without re-rendering. Node only.
 */
import { collectResultSync, render } from './lit-ssr.js';
import type { Article } from '../data/types.js';
import { formatValidationError, validateArticle } from '../data/validate.js';
import '../define.js';
import { dataScript } from './data-script.js';
import { widgetTemplate, type WidgetOptions } from './templates.js';

export type * from './templates.js';

export type RenderOptions = WidgetOptions & {
  /**
   * Write the article's `<script type="application/json">` before the widget (default true). Pages with
   * several widgets of one article write it once: pass false for the others, with the same `dataId`.
   * A widget given a `src` reads its data from there and never writes the script.
   */
  includeData?: boolean;
};

/** The article is not `encart/article@1` data; `errors` name each JSON path at fault. */
export class RenderError extends Error {
  constructor(readonly errors: string[]) {
    super(`not an encart/article@1 document:\n  ${errors.join('\n  ')}`);
    this.name = 'RenderError';
  }
}

/**
 * The article's `<script type="application/json">`, once per page, for widgets rendered with
 * `includeData: false` and the same `dataId`.
 */
export function renderDataScript(article: Article, dataId = `encart-${article.id}`): string {
  return dataScript(article, dataId);
}

/** The widget's HTML, preceded by its data script unless `includeData` is false. */
export function renderToString(input: unknown, options: RenderOptions): string {
  const result = validateArticle(input);
  if (!result.ok) throw new RenderError(result.errors.map(formatValidationError));
  const { article } = result;
  const dataId = options.dataId ?? `encart-${article.id}`;
  const widget = collectResultSync(render(widgetTemplate(article, { ...options, dataId })));
  return options.includeData === false || options.src ? tidy(widget) : `${dataScript(article, dataId)}\n${tidy(widget)}`;
}

// The markers around the outer template are for hydrating that template, which no page does: only the
// element's own markers, inside its shadow root, are needed to hydrate the widget. Attributes left out
// (ifDefined) leave their spaces behind in the start tag.
function tidy(html: string): string {
  return html
    .replace(/^<!--lit-part[^>]*--><!--lit-node \d+-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^<(encart-[a-z-]+)\s+/, '<$1 ');
}
