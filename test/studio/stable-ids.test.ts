// An editor's work stays on the items it was done on through any re-extraction: random edits,
// deletions, checks and hand-made items, then random paragraph insertions, deletions and edits of the
// text, then the extractor again under the editor's work (reconcile, as the studio does).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Article, Item, ItemKind } from '../../src/data/types.js';
import { extract } from '../../src/extract/index.js';
import { COLLECTION, newDoc, spansOf, type StudioDoc } from '../../src/studio/document.js';
import { addItem, deleteItem, updateItem } from '../../src/studio/edits.js';
import { reconcile } from '../../src/studio/reconcile.js';
import { fetchText } from '../helpers/fixtures.js';

const PUBLISHED = '2022-01-08';
const run = (text: string): Article => extract(text, { published: PUBLISHED, lang: 'fr' }).article;

type Work = { type: 'edit' | 'check' | 'delete' | 'add'; kind: 'quote' | 'figure' | 'event'; pick: number };
type TextOp = { type: 'insert' | 'delete' | 'cut'; at: number; pick: number };
const work: fc.Arbitrary<Work> = fc.record({ type: fc.constantFrom('edit', 'check', 'delete', 'add'), kind: fc.constantFrom('quote', 'figure', 'event'), pick: fc.nat() });
const textOp: fc.Arbitrary<TextOp> = fc.record({ type: fc.constantFrom('insert', 'delete', 'cut'), at: fc.nat(), pick: fc.nat() });

function edited(text: string, pool: string[], ops: TextOp[]): string {
  const paragraphs = text.split('\n\n');
  for (const { type, at, pick } of ops) {
    const i = at % (paragraphs.length + (type == 'insert' ? 1 : 0));
    if (type == 'insert') paragraphs.splice(i, 0, pool[pick % pool.length]);
    else if (paragraphs.length < 2) continue;
    else if (type == 'delete') paragraphs.splice(i, 1);
    else paragraphs[i] = paragraphs[i].split(/(?<=\.) /).slice(0, -1).join(' ') || paragraphs[i];
  }
  return paragraphs.join('\n\n');
}

/** What the editor did to each item: the words it stands on, and the field the editor wrote (a marker no other item has). */
interface Done {
  kind: ItemKind;
  id: string;
  words: string;
  field?: string;
  value?: unknown;
  deleted?: boolean;
}

const items = (article: Article, kind: ItemKind) => article[COLLECTION[kind]] as Item[];
const wordsOf = (text: string, kind: ItemKind, item: Item) => text.slice(...spansOf(kind, item)[0]);
const FIELD = { quote: 'text', figure: 'label', event: 'label' } as const;

function applyWork(doc: StudioDoc, steps: Work[], done: Map<string, Done>): StudioDoc {
  const text = doc.article.text ?? '';
  steps.forEach(({ type, kind, pick }, n) => {
    if (type == 'add') {
      // Hand-made: a stretch of words nobody found, as an editor selects it.
      const at = (pick * 7919) % Math.max(1, text.length - 40);
      const start = text.indexOf(' ', at) + 1;
      const end = text.indexOf(' ', start + 12);
      if (start <= 0 || end < 0 || !text.slice(start, end).trim()) return;
      const added = addItem(doc, kind, [start, end]);
      doc = added.doc;
      const item = items(doc.article, kind).find((i) => i.id == added.ref.id)!;
      done.set(`${kind}:${item.id}`, { kind, id: item.id, words: wordsOf(text, kind, item) });
      return;
    }
    const list = items(doc.article, kind);
    if (!list.length) return;
    const item = list[pick % list.length];
    const key = `${kind}:${item.id}`;
    const words = wordsOf(text, kind, item);
    if (type == 'delete') {
      doc = deleteItem(doc, { kind, id: item.id });
      done.set(key, { kind, id: item.id, words, deleted: true });
    } else if (type == 'check') {
      doc = updateItem(doc, { kind, id: item.id }, { checked: true });
      done.set(key, { ...done.get(key), kind, id: item.id, words, field: 'checked', value: true });
    } else {
      const value = `edited ${n} of ${item.id}`;
      doc = updateItem(doc, { kind, id: item.id }, { [FIELD[kind]]: value });
      done.set(key, { kind, id: item.id, words, field: FIELD[kind], value });
    }
  });
  return doc;
}

describe('studio: the editor’s work through re-extraction', function () {
  // A hundred random edits, each extracted twice in the browser: on two cores beside two other browsers, more than the
  // default ten seconds.
  this.timeout(60000);
  let text: string;
  let pool: string[];
  before(async () => {
    text = await fetchText('/examples/kazakhstan-massimov/article.fr.txt');
    pool = (await fetchText('/test/fixtures/articles/pologne-troupes-americaines/article.fr.txt')).split('\n\n').filter((p) => p.trim());
  });

  it('no edit moves to another item, no deleted item comes back, no item is doubled', () => {
    let checkedEdits = 0;
    fc.assert(
      fc.property(fc.array(work, { minLength: 1, maxLength: 6 }), fc.array(textOp, { minLength: 1, maxLength: 3 }), (steps, ops) => {
        const done = new Map<string, Done>();
        let doc: StudioDoc = { ...newDoc({ text, published: PUBLISHED, lang: 'fr' }), article: run(text) };
        doc = applyWork(doc, steps, done);
        const newText = edited(text, pool, ops);
        const { article } = reconcile({ ...doc, text: newText }, run(newText));

        const ids = [...article.actors, ...article.quotes, ...article.figures, ...article.events].map((i) => i.id);
        expect(new Set(ids).size, 'an id given twice').to.equal(ids.length);
        for (const kind of ['quote', 'figure', 'event'] as const) {
          const spans = items(article, kind).map((i) => String(spansOf(kind, i)[0]));
          expect(new Set(spans).size, `two ${kind}s on the same words`).to.equal(spans.length);
        }
        for (const d of done.values()) {
          const now = items(article, d.kind).find((i) => i.id == d.id);
          if (d.deleted) {
            expect(now, `${d.id} deleted`).to.equal(undefined);
            continue;
          }
          // Kept while its words are in the text, on those words, with the editor's change.
          if (!newText.includes(d.words)) continue;
          expect(now, `${d.id} kept`).to.not.equal(undefined);
          expect(wordsOf(newText, d.kind, now!)).to.equal(d.words);
          if (d.field) {
            checkedEdits++;
            expect((now as unknown as Record<string, unknown>)[d.field]).to.equal(d.value);
          }
          if (typeof d.value == 'string') {
            const carriers = items(article, d.kind).filter((i) => (i as unknown as Record<string, unknown>)[d.field!] == d.value);
            expect(carriers.map((i) => i.id), 'the edit is on one item only').to.deep.equal([d.id]);
          }
        }
      }),
      { numRuns: 80 },
    );
    expect(checkedEdits, 'edits looked at after re-extraction').to.be.greaterThan(50);
  });

  it('deleting the second quote, then adding a paragraph at the top, drops that quote only and doubles none (issue 13)', () => {
    let doc: StudioDoc = { ...newDoc({ text, published: PUBLISHED, lang: 'fr' }), article: run(text) };
    const [first, second, ...rest] = doc.article.quotes;
    doc = updateItem(doc, { kind: 'quote', id: first.id }, { checked: true });
    doc = deleteItem(doc, { kind: 'quote', id: second.id });
    const longer = `${pool[1]}\n\n${text}`;
    const { article } = reconcile({ ...doc, text: longer }, run(longer));
    const mine = article.quotes.filter((q) => [first, ...rest].some((o) => o.text == q.text));
    expect(mine.map((q) => q.id)).to.deep.equal([first, ...rest].map((q) => q.id));
    expect(article.quotes.map((q) => q.text)).to.not.include(second.text);
    expect(article.quotes.filter((q) => q.checked).map((q) => q.id)).to.deep.equal([first.id]);
  });

  it('hand-made items never take an id the extractor writes, even after one is deleted', () => {
    let doc: StudioDoc = { ...newDoc({ text, published: PUBLISHED, lang: 'fr' }), article: run(text) };
    const at = text.indexOf('Almaty');
    const a = addItem(doc, 'quote', [at, at + 6]);
    doc = deleteItem(a.doc, a.ref);
    const b = addItem(doc, 'quote', [at, at + 6]);
    expect(a.ref.id).to.equal('q_h1');
    expect(b.ref.id).to.equal('q_h2');
    expect(run(text).quotes.map((q) => q.id).every((id) => !id.includes('_'))).to.equal(true);
  });

  it('opens the item already on the words an editor selects again, rather than adding a copy', () => {
    let doc: StudioDoc = { ...newDoc({ text, published: PUBLISHED, lang: 'fr' }), article: run(text) };
    const at = text.indexOf('Almaty');
    const a = addItem(doc, 'event', [at, at + 6]);
    const b = addItem(a.doc, 'event', [at, at + 6]);
    expect(b.ref).to.deep.equal(a.ref);
    expect(b.doc.article.events.filter((e) => e.span[0] == at)).to.have.length(1);
  });

  it('keeps an id when the editor rewrites the item', () => {
    let doc: StudioDoc = { ...newDoc({ text, published: PUBLISHED, lang: 'fr' }), article: run(text) };
    const quote = doc.article.quotes[0];
    doc = updateItem(doc, { kind: 'quote', id: quote.id }, { text: 'Tout autre chose', id: 'renamed' } as Partial<Item>);
    expect(doc.article.quotes[0]).to.include({ id: quote.id, text: 'Tout autre chose' });
  });
});
