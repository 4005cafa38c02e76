// Evaluated before the interface modules: the worker's download overlaps building the page.
import { prewarmWorker } from './extractor-client.js';

prewarmWorker();
