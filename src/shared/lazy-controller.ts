import type { ReactiveController, ReactiveElement } from 'lit';

/** An element that `loading="lazy"` makes wait for the reader, as an `<img loading="lazy">` does. */
export interface LazyHost extends ReactiveElement {
  loading?: string;
}

/**
 * Holds a `loading="lazy"` element back until the reader nears it: `wait()` says whether the element should wait
 * before its first update, and watches for the reader while it does; once the reader is near, the element updates
 * again. Any element off the page waits too, and goes on when it comes back: its download, render and events happen
 * where the page can see them. One IntersectionObserver watches every lazy element on the page.
 */
export class LazyController implements ReactiveController {
  /** Whether the element waits for the reader or the page, as `wait()` last said. */
  waiting = false;
  #host: LazyHost;
  #near = false;

  constructor(host: LazyHost) {
    (this.#host = host).addController(this);
  }

  /**
   * Whether the element should wait, for the reader or to be on the page; asked before its first update, as `loading`
   * may change until then.
   */
  wait(): boolean {
    const host = this.#host;
    this.waiting = !host.hasUpdated && (!host.isConnected || (host.loading == 'lazy' && !this.#near));
    // Off the page, there is no reader to near: watching starts again when it comes back (hostConnected).
    if (this.waiting && host.isConnected) watch(host, this.#reached);
    else unwatch(host);
    return this.waiting;
  }

  hostConnected(): void {
    const waited = this.waiting;
    // Back on the page after waiting off it (taken away before its first update): it goes on now, unless lazy.
    if (!this.wait() && waited) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    unwatch(this.#host);
  }

  #reached = (): void => {
    this.#near = true;
    this.#host.requestUpdate();
  };
}

// The margin starts a widget's work about a screen before the reader gets there, so it has rendered, and settled
// its height, out of sight.
const watched = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

function watch(element: Element, near: () => void): void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        const reached = isIntersecting && watched.get(target);
        if (!reached) continue;
        unwatch(target);
        reached();
      }
    },
    { rootMargin: '100% 0px' },
  );
  watched.set(element, near);
  observer.observe(element);
}

function unwatch(element: Element): void {
  if (watched.delete(element)) observer!.unobserve(element);
}
