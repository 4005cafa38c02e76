// encart/svelte: the elements in Svelte 5's element map (`svelte/elements`), with Svelte 5 names:
// plain attributes set properties, `onencart-select` listens.
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'encart/svelte';
import type { Article } from 'encart';

declare const article: Article;

export const fine: SvelteHTMLElements['encart-quote-card'] = {
  article,
  quote: 'q1',
  class: 'aside',
  'onencart-select': (event) => event.detail.kind,
};
export const badge: SvelteHTMLElements['encart-actor-badge'] = { actor: 'antony-blinken', compact: true };

// @ts-expect-error: not a theme
export const wrongTheme: SvelteHTMLElements['encart-quote-card'] = { theme: 'blue' };
// @ts-expect-error: an article is an object
export const wrongArticle: SvelteHTMLElements['encart-mini-timeline'] = { article: '{}' };
