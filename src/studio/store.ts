// The one place the document changes: every edit goes through `commit`, which records the previous
// document for undo, autosaves, and asks the worker for a new extraction when the inputs changed.
import type { Article, ItemKind, Span } from '../data/types.js';
import { loadSaved, save, STORAGE_KEY } from './autosave.js';
import { inputsKey, itemKey, KINDS, COLLECTION, newDoc, type ExtractInputs, type ItemRef, type StudioDoc } from './document.js';
import { addItem, deleteItem, mergeActors, updateItem } from './edits.js';
import { ExtractorClient, type ExtractReply } from './extractor-client.js';
import { History } from './history.js';
import { reconcile } from './reconcile.js';

export type ExtractStatus = { state: 'idle' | 'extracting' } | { state: 'done'; ms: number; warnings: string[] } | { state: 'error'; message: string };

export class StudioStore extends EventTarget {
  doc: StudioDoc;
  status: ExtractStatus = { state: 'idle' };
  saved = true;
  private readonly history = new History<StudioDoc>();
  private readonly extractor = new ExtractorClient((reply) => this.receive(reply));
  private saveTimer?: ReturnType<typeof setTimeout>;
  private unsaved = false;

  constructor(
    doc: StudioDoc,
    private readonly storageKey = STORAGE_KEY,
  ) {
    super();
    this.doc = doc;
    this.extractIfNeeded(0);
  }

  /** The saved work if there is some, else `fallback()` (the example article on a first visit). */
  static async open(fallback: () => Promise<StudioDoc>, storageKey = STORAGE_KEY): Promise<StudioStore> {
    // Both at once: the example is cheap to fetch (the page preloads it) and saves a wait on a first visit.
    const example = fallback();
    example.catch(() => undefined);
    return new StudioStore((await loadSaved(storageKey)) ?? (await example), storageKey);
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }
  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /** Whether replacing the document would lose an editor's work (other than typing). */
  get hasWork(): boolean {
    return this.doc.edited.length + this.doc.deleted.length + Object.keys(this.doc.merged).length > 0;
  }

  commit(next: StudioDoc, group = ''): void {
    if (next == this.doc) return;
    this.history.record(this.doc, group);
    this.doc = next;
    this.changed();
  }

  setInputs(patch: Partial<ExtractInputs>): void {
    const field = Object.keys(patch).join();
    this.commit({ ...this.doc, ...patch }, `input:${field}`);
  }

  update(ref: ItemRef, patch: Record<string, unknown>): void {
    this.commit(updateItem(this.doc, ref, patch));
  }

  remove(ref: ItemRef): void {
    this.commit(deleteItem(this.doc, ref));
  }

  merge(fromId: string, intoId: string): void {
    this.commit(mergeActors(this.doc, fromId, intoId));
  }

  add(kind: ItemKind, span: Span): ItemRef {
    const { doc, ref } = addItem(this.doc, kind, span);
    this.commit(doc);
    return ref;
  }

  setPicks(patch: Partial<StudioDoc['picks']>): void {
    this.commit({ ...this.doc, picks: { ...this.doc.picks, ...patch } }, `picks:${Object.keys(patch).join()}`);
  }

  /** A whole new document (a file, the example, an import); undo brings the previous one back. */
  replace(doc: StudioDoc): void {
    this.commit(doc);
  }

  /** An imported article is the editor's already: every item counts as hand-checked, none is re-extracted. */
  static docFromArticle(article: Article): StudioDoc {
    const lang = article.lang == 'fr' || article.lang == 'en' ? article.lang : 'auto';
    const doc = newDoc({ text: article.text ?? '', lang, published: article.published, title: article.title ?? '' });
    const edited = KINDS.flatMap((kind) => article[COLLECTION[kind]].map((item) => itemKey(kind, item.id)));
    return { ...doc, article, edited, extractedFor: inputsKey(doc) };
  }

  undo(): void {
    const previous = this.history.undo(this.doc);
    if (previous) {
      this.doc = previous;
      this.changed();
    }
  }

  redo(): void {
    const next = this.history.redo(this.doc);
    if (next) {
      this.doc = next;
      this.changed();
    }
  }

  dispose(): void {
    this.extractor.dispose();
    void this.flushSave();
  }

  /** The editor is typing: a pending save waits, since saving a long text would freeze a key or two. */
  typing(): void {
    if (this.unsaved) this.scheduleSave();
  }

  /** Saves now rather than after the usual short wait; resolves once written. */
  async flushSave(): Promise<void> {
    clearTimeout(this.saveTimer);
    if (!this.unsaved) return this.writing;
    this.unsaved = false;
    const writing = save(this.doc, this.storageKey).then((saved) => {
      this.saved = saved;
      this.notify();
    });
    this.writing = writing;
    return writing;
  }
  private writing: Promise<void> = Promise.resolve();

  // Saving a long text on every change would cost more than the change: wait for a pause, then for idle time.
  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      if ('requestIdleCallback' in globalThis) requestIdleCallback(() => void this.flushSave(), { timeout: 1000 });
      else void this.flushSave();
    }, 600);
  }

  private changed(): void {
    this.unsaved = true;
    this.scheduleSave();
    this.extractIfNeeded();
    this.notify();
  }

  private extractIfNeeded(delay?: number): void {
    const key = inputsKey(this.doc);
    if (key == this.doc.extractedFor) {
      if (this.status.state == 'extracting') this.status = { state: 'idle' };
      return;
    }
    this.status = { state: 'extracting' };
    const { text, lang, published, title } = this.doc;
    this.extractor.request({ text, lang, published, title }, key, delay);
  }

  private receive(reply: ExtractReply): void {
    if ('error' in reply) {
      this.status = { state: 'error', message: reply.error };
    } else if (reply.key == inputsKey(this.doc)) {
      const { article, edited } = reconcile(this.doc, reply.article);
      // Derived from the inputs, so not an undo step of its own.
      this.doc = { ...this.doc, article, edited, extractedFor: reply.key };
      this.status = { state: 'done', ms: Math.round(reply.ms), warnings: reply.warnings };
      this.changed();
      return;
    }
    this.notify();
  }

  private notify(): void {
    this.dispatchEvent(new Event('change'));
  }
}
