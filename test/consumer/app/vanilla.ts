// A vanilla TypeScript app: `import 'encart'` alone registers the four tags and types them.
import { validateArticle } from 'encart';
// German words for the widget the page marks lang="de": a side-effect import the bundler must keep.
import 'encart/locales/de.js';
import data from './article.json' with { type: 'json' };

// A JSON import is typed loosely (`schema: string`); the validator hands back an `Article`.
const result = validateArticle(data);
if (!result.ok) throw new Error('article.json is not encart/article@1');

document.querySelector('encart-quote-card')!.article = result.article;
document.querySelector('encart-figures-panel')!.article = result.article;
document.querySelector('encart-actor-badge')!.article = result.article;
document.querySelector('encart-mini-timeline')!.article = result.article;

document.addEventListener('encart-select', (event) => {
  const { kind, id } = event.detail;
  document.querySelector('output')!.value = `${kind} ${id}`;
});
