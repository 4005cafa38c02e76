// Talks to the extraction worker: requests are debounced while the editor types, and only the
// answer to the latest request is delivered (an older one arriving late is dropped).
import type { Article } from '../data/types.js';
import type { ExtractInputs } from './document.js';

export interface ExtractRequest extends ExtractInputs {
  seq: number;
  key: string;
}

export type ExtractReply = { seq: number; key: string; ms: number } & ({ article: Article; warnings: string[] } | { error: string });

let workerUrl: URL | string = new URL('./extract-worker.js', import.meta.url);

/** Where the worker module is; tests point this at the TypeScript source. */
export function setWorkerUrl(url: URL | string): void {
  workerUrl = url;
}

let warm: Worker | undefined;
const startWorker = () => new Worker(workerUrl, { type: 'module', name: 'encart-extract' });

/** Starts the worker before there is anything to extract, so its module loads while the page does. */
export function prewarmWorker(): void {
  warm ??= startWorker();
}

export class ExtractorClient {
  private worker?: Worker;
  private seq = 0;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly onReply: (reply: ExtractReply) => void,
    private readonly delay = 350,
  ) {}

  /** Asks for an extraction after `delay` ms of quiet (0: at once). */
  request(inputs: ExtractInputs, key: string, delay = this.delay): void {
    clearTimeout(this.timer);
    const seq = ++this.seq;
    this.timer = setTimeout(() => this.send({ ...inputs, key, seq }), delay);
  }

  private send(request: ExtractRequest): void {
    if (!this.worker) {
      this.worker = warm ?? startWorker();
      warm = undefined;
      this.worker.onmessage = ({ data }: MessageEvent<ExtractReply>) => {
        if (data.seq == this.seq) this.onReply(data);
      };
      this.worker.onerror = (event) => {
        event.preventDefault();
        this.onReply({ seq: this.seq, key: '', ms: 0, error: event.message || 'the extractor failed to start' });
      };
    }
    this.worker.postMessage({ seq: request.seq, key: request.key, text: request.text, lang: request.lang, published: request.published, title: request.title });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.worker?.terminate();
    this.worker = undefined;
  }
}
