import type { Lang } from '../lang/types.js';
import { findDateline } from './dateline.js';
import type { Doc, Quotation, Sentence, Token } from './document.js';
import { markForeignLines } from './foreign.js';

const URL_TAIL = /[.,;:!?)\]]+$/;
const CAP = /^\p{Lu}/u;
const UPPER = /^\p{Lu}[\p{Lu}\p{N}-]+$/u;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE = /^\s$/u;
const UPPER_CHAR = /^\p{Lu}$/u;
const URL_STOP = new Set(['<', '>', '"', '«', '»', '“', '”']);

// A hand-written scanner rather than one big regex: one look at each character, ASCII decided by
// char code, only other characters asked of Unicode classes. Linear by construction; no token is
// built by backtracking.
const isWordAt = (text: string, k: number): number => {
  const c = text.charCodeAt(k);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 1;
  if (c < 128 || Number.isNaN(c)) return 0;
  const width = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  return WORD_CHAR.test(text.slice(k, k + width)) ? width : 0;
};
const isSpaceAt = (text: string, k: number): boolean => {
  const c = text.charCodeAt(k);
  if (c == 32 || c == 10 || c == 9 || c == 13) return true;
  return c > 127 && SPACE.test(text[k]);
};
const isUpperAt = (text: string, k: number): boolean => {
  const c = text.charCodeAt(k);
  return (c >= 65 && c <= 90) || (c > 127 && UPPER_CHAR.test(text[k] ?? ''));
};

/** End of the token starting at `k`, and whether it is a URL. */
function scanToken(text: string, k: number): { end: number; url: boolean } {
  const n = text.length;
  const c = text.charCodeAt(k);
  if ((c == 104 || c == 119) && (text.startsWith('http://', k) || text.startsWith('https://', k) || text.startsWith('www.', k))) {
    let e = k;
    while (e < n && !isSpaceAt(text, e) && !URL_STOP.has(text[e])) e++;
    const tail = URL_TAIL.exec(text.slice(Math.max(k, e - 20), e));
    return { end: e - (tail ? tail[0].length : 0), url: true };
  }
  // Dotted acronyms: U.S., H.R.
  if (isUpperAt(text, k) && text[k + 1] == '.' && isUpperAt(text, k + 2) && text[k + 3] == '.') {
    let e = k;
    while (isUpperAt(text, e) && text[e + 1] == '.') e += 2;
    return { end: e, url: false };
  }
  let w = isWordAt(text, k);
  if (!w) return { end: k + (text.charCodeAt(k) >= 0xd800 && text.charCodeAt(k) <= 0xdbff ? 2 : 1), url: false };
  let e = k;
  // O'Brien, O’Neill: one surname, not a letter, an apostrophe and a word.
  if (text[k] == 'O' && (text[k + 1] == "'" || text[k + 1] == '’') && isUpperAt(text, k + 2) && !isWordAt(text, k - 1)) {
    e = k + 2;
    w = isWordAt(text, e);
  }
  for (;;) {
    while (w) {
      e += w;
      w = isWordAt(text, e);
    }
    // Inner hyphens join: Kassym-Jomart, a-t-il, 54-year-old.
    if ((text[e] == '-' || text[e] == '‐') && isWordAt(text, e + 1)) {
      e++;
      w = isWordAt(text, e);
      continue;
    }
    return { end: e, url: false };
  }
}

/** Splits `text` into tokens with offsets, in one linear pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  let newlines = 0;
  for (let k = 0; k < text.length; ) {
    if (isSpaceAt(text, k)) {
      if (text.charCodeAt(k) == 10) newlines++;
      k++;
      continue;
    }
    const start = k;
    const { end, url } = scanToken(text, k);
    const raw = text.slice(start, end);
    const gap: Token['gap'] = newlines >= 2 ? '\n\n' : newlines == 1 ? '\n' : start > prevEnd ? ' ' : '';
    const c0 = raw.charCodeAt(0);
    const digit = c0 >= 48 && c0 <= 57;
    const word = !url && (digit || isWordAt(raw, 0) > 0);
    const cap = word && !digit && (c0 >= 65 && c0 <= 90 ? true : c0 > 127 && CAP.test(raw));
    tokens.push({
      text: raw,
      lower: raw == '’' ? "'" : word ? raw.toLowerCase() : raw,
      start,
      end,
      kind: url ? 'url' : word ? 'word' : 'punct',
      cap,
      upper: cap && raw.length >= 2 && UPPER.test(raw),
      digits: digit && DIGITS.test(raw),
      gap,
      sentence: 0,
      quote: -1,
    });
    prevEnd = end;
    newlines = 0;
    k = end;
  }
  return tokens;
}

const DIGITS = /^\d+$/;

const OPENERS: Record<string, string> = { '«': '»', '“': '”', '"': '"', '„': '“' };

/**
 * Top-level quotations, found on the marks alone. Nested marks (« … « Stop Soros » … ») stay inside the
 * outer quotation; a mark left open at the end of a paragraph is dropped rather than swallowing the rest.
 */
export function findQuotations(tokens: Token[]): { open: number; close: number; unclosed?: boolean }[] {
  const found: { open: number; close: number; unclosed?: boolean }[] = [];
  const stack: { mark: string; index: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.gap == '\n\n') {
      // A quotation running over several paragraphs opens each with a mark and closes only the last: the
      // paragraph left open is a quotation of its own when the next one opens with the same mark.
      if (stack.length == 1 && t.text == stack[0].mark && i - 1 > stack[0].index) found.push({ open: stack[0].index, close: i - 1, unclosed: true });
      stack.length = 0;
    }
    if (t.kind != 'punct') continue;
    const c = t.text;
    const top = stack[stack.length - 1];
    // « en 9"81 », « au-dessus des 10" », "a 42" screen": a straight mark glued to digits measures seconds or inches; it
    // opens nothing, and closes a quotation only where one is open and no digit follows.
    const afterDigits = c == '"' && t.gap == '' && !!tokens[i - 1]?.digits;
    if (afterDigits && (top?.mark != '"' || (tokens[i + 1]?.digits && tokens[i + 1].gap == ''))) continue;
    if (top && c == OPENERS[top.mark]) {
      stack.pop();
      if (!stack.length) found.push({ open: top.index, close: i });
    } else if (c == '»' || c == '”') {
      // A closing mark with no opener of its own may still close an outer one (typos, mixed marks).
      let at = stack.length - 1;
      while (at >= 0 && OPENERS[stack[at].mark] != c) at--;
      if (at >= 0) {
        const opened = stack[at];
        stack.length = at;
        if (!stack.length) found.push({ open: opened.index, close: i });
      }
    } else if (c in OPENERS && stack.length < 8) {
      stack.push({ mark: c, index: i });
    }
  }
  return found;
}

const ENDS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['»', '”', '"', ')', ']', '’']);

/** Whether the period at `i` belongs to an abbreviation or an initial (M., Mme., J.) rather than ending a sentence. */
function isAbbreviation(tokens: Token[], i: number, lang: Lang): boolean {
  const prev = tokens[i - 1];
  if (!prev || tokens[i].gap != '' || prev.kind != 'word') return false;
  // (« 3 heures de retard au vol. Oscar Munoz… »: an abbreviation that stands before a number ends its sentence before
  // a name.)
  const next = tokens[i + 1];
  if (lang.numberAbbreviations.has(prev.lower) && next?.kind == 'word' && next.cap && !next.digits) return false;
  if (lang.abbreviations.has(prev.lower)) return true;
  if (prev.text.length != 1 || !prev.cap) return false;
  // « la bombe H. La Corée… », "Plan B. The…": a letter after a common noun, before a capitalised function word, names
  // a thing and ends the sentence; « l'écrivain J. R. Tolkien », "Mr. John F. Kennedy" go on.
  const before = tokens[i - 2];
  const letterOfThing = before?.kind == 'word' && !before.cap && !lang.personTitles.has(before.lower);
  return !(letterOfThing && next?.kind == 'word' && next.cap && lang.stopwords.has(next.lower));
}

/**
 * Sentences, never split inside a quotation: « … », a-t-il déclaré is one sentence with its attribution.
 * Not Intl.Segmenter: it splits after M., Mme., St. and J.-P. and moves a closing » to the next sentence
 * (see TOOLCHAIN.md), and its rules differ between engines; this pass is the same everywhere.
 */
export function findSentences(tokens: Token[], quoted: Uint8Array, lang: Lang): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  let paragraphStart = true;
  const close = (last: number) => {
    if (last < first) return;
    sentences.push({ start: tokens[first].start, end: tokens[last].end, first, last, paragraphStart });
    first = last + 1;
    paragraphStart = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i > first && (t.gap == '\n' || t.gap == '\n\n')) {
      close(i - 1);
      paragraphStart = t.gap == '\n\n' || paragraphStart;
      if (t.gap == '\n\n') paragraphStart = true;
    }
    // « … la fin. » Le ministre…, "…the end." He said…: a full stop inside the closing mark ends the sentence
    // when a capital follows; « … . », a-t-il dit and "… ." said Smith go on.
    if (quoted[i - 1] && !quoted[i] && CLOSERS.has(t.text) && ENDS.has(tokens[i - 1]?.text ?? '') && tokens[i + 1]?.cap && tokens[i + 1].kind == 'word') {
      close(i);
      continue;
    }
    if (!ENDS.has(t.text) || quoted[i] || isAbbreviation(tokens, i, lang)) continue;
    let j = i;
    while (j + 1 < tokens.length && CLOSERS.has(tokens[j + 1].text) && tokens[j + 1].gap == '' && !quoted[j + 1]) j++;
    const next = tokens[j + 1];
    if (!next || next.gap == '' && next.kind == 'word') continue;
    // ("10:30 a.m., police…": no sentence opens on a comma.)
    if (next.cap || next.digits || (next.kind == 'punct' && !',;:'.includes(next.text)) || next.gap.includes('\n')) {
      close(j);
      i = j;
    }
  }
  close(tokens.length - 1);
  return sentences;
}

/** Tokens, quotations and sentences of `text`, each token knowing its sentence and quotation. */
export function segment(text: string, lang: Lang): Doc {
  const tokens = tokenize(text);
  const marks = findQuotations(tokens);
  // quoted[i] = 1 strictly inside a quotation, marks included: sentence ends there do not count.
  const quoted = new Uint8Array(tokens.length);
  const quotations: Quotation[] = marks.map(({ open, close, unclosed }, q) => {
    for (let i = open; i <= close; i++) {
      quoted[i] = i == close && !unclosed ? 0 : 1;
      if (i > open && (i < close || unclosed)) tokens[i].quote = q;
    }
    return { open, close, first: open + 1, last: unclosed ? close : close - 1, unclosed };
  });
  const sentences = findSentences(tokens, quoted, lang);
  sentences.forEach((s, n) => {
    for (let i = s.first; i <= s.last; i++) tokens[i].sentence = n;
  });
  const doc: Doc = { text, lang, tokens, sentences, quotations, dateline: findDateline(tokens, lang) };
  markForeignLines(doc);
  return doc;
}
