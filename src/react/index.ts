// React wrappers for the four widgets: `<QuoteCard article={a} quote="q-blinken-une-lecon" onEncartSelect={…} />`.
// React 18 and older set unknown props on custom elements as string attributes and cannot listen
// to custom events; @lit/react sets `article` and friends as properties and adds the listener.
// React 19 handles both natively, so the wrappers there only add typing and one import per widget.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { EncartSelectEvent } from '../shared/events.js';
// The define modules register the tags, so a wrapper never renders an undefined element.
import { EncartQuoteCard } from '../components/quote-card/define.js';
import { EncartFiguresPanel } from '../components/figures-panel/define.js';
import { EncartActorBadge } from '../components/actor-badge/define.js';
import { EncartMiniTimeline } from '../components/mini-timeline/define.js';

const events = {
  /** A reader picked an actor, a quote or an event: `event.detail` is `{ kind, id, item }`. */
  onEncartSelect: 'encart-select' as EventName<EncartSelectEvent>,
};

export const QuoteCard = createComponent({
  react: React,
  tagName: 'encart-quote-card',
  elementClass: EncartQuoteCard,
  events,
  displayName: 'QuoteCard',
});

export const FiguresPanel = createComponent({
  react: React,
  tagName: 'encart-figures-panel',
  elementClass: EncartFiguresPanel,
  // No `onEncartSelect`: the panel fires no event (its figures are not pickable).
  displayName: 'FiguresPanel',
});

export const ActorBadge = createComponent({
  react: React,
  tagName: 'encart-actor-badge',
  elementClass: EncartActorBadge,
  events,
  displayName: 'ActorBadge',
});

export const MiniTimeline = createComponent({
  react: React,
  tagName: 'encart-mini-timeline',
  elementClass: EncartMiniTimeline,
  events,
  displayName: 'MiniTimeline',
});

export type { EncartSelectEvent, EncartSelectDetail } from '../shared/events.js';
export type { Article } from '../data/types.js';
