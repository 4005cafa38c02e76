/** A path the static build and the dev server both answer with 404: the widget's network-error state. */
export const MISSING_SRC = 'encart-stories/missing-article.json';

/**
 * Makes `fetch` of one URL hang like a server that never answers, for the loading state; every other
 * URL goes to the network. The stub honours the abort signal, as a real fetch does: the widget's own
 * 15 s timeout (and leaving the story) ends the wait. Restored when the story is left.
 */
export function neverAnswering(path: string): () => () => void {
  return () => {
    const original = window.fetch;
    const target = new URL(path, document.baseURI).href;
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url !== target) return original(input, init);
      return new Promise<Response>((_, reject) => {
        const signal = init?.signal;
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    };
    return () => {
      window.fetch = original;
    };
  };
}
