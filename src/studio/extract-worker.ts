// Runs the extractor off the main thread: typing in a 50,000-word text never waits for it.
import { extract } from '../extract/index.js';
import type { ExtractRequest, ExtractReply } from './extractor-client.js';

self.onmessage = (message: MessageEvent<ExtractRequest>) => {
  const { seq, key, text, lang, published, title } = message.data;
  const started = performance.now();
  let reply: ExtractReply;
  try {
    const { article, warnings } = extract(text, { published, ...(lang == 'auto' ? {} : { lang }), ...(title ? { title } : {}) });
    reply = { seq, key, article, warnings, ms: performance.now() - started };
  } catch (error) {
    reply = { seq, key, error: String((error as Error)?.message ?? error), ms: performance.now() - started };
  }
  self.postMessage(reply);
};
