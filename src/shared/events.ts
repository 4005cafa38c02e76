import type { Article, Item, ItemKind } from '../data/types.js';
import type { ValidationError } from '../data/validate.js';

export interface EncartSelectDetail {
  kind: ItemKind;
  id: string;
  item: Item;
}

/**
 * Fired when a reader picks an actor, a quote, a figure or an event, so that other widgets and the
 * host page can follow (highlight the actor's quotes, scroll to the paragraph, …).
 */
export class EncartSelectEvent extends CustomEvent<EncartSelectDetail> {
  static readonly type = 'encart-select';

  constructor(detail: EncartSelectDetail) {
    // composed: the event leaves our shadow roots and reaches listeners on the host page.
    super(EncartSelectEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** `encart-load`: the widget's article arrived and is valid. */
export interface EncartLoadDetail {
  ok: true;
  article: Article;
}

/** `encart-error`: the widget has no article to show, and why. */
export interface EncartErrorDetail {
  ok: false;
  /** `network`: the `src` failed; `invalid`: the data breaks `encart/article@1`; `render`: the widget threw while rendering. */
  reason: 'network' | 'invalid' | 'render';
  /** What happened, in a line (for invalid data, the first broken rule with its JSON path). */
  message: string;
  /** For invalid data: every broken rule with its JSON path (`figures[1].value`). */
  errors?: ValidationError[];
}

// Fired by every widget, bubbling and composed like encart-select; plain CustomEvents, so no class ships for them.
export type EncartLoadEvent = CustomEvent<Readonly<EncartLoadDetail>>;
export type EncartErrorEvent = CustomEvent<Readonly<EncartErrorDetail>>;

/**
 * Fires `encart-load` or `encart-error`, as `detail.ok` says. The base element's `@fires` names them for the manifest,
 * which would otherwise also read an event dispatched in the element's own code, typed as a bare CustomEvent.
 */
export const fireOutcome = (widget: EventTarget, detail: EncartLoadDetail | EncartErrorDetail): boolean =>
  widget.dispatchEvent(new CustomEvent(detail.ok ? 'encart-load' : 'encart-error', { detail, bubbles: true, composed: true }));

declare global {
  interface GlobalEventHandlersEventMap {
    'encart-select': EncartSelectEvent;
    'encart-load': EncartLoadEvent;
    'encart-error': EncartErrorEvent;
  }
}
