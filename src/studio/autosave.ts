// The work is saved in the browser after every change, so a reload, a crash or a closed tab loses nothing.
import type { StudioDoc } from './document.js';

export const STORAGE_KEY = 'encart-studio/doc@1';

export function loadSaved(key = STORAGE_KEY): StudioDoc | undefined {
  try {
    const raw = localStorage.getItem(key);
    const doc = raw ? JSON.parse(raw) : undefined;
    return doc?.version == 1 && typeof doc.text == 'string' && doc.article ? (doc as StudioDoc) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the document was saved: the browser may refuse (storage full, private mode). */
export function save(doc: StudioDoc, key = STORAGE_KEY): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(doc));
    return true;
  } catch {
    return false;
  }
}
