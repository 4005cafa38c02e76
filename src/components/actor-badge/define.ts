import { EncartActorBadge } from './actor-badge.js';

EncartActorBadge.define('encart-actor-badge');

export { EncartActorBadge };
// The event's types come with the element's, so this module alone types `encart-select` listeners.
export type { EncartSelectEvent, EncartSelectDetail } from '../../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'encart-actor-badge': EncartActorBadge;
  }
}
