// Cuts the article text into paragraphs and runs, each run knowing which items cover it, so the
// review pane can highlight nested items (a name inside a quote) without overlapping elements.
import type { Article, ItemKind } from '../data/types.js';
import { KINDS, itemKey, itemsOf, spansOf } from './document.js';

export interface Cover {
  kind: ItemKind;
  id: string;
  length: number;
  unsure: boolean;
}

export interface Run {
  start: number;
  end: number;
  covers: Cover[];
}

export interface Paragraph {
  start: number;
  runs: Run[];
}

/** The item a click on a run means: the innermost, i.e. shortest, that covers it. */
export const innermost = (run: Run): Cover | undefined => run.covers.reduce<Cover | undefined>((a, c) => (!a || c.length < a.length ? c : a), undefined);

export const coverKeys = (run: Run) => run.covers.map((c) => itemKey(c.kind, c.id)).join(' ');

export function paragraphs(article: Article, isUnsure: (kind: ItemKind, id: string) => boolean): Paragraph[] {
  const text = article.text ?? '';
  // Boundaries: +1 opens a cover at a position, -1 closes it; paragraph breaks are blank-line runs.
  const marks: { at: number; open: boolean; cover: Cover }[] = [];
  for (const kind of KINDS) {
    for (const item of itemsOf(article, kind)) {
      const unsure = isUnsure(kind, item.id);
      for (const [start, end] of spansOf(kind, item)) {
        if (!(end > start) || end > text.length) continue;
        const cover = { kind, id: item.id, length: end - start, unsure };
        marks.push({ at: start, open: true, cover }, { at: end, open: false, cover });
      }
    }
  }
  marks.sort((a, b) => a.at - b.at || Number(a.open) - Number(b.open));

  const result: Paragraph[] = [];
  const active = new Set<Cover>();
  let m = 0;
  const breaks = /\n\s*\n/g;
  let start = 0;
  while (start <= text.length) {
    breaks.lastIndex = start;
    const found = breaks.exec(text);
    const end = found ? found.index : text.length;
    const runs: Run[] = [];
    let at = start;
    // Apply every boundary up to the paragraph's start (covers may span a break).
    while (m < marks.length && marks[m].at <= at) toggle(marks[m++]);
    while (at < end) {
      const next = m < marks.length ? Math.min(marks[m].at, end) : end;
      if (next > at) runs.push({ start: at, end: next, covers: [...active] });
      at = next;
      while (m < marks.length && marks[m].at <= at && at < end) toggle(marks[m++]);
    }
    if (end > start) result.push({ start, runs });
    if (!found) break;
    start = found.index + found[0].length;
  }
  return result;

  function toggle(mark: { open: boolean; cover: Cover }) {
    if (mark.open) active.add(mark.cover);
    else active.delete(mark.cover);
  }
}
