import type { Lang } from '../lang/types.js';
import type { Dateline } from './dateline.js';

/** A word, number, punctuation mark or URL, with its UTF-16 offsets in the text. */
export interface Token {
  text: string;
  /** Lower case, with typographic apostrophes folded to `'`. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'punct' | 'url';
  /** Starts with a capital letter. */
  cap: boolean;
  /** Two or more letters, all capitals (an acronym or a shouted heading). */
  upper: boolean;
  /** Only digits. */
  digits: boolean;
  /** Whitespace between this token and the one before (a newline counts). */
  gap: '' | ' ' | '\n' | '\n\n';
  /** Index of the sentence holding this token. */
  sentence: number;
  /** Index of the top-level quotation holding this token, or -1. */
  quote: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token indices, `last` inclusive. */
  first: number;
  last: number;
  /** First sentence of its paragraph. */
  paragraphStart: boolean;
  /** On a line written in another language than the article's (see foreign.ts). */
  foreign?: boolean;
}

/** A top-level quotation: marks at `open` and `close`, the words between them. */
export interface Quotation {
  open: number;
  close: number;
  /** Token indices of the words inside the marks, `last` inclusive (first > last when empty). */
  first: number;
  last: number;
  /** Left open at the end of its paragraph because the quotation goes on in the next one: `close` is its last word. */
  unclosed?: boolean;
}

/** The text as every stage sees it. Stages add nothing here: they read it and return their items. */
export interface Doc {
  text: string;
  lang: Lang;
  tokens: Token[];
  sentences: Sentence[];
  quotations: Quotation[];
  /** The date (and place) printed at the head of a dispatch: the publication date, not an event. */
  dateline?: Dateline;
}
