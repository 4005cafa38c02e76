import type { Article } from '../../src/data/types.js';
import { arabicArticle } from './arabic-article.js';
import { englishArticle } from './english-article.js';
import { germanArticle } from './german-article.js';
import { frenchArticle } from './french-article.js';
import { emptyArticle, invalidArticle, longTextArticle, longTimelineArticle, manyFiguresArticle } from './variants.js';

/** Every article a story can hand to `.article`, by the name the "data" control shows. */
export const articles = {
  french: frenchArticle,
  english: englishArticle,
  german: germanArticle,
  arabic: arabicArticle,
  empty: emptyArticle,
  'long text': longTextArticle,
  '12 figures': manyFiguresArticle,
  '100 events': longTimelineArticle,
  invalid: invalidArticle,
} satisfies Record<string, Article>;

export type ArticleName = keyof typeof articles;
