import { expect } from '@open-wc/testing';
import { arabicArticle } from '../../stories/data/arabic-article.js';
import { germanArticle } from '../../stories/data/german-article.js';
import { fetchJson } from '../helpers/fixtures.js';

// /de.html and /ar.html serve examples/languages/*.article.json; Storybook uses the stories' articles. The stories are
// the source (their spans are computed); the JSON must say the same, rewritten from them after any change
// (JSON.stringify(article, null, 2)).
describe('the language demo articles', () => {
  for (const [file, article] of [['de', germanArticle], ['ar', arabicArticle]] as const) {
    it(`examples/languages/${file}.article.json is the ${article.lang} story article`, async () => {
      expect(await fetchJson(`/examples/languages/${file}.article.json`)).to.deep.equal(JSON.parse(JSON.stringify(article)));
    });
  }
});
