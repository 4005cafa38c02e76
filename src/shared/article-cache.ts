import type { Article } from '../data/types.js';
import { formatValidationError, parseArticle, validateArticle, type ValidationResult } from '../data/validate.js';

/** What loading an article came to: the article, or why there is none. */
export type LoadResult = { ok: true; article: Article } | { ok: false; reason: 'network' | 'invalid'; message: string };

/** Largest article document we accept over the network; a news article with its data is a few hundred KB. */
export const MAX_ARTICLE_BYTES = 5_000_000;
/** A `src` that has not answered after this long is given up, so a widget never spins forever. */
export const FETCH_TIMEOUT_MS = 15_000;

interface Pending {
  result: Promise<LoadResult>;
  abort: AbortController;
  users: number;
  settled: boolean;
}

// One entry per absolute URL for the whole page: fifty widgets on one `src` cost one request.
const byUrl = new Map<string, Pending>();
// Validating the same object again (the same `.article` given to every widget) would cost each widget.
const validated = new WeakMap<object, LoadResult>();

/** Validates an article given as a JS value, once per object. */
export function articleFromValue(value: unknown, origin: string): LoadResult {
  if (typeof value === 'object' && value !== null) {
    const known = validated.get(value);
    if (known) return known;
    const result = toLoadResult(validateArticle(value), origin);
    validated.set(value, result);
    return result;
  }
  return toLoadResult(validateArticle(value), origin);
}

/** Parses and validates JSON text, such as a response body. */
export function articleFromJson(json: string, origin: string): LoadResult {
  return toLoadResult(parseArticle(json), origin);
}

const parsedScripts = new WeakMap<HTMLScriptElement, { json: string; result: LoadResult }>();

/** Reads an inline `<script type="application/json">`, parsing it once for every widget that points at it. */
export function articleFromScript(script: HTMLScriptElement): LoadResult {
  const json = script.textContent ?? '';
  const known = parsedScripts.get(script);
  if (known?.json === json) return known.result;
  const result = articleFromJson(json, `<script id="${script.id}">`);
  parsedScripts.set(script, { json, result });
  return result;
}

function toLoadResult(result: ValidationResult, origin: string): LoadResult {
  if (result.ok) return result;
  const lines = result.errors.map(formatValidationError);
  // The JSON path goes to the console, for the developer; the reader sees a short designed state.
  console.warn(`[encart] invalid article data in ${origin}:\n  ${lines.join('\n  ')}`);
  return { ok: false, reason: 'invalid', message: lines[0] };
}

/**
 * Fetches an article once per URL per page. Each caller must `release()` when it no longer waits
 * (an element removed while loading); the request is aborted when nobody waits for it any more.
 */
export function fetchArticle(url: string): { result: Promise<LoadResult>; release: () => void } {
  let entry = byUrl.get(url);
  if (!entry) {
    const abort = new AbortController();
    const created: Pending = { abort, users: 0, settled: false, result: Promise.resolve(null as never) };
    created.result = download(url, abort).then((result) => {
      created.settled = true;
      // A failure is not kept: a later retry should ask the network again.
      if (!result.ok && byUrl.get(url) === created) byUrl.delete(url);
      return result;
    });
    byUrl.set(url, (entry = created));
  }
  const current = entry;
  current.users++;
  let released = false;
  return {
    result: current.result,
    release() {
      if (released) return;
      released = true;
      if (--current.users === 0 && !current.settled) {
        current.abort.abort();
        byUrl.delete(url);
      }
    },
  };
}

/** Drops a URL's cached result, so the next `fetchArticle` asks the network again (retry). */
export function forgetArticle(url: string): void {
  const entry = byUrl.get(url);
  if (entry?.settled) byUrl.delete(url);
}

async function download(url: string, abort: AbortController): Promise<LoadResult> {
  const timer = setTimeout(() => abort.abort(new DOMException('timed out', 'TimeoutError')), FETCH_TIMEOUT_MS);
  try {
    const response = await fetch(url, { signal: abort.signal, credentials: 'same-origin' });
    if (!response.ok) return failed(url, `HTTP ${response.status} ${response.statusText}`.trim());
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_ARTICLE_BYTES) return failed(url, `response of ${declared} bytes is over the limit`);
    const body = await readLimited(response, abort);
    if (body === undefined) return failed(url, `response is over ${MAX_ARTICLE_BYTES} bytes`);
    return articleFromJson(body, url);
  } catch (error) {
    const reason = abort.signal.reason;
    if (reason instanceof DOMException && reason.name === 'TimeoutError') {
      return failed(url, `no answer after ${FETCH_TIMEOUT_MS / 1000} s`);
    }
    // Aborted because every element waiting for it left the page: nobody to tell.
    if (abort.signal.aborted) return { ok: false, reason: 'network', message: 'aborted' };
    return failed(url, String((error as Error)?.message ?? error));
  } finally {
    clearTimeout(timer);
  }
}

function failed(url: string, message: string): LoadResult {
  console.warn(`[encart] could not load ${url}: ${message}`);
  return { ok: false, reason: 'network', message };
}

/** Reads a body as text, stopping (undefined) past the size limit instead of holding 50 MB in memory. */
async function readLimited(response: Response, abort: AbortController): Promise<string | undefined> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > MAX_ARTICLE_BYTES) {
      abort.abort();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}
