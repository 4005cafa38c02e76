import type { Article, Span } from '../../src/data/types.js';
import { formatValidationError, validateArticle } from '../../src/data/validate.js';

/** Where `phrase` sits in `text` (its `nth` occurrence): spans are computed, never counted by hand. */
export function spanOf(text: string, phrase: string, nth = 1): Span {
  let start = -1;
  for (let seen = 0; seen < nth; seen++) {
    start = text.indexOf(phrase, start + 1);
    if (start < 0) throw new Error(`stories: "${phrase}" is not in the text (occurrence ${nth})`);
  }
  return [start, start + phrase.length];
}

/** Builds an article's text sentence by sentence, giving back each sentence's span as it goes. */
export class TextBuilder {
  text = '';

  add(sentence: string): Span {
    if (this.text) this.text += ' ';
    const start = this.text.length;
    this.text += sentence;
    return [start, this.text.length];
  }
}

/**
 * The validator's word on a story article. A story that quietly fed a widget broken data would
 * show the error state where it claims to show the widget, so a broken fixture fails loudly here.
 */
export function checked(value: unknown, name: string): Article {
  const result = validateArticle(value);
  if (!result.ok) throw new Error(`stories: ${name} is not a valid article: ${result.errors.map(formatValidationError).join('; ')}`);
  return result.article;
}
