import { html, nothing, type TemplateResult } from 'lit';
import { eventDateStart } from '../../data/dates.js';
import type { Article, Event } from '../../data/types.js';
import { baseStyles } from '../../shared/base.styles.js';
import { headingStyles } from '../../shared/heading.styles.js';
import { EncartElement } from '../../shared/encart-element.js';
import { MINI_TIMELINE_ATTRIBUTES, TIMELINE_LIMIT } from '../attributes.js';
import type { Translations } from '../../shared/messages.js';
import type { EncartWords } from '../../shared/translations.js';
import { formatEventDate, machineDate } from '../../shared/format.js';
import { nextTurn } from '../../shared/turns.js';
import { miniTimelineStyles } from './mini-timeline.styles.js';

export const MINI_TIMELINE_WORDS: Translations<Pick<EncartWords, 'timelineHeading' | 'noEvents' | 'published' | 'showAll' | 'showFewer'>> = {
  fr: {
    timelineHeading: 'Chronologie',
    noEvents: 'Aucun événement daté dans cet article.',
    published: 'Publication de l’article',
    showAll: (n) => `Voir les ${n} événements`,
    showFewer: 'Voir moins',
  },
  en: {
    timelineHeading: 'Timeline',
    noEvents: 'No dated events in this article.',
    published: 'Article published',
    showAll: (n) => `Show all ${n} events`,
    showFewer: 'Show fewer',
  },
};

/**
 * A long list is rendered a chunk per task, the first one at once: a thousand events then cost the page no long
 * task, what is on screen comes first, and the rest follows without waiting for frames.
 */
const FIRST_CHUNK = 50;
const NEXT_CHUNK = 475;

const DAY_MS = 86_400_000;

/**
 * @tag encart-mini-timeline
 * @summary The article's dated events in order, each date only as precise as the text, with the
 * publication day marked.
 *
 * @prop {Article} article - The article as an object; wins over `for` and `src`.
 * @slot - Fallback content (a plain list of dates), shown until the data is there.
 * @fires {EncartSelectEvent} encart-select - The reader picked an event (`detail.kind === 'event'`).
 * @csspart timeline - The `<section>` around the timeline.
 * @csspart heading - The title.
 * @csspart events - The `<ol>` of events.
 * @csspart event - One event.
 * @csspart date - The `<time>` of an event.
 * @csspart label - What happened.
 * @csspart published - The publication day's marker.
 * @csspart toggle - The "show all" / "show fewer" button.
 * @cssproperty [--encart-mini-timeline-accent=var(--encart-color-accent)] - Accent for this widget only.
 * @cssproperty [--encart-mini-timeline-date-width=8.5rem] - Width of the date column.
 */
export class EncartMiniTimeline extends EncartElement {
  static override styles = [baseStyles, headingStyles, miniTimelineStyles];
  // Lit adds those of EncartElement.
  static override properties = MINI_TIMELINE_ATTRIBUTES;

  declare from?: string;
  declare to?: string;
  declare limit?: number;
  declare orientation?: 'vertical' | 'horizontal';
  declare heading?: string;
  /** Whether every event is shown, not only the most relevant ones. */
  declare expanded: boolean;

  // How many list items are rendered so far, of how many; the rest follow, a chunk per task.
  #rendered = FIRST_CHUNK;
  #total = 0;
  #chunkQueued = false;
  #chunkDue = false;

  constructor() {
    super();
    this.expanded = false;
  }

  protected override willUpdate(): void {
    super.willUpdate();
    // Every update but the next chunk's own (new data, a new choice of events) starts again from the first chunk.
    if (!this.#chunkDue) this.#rendered = FIRST_CHUNK;
    this.#chunkDue = false;
  }

  protected override updated(): void {
    if (this.#rendered >= this.#total || this.#chunkQueued) return;
    this.#chunkQueued = true;
    void nextTurn().then(() => {
      this.#chunkQueued = false;
      // Taken off the page meanwhile, it renders the rest when it comes back.
      if (!this.isConnected) return;
      this.#rendered += NEXT_CHUNK;
      this.#chunkDue = true;
      this.requestUpdate();
    });
  }

  protected override renderArticle(article: Article): TemplateResult {
    this.#total = 0;
    const words = this.words(MINI_TIMELINE_WORDS);
    const inRange = this.#eventsInRange(article);
    if (!inRange.length) return this.renderNotice(words.noEvents);
    const limit = this.limit! >= 0 ? this.limit! : TIMELINE_LIMIT;
    const shown = this.expanded || inRange.length <= limit ? inRange : mostRelevant(inRange, article.published, limit);
    const heading = this.heading ?? words.timelineHeading;
    const published = article.published.slice(0, 10);
    // The publication day goes before the first event after it (or on it, planned events aside).
    let marker = shown.findIndex((event) => eventDateStart(event.date) > published);
    if (marker < 0) marker = this.#inRange(published) ? shown.length : -1;
    this.#total = shown.length + (marker < 0 ? 0 : 1);
    // Only the items of the chunks rendered so far are built: their dates are formatted then.
    const items = Array.from({ length: Math.min(this.#rendered, this.#total) }, (_, i) =>
      i == marker ? this.#renderPublished(published, words.published) : this.#renderEvent(shown[marker >= 0 && i > marker ? i - 1 : i]),
    );
    return html`<section class="timeline" part="timeline" aria-label=${heading || words.timelineHeading}>
      ${heading ? html`<h2 class="heading" part="heading">${heading}</h2>` : nothing}
      <ol class="events" part="events">
        ${items}
      </ol>
      ${inRange.length > limit
        ? html`<button class="toggle" part="toggle" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} @click=${() => (this.expanded = !this.expanded)}>
            ${this.expanded ? words.showFewer : words.showAll(inRange.length)}
          </button>`
        : nothing}
    </section>`;
  }

  #eventsInRange(article: Article): Event[] {
    // Each date's start computed once, not in every comparison of the sort.
    const starts = new Map(article.events.map((event) => [event, eventDateStart(event.date)]));
    return article.events
      .filter((event) => this.#inRange(starts.get(event)!))
      .sort((a, b) => compare(starts.get(a)!, starts.get(b)!) || a.span[0] - b.span[0]);
  }

  #inRange(day: string): boolean {
    return (!this.from || day >= eventDateStart(this.from)) && (!this.to || day <= eventDateStart(this.to));
  }

  #renderEvent(event: Event): TemplateResult {
    return html`<li class="event" part="event" data-precision=${event.precision}>
      <time class="date" part="date" datetime=${machineDate(event.date, event.precision)}
        >${formatEventDate(event.date, event.precision, this.locale)}</time
      >
      <button class="label" part="label" type="button" @click=${() => this.select('event', event)}>${event.label}</button>
    </li>`;
  }

  #renderPublished(day: string, label: string): TemplateResult {
    return html`<li class="event event--published" part="event published">
      <time class="date" part="date" datetime=${day}>${formatEventDate(day, 'day', this.locale)}</time>
      <span class="label" part="label">${label}</span>
    </li>`;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Which `limit` events a short timeline keeps: one per distinct date first, the dates closest to
 * publication first, so the reader gets today's news and its background rather than five events
 * of the same day. Returned in date order.
 */
function mostRelevant(sorted: Event[], published: string, limit: number): Event[] {
  const anchor = Date.parse(published.slice(0, 10));
  const distance = (e: Event) => Math.abs(Date.parse(eventDateStart(e.date)) - anchor) / DAY_MS;
  const byDate = new Map<string, Event[]>();
  for (const event of [...sorted].sort((a, b) => distance(a) - distance(b))) {
    const sameDate = byDate.get(event.date);
    if (sameDate) sameDate.push(event);
    else byDate.set(event.date, [event]);
  }
  const keep = new Set<Event>();
  for (let round = 0; keep.size < limit; round++) {
    const before = keep.size;
    for (const events of byDate.values()) {
      if (round < events.length && keep.size < limit) keep.add(events[round]);
    }
    if (keep.size === before) break;
  }
  return sorted.filter((e) => keep.has(e));
}
