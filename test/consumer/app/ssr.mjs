// A Node script that renders the four widgets to HTML with `encart/ssr`, for a page that hydrates them.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderToString } from 'encart/ssr';

const article = JSON.parse(readFileSync('article.json', 'utf8'));
const widgets = [
  renderToString(article, { widget: 'quote-card', quote: 'q-blinken-une-lecon' }),
  renderToString(article, { widget: 'figures-panel', figures: 'f-4400-personnes f-10-personnes f-1000-detenues f-2000000-habitants', includeData: false }),
  renderToString(article, { widget: 'actor-badge', actor: 'kassym-jomart-tokayev', includeData: false }),
  renderToString(article, { widget: 'mini-timeline', limit: 7, includeData: false }),
];
writeFileSync(
  'public/ssr.html',
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Server-rendered</title><script type="module" src="./encart.hydrate.js"></script></head>
<body>
${widgets.join('\n')}
<output id="selected"></output>
<script>document.addEventListener('encart-select', ({ detail }) => (document.querySelector('output').value = detail.kind + ' ' + detail.id));</script>
</body>
</html>
`,
);
