// One widget's module alone: it registers and types its own tag and the `encart-select` event.
import 'encart/components/encart-actor-badge.js';
import { validateArticle, type Article } from 'encart/data';

const article: Article = await fetch('./article.json')
  .then((response) => response.json())
  .then((json: unknown) => {
    const result = validateArticle(json);
    if (!result.ok) throw new Error('article.json is not encart/article@1');
    return result.article;
  });

const badge = document.createElement('encart-actor-badge');
badge.actor = 'kassym-jomart-tokayev';
badge.article = article;
badge.addEventListener('encart-select', (event) => {
  document.querySelector('output')!.value = `${event.detail.kind} ${event.detail.id}`;
});
document.body.prepend(badge);
