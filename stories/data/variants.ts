import { ARTICLE_SCHEMA, type Article, type Event, type Figure } from '../../src/data/types.js';
import { englishArticle } from './english-article.js';
import { checked, TextBuilder } from './spans.js';

/** A valid article with nothing to show: each widget's designed empty state. */
export const emptyArticle = checked(
  { ...englishArticle, id: 'empty', actors: [], quotes: [], figures: [], events: [] },
  'the empty article',
);

/**
 * Data that breaks the contract in one field (`published` is not a date): the widget shows its
 * "invalid data" state and the console gets the JSON path. Deliberately not passed through `checked`.
 */
export const invalidArticle: Article = { ...englishArticle, id: 'broken-date', published: 'last Wednesday' };

// Long names, roles and words, as a real desk files them: Spanish double surnames, official titles,
// a German compound with no break opportunity.
const longText = new TextBuilder();
const longSpeaker = longText.add('María del Carmen Fernández-Villaverde de la Concepción');
const longOrg = longText.add("International Federation of Independent Maritime and Inland Waterway Transport Workers' Associations");
const longQuoteText =
  'We did not come to this table to sign a statement that says everything and nothing, and we will not leave it until every port authority on the river has agreed, in writing and with dates, how many inspectors it will hire, how it will pay them, and who will answer to the families of the crews when the next barge goes down on the Donaudampfschifffahrtsgesellschaftskapitänsweg';
const longQuote = longText.add(longQuoteText);
const longFigure = longText.add('Barges crewed by its members move about 1.25 billion tonne-kilometres of freight a year.');
const longEvent = longText.add('The federation and the port authorities sign a twelve-point agreement on inspections, pay and the hiring of inspectors on every stretch of the river');

/** A long quote by a speaker with a long name and a long role; a long-named organisation. */
export const longTextArticle = checked(
  {
    schema: ARTICLE_SCHEMA,
    id: 'long-text',
    lang: 'en',
    published: '2024-05-02',
    text: longText.text,
    actors: [
      {
        id: 'fernandez',
        name: 'María del Carmen Fernández-Villaverde de la Concepción',
        kind: 'person',
        role: 'Deputy Director-General for Intergovernmental Infrastructure Coordination and Regional Development Programmes',
        aliases: [],
        mentions: [longSpeaker],
      },
      {
        id: 'federation',
        name: "International Federation of Independent Maritime and Inland Waterway Transport Workers' Associations",
        kind: 'organization',
        role: 'union federation representing crews on inland waterways in nineteen countries',
        aliases: [],
        mentions: [longOrg],
      },
    ],
    quotes: [{ id: 'q1', text: longQuoteText, speaker: 'fernandez', cue: 'said', span: longQuote, date: '2024-05-01' }],
    figures: [
      {
        id: 'f1',
        value: 1_250_000_000,
        display: '1.25 billion',
        approx: 'about',
        unit: 'tonne-kilometres',
        label: 'of freight moved on the river each year by barges crewed by members of the federation and its affiliated unions',
        span: longFigure,
      },
    ],
    events: [
      { id: 'e1', date: '2024-05-01', precision: 'day', label: longText.text.slice(...longEvent), actors: ['fernandez', 'federation'], span: longEvent },
    ],
  },
  'the long-text article',
);

const MANY_FIGURES: [value: number, approx: Figure['approx'], unit: string | undefined, label: string][] = [
  [4_400, 'more-than', undefined, 'people arrested since the unrest began'],
  [2_000_000, 'about', undefined, 'residents in the largest city'],
  [81, 'exact', 'years', 'the former president’s age'],
  [3, 'exact', 'decades', 'in power'],
  [10, 'order-of-magnitude', undefined, 'killed in a week'],
  [1_000, 'order-of-magnitude', undefined, 'detained'],
  [2.5, 'exact', '%', 'fall in fuel exports in January'],
  [-12, 'exact', '°C', 'in the capital on Saturday morning'],
  [19_000_000, 'about', undefined, 'people in the country'],
  [2_500, 'less-than', undefined, 'troops sent by the alliance'],
  [7, 'exact', 'days', 'of internet blackout'],
  [250_000_000_000, 'about', 'USD', 'foreign investment since independence'],
];
const VAGUE_WORDS = ['Dozens', 'Thousands'];

/** Twelve figures, every kind of qualifier, from -12 to 250 billion. */
export const manyFiguresArticle = ((): Article => {
  const text = new TextBuilder();
  let vague = 0;
  const figures = MANY_FIGURES.map(([value, approx, unit, label], i): Figure => {
    const display = approx === 'order-of-magnitude' ? VAGUE_WORDS[vague++ % VAGUE_WORDS.length] : String(value);
    const span = text.add(`${display} ${unit ?? ''} ${label}.`);
    return { id: `f${i + 1}`, value, display, approx, ...(unit ? { unit } : {}), label, span };
  });
  return checked(
    { schema: ARTICLE_SCHEMA, id: 'many-figures', lang: 'en', published: '2022-01-08', text: text.text, actors: [], quotes: [], figures, events: [] },
    'the many-figures article',
  );
})();

const DIARY = [
  'Pickets return to the gates at dawn',
  'Talks resume at the conciliation service',
  'The port authority rejects the union’s offer',
  'Two container ships divert to the southern terminal',
  'Supermarkets report shortages of fresh fruit',
  'The transport minister calls both sides to a meeting',
  'Strikers vote to continue by a large majority',
];

/**
 * A hundred dated events (a long strike diary), mostly days with months mixed in, and publication
 * in the middle: the timeline must pick the events closest to publication and offer the rest.
 */
export const longTimelineArticle = ((): Article => {
  const text = new TextBuilder();
  const start = Date.UTC(2023, 11, 1);
  const events = Array.from({ length: 100 }, (_, i): Event => {
    const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    // Every tenth event is dated only to its month, as "in January" would be.
    const precision = i % 10 === 9 ? 'month' : 'day';
    const label = `Day ${i + 1} of the strike: ${DIARY[i % DIARY.length]}`;
    return { id: `e${i + 1}`, date: precision === 'month' ? day.slice(0, 7) : day, precision, label, actors: [], span: text.add(`${label}.`) };
  });
  return checked(
    { schema: ARTICLE_SCHEMA, id: 'strike-diary', lang: 'en', published: '2024-02-10', text: text.text, actors: [], quotes: [], figures: [], events },
    'the 100-event article',
  );
})();
