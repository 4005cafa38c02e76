// Nothing hidden: a widget that fails says so once, in public (encart-error, the console), keeps the
// page's fallback in view, and its updateComplete settles whatever state it is in. Observed through
// public API and events only; a subclass stands in for a widget with a bug in its render.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { Article } from '../../src/data/types.js';
import { EncartActorBadge, EncartFiguresPanel, EncartMiniTimeline, EncartQuoteCard, type EncartElement, type EncartErrorEvent, type EncartLoadEvent } from '../../src/index.js';
import { loadDemoArticle } from '../helpers/fixtures.js';
import { captureWarnings, freshUrl, shadowText } from './describe-widget.js';

const WIDGETS = { 'encart-quote-card': EncartQuoteCard, 'encart-figures-panel': EncartFiguresPanel, 'encart-actor-badge': EncartActorBadge, 'encart-mini-timeline': EncartMiniTimeline };

/** Resolves with what `promise` settled to, or 'pending' if it has not settled within `ms`. */
async function within(promise: Promise<unknown>, ms = 2000): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise((resolve) => (timer = setTimeout(() => resolve('pending'), ms)));
  try {
    return await Promise.race([promise.then((value) => ({ resolved: value }), (error: unknown) => ({ rejected: error })), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits out updates that request more (true: none pending), failing if updateComplete ever hangs. */
async function settledUpdates(el: EncartElement): Promise<void> {
  for (let n = 0; n < 5; n++) {
    const outcome = (await within(el.updateComplete)) as { resolved?: boolean };
    expect(outcome, 'updateComplete settled').to.have.property('resolved');
    if (outcome.resolved) return;
  }
  throw new Error('updates never stopped');
}

async function captureErrors(run: () => Promise<void>): Promise<unknown[][]> {
  const original = console.error;
  const calls: unknown[][] = [];
  console.error = (...args: unknown[]) => calls.push(args);
  try {
    await run();
  } finally {
    console.error = original;
  }
  return calls;
}

for (const [tag, Widget] of Object.entries(WIDGETS)) {
  const base = Widget as unknown as typeof EncartQuoteCard;
  // The same widget with a bug in its render, as a page would meet one.
  const brokenTag = `broken-${tag}`;
  customElements.define(
    brokenTag,
    class extends base {
      protected override renderArticle(): never {
        throw new TypeError('boom');
      }
    },
  );
  // And one whose update fails after its render: Lit's own path for errors.
  const failingTag = `failing-${tag}`;
  customElements.define(
    failingTag,
    class extends base {
      protected override updated(): void {
        throw new RangeError('late');
      }
    },
  );

  describe(`<${tag}>: errors surface`, () => {
    let demo: Article;
    beforeEach(async () => {
      demo = await loadDemoArticle();
    });

    it('a render that throws keeps the fallback in view with the error state, says so once with the tag, and settles updateComplete', async () => {
      const el = document.createElement(brokenTag) as EncartElement;
      el.innerHTML = '<p id="fallback">Fallback words</p>';
      el.article = demo;
      const errors: EncartErrorEvent[] = [];
      el.addEventListener('encart-error', (event) => errors.push(event));
      const logged = await captureErrors(async () => {
        await fixture(html`<div>${el}</div>`);
        await settledUpdates(el);
        el.lang = 'en'; // a second render fails the same way: not a second report
        await settledUpdates(el);
      });
      expect(el.querySelector('#fallback')!.getBoundingClientRect().height, 'fallback in view').to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('[part~="error"]'), 'error state').to.exist;
      expect(logged.length, 'console.error calls').to.equal(1);
      expect(String(logged[0][0])).to.include(`<${brokenTag}>`);
      expect(logged[0][1]).to.be.instanceOf(TypeError);
      expect(errors.map((e) => [e.detail.reason, e.detail.message])).to.deep.equal([['render', 'TypeError: boom']]);
    });

    it('an error thrown later in an update rejects updateComplete, as in any Lit element, and holds up no other widget', async () => {
      const host = await fixture(html`<div></div>`);
      const failing = Object.assign(document.createElement(failingTag), { article: demo }) as EncartElement;
      const fine = Object.assign(document.createElement(tag), { article: demo }) as EncartElement;
      host.append(failing, fine);
      const outcome = (await within(failing.updateComplete)) as { rejected?: Error };
      expect(outcome.rejected).to.be.instanceOf(RangeError);
      await settledUpdates(fine);
      expect(fine.shadowRoot!.querySelector('[part="content"]'), 'the other widget rendered').to.exist;
    });

    it('fires encart-load with the article, and encart-error with the JSON paths of invalid data', async () => {
      const good = document.createElement(tag) as EncartElement;
      good.article = demo;
      const loaded = oneEvent(good, 'encart-load') as Promise<EncartLoadEvent>;
      await fixture(html`<div>${good}</div>`);
      expect((await loaded).detail.article.id).to.equal(demo.id);

      const bad = document.createElement(tag) as EncartElement;
      bad.article = { ...demo, figures: [{ ...demo.figures[0], value: 'many' }] } as unknown as Article;
      const failed = oneEvent(bad, 'encart-error') as Promise<EncartErrorEvent>;
      await captureWarnings(async () => {
        await fixture(html`<div>${bad}</div>`);
        const { detail, bubbles, composed } = await failed;
        expect([detail.reason, bubbles, composed]).to.deep.equal(['invalid', true, true]);
        expect(detail.errors!.map((e) => e.path)).to.deep.equal(['figures[0].value']);
      });
    });

    it('fires encart-error with reason network when its src fails', async () => {
      const el = document.createElement(tag) as EncartElement;
      el.src = '/missing-article.json';
      const failed = oneEvent(el, 'encart-error') as Promise<EncartErrorEvent>;
      await captureWarnings(async () => {
        await fixture(html`<div>${el}</div>`);
        expect((await failed).detail.reason).to.equal('network');
        await settledUpdates(el);
        expect(el.shadowRoot!.querySelector('[part~="error"]'), 'error state').to.exist;
      });
    });

    it('settles updateComplete when its src fails under server-rendered markup, which stays in view', async () => {
      const host = await fixture(html`<div></div>`);
      const failed = oneEvent(host, 'encart-error') as Promise<EncartErrorEvent>;
      await captureWarnings(async () => {
        host.setHTMLUnsafe(`<${tag} src="/missing-ssr.json"><template shadowrootmode="open"><p id="server">Server words</p></template></${tag}>`);
        const el = host.firstElementChild as EncartElement;
        // Firefox upgrades elements parsed by setHTMLUnsafe a task later; a page's own parser upgrades them at once.
        customElements.upgrade(el);
        const complete = el.updateComplete;
        expect((await failed).detail.reason).to.equal('network');
        expect(await within(complete), 'awaited before the failure').to.deep.equal({ resolved: false });
        expect(await within(el.updateComplete), 'awaited after').to.deep.equal({ resolved: false });
        expect(el.shadowRoot!.querySelector('#server')!.textContent).to.equal('Server words');
      });
    });

    it('server markup whose src failed: encart-error, the markup kept; a new src then loads, renders and fires encart-load', async () => {
      const reference = Object.assign(document.createElement(tag), { article: demo }) as EncartElement;
      const host = await fixture(html`<div>${reference}</div>`);
      await settledUpdates(reference);
      const failed = oneEvent(host, 'encart-error') as Promise<EncartErrorEvent>;
      await captureWarnings(async () => {
        host.insertAdjacentHTML('beforeend', '<div id="ssr"></div>');
        const wrap = host.querySelector('#ssr')!;
        wrap.setHTMLUnsafe(`<${tag} src="/missing-ssr-then-good.json"><template shadowrootmode="open"><p id="server">Server words</p></template></${tag}>`);
        const el = wrap.firstElementChild as EncartElement;
        customElements.upgrade(el);
        expect((await failed).detail.reason).to.equal('network');
        // The server's markup is the article as it was rendered: it stays, rather than give way to an error box.
        expect(await within(el.updateComplete)).to.deep.equal({ resolved: false });
        expect(el.shadowRoot!.querySelector('#server')!.textContent).to.equal('Server words');

        const loaded = oneEvent(el, 'encart-load') as Promise<EncartLoadEvent>;
        el.src = freshUrl();
        expect((await loaded).detail.article.id).to.equal(demo.id);
        await settledUpdates(el);
        expect(el.shadowRoot!.querySelector('#server'), 'server markup replaced').to.be.null;
        expect(el.shadowRoot!.querySelector('[part="content"]'), 'content').to.exist;
        expect(shadowText(el)).to.equal(shadowText(reference));
      });
    });

    it('settles updateComplete (false) while a lazy widget waits for the reader, then renders when reached', async () => {
      const host = await fixture(html`<div style="margin-block-start: 400vh"></div>`);
      const el = document.createElement(tag) as EncartElement;
      el.setAttribute('loading', 'lazy');
      el.src = freshUrl();
      let loaded = false;
      el.addEventListener('encart-load', () => (loaded = true));
      host.append(el);
      expect(await within(el.updateComplete), 'off screen').to.deep.equal({ resolved: false });
      expect(loaded, 'nothing loaded off screen').to.equal(false);
      el.scrollIntoView();
      await waitUntil(() => loaded, 'never loaded once reached');
      await settledUpdates(el);
      expect(el.shadowRoot!.querySelector('[part="content"]')).to.exist;
    });
  });
}
