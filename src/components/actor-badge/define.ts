import { EncartActorBadge } from './actor-badge.js';

EncartActorBadge.define('encart-actor-badge');

export { EncartActorBadge };

declare global {
  interface HTMLElementTagNameMap {
    'encart-actor-badge': EncartActorBadge;
  }
}
