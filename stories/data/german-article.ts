import { ARTICLE_SCHEMA } from '../../src/data/types.js';
import { checked, spanOf } from './spans.js';

// The English sample's invented story, filed in German („…“ quotation marks, 18.000, 6,4 Kilometer).
const text = `Portmere verlängert Straßenbahnlinie nach zweijährigem Streit

Der Stadtrat von Portmere hat am Mittwoch beschlossen, die Straßenbahnlinie T2 um 6,4 Kilometer bis zu den östlichen Docks zu verlängern, und damit einen Streit beendet, der 2022 begonnen hatte. Bürgermeisterin Helen Okafor nannte die Entscheidung „die größte Investition in die Mobilität dieser Stadt seit einer Generation“. Die Verlängerung soll rund 310 Millionen Pfund kosten und täglich mehr als 18.000 Fahrgäste befördern.

Oppositionsführer Daniel Reyes, der einen günstigeren Busstreifen gefordert hatte, sagte, der Rat „setze den Haushalt auf eine Karte aus den 1990er-Jahren, für eine Stadt, die es nicht mehr gibt“. Die Anwohner der Docks fordern seit Anfang der 1990er-Jahre, als die Werft schloss, einen Bahnanschluss.

Die Arbeiten beginnen im September 2024, die ersten Bahnen sollen 2027 fahren, wie der Verkehrsausschuss des Rates mitteilte. Der Beschluss fiel mit 31 zu 12 Stimmen. Dutzende Anwohner verfolgten die Sitzung von der Zuschauertribüne.

Die regionale Verkehrsbehörde erklärte am Donnerstag, sie werde 40 Prozent der Kosten übernehmen. Okafor dankte der Behörde.`;

const at = (phrase: string, nth = 1) => spanOf(text, phrase, nth);

export const germanArticle = checked(
  {
    schema: ARTICLE_SCHEMA,
    id: 'portmere-strassenbahn',
    lang: 'de',
    title: 'Portmere verlängert Straßenbahnlinie nach zweijährigem Streit',
    published: '2024-03-14',
    source: { name: 'Encart sample desk' },
    text,
    actors: [
      { id: 'okafor', name: 'Helen Okafor', kind: 'person', role: 'Bürgermeisterin von Portmere', aliases: ['Okafor'], mentions: [at('Helen Okafor'), at('Okafor dankte')] },
      { id: 'reyes', name: 'Daniel Reyes', kind: 'person', role: 'Oppositionsführer im Stadtrat', aliases: [], mentions: [at('Daniel Reyes')] },
      { id: 'rat', name: 'Stadtrat von Portmere', kind: 'organization', aliases: ['der Rat'], mentions: [at('Stadtrat von Portmere'), at('der Rat')] },
      { id: 'behoerde', name: 'Regionale Verkehrsbehörde', kind: 'organization', role: 'finanziert Bahn- und Straßenbahnprojekte der Region', aliases: ['die Behörde'], mentions: [at('regionale Verkehrsbehörde'), at('der Behörde')] },
    ],
    quotes: [
      { id: 'q1', text: 'die größte Investition in die Mobilität dieser Stadt seit einer Generation', speaker: 'okafor', cue: 'nannte', span: at('die größte Investition in die Mobilität dieser Stadt seit einer Generation'), date: '2024-03-13' },
      { id: 'q2', text: 'setze den Haushalt auf eine Karte aus den 1990er-Jahren, für eine Stadt, die es nicht mehr gibt', speaker: 'reyes', cue: 'sagte', span: at('setze den Haushalt auf eine Karte aus den 1990er-Jahren, für eine Stadt, die es nicht mehr gibt') },
    ],
    figures: [
      { id: 'f1', value: 6.4, display: '6,4 Kilometer', approx: 'exact', unit: 'km', label: 'Verlängerung der Linie T2', span: at('6,4 Kilometer') },
      { id: 'f2', value: 310_000_000, display: 'rund 310 Millionen Pfund', approx: 'about', label: 'Pfund: die erwarteten Kosten', span: at('rund 310 Millionen Pfund') },
      { id: 'f3', value: 18_000, display: 'mehr als 18.000', approx: 'more-than', label: 'Fahrgäste täglich erwartet', span: at('mehr als 18.000') },
      { id: 'f4', value: 31, display: '31', approx: 'exact', label: 'Stimmen dafür, 12 dagegen', span: at('31 zu') },
      { id: 'f5', value: 10, display: 'Dutzende', approx: 'order-of-magnitude', label: 'Anwohner auf der Zuschauertribüne', span: at('Dutzende') },
      { id: 'f6', value: 40, display: '40 Prozent', approx: 'exact', unit: '%', label: 'der Kosten trägt die Verkehrsbehörde', span: at('40 Prozent') },
    ],
    events: [
      { id: 'e1', date: '2024-03-13', precision: 'day', label: 'Der Stadtrat beschließt die Verlängerung der Linie T2', cue: 'am Mittwoch', actors: ['rat'], span: at('Der Stadtrat von Portmere hat am Mittwoch beschlossen') },
      { id: 'e2', date: '2022', precision: 'year', label: 'Der Streit um die Verlängerung beginnt', cue: '2022', actors: ['rat'], span: at('einen Streit beendet, der 2022 begonnen hatte') },
      { id: 'e3', date: '199X', precision: 'decade', label: 'Die Werft schließt; die Anwohner fordern einen Bahnanschluss', cue: 'seit Anfang der 1990er-Jahre', actors: [], span: at('seit Anfang der 1990er-Jahre, als die Werft schloss') },
      { id: 'e4', date: '2024-09', precision: 'month', label: 'Die Bauarbeiten beginnen', cue: 'im September 2024', actors: ['rat'], span: at('Die Arbeiten beginnen im September 2024') },
      { id: 'e5', date: '2027', precision: 'year', label: 'Die ersten Bahnen fahren zu den östlichen Docks', cue: '2027', actors: [], span: at('die ersten Bahnen sollen 2027 fahren') },
      { id: 'e6', date: '2024-03-14', precision: 'day', label: 'Die Verkehrsbehörde sagt 40 Prozent der Kosten zu', cue: 'am Donnerstag', actors: ['behoerde'], span: at('Die regionale Verkehrsbehörde erklärte am Donnerstag') },
    ],
  },
  'the German sample article',
);
