// On the server (Node 20+): the widget's HTML with its shadow root in the markup, readable before any
// script runs. Load `encart/hydrate.js` on the page (instead of encart.js) to make it live.
import { readFile } from 'node:fs/promises';
import { renderToString } from 'encart/ssr';

const article = JSON.parse(await readFile('examples/kazakhstan-massimov/article.json', 'utf8'));

const html = renderToString(article, { widget: 'quote-card', quote: 'q-blinken-une-lecon' });
// Further widgets of the same article: the page has its data script already.
const timeline = renderToString(article, { widget: 'mini-timeline', limit: 5, includeData: false });

process.stdout.write(`${html}\n${timeline}\n`);
