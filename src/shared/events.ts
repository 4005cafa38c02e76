import type { Item, ItemKind } from '../data/types.js';

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

declare global {
  interface GlobalEventHandlersEventMap {
    'encart-select': EncartSelectEvent;
  }
}
