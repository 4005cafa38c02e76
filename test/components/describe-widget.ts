import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { Article } from '../../src/data/types.js';
import type { EncartElement } from '../../src/shared/encart-element.js';
import { loadDemoArticle } from '../helpers/fixtures.js';
import { outcomeOf } from '../helpers/outcomes.js';

export const DEMO_URL = '/examples/kazakhstan-massimov/article.json';

/** A URL no other test has fetched, so the page-wide fetch cache starts empty for it. */
export const freshUrl = (path = DEMO_URL) => `${path}?case=${Math.random().toString(36).slice(2)}`;

/** A widget given `article` as a property (and any other properties), settled and ready to inspect. */
export async function renderWidget<T extends EncartElement>(tag: string, article: unknown, props: Partial<T> = {}): Promise<T> {
  const element = Object.assign(document.createElement(tag), props, { article }) as T;
  await fixture(html`${element}`);
  await settled(element);
  return element;
}

/** Resolves when the widget has settled on data or an error (its encart-load or encart-error event). */
export async function settled(element: EncartElement): Promise<void> {
  await waitUntil(() => outcomeOf(element) != 'loading', `<${element.localName}> never finished loading`);
  await element.updateComplete;
}

/** Collects the lines a console method (console.warn by default) prints while `run` goes. */
export async function captureWarnings(run: () => Promise<void>, method: 'warn' | 'info' = 'warn'): Promise<string[]> {
  const original = console[method];
  const lines: string[] = [];
  console[method] = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console[method] = original;
  }
  return lines;
}

/** Counts fetch calls to URLs containing `part` while `run` goes. */
export async function countFetches(part: string, run: () => Promise<void>): Promise<number> {
  const original = window.fetch;
  let count = 0;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input instanceof Request ? input.url : input).includes(part)) count++;
    return original(input, init);
  };
  try {
    await run();
  } finally {
    window.fetch = original;
  }
  return count;
}

export const shadowText = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

/**
 * Behaviour every widget shares (Material's test-factory idea): the three ways data comes in, one
 * fetch per URL, the fallback, the loading/error states, console paths, accessibility, no exception.
 */
export function describeWidget(tag: string, options: { attrs?: string; expectText: (article: Article) => string }) {
  const tagName = unsafeStatic(tag);
  const attrs = unsafeStatic(options.attrs ?? '');

  describe(`<${tag}> shared behaviour`, () => {
    let demo: Article;
    beforeEach(async () => {
      demo = await loadDemoArticle();
    });

    it('renders from the .article property', async () => {
      const el = await fixture<EncartElement>(staticHtml`<${tagName} ${attrs} .article=${demo}></${tagName}>`);
      await settled(el);
      expect(shadowText(el)).to.include(options.expectText(demo));
    });

    it('renders from a src URL', async () => {
      const el = await fixture<EncartElement>(staticHtml`<${tagName} ${attrs} src=${freshUrl()}></${tagName}>`);
      await settled(el);
      expect(shadowText(el)).to.include(options.expectText(demo));
    });

    it('renders from an inline JSON script named by for=', async () => {
      const id = `data-${Math.random().toString(36).slice(2)}`;
      const host = await fixture(html`<div>
        <script type="application/json" id=${id}>${JSON.stringify(demo)}</script>
      </div>`);
      const el = document.createElement(tag) as EncartElement;
      for (const attr of (options.attrs ?? '').match(/[\w-]+="[^"]*"/g) ?? []) {
        const [name, value] = attr.split('=');
        el.setAttribute(name, value.slice(1, -1));
      }
      el.setAttribute('for', id);
      host.append(el);
      await settled(el);
      expect(shadowText(el)).to.include(options.expectText(demo));
    });

    it('fetches a URL once, however many widgets use it', async () => {
      const url = freshUrl();
      const count = await countFetches(url, async () => {
        const wrap = await fixture(html`<div>
          ${[1, 2, 3, 4, 5].map(() => staticHtml`<${tagName} ${attrs} src=${url}></${tagName}>`)}
        </div>`);
        const widgets = [...wrap.children] as EncartElement[];
        await Promise.all(widgets.map(settled));
      });
      expect(count).to.equal(1);
    });

    it('keeps the fallback content visible until the data is there', async () => {
      const el = await fixture<EncartElement>(
        staticHtml`<${tagName} ${attrs} src=${freshUrl()}><p id="fallback">Fallback words</p></${tagName}>`,
      );
      expect(el.shadowRoot!.querySelector('slot'), 'slot while loading').to.exist;
      expect(el.querySelector('#fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await settled(el);
      expect(el.shadowRoot!.querySelector('slot'), 'no slot once ready').to.be.null;
      expect(el.querySelector('#fallback')!.getBoundingClientRect().height).to.equal(0);
    });

    it('shows the fallback content from the moment it is on the page, before its first render', () => {
      // Fifty widgets on a page render in turns: until its turn, a widget must not hide what the page gave it.
      const el = document.createElement(tag) as EncartElement;
      el.setAttribute('src', freshUrl());
      const fallback = document.createElement('p');
      fallback.textContent = 'Fallback words';
      el.append(fallback);
      document.body.append(el);
      try {
        expect(el, 'upgraded').to.be.instanceOf(customElements.get(tag)!);
        expect(el.hasUpdated, 'not rendered yet').to.equal(false);
        expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
      } finally {
        el.remove();
      }
    });

    it('shows a designed error state, a retry button and the fallback when the URL fails', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<EncartElement>(
          staticHtml`<${tagName} ${attrs} src="/missing-article.json"><p>Fallback</p></${tagName}>`,
        );
        await settled(el);
        const notice = el.shadowRoot!.querySelector('[role="status"]')!;
        expect(notice.textContent).to.match(/could not be loaded|n’ont pas pu être chargées/);
        expect(el.shadowRoot!.querySelector('button[part="retry"]')).to.exist;
        expect(el.shadowRoot!.querySelector('slot')).to.exist;
        await expect(el).to.be.accessible();
      });
      expect(warnings.join('\n')).to.include('HTTP 404');
    });

    it('reports invalid data with its JSON path in the console, and an error state on the page', async () => {
      (demo as any).figures[0].value = 'many';
      const warnings = await captureWarnings(async () => {
        const el = await fixture<EncartElement>(staticHtml`<${tagName} ${attrs} .article=${demo}></${tagName}>`);
        await settled(el);
        expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/invalid|invalides/);
      });
      expect(warnings.join('\n')).to.include('figures[0].value: expected a finite number');
    });

    it('never throws into the host page, whatever it is given', async () => {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      await captureWarnings(async () => {
        for (const bad of [null, 42, 'text', [], { schema: 'encart/article@1' }, { ...demo, actors: null }]) {
          const el = await fixture<EncartElement>(staticHtml`<${tagName} ${attrs} .article=${bad}></${tagName}>`);
          await settled(el);
        }
        const el = await fixture<EncartElement>(staticHtml`<${tagName} for="no-such-script"></${tagName}>`);
        await settled(el);
      });
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      expect(errors).to.deep.equal([]);
    });

    it('has no accessibility violations, light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await fixture<EncartElement>(staticHtml`<${tagName} ${attrs} theme=${theme} .article=${demo}></${tagName}>`);
        await settled(el);
        await expect(el).to.be.accessible();
      }
    });

    it('aborts its download when removed while loading', async () => {
      const url = freshUrl();
      const original = window.fetch;
      let signal: AbortSignal | undefined;
      // A server that never answers, so the widget is surely still waiting when it is removed.
      window.fetch = (input, init) => {
        if (!String(input).includes(url)) return original(input, init);
        signal = init?.signal ?? undefined;
        return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal!.reason)));
      };
      try {
        const el = await fixture<EncartElement>(staticHtml`<${tagName} ${attrs} src=${url}></${tagName}>`);
        el.remove();
        expect(signal, 'fetch was called with a signal').to.exist;
        expect(signal!.aborted).to.be.true;
      } finally {
        window.fetch = original;
      }
    });

    it('stops waiting when removed while loading, and loads again when put back', async () => {
      const url = freshUrl();
      const el = await fixture<EncartElement>(staticHtml`<${tagName} ${attrs} src=${url}></${tagName}>`);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await settled(el);
      expect(shadowText(el)).to.include(options.expectText(demo));
    });

    it('renders its data when taken off the page before its first turn and put back, with no error while away', async () => {
      const parent = await fixture<HTMLElement>(html`<div></div>`);
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        // From a URL and from the property: the first update waits for a turn, which comes while the widget is away.
        for (const data of [`src="${freshUrl()}"`, '']) {
          parent.insertAdjacentHTML('beforeend', `<${tag} ${options.attrs ?? ''} ${data}></${tag}>`);
          const el = parent.lastElementChild as EncartElement;
          if (!data) el.article = demo;
          el.remove();
          await new Promise((resolve) => setTimeout(resolve, 100));
          parent.append(el);
          await settled(el);
          expect(shadowText(el), data || '.article').to.include(options.expectText(demo));
        }
      } finally {
        console.error = original;
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
      expect(errors).to.deep.equal([]);
    });

    describe('loading="lazy"', () => {
      // Far enough down that the widget is more than a screen away from the viewport.
      const farDown = () => fixture<HTMLElement>(html`<div><div style="height: ${4 * innerHeight}px"></div></div>`);
      const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));

      it('downloads and renders nothing until the reader nears it, keeping the fallback, then renders', async () => {
        const url = freshUrl();
        const page = await farDown();
        let el!: EncartElement;
        const before = await countFetches(url, async () => {
          page.insertAdjacentHTML('beforeend', `<${tag} ${options.attrs ?? ''} loading="lazy" src="${url}"><p>Fallback words</p></${tag}>`);
          el = page.lastElementChild as EncartElement;
          await frames();
        });
        expect(before, 'fetches while far away').to.equal(0);
        expect(el.hasUpdated, 'rendered while far away').to.equal(false);
        expect(el.querySelector('p')!.getBoundingClientRect().height, 'fallback shown').to.be.greaterThan(0);
        const after = await countFetches(url, async () => {
          el.scrollIntoView();
          await settled(el);
        });
        expect(after).to.equal(1);
        expect(shadowText(el)).to.include(options.expectText(demo));
        scrollTo(0, 0);
      });

      it('waits too when loading is set as a property just after the element joins the page, as frameworks do', async () => {
        const url = freshUrl();
        const page = await farDown();
        const el = document.createElement(tag) as EncartElement;
        const fetches = await countFetches(url, async () => {
          page.append(el);
          Object.assign(el, { loading: 'lazy', src: url });
          await frames();
        });
        expect(fetches).to.equal(0);
        expect(el.hasUpdated).to.equal(false);
        el.scrollIntoView();
        await settled(el);
        expect(el.shadowRoot!.querySelector('[part~="content"], [part~="state"]')).to.exist;
        scrollTo(0, 0);
      });

      it('renders at once when it is already on screen', async () => {
        const el = await fixture<EncartElement>(staticHtml`<${tagName} ${attrs} loading="lazy" .article=${demo}></${tagName}>`);
        await settled(el);
        expect(shadowText(el)).to.include(options.expectText(demo));
      });

      it('starts when loading="lazy" is removed, wherever it is on the page', async () => {
        const page = await farDown();
        page.insertAdjacentHTML('beforeend', `<${tag} ${options.attrs ?? ''} loading="lazy" src="${freshUrl()}"></${tag}>`);
        const el = page.lastElementChild as EncartElement;
        await frames();
        expect(el.hasUpdated).to.equal(false);
        el.removeAttribute('loading');
        await settled(el);
        expect(shadowText(el)).to.include(options.expectText(demo));
      });
    });

    it('can be defined twice (two copies of Encart on one page) without throwing', async () => {
      const ctor = customElements.get(tag) as unknown as { define(tag: string): void };
      expect(() => ctor.define(tag)).not.to.throw();
    });

    it('loads the new article when src changes after an error', async () => {
      const el = await fixture<EncartElement>(staticHtml`<${tagName} ${attrs} src="/missing.json"></${tagName}>`);
      await captureWarnings(() => settled(el));
      el.src = freshUrl();
      await waitUntil(() => outcomeOf(el) === 'ready', 'never loaded the new src');
      await el.updateComplete;
      expect(shadowText(el)).to.include(options.expectText(demo));
    });
  });
}
