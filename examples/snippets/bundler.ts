// With a bundler (Vite, webpack, Rollup, esbuild): import only the widgets the page uses; each
// registers its element. Give the data by property, as any framework does.
import 'encart/components/encart-quote-card.js';
import 'encart/components/encart-mini-timeline.js';
import { validateArticle, type Article } from 'encart/data';
import type { EncartSelectEvent } from 'encart';

export async function mountWidgets(container: HTMLElement, articleUrl: string): Promise<void> {
  const result = validateArticle(await (await fetch(articleUrl)).json());
  if (!result.ok) throw new Error(`not an article: ${result.errors[0].path}`);
  const article: Article = result.article;

  const card = document.createElement('encart-quote-card');
  card.article = article;
  card.quote = article.quotes.at(-1)?.id;

  const timeline = document.createElement('encart-mini-timeline');
  timeline.article = article;
  timeline.limit = 5;

  // A reader picks an event: show its quote, if its actor has one.
  timeline.addEventListener('encart-select', (event: EncartSelectEvent) => {
    const { item } = event.detail;
    const said = 'actors' in item && article.quotes.find((q) => q.speaker && item.actors.includes(q.speaker));
    if (said) card.quote = said.id;
  });
  container.append(card, timeline);
}
