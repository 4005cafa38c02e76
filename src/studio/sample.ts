// The example a first visit opens with: the Kazakhstan dispatch the demo uses, copied next to the
// studio by its build, so an editor sees the tool at work before pasting anything.
import { validateArticle } from '../data/validate.js';
import { inputsKey, newDoc, type StudioDoc } from './document.js';

let sampleBase: URL | string = new URL('./sample/', import.meta.url);
let hasExtracted = true;

/**
 * Where `article.fr.txt`, `meta.json` and (from the build) `extracted.json` are; tests point this at
 * the examples folder, where there is no `extracted.json`, so the worker extracts the example.
 */
export function setSampleBase(url: URL | string, withExtracted = true): void {
  sampleBase = url;
  hasExtracted = withExtracted;
}

/** The example's items as the build extracted them, when they are for this very text. */
async function preExtracted(doc: StudioDoc): Promise<Partial<StudioDoc>> {
  if (!hasExtracted) return {};
  try {
    const response = await fetch(new URL('extracted.json', sampleBase));
    const result = validateArticle(response.ok ? await response.json() : undefined);
    return result.ok && result.article.text === doc.text ? { article: result.article, extractedFor: inputsKey(doc) } : {};
  } catch {
    return {};
  }
}

export async function loadSample(): Promise<StudioDoc> {
  try {
    const [text, meta] = await Promise.all([
      fetch(new URL('article.fr.txt', sampleBase)).then((r) => (r.ok ? r.text() : Promise.reject(r.status))),
      fetch(new URL('meta.json', sampleBase)).then((r) => (r.ok ? r.json() : Promise.reject(r.status))),
    ]);
    const doc = newDoc({ text, lang: 'auto', published: meta.published, title: meta.title ?? '' });
    return { ...doc, ...(await preExtracted(doc)) };
  } catch {
    // Offline or hosted without the example: an empty page is still a working studio.
    return newDoc({ text: '', published: new Date().toISOString().slice(0, 10) });
  }
}
