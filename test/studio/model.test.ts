// The studio's document model without the interface: how a new extraction is laid under the
// editor's work, how undo groups typing, what the embed code escapes, how the text is cut for highlights.
import { expect } from '@open-wc/testing';
import type { Article } from '../../src/data/types.js';
import { extract } from '../../src/extract/index.js';
import { newDoc, type StudioDoc } from '../../src/studio/document.js';
import { addItem, deleteItem, mergeActors, readNumber, updateItem } from '../../src/studio/edits.js';
import { embedSnippets } from '../../src/studio/embed-snippet.js';
import { paragraphs, innermost } from '../../src/studio/highlight.js';
import { History } from '../../src/studio/history.js';
import { reconcile } from '../../src/studio/reconcile.js';

const TEXT = `Le président Emmanuel Macron a reçu mardi le chancelier Olaf Scholz à Paris.

"Nous avançons ensemble", a déclaré Emmanuel Macron. Plus de 300 journalistes étaient présents.`;

function extracted(text = TEXT): StudioDoc {
  const doc = newDoc({ text, published: '2024-03-08', lang: 'fr' });
  return { ...doc, article: extract(text, { published: '2024-03-08', lang: 'fr' }).article };
}

const fresh = (text: string): Article => extract(text, { published: '2024-03-08', lang: 'fr' }).article;

describe('studio model: a new extraction under the editor’s work', () => {
  it('keeps a deleted item deleted and a merged actor merged', () => {
    let doc = extracted();
    const [first, second] = doc.article.actors;
    doc = deleteItem(doc, { kind: 'figure', id: doc.article.figures[0].id });
    doc = mergeActors(doc, second.id, first.id);
    const { article } = reconcile(doc, fresh(TEXT));
    expect(article.figures.map((f) => f.id)).to.not.include(extracted().article.figures[0].id);
    expect(article.actors.map((a) => a.id)).to.not.include(second.id);
    expect(article.actors.find((a) => a.id == first.id)!.aliases).to.include(second.name);
  });

  it('moves a hand-made item with its words when text is added before them, and drops it when they are gone', () => {
    let doc = extracted();
    const start = TEXT.indexOf('journalistes');
    doc = addItem(doc, 'figure', [start, start + 'journalistes'.length]).doc;
    const added = doc.article.figures.at(-1)!;
    const longer = `Un chapeau ajouté.\n\n${TEXT}`;
    const moved = reconcile(doc, fresh(longer)).article.figures.find((f) => f.id == added.id)!;
    expect(longer.slice(...moved.span)).to.equal('journalistes');
    const without = TEXT.replace(' Plus de 300 journalistes étaient présents.', '');
    const after = reconcile(doc, fresh(without));
    expect(after.article.figures.map((f) => f.id)).to.not.include(added.id);
    expect(after.edited).to.not.include(`figure:${added.id}`);
  });

  it('drops a speaker whose actor was deleted rather than leaving a dangling reference', () => {
    let doc = extracted();
    const quote = doc.article.quotes[0];
    expect(quote.speaker).to.be.a('string');
    doc = deleteItem(doc, { kind: 'actor', id: quote.speaker! });
    expect(doc.article.quotes[0].speaker).to.equal(undefined);
  });

  it('removes an optional field emptied by the editor', () => {
    let doc = extracted();
    const actor = doc.article.actors[0];
    doc = updateItem(doc, { kind: 'actor', id: actor.id }, { role: 'chef' });
    expect(doc.article.actors[0].role).to.equal('chef');
    doc = updateItem(doc, { kind: 'actor', id: actor.id }, { role: undefined });
    expect('role' in doc.article.actors[0]).to.equal(false);
  });

  it('reads numbers as French and English write them', () => {
    expect(readNumber('plus de 4 400 personnes')).to.equal(4400);
    expect(readNumber('2,5 millions')).to.equal(2.5);
    expect(readNumber('1,200 people')).to.equal(1200);
    expect(readNumber('des dizaines')).to.equal(0);
  });
});

describe('studio model: undo history', () => {
  it('groups changes to one field made within a second, and starts afresh after an undo', () => {
    const history = new History<number>();
    history.record(0, 'text', 1000);
    history.record(1, 'text', 1500);
    history.record(2, 'text', 1900);
    history.record(3, 'title', 2000);
    expect(history.undo(4)).to.equal(3);
    expect(history.undo(3)).to.equal(0);
    expect(history.canUndo).to.equal(false);
    expect(history.redo(0)).to.equal(3);
  });
});

describe('studio model: embed code', () => {
  it('escapes article text in the fallback and keeps inline data from closing its script', () => {
    const doc = extracted();
    const evil = '</script><img src=x onerror=alert(1)> & "quoted"';
    const article = { ...doc.article, quotes: [{ ...doc.article.quotes[0], text: evil }] };
    const { script } = embedSnippets(article, doc.picks, 'inline');
    expect(script).to.not.include('<img');
    expect(script).to.include('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;');
    // One closing tag per script element, none from the data.
    expect(script.match(/<\/script>/g)).to.have.length(2);
    const json = /<script type="application\/json"[^>]*>(.*?)<\/script>/s.exec(script)![1];
    expect(JSON.parse(json).quotes[0].text).to.equal(evil);
  });

  it('points at article.json when the data is a file next to the page, and ships no text', () => {
    const doc = extracted();
    const { module } = embedSnippets(doc.article, doc.picks, 'file');
    expect(module).to.include('src="article.json"');
    expect(module).to.not.include('application/json');
  });
});

describe('studio model: highlights', () => {
  it('cuts nested items into runs that know every item covering them, the innermost first for a click', () => {
    const text = '« Paris est prête », a dit Anne Hidalgo.\n\nFin.';
    const article: Article = {
      ...extracted().article,
      text,
      actors: [{ id: 'paris', name: 'Paris', kind: 'place', aliases: [], mentions: [[2, 7]] }],
      quotes: [{ id: 'q1', text: 'Paris est prête', span: [0, 19] }],
      figures: [],
      events: [],
    };
    const [first, second] = paragraphs(article, (kind) => kind == 'quote');
    expect(first.runs.map((r) => text.slice(r.start, r.end))).to.deep.equal(['« ', 'Paris', ' est prête »', ', a dit Anne Hidalgo.']);
    const paris = first.runs[1];
    expect(paris.covers.map((c) => c.kind).sort()).to.deep.equal(['actor', 'quote']);
    expect(innermost(paris)!.kind).to.equal('actor');
    expect(first.runs[2].covers.map((c) => [c.kind, c.unsure])).to.deep.equal([['quote', true]]);
    expect(first.runs[3].covers).to.deep.equal([]);
    expect(text.slice(second.start)).to.equal('Fin.');
  });
});
