import type { Lang } from '../lang/types.js';
import type { Doc, Quotation, Sentence, Token } from './document.js';

// One pass, one alternation, no nested quantifiers: URLs (link debris is one token, so no figure or
// date is read inside it), dotted acronyms (U.S.), words with inner hyphens (Kassym-Jomart, a-t-il),
// then any other single character.
const TOKEN = /(?:https?:\/\/|www\.)[^\s<>"«»“”]+|(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-‐][\p{L}\p{M}\p{N}]+)*|\S/gu;
const URL_TAIL = /[.,;:!?)\]]+$/;
const CAP = /^\p{Lu}/u;
const UPPER = /^\p{Lu}[\p{Lu}\p{N}-]+$/u;
const DIGITS = /^\d+$/;
const LETTER = /\p{L}/u;

/** Splits `text` into tokens with offsets; tokens longer than a URL or word ever is are cut, keeping the scan linear. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let raw = m[0];
    const start = m.index;
    const isUrl = raw.length > 4 && (raw.startsWith('http') || raw.startsWith('www.'));
    if (isUrl) {
      const tail = URL_TAIL.exec(raw);
      if (tail) {
        raw = raw.slice(0, raw.length - tail[0].length);
        TOKEN.lastIndex = start + raw.length;
      }
    }
    let newlines = 0;
    for (let k = prevEnd; k < start && newlines < 2; k++) if (text.charCodeAt(k) == 10) newlines++;
    const gap: Token['gap'] = newlines >= 2 ? '\n\n' : newlines == 1 ? '\n' : start > prevEnd ? ' ' : '';
    const c0 = raw.charCodeAt(0);
    const word = !isUrl && (c0 >= 48 && c0 <= 57 || LETTER.test(raw[0]));
    tokens.push({
      text: raw,
      lower: raw == '’' ? "'" : raw.toLowerCase(),
      start,
      end: start + raw.length,
      kind: isUrl ? 'url' : word ? 'word' : 'punct',
      cap: word && !(c0 >= 48 && c0 <= 57) && CAP.test(raw),
      upper: word && raw.length >= 2 && UPPER.test(raw),
      digits: c0 >= 48 && c0 <= 57 && DIGITS.test(raw),
      gap,
      sentence: 0,
      quote: -1,
    });
    prevEnd = start + raw.length;
  }
  return tokens;
}

const OPENERS: Record<string, string> = { '«': '»', '“': '”', '"': '"', '„': '“' };

/**
 * Top-level quotations, found on the marks alone. Nested marks (« … « Stop Soros » … ») stay inside the
 * outer quotation; a mark left open at the end of a paragraph is dropped rather than swallowing the rest.
 */
export function findQuotations(tokens: Token[]): { open: number; close: number }[] {
  const found: { open: number; close: number }[] = [];
  const stack: { mark: string; index: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.gap == '\n\n') stack.length = 0;
    if (t.kind != 'punct') continue;
    const c = t.text;
    const top = stack[stack.length - 1];
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
  if (lang.abbreviations.has(prev.lower)) return true;
  return prev.text.length == 1 && prev.cap;
}

/** Sentences, never split inside a quotation: « … », a-t-il déclaré is one sentence with its attribution. */
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
    if (!ENDS.has(t.text) || quoted[i] || isAbbreviation(tokens, i, lang)) continue;
    let j = i;
    while (j + 1 < tokens.length && CLOSERS.has(tokens[j + 1].text) && tokens[j + 1].gap == '' && !quoted[j + 1]) j++;
    const next = tokens[j + 1];
    if (!next || next.gap == '' && next.kind == 'word') continue;
    if (next.cap || next.digits || next.kind == 'punct' || next.gap.includes('\n')) {
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
  const quotations: Quotation[] = marks.map(({ open, close }, q) => {
    for (let i = open; i <= close; i++) {
      quoted[i] = i == close ? 0 : 1;
      if (i > open && i < close) tokens[i].quote = q;
    }
    return { open, close, first: open + 1, last: close - 1 };
  });
  const sentences = findSentences(tokens, quoted, lang);
  sentences.forEach((s, n) => {
    for (let i = s.first; i <= s.last; i++) tokens[i].sentence = n;
  });
  return { text, lang, tokens, sentences, quotations };
}
