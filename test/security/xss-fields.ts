import type { Article } from '../../src/data/types.js';
import type { Tag } from './shadow-audit.js';

/**
 * A small valid article in which every string field is used, and every item is shown by at least
 * one widget: a vague figure (shows `display`) and an exact one with a unit (shows `unit`).
 * Images and links point at a blocked port, so nothing leaves the machine.
 */
export function baseArticle(): Article {
  return {
    schema: 'encart/article@1',
    id: 'xss',
    lang: 'en',
    title: 'A safe title',
    published: '2022-01-08',
    url: 'https://127.0.0.1:1/article',
    source: { name: 'Wire', url: 'https://127.0.0.1:1/' },
    text: 'Ada said hello on Wednesday.',
    actors: [
      {
        id: 'a1',
        name: 'Ada Lovelace',
        kind: 'person',
        role: 'analyst',
        aliases: ['Ada'],
        mentions: [[0, 3]],
        image: 'https://127.0.0.1:1/ada.png',
        url: 'https://127.0.0.1:1/ada',
      },
    ],
    quotes: [{ id: 'q1', text: 'Hello', speaker: 'a1', cue: 'said', span: [0, 5], date: '2022-01-07' }],
    figures: [
      { id: 'f1', value: 10, display: 'dozens', approx: 'order-of-magnitude', label: 'people', span: [0, 5] },
      { id: 'f2', value: 4400, display: '4,400', approx: 'more-than', unit: 'km', label: 'distance', span: [0, 5] },
    ],
    events: [{ id: 'e1', date: '2022-01-05', precision: 'day', label: 'Something happened', cue: 'Wednesday', actors: ['a1'], span: [0, 5] }],
  };
}

export interface Field {
  /** Where the payload goes, as the validator's JSON path names it (first item). */
  path: string;
  set(article: Article, value: string): void;
  /** Widgets that show this field's text (the badge is rendered expanded). */
  shownBy: Tag[];
  /** For URL fields: which schemes the contract accepts; the rest make the document invalid. */
  url?: 'http(s)' | 'https';
  /** The text to look for: a vague figure's display is shown with its first letter capitalised. */
  visible?: (value: string) => string;
}

const QC = 'encart-quote-card';
const FP = 'encart-figures-panel';
const AB = 'encart-actor-badge';
const MT = 'encart-mini-timeline';

/** Every string field of the contract (ids, dates and language tags excepted: the validator admits no markup there). */
export const FIELDS: Field[] = [
  { path: 'actors[0].name', set: (a, v) => a.actors.forEach((x) => (x.name = v)), shownBy: [QC, AB] },
  { path: 'actors[0].role', set: (a, v) => a.actors.forEach((x) => (x.role = v)), shownBy: [QC, AB] },
  { path: 'actors[0].aliases[0]', set: (a, v) => a.actors.forEach((x) => (x.aliases = [v, v])), shownBy: [] },
  { path: 'actors[0].image', set: (a, v) => a.actors.forEach((x) => (x.image = v)), shownBy: [AB], url: 'http(s)' },
  { path: 'actors[0].url', set: (a, v) => a.actors.forEach((x) => (x.url = v)), shownBy: [AB], url: 'http(s)' },
  { path: 'quotes[0].text', set: (a, v) => a.quotes.forEach((x) => (x.text = v)), shownBy: [QC, AB] },
  { path: 'quotes[0].cue', set: (a, v) => a.quotes.forEach((x) => (x.cue = v)), shownBy: [] },
  {
    path: 'figures[0].display',
    set: (a, v) => a.figures.forEach((x) => (x.display = v)),
    shownBy: [FP],
    visible: (v) => v.slice(1),
  },
  { path: 'figures[0].label', set: (a, v) => a.figures.forEach((x) => (x.label = v)), shownBy: [FP] },
  { path: 'figures[1].unit', set: (a, v) => a.figures.forEach((x) => (x.unit = v)), shownBy: [FP] },
  { path: 'events[0].label', set: (a, v) => a.events.forEach((x) => (x.label = v)), shownBy: [MT, AB] },
  { path: 'events[0].cue', set: (a, v) => a.events.forEach((x) => (x.cue = v)), shownBy: [] },
  { path: 'title', set: (a, v) => (a.title = v), shownBy: [] },
  { path: 'source.name', set: (a, v) => (a.source = { ...a.source!, name: v }), shownBy: [] },
  { path: 'source.url', set: (a, v) => (a.source = { ...a.source!, url: v }), shownBy: [], url: 'http(s)' },
  { path: 'url', set: (a, v) => (a.url = v), shownBy: [], url: 'https' },
  { path: 'text', set: (a, v) => (a.text = v), shownBy: [] },
];
