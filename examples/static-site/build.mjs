// A static site as a newsroom's generator would build it: the article page's HTML written by a script,
// each widget server-rendered in place (`renderToString` from `encart/ssr`), readable with JavaScript
// off; `encart.hydrate.js` makes the widgets live where it runs. Run after `npm run build`:
//   node examples/static-site/build.mjs [article.json] [out-dir]
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDataScript, renderToString } from '../../dist/ssr.js';

const input = process.argv[2] ?? 'examples/kazakhstan-massimov/article.json';
const out = process.argv[3] ?? 'dist/static-site';
const article = JSON.parse(readFileSync(input, 'utf8'));

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
// One data script for the page; every widget reads it once hydrated.
const widget = (options) => renderToString(article, { ...options, includeData: false });

const paragraphs = article.text.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p.trim())}</p>`);
const [firstQuote] = article.quotes;
const lastQuote = article.quotes.at(-1);
if (firstQuote) paragraphs.splice(3, 0, widget({ widget: 'quote-card', quote: lastQuote.id }));
paragraphs.splice(6, 0, widget({ widget: 'figures-panel', limit: 4 }));

const speakers = [...new Set(article.quotes.map((q) => q.speaker).filter(Boolean))].slice(0, 4);
const published = new Date(`${article.published}T12:00:00Z`).toLocaleDateString(article.lang, { dateStyle: 'long', timeZone: 'UTC' });

const page = `<!doctype html>
<html lang="${escapeHtml(article.lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(article.title ?? article.id)}</title>
    <link rel="stylesheet" href="demo.css" />
    <!-- Server-rendered widgets: this one module makes them live; without it they still read well. -->
    <script type="module" src="encart.hydrate.js"></script>
  </head>
  <body>
    <header class="masthead">
      <span class="masthead__title">Le Quotidien <span>site statique, rendu serveur</span></span>
    </header>
    ${renderDataScript(article)}
    <main class="page">
      <article class="story">
        <h1>${escapeHtml(article.title ?? '')}</h1>
        <p class="byline">${escapeHtml(article.source?.name ?? '')} · <time datetime="${article.published}">${published}</time></p>
        ${paragraphs.join('\n        ')}
      </article>
      <aside class="rail" aria-label="Repères">
        <section class="rail__block">
          <h2 class="rail__title">Les protagonistes</h2>
          <ul class="people">
            ${speakers.map((actor) => `<li>${widget({ widget: 'actor-badge', actor })}</li>`).join('\n            ')}
          </ul>
        </section>
        ${widget({ widget: 'mini-timeline', limit: 7 })}
        ${firstQuote ? widget({ widget: 'quote-card', quote: firstQuote.id }) : ''}
      </aside>
    </main>
  </body>
</html>
`;

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'index.html'), page);
// The folder is the whole site: copy it anywhere static files are served.
copyFileSync('dist/encart.hydrate.js', join(out, 'encart.hydrate.js'));
copyFileSync('examples/demo/demo.css', join(out, 'demo.css'));
console.log(`Static site: ${join(out, 'index.html')} (${Math.round(page.length / 1024)} KB, ${speakers.length + 4} widgets server-rendered)`);
