import { formatValidationError, parseArticle, validateArticle, type ValidationError, type ValidationResult } from '../data/validate.js';
import type { Article } from '../data/types.js';

/** What loading an article came to: the article, or why there is none. */
export type LoadResult = { ok: true; article: Article } | { ok: false; reason: 'network' | 'invalid'; message: string; errors?: ValidationError[] };

/** Largest article document we accept over the network; a news article with its data is a few hundred KB. */
export const MAX_ARTICLE_BYTES = 5e6;
/** A `src` that has not answered after this long is given up, so a widget never spins forever. */
export const FETCH_TIMEOUT_MS = 15e3;
/** How long a failed download answers the widgets that ask after it. */
const FAILURE_SHARED_MS = 1e3;

interface Download {
  result: Promise<LoadResult>;
  abort: AbortController;
  users: number;
  settled?: boolean;
}

// One download per absolute URL for the whole page: fifty widgets on one `src` cost one request.
const downloads = new Map<string, Download>();
// The same object (a `.article` given to every widget, a parsed inline script) is validated once.
const known = new WeakMap<object, LoadResult | { json: string; result: LoadResult }>();

/** Validates an article given as a JS value, once per object. */
export function articleFromValue(value: unknown, origin: string): LoadResult {
  const cacheable = typeof value == 'object' && value !== null;
  let result = cacheable ? (known.get(value) as LoadResult | undefined) : undefined;
  if (!result) {
    result = toLoadResult(validateArticle(value), origin);
    if (cacheable) known.set(value, result);
  }
  return result;
}

/** Reads an inline `<script type="application/json">`, parsed once for every widget that points at it. */
export function articleFromScript(script: HTMLScriptElement): LoadResult {
  const json = script.textContent ?? '';
  const cached = known.get(script) as { json: string; result: LoadResult } | undefined;
  if (cached?.json === json) return cached.result;
  const result = toLoadResult(parseArticle(json), `<script id="${script.id}">`);
  known.set(script, { json, result });
  return result;
}

function toLoadResult(result: ValidationResult, origin: string): LoadResult {
  if (result.ok) return result;
  const lines = result.errors.map(formatValidationError);
  // The JSON path goes to the console, for the developer; the reader sees a short designed state.
  console.warn(`[encart] invalid article data in ${origin}:\n  ${lines.join('\n  ')}`);
  return { ok: false, reason: 'invalid', message: lines[0], errors: result.errors };
}

/**
 * Fetches an article once per URL per page. Each caller's `signal` says when it stops waiting (its element left the
 * page, or asks another source now): the request is aborted when nobody waits for it any more.
 */
export function fetchArticle(url: string, signal: AbortSignal): Promise<LoadResult> {
  let download = downloads.get(url);
  if (!download) {
    const abort = new AbortController();
    const started: Download = { abort, users: 0, result: get(url, abort) };
    started.result.then((result) => {
      started.settled = true;
      // A failure is shared a moment, as the page's widgets ask in turns a few ms apart; then the
      // next widget to ask tries the network again. A retry does at once (`forgetArticle`).
      if (!result.ok) setTimeout(() => downloads.get(url) === started && downloads.delete(url), FAILURE_SHARED_MS);
    });
    downloads.set(url, (download = started));
  }
  const current = download;
  current.users++;
  signal.addEventListener('abort', () => {
    if (!--current.users && !current.settled) {
      current.abort.abort();
      downloads.delete(url);
    }
  });
  return current.result;
}

/** Drops a URL's cached article, so the next `fetchArticle` asks the network again. */
export function forgetArticle(url: string): void {
  if (downloads.get(url)?.settled) downloads.delete(url);
}

async function get(url: string, abort: AbortController): Promise<LoadResult> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, FETCH_TIMEOUT_MS);
  const fail = (message: string): LoadResult => {
    console.warn(`[encart] could not load ${url}: ${message}`);
    return { ok: false, reason: 'network', message };
  };
  try {
    const response = await fetch(url, { signal: abort.signal });
    if (!response.ok) return fail(`HTTP ${response.status}`);
    // A declared size over the limit is refused unread; an undeclared one is checked once read.
    const tooLarge = fail.bind(null, `response over ${MAX_ARTICLE_BYTES} bytes`);
    if (Number(response.headers.get('content-length')) > MAX_ARTICLE_BYTES) return abort.abort(), tooLarge();
    const body = await response.text();
    return body.length > MAX_ARTICLE_BYTES ? tooLarge() : toLoadResult(parseArticle(body), url);
  } catch (error) {
    if (timedOut) return fail(`no answer after ${FETCH_TIMEOUT_MS / 1e3} s`);
    // Aborted because every element waiting for it left the page: nobody to tell.
    return abort.signal.aborted ? { ok: false, reason: 'network', message: 'aborted' } : fail(String(error));
  } finally {
    clearTimeout(timer);
  }
}
