import type { Article } from '../data/types.js';

/**
 * The article as a `<script type="application/json">` for the page. Text from the article can hold
 * `</script>` or `<!--`: escaping every `<` (and the two line separators JSON allows but some parsers
 * don't) keeps the script closed where we close it.
 */
export function dataScript(article: Article, id: string): string {
  const json = JSON.stringify(article).replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/json" id="${escapeAttribute(id)}">${json}</script>`;
}

export function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}
