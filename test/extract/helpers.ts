import { expect } from '@open-wc/testing';
import type { Article } from '../../src/data/types.js';
import { validateArticle } from '../../src/data/validate.js';
import { extract, type ExtractOptions } from '../../src/extract/index.js';

/** Runs the extractor and checks what every output must satisfy: a valid document whose spans say what the items say. */
export function run(text: string, options: Partial<ExtractOptions> = {}): Article {
  const { article } = extract(text, { published: '2022-01-08', ...options });
  const checked = validateArticle(article);
  expect(checked.ok, JSON.stringify(!checked.ok && checked.errors)).to.equal(true);
  for (const q of article.quotes) expect(text.slice(...q.span), q.id).to.equal(q.text);
  for (const f of article.figures) expect(text.slice(...f.span), f.id).to.equal(f.display);
  for (const a of article.actors) {
    const forms = [a.name, ...a.aliases].join(' ');
    for (const span of a.mentions) expect(forms, a.id).to.include(text.slice(...span));
  }
  for (const e of article.events) expect(text.slice(...e.span).toLowerCase(), e.id).to.include(e.cue!.toLowerCase());
  return article;
}

/** What the pipeline saw, printed when a table row fails. */
export function seen(article: Article): string {
  return JSON.stringify({
    actors: article.actors.map((a) => a.name),
    quotes: article.quotes.map((q) => [q.text, q.speaker]),
    figures: article.figures.map((f) => [f.display, f.value]),
    events: article.events.map((e) => [e.cue, e.date]),
  });
}

export const speakerName = (article: Article, id?: string): string | null =>
  id == null ? null : (article.actors.find((a) => a.id == id)?.name ?? `?${id}`);
