// What every example shows and does, so the five apps differ only in their framework's idioms.
import type { Article, EncartSelectDetail } from 'encart';
import article from '../../kazakhstan-massimov/article.json';

// A JSON import widens literal fields (`kind: string`), so it is checked here once as an Article.
export const demoArticle = article as unknown as Article;

export const quoteIds = demoArticle.quotes.map((quote) => quote.id);

/** The actors who speak in the article, in order of first quote: the ones worth a badge. */
export const speakerIds = [...new Set(demoArticle.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])))];

/** The item after `current` in `list`, back to the first after the last. */
export function nextOf(list: readonly string[], current: string): string {
  return list[(list.indexOf(current) + 1) % list.length]!;
}

/** How the apps show the last `encart-select`: "actor antony-blinken". */
export function describeSelection(detail: EncartSelectDetail): string {
  return `${detail.kind} ${detail.id}`;
}

export const KEY_FIGURES = 'f-4400-personnes f-10-personnes f-1000-detenues f-2000000-habitants';
