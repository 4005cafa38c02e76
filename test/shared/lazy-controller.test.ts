// The lazy controller alone, on the smallest host Lit allows: an element that updates only once `wait()` says it
// need not wait. One IntersectionObserver for the page, watched through the platform's own constructor.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { LazyController } from '../../src/shared/lazy-controller.js';

// Counts the observers made and what they watch; installed before any lazy element joins the page.
const made: IntersectionObserver[] = [];
const observed: Element[] = [];
const unobserved: Element[] = [];
const PlatformObserver = window.IntersectionObserver;
window.IntersectionObserver = class extends PlatformObserver {
  constructor(...args: ConstructorParameters<typeof IntersectionObserver>) {
    super(...args);
    made.push(this);
  }
  override observe(target: Element): void {
    observed.push(target);
    super.observe(target);
  }
  override unobserve(target: Element): void {
    unobserved.push(target);
    super.unobserve(target);
  }
};

class LazyHost extends ReactiveElement {
  static override properties = { loading: {} };
  declare loading?: string;
  readonly lazy = new LazyController(this);

  protected override shouldUpdate(): boolean {
    return !this.lazy.wait();
  }
}
customElements.define('lazy-host', LazyHost);

// Far enough down that an element is more than a screen away from the viewport.
const farDown = () => fixture<HTMLElement>(html`<div><div style="height: ${4 * innerHeight}px"></div></div>`);
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));

function lazyHost(parent: Element): LazyHost {
  const element = document.createElement('lazy-host') as LazyHost;
  element.setAttribute('loading', 'lazy');
  parent.append(element);
  return element;
}

describe('LazyController', () => {
  afterEach(() => scrollTo(0, 0));

  it('holds a far element back, watching for the reader, and lets it update once the reader is near', async () => {
    const element = lazyHost(await farDown());
    await frames();
    expect([element.hasUpdated, element.lazy.waiting]).to.deep.equal([false, true]);
    expect(observed).to.include(element);
    element.scrollIntoView();
    await waitUntil(() => element.hasUpdated, 'never updated once near');
    expect(element.lazy.waiting).to.equal(false);
    expect(unobserved).to.include(element);
  });

  it('watches every lazy element on the page with one IntersectionObserver', async () => {
    const page = await farDown();
    const elements = [1, 2, 3, 4, 5].map(() => lazyHost(page));
    await frames();
    expect(elements.every((element) => observed.includes(element))).to.equal(true);
    expect(made.length).to.equal(1);
  });

  it('lets an element near the reader update at once', async () => {
    const element = lazyHost(await fixture(html`<div></div>`));
    await waitUntil(() => element.hasUpdated, 'never updated on screen');
  });

  it('never holds back an element without loading="lazy"', async () => {
    const page = await farDown();
    const element = document.createElement('lazy-host') as LazyHost;
    page.append(element);
    await element.updateComplete;
    expect([element.hasUpdated, element.lazy.waiting, observed.includes(element)]).to.deep.equal([true, false, false]);
  });

  it('stops watching an element taken off the page, and watches it again when it comes back', async () => {
    const page = await farDown();
    const element = lazyHost(page);
    await frames();
    element.remove();
    expect(unobserved).to.include(element);
    const before = observed.filter((target) => target == element).length;
    page.append(element);
    expect(observed.filter((target) => target == element).length).to.equal(before + 1);
    element.scrollIntoView();
    await waitUntil(() => element.hasUpdated, 'never updated once back and near');
  });

  it('holds back any element taken off the page before its first update, and lets it go when it comes back', async () => {
    const page = await fixture(html`<div></div>`);
    const element = document.createElement('lazy-host') as LazyHost;
    page.append(element);
    element.remove();
    await element.updateComplete;
    expect([element.hasUpdated, element.lazy.waiting, observed.includes(element)], 'off the page').to.deep.equal([false, true, false]);
    page.append(element);
    await waitUntil(() => element.hasUpdated, 'never updated once back');
    expect(element.lazy.waiting).to.equal(false);
  });

  it('lets a waiting element go as soon as loading="lazy" is removed', async () => {
    const element = lazyHost(await farDown());
    await frames();
    expect(element.hasUpdated).to.equal(false);
    element.removeAttribute('loading');
    await element.updateComplete;
    expect([element.hasUpdated, element.lazy.waiting]).to.deep.equal([true, false]);
    expect(unobserved).to.include(element);
  });
});
