// Item ids from what each item is, not where it stands: a page's `quote="…"` and an editor's work in
// Studio refer to items by id, so an id must survive a paragraph added or removed elsewhere.
//   quote  q-<speaker>-<first words>      q-blinken-une-lecon
//   figure f-<value>-<unit>-<label words>  f-4400-personnes, f-81-ans-age (one label word after a unit)
//   event  e-<date>-<label words>          e-2022-01-05-karim-massimov
// Two items with the same id take turns in text order: the first keeps it, a later one gets a short
// hash of its whole content (same item, same hash), then a counter only if that too is taken.
import type { Actor, Event, Figure, Quote } from '../../data/types.js';
import { hashText, slugify } from './util.js';

/** The opening words of `text` as a slug, enough of them to read as words (8 letters or more, at most 3 words). */
function firstWords(text: string): string {
  const words = slugify(text, 200).split('-').filter(Boolean);
  const kept: string[] = [];
  for (const word of words) {
    kept.push(word);
    if (kept.length == 3 || kept.join('-').length >= 8) break;
  }
  return kept.join('-').slice(0, 24);
}

/** How a quote's id names its speaker: a person's surname, else the first words of the name. */
function speakerWord(actor: Actor | undefined): string {
  if (!actor) return '';
  if (actor.kind == 'person') return slugify(actor.name).split('-').pop() ?? '';
  return firstWords(actor.name);
}

const join = (...parts: string[]): string => parts.filter(Boolean).join('-');

export function quoteBase(quote: Quote, actors: ReadonlyMap<string, Actor>): string {
  return join('q', speakerWord(actors.get(quote.speaker ?? '')), firstWords(quote.text));
}

export function figureBase(figure: Figure): string {
  const unit = slugify(figure.unit ?? '', 12);
  // A unit already says much of what is counted: one word of the label is enough beside it.
  const label = unit ? slugify(figure.label).split('-')[0] : firstWords(figure.label);
  return join('f', slugify(String(figure.value), 20), unit, label);
}

export function eventBase(event: Event): string {
  return join('e', slugify(event.date), firstWords(event.label));
}

/** What tells two items with the same base apart: every field a reader sees, none that says where. */
function content(item: Quote | Figure | Event): string {
  const { id, span, confidence, checked, ...rest } = item as Quote & { confidence?: number; checked?: boolean };
  return JSON.stringify(rest, Object.keys(rest).sort());
}

/** Gives `items` (in text order) their ids, none of them in `taken`, and adds them to it. */
function assign<T extends Quote | Figure | Event>(items: readonly T[], base: (item: T) => string, taken: Set<string>): void {
  for (const item of items) {
    let id = base(item);
    if (taken.has(id)) id = `${id}-${hashText(content(item)).slice(0, 3)}`;
    const hashed = id;
    for (let n = 2; taken.has(id); n++) id = `${hashed}-${n}`;
    item.id = id;
    taken.add(id);
  }
}

/** Replaces the stages' ids of quotes, figures and events with ids from their content; actors keep their slugs. */
export function assignItemIds(actors: readonly Actor[], quotes: readonly Quote[], figures: readonly Figure[], events: readonly Event[]): void {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const taken = new Set(byId.keys());
  assign(quotes, (q) => quoteBase(q, byId), taken);
  assign(figures, figureBase, taken);
  assign(events, eventBase, taken);
}
