/**
 * Whether a string from article data may become a link or an image: an absolute http(s) URL and
 * nothing else, so `javascript:`, `data:` and their encoded or padded forms never reach an `href`.
 */
export function isHttpUrl(value: string, httpsOnly = false): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  // The URL parser strips tabs, newlines and leading controls, so `java\tscript:` is caught here too.
  return url.protocol === 'https:' || (!httpsOnly && url.protocol === 'http:');
}

/** The URL as a safe string for `href`/`src`, or undefined when it must not be used. */
export function safeHttpUrl(value: string | undefined): string | undefined {
  return value !== undefined && isHttpUrl(value) ? value : undefined;
}
