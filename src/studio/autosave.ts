// The work is saved in the browser after every change, so a reload, a crash or a closed tab loses
// nothing. IndexedDB rather than localStorage: it takes the document as it is (no JSON of a
// 50,000-word text on the main thread) and writes off the main thread.
import type { StudioDoc } from './document.js';

export const STORAGE_KEY = 'encart-studio/doc@1';
const DB_NAME = 'encart-studio';
const TABLE = 'docs';

let database: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
  database ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(TABLE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return database;
}

function run<T>(mode: IDBTransactionMode, action: (table: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(TABLE, mode);
        const request = action(transaction.objectStore(TABLE));
        transaction.oncomplete = () => resolve(request.result);
        transaction.onerror = transaction.onabort = () => reject(transaction.error);
      }),
  );
}

export async function loadSaved(key = STORAGE_KEY): Promise<StudioDoc | undefined> {
  try {
    const doc = await run<any>('readonly', (table) => table.get(key));
    return doc?.version == 1 && typeof doc.text == 'string' && doc.article ? (doc as StudioDoc) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the document was saved: the browser may refuse (storage full, private mode). */
export async function save(doc: StudioDoc, key = STORAGE_KEY): Promise<boolean> {
  try {
    await run('readwrite', (table) => table.put(doc, key));
    return true;
  } catch {
    return false;
  }
}
