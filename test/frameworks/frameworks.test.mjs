// Each framework example, built, in headless Chromium, checked the way custom-elements-everywhere
// checks frameworks: properties reach the elements, framework state re-renders them, and the
// elements' events reach the framework's own handlers. Run `npm run test:frameworks`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { launchBrowser, openPage, shadowText, waitForShadowText, waitForText } from '../helpers/browser.mjs';
import { EXAMPLES } from './examples.mjs';
import { serveFolder } from './static-server.mjs';

const article = JSON.parse(readFileSync(new URL('../../examples/kazakhstan-massimov/article.json', import.meta.url), 'utf8'));
const quoteText = (id) => article.quotes.find((quote) => quote.id === id).text.slice(0, 40);
const actorName = (id) => article.actors.find((actor) => actor.id === id).name;
const TAGS = ['encart-quote-card', 'encart-figures-panel', 'encart-actor-badge', 'encart-mini-timeline'];

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

for (const example of EXAMPLES) {
  describe(example.name, () => {
    let server;
    let opened;
    before(async () => {
      assert.ok(existsSync(`${example.dist}/index.html`), `${example.dist} is not built: run \`npm run build --workspaces\``);
      server = await serveFolder(example.dist);
    });
    after(() => server?.close());

    // A fresh page per test; every test ends by checking the page reported nothing wrong.
    const open = async () => {
      opened = await openPage(browser, server.url);
      await waitForShadowText(opened.page, 'encart-quote-card', quoteText('q-tokayev-dans-le-meme'));
      return opened.page;
    };
    const closeCleanly = async () => {
      const { page, problems } = opened;
      await page.close();
      assert.deepEqual(problems, [], 'the page logged errors or warnings, threw, or failed a request');
    };

    test('the article reaches all four widgets as a property, not as an attribute', async () => {
      const page = await open();
      const seen = await page.evaluate((tags) => {
        const elements = tags.map((tag) => document.querySelector(tag));
        return {
          kinds: elements.map((element) => typeof element.article),
          schemas: elements.map((element) => element.article?.schema),
          attributes: elements.map((element) => element.getAttribute('article')),
          // One object shared by the four, as the framework holds it, not a copy per widget.
          shared: elements.every((element) => element.article === elements[0].article),
        };
      }, TAGS);
      assert.deepEqual(seen.kinds, ['object', 'object', 'object', 'object']);
      assert.deepEqual(seen.schemas, Array(4).fill('encart/article@1'));
      assert.deepEqual(seen.attributes, [null, null, null, null], 'a framework stringified the article into an attribute');
      assert.ok(seen.shared, 'the widgets got different article objects');

      await waitForShadowText(page, 'encart-actor-badge', actorName('kassym-jomart-tokayev'));
      const counts = await page.evaluate(() => ({
        figures: document.querySelector('encart-figures-panel').shadowRoot.querySelectorAll('[part~="figure"]').length,
        events: document.querySelector('encart-mini-timeline').shadowRoot.querySelectorAll('[part~="event"]').length,
      }));
      assert.equal(counts.figures, 4, 'the figures panel should show the four figures the app names');
      assert.ok(counts.events >= 5, `the timeline shows ${counts.events} events`);
      await closeCleanly();
    });

    test('framework state changes re-render the widgets (next quote, next actor)', async () => {
      const page = await open();
      await page.click('#next-quote');
      await waitForShadowText(page, 'encart-quote-card', quoteText('q-tokayev-dormi-pendant'));
      assert.ok(!(await shadowText(page, 'encart-quote-card')).includes(quoteText('q-tokayev-dans-le-meme')), 'the first quote is still shown');
      await page.click('#next-quote');
      await waitForShadowText(page, 'encart-quote-card', quoteText('q-terroristes'));
      assert.equal(await page.$eval('encart-quote-card', (element) => element.getAttribute('quote')), 'q-terroristes');

      await page.click('#next-actor');
      await waitForShadowText(page, 'encart-actor-badge', actorName('zhumadin-patov'));
      assert.equal(await page.$eval('encart-actor-badge', (element) => element.actor), 'zhumadin-patov');
      await closeCleanly();
    });

    test("encart-select reaches the framework's handler, which updates the app", async () => {
      const page = await open();
      await waitForText(page, '#selection', 'none yet');

      const label = await page.$eval('encart-mini-timeline', (element) => element.shadowRoot.querySelector('button.label').textContent.trim());
      const event = article.events.find((candidate) => candidate.label === label);
      await page.click('encart-mini-timeline >>> button.label');
      await waitForText(page, '#selection', `event ${event.id}`);

      // The app answers a picked speaker by showing them in the badge: event → framework state → widget.
      await page.click('#next-actor');
      await waitForShadowText(page, 'encart-actor-badge', actorName('zhumadin-patov'));
      await page.click('encart-quote-card >>> button.speaker');
      await waitForText(page, '#selection', 'actor kassym-jomart-tokayev');
      await waitForShadowText(page, 'encart-actor-badge', actorName('kassym-jomart-tokayev'));
      await closeCleanly();
    });
  });
}
