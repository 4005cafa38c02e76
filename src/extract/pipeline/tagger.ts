// A named-entity tagger: a greedy averaged-perceptron sequence model over the extractor's own tokens, labels in
// BIO form for people, organisations and places. The model is data (lang/<code>/tagger-model.ts, written by
// bench/train-tagger.mjs); this file holds the features and the decoder, and no word of any language.
import type { Token } from './document.js';
import { givenName } from './given-names.js';

export type EntityType = 'PER' | 'ORG' | 'LOC';

/** A name the tagger found: token indices `first..last` (inclusive), its type, and a confidence in 0–1. */
export interface TaggedEntity {
  first: number;
  last: number;
  type: EntityType;
  score: number;
}

/**
 * A trained model as shipped: plain strings and numbers, decoded once on first use.
 *
 * `weights` holds one section per feature template, sections separated by a blank line: the first line names
 * the template, each following line is `value code…`, one code per label. A code is a digit of `WEIGHT_DIGITS`
 * and stands for `weightLevel(k)` times its label's scale, k its place from the middle digit.
 */
export interface TaggerModel {
  /** Language code of the given-name table a feature reads ('fr'). */
  lang: string;
  /** 'O' first, then B- and I- labels of each type: 'B-PER', 'I-PER', … */
  labels: readonly string[];
  /** Per label, the largest weight: the value of the last digit. */
  scales: readonly number[];
  /** Words seen often enough in training to be features themselves, space-separated; others are `UNKNOWN`. */
  vocabulary: string;
  weights: string;
  /**
   * Weights of the labels before, in full precision (few, and large where they cancel): `afterOne[(a + 1) * n + l]`
   * for label l after label a, `afterTwo[((b + 1) * (n + 1) + a + 1) * n + l]` after b then a; -1 is the text's start.
   */
  afterOne: readonly number[];
  afterTwo: readonly number[];
  /** The lead over the runner-up label that makes a token's confidence one half; each more halves the doubt left. */
  halfMargin: number;
}

/** Printable ASCII without `$`, backslash and backtick, so a table can sit in a template literal as is. */
export const WEIGHT_DIGITS = Array.from({ length: 94 }, (_, k) => String.fromCharCode(33 + k))
  .filter((c) => c != '$' && c != '\\' && c != '`')
  .join('');
export const WEIGHT_ZERO = (WEIGHT_DIGITS.length - 1) >> 1;
// Weights span three orders of magnitude (a bias against a rare suffix): levels grow geometrically (μ-law), each
// about 12 % above the one before, rather than in equal steps that would round the small ones to nothing.
const MU = 255;

/** The fraction of the largest weight that code `k` (−WEIGHT_ZERO…WEIGHT_ZERO) stands for. */
export const weightLevel = (k: number): number => (Math.sign(k) * ((1 + MU) ** (Math.abs(k) / WEIGHT_ZERO) - 1)) / MU;
export const UNKNOWN = '<?>';

interface Decoded {
  labels: readonly string[];
  types: (EntityType | undefined)[];
  /** Per label: 0 for O, 1 for B-, 2 for I-. */
  position: Uint8Array;
  /** Feature key → offset of its labels' weights in `table`. */
  index: Map<string, number>;
  table: Float32Array;
  known: Set<string>;
  afterOne: Float64Array;
  afterTwo: Float64Array;
  /** `allowed[(from + 1) * n + to]`: whether label `to` may follow label `from` (-1 for the text's start). */
  allowed: Uint8Array;
}

const decoded = new WeakMap<TaggerModel, Decoded>();

function decode(model: TaggerModel): Decoded {
  const cached = decoded.get(model);
  if (cached) return cached;
  const n = model.labels.length;
  const index = new Map<string, number>();
  const lines = model.weights.split('\n');
  const table = new Float32Array(lines.length * n);
  const levels = Array.from(WEIGHT_DIGITS, (_, k) => weightLevel(k - WEIGHT_ZERO));
  let template = '';
  let rows = 0;
  for (const line of lines) {
    if (!line) {
      template = '';
      continue;
    }
    if (!template) {
      template = line;
      continue;
    }
    const cut = line.length - n;
    for (let l = 0; l < n; l++) table[rows * n + l] = levels[WEIGHT_DIGITS.indexOf(line[cut + l])] * model.scales[l];
    index.set(`${template}=${line.slice(0, cut - 1)}`, rows * n);
    rows++;
  }
  const position = Uint8Array.from(model.labels, (l) => (l.startsWith('B-') ? 1 : l.startsWith('I-') ? 2 : 0));
  const allowed = new Uint8Array((n + 1) * n);
  for (let from = -1; from < n; from++) for (let to = 0; to < n; to++) allowed[(from + 1) * n + to] = +mayFollow(model.labels, from, to);
  const result: Decoded = {
    labels: model.labels,
    types: model.labels.map((l, k) => (position[k] ? (l.slice(2) as EntityType) : undefined)),
    position,
    index,
    table,
    known: new Set(model.vocabulary.split(' ')),
    // Copied to a typed array of the full size, so a short list reads as zeros rather than undefined.
    afterOne: Float64Array.from({ length: (n + 1) * n }, (_, k) => model.afterOne[k] ?? 0),
    afterTwo: Float64Array.from({ length: (n + 1) * (n + 1) * n }, (_, k) => model.afterTwo[k] ?? 0),
    allowed,
  };
  decoded.set(model, result);
  return result;
}

const SENTENCE_ENDS = new Set(['.', '!', '?', '…']);
const APOSTROPHES = new Set(["'", '’']);

/** 'Paris' → 'Xxxx', 'ONU' → 'XXX', 'Jean-Pierre' → 'Xxxx-Xxxx', '2016' → 'ddd': runs cut at three. */
export function wordShape(text: string): string {
  let shape = '';
  let last = '';
  let run = 0;
  for (const ch of text.length > 24 ? text.slice(0, 24) : text) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    const c = ch >= '0' && ch <= '9' ? 'd' : lower != upper ? (ch == lower ? 'x' : 'X') : APOSTROPHES.has(ch) ? "'" : ch;
    run = c == last ? run + 1 : 1;
    last = c;
    if (run <= 3) shape += c;
  }
  return shape;
}

/** What a token offers the model, read once per text: its word, shape and the facts that need the whole text. */
interface View {
  text: string;
  lower: string;
  /** Its `wordShape`, read when a feature first asks: most words are never scored. */
  shape?: string;
  cap: boolean;
  start: boolean;
  given: boolean;
  /** Capitalised here, and written in lower case elsewhere in the text. */
  lowerElsewhere: boolean;
}

function viewTokens(tokens: readonly Token[], lang: string): View[] {
  const views: View[] = [];
  const lowerForms = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Partial<Token> | null | undefined;
    const text = typeof t?.text == 'string' ? t.text : '';
    const lower = typeof t?.lower == 'string' ? t.lower : text.toLowerCase();
    const prev = views[i - 1];
    const first = text.charAt(0);
    const cap = first != first.toLowerCase();
    if (!cap && text) lowerForms.add(lower);
    views.push({
      text,
      lower,
      cap,
      // A sentence starts the text, a line, or follows its end mark: a capital there says less.
      start: !prev || SENTENCE_ENDS.has(prev.text) || (typeof t?.gap == 'string' && t.gap.includes('\n')),
      given: cap && !!givenName(lower, lang),
      lowerElsewhere: false,
    });
  }
  for (const v of views) v.lowerElsewhere = v.cap && lowerForms.has(v.lower);
  return views;
}

const shapeOf = (v: View): string => (v.shape ??= wordShape(v.text));

/** The static features of token `i` (those that do not depend on the labels before it), as `template=value` keys. */
function writeFeatures(views: readonly View[], i: number, known: (word: string) => boolean, out: string[]): void {
  const v = views[i];
  const prev = views[i - 1];
  const next = views[i + 1];
  const word = (w: View | undefined, edge: string) => (!w ? edge : known(w.lower) ? w.lower : UNKNOWN);
  out.length = 0;
  out.push(
    'b=',
    `w=${word(v, '')}`,
    `s=${shapeOf(v)}`,
    `x2=${v.lower.slice(-2)}`,
    `x3=${v.lower.slice(-3)}`,
    `c=${+v.cap}${+v.start}`,
    `p=${word(prev, '^')}`,
    `n=${word(next, '$')}`,
    `ps=${prev ? shapeOf(prev) : '^'}`,
    `ns=${next ? shapeOf(next) : '$'}`,
    `sn=${shapeOf(v)}|${next ? shapeOf(next) : '$'}`,
    `p2=${word(views[i - 2], '^')}`,
    `n2=${word(views[i + 2], '$')}`,
  );
  if (v.lowerElsewhere) out.push('le=1');
  if (v.given) out.push('g=1');
  if (prev?.given) out.push('pg=1');
}

/**
 * Static features of every token, and the word each is recalled by (see `recallKey`), for the training script:
 * the same code the decoder runs, so training and tagging cannot drift apart.
 */
export function featureRows(tokens: readonly Token[], known: (word: string) => boolean, lang: string): { features: string[][]; recall: string[] } {
  const views = viewTokens(tokens, lang);
  const features = views.map((_, i) => {
    const out: string[] = [];
    writeFeatures(views, i, known, out);
    return out;
  });
  return { features, recall: views.map(recallWord) };
}

// News names someone in full once, then by one word: what that word was labelled the last time it was written
// with a capital in the same text is evidence for this time. Only capitalised words are recalled.
const recallWord = (v: View): string => (v.cap ? v.lower : '');

/** The feature for a word last labelled `type` ('PER', 'ORG', 'LOC', or 'O' for none) earlier in the text. */
export const recallKey = (type: string): string => `m=${type}`;

/** Whether label `to` may follow `from`: an I- label only continues a name of its own type. */
export const mayFollow = (labels: readonly string[], from: number, to: number): boolean =>
  !labels[to].startsWith('I-') || (from >= 0 && labels[from].slice(1) == labels[to].slice(1) && labels[from] != 'O');

/**
 * Names of people, organisations and places in `tokens` (from `tokenize` or `segment`), with a confidence taken
 * from how far the chosen labels beat their runners-up. Linear in the number of tokens; never throws: tokens
 * of the wrong shape read as empty words and a missing list gives [].
 *
 *   tagEntities(tokenize('Jean Dupont est à Marseille.'), FR_TAGGER_MODEL)
 *   → [{ first: 0, last: 1, type: 'PER', score: 0.9 }, { first: 4, last: 4, type: 'LOC', score: 0.8 }]
 */
export function tagEntities(tokens: readonly Token[], model: TaggerModel): TaggedEntity[] {
  if (!Array.isArray(tokens) || !tokens.length || !model) return [];
  const m = decode(model);
  const n = m.labels.length;
  const views = viewTokens(tokens, model.lang);
  const known = (w: string) => m.known.has(w);
  const scores = new Float32Array(n);
  const features: string[] = [];
  const recalled = new Map<string, string>();
  const found: TaggedEntity[] = [];
  let prev1 = -1;
  let prev2 = -1;
  let open: TaggedEntity | undefined;
  const outside = m.labels.indexOf('O');
  for (let i = 0; i < views.length; i++) {
    // A word in lower case with no name open before it starts none (names open on a capital): most of a text's
    // words are read as outside without scoring, which keeps tagging cheap beside the rules.
    if (!views[i].cap && (prev1 < 0 || prev1 == outside) && outside >= 0) {
      open = undefined;
      prev2 = prev1;
      prev1 = outside;
      continue;
    }
    writeFeatures(views, i, known, features);
    const word = recallWord(views[i]);
    const before = word ? recalled.get(word) : undefined;
    if (before) features.push(recallKey(before));
    scores.fill(0);
    for (const key of features) {
      const at = m.index.get(key);
      if (at !== undefined) for (let l = 0; l < n; l++) scores[l] += m.table[at + l];
    }
    const h1 = (prev1 + 1) * n;
    const h2 = ((prev2 + 1) * (n + 1) + prev1 + 1) * n;
    let best = -1;
    let second = -Infinity;
    for (let l = 0; l < n; l++) {
      if (!m.allowed[h1 + l]) continue;
      const s = scores[l] + m.afterOne[h1 + l] + m.afterTwo[h2 + l];
      scores[l] = s;
      if (best < 0 || s > scores[best]) {
        if (best >= 0) second = scores[best];
        best = l;
      } else if (s > second) second = s;
    }
    // Doubt halves with each `halfMargin` of lead over the runner-up; a name is as sure as its least sure token.
    const confidence = second == -Infinity ? 1 : 1 - 0.5 ** ((scores[best] - second) / model.halfMargin);
    if (word) recalled.set(word, m.types[best] ?? 'O');
    if (m.position[best] == 2 && open) {
      open.last = i;
      open.score = Math.min(open.score, confidence);
    } else {
      open = undefined;
      if (m.position[best] == 1) {
        open = { first: i, last: i, type: m.types[best]!, score: confidence };
        found.push(open);
      }
    }
    prev2 = prev1;
    prev1 = best;
  }
  return found;
}
