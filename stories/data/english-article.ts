import { ARTICLE_SCHEMA } from '../../src/data/types.js';
import { checked, spanOf } from './spans.js';

// An invented local story (no real people quoted), written the way a wire desk would file it, so
// the English widgets show realistic lengths: a one-line and a two-line quote, exact and vague figures,
// dates at every precision, and one event after publication.
const text = `Portmere votes to extend tram line after two-year dispute

The city council of Portmere voted on Wednesday to extend the T2 tram line by 6.4 kilometres to the eastern docks, ending a dispute that began in 2022. Mayor Helen Okafor said the decision was "the biggest investment in how people move around this city for a generation". The extension is expected to cost about £310 million and to carry more than 18,000 passengers a day.

Opposition leader Daniel Reyes, who had called for a cheaper bus corridor, said the council was "betting the budget on a map drawn in the 1990s, for a city that no longer exists". Residents of the docks have asked for a rail link since the early 1990s, when the shipyard closed.

Work will begin in September 2024 and the first trams are due to run in 2027, according to the council's transport committee. The vote passed by 31 to 12. Dozens of residents watched from the public gallery.

The Regional Transport Authority said on Thursday it would pay 40 percent of the cost. Okafor thanked the authority.`;

const at = (phrase: string, nth = 1) => spanOf(text, phrase, nth);

export const englishArticle = checked(
  {
    schema: ARTICLE_SCHEMA,
    id: 'portmere-tram',
    lang: 'en',
    title: 'Portmere votes to extend tram line after two-year dispute',
    published: '2024-03-14',
    source: { name: 'Encart sample desk' },
    text,
    actors: [
      {
        id: 'okafor',
        name: 'Helen Okafor',
        kind: 'person',
        role: 'mayor of Portmere',
        aliases: ['Okafor'],
        mentions: [at('Helen Okafor'), at('Okafor thanked')],
      },
      {
        id: 'reyes',
        name: 'Daniel Reyes',
        kind: 'person',
        role: 'opposition leader on the city council',
        aliases: [],
        mentions: [at('Daniel Reyes')],
      },
      {
        id: 'council',
        name: 'Portmere City Council',
        kind: 'organization',
        aliases: ['the council'],
        mentions: [at('city council of Portmere'), at('the council was'), at("the council's")],
      },
      {
        id: 'rta',
        name: 'Regional Transport Authority',
        kind: 'organization',
        role: 'pays for rail and tram projects in the region',
        aliases: ['the authority'],
        mentions: [at('Regional Transport Authority'), at('the authority')],
      },
    ],
    quotes: [
      {
        id: 'q1',
        text: 'the biggest investment in how people move around this city for a generation',
        speaker: 'okafor',
        cue: 'said',
        span: at('the biggest investment in how people move around this city for a generation'),
        date: '2024-03-13',
      },
      {
        id: 'q2',
        text: 'betting the budget on a map drawn in the 1990s, for a city that no longer exists',
        speaker: 'reyes',
        cue: 'said',
        span: at('betting the budget on a map drawn in the 1990s, for a city that no longer exists'),
      },
    ],
    figures: [
      { id: 'f1', value: 6.4, display: '6.4 kilometres', approx: 'exact', unit: 'km', label: 'added to the T2 tram line', span: at('6.4 kilometres') },
      { id: 'f2', value: 310_000_000, display: 'about £310 million', approx: 'about', label: 'pounds: the expected cost', span: at('about £310 million') },
      { id: 'f3', value: 18_000, display: 'more than 18,000', approx: 'more-than', label: 'passengers a day expected', span: at('more than 18,000') },
      { id: 'f4', value: 31, display: '31', approx: 'exact', label: 'councillors voted for, 12 against', span: at('31', 2) }, // the first "31" is inside £310
      { id: 'f5', value: 10, display: 'Dozens', approx: 'order-of-magnitude', label: 'of residents watched from the public gallery', span: at('Dozens') },
      { id: 'f6', value: 40, display: '40 percent', approx: 'exact', unit: '%', label: 'of the cost paid by the transport authority', span: at('40 percent') },
    ],
    events: [
      { id: 'e1', date: '2024-03-13', precision: 'day', label: 'The council votes to extend the T2 tram line', cue: 'on Wednesday', actors: ['council'], span: at('The city council of Portmere voted on Wednesday') },
      { id: 'e2', date: '2022', precision: 'year', label: 'The dispute over the eastern extension begins', cue: 'in 2022', actors: ['council'], span: at('a dispute that began in 2022') },
      { id: 'e3', date: '199X', precision: 'decade', label: 'The shipyard closes; residents ask for a rail link', cue: 'since the early 1990s', actors: [], span: at('since the early 1990s, when the shipyard closed') },
      { id: 'e4', date: '2024-09', precision: 'month', label: 'Construction work begins', cue: 'in September 2024', actors: ['council'], span: at('Work will begin in September 2024') },
      { id: 'e5', date: '2027', precision: 'year', label: 'The first trams run to the eastern docks', cue: 'in 2027', actors: [], span: at('the first trams are due to run in 2027') },
      { id: 'e6', date: '2024-03-14', precision: 'day', label: 'The transport authority pledges 40 percent of the cost', cue: 'on Thursday', actors: ['rta'], span: at('said on Thursday it would pay 40 percent of the cost') },
    ],
  },
  'the English sample article',
);
