import { expect } from '@open-wc/testing';
import { run, seen } from '../helpers.js';

// Published Saturday 2022-01-08, as the demo article.
describe('fr: events', () => {
  // [text, [cue, date, precision][]]
  const CASES: [string, [string, string, string][]][] = [
    ['Le président a limogé le chef mercredi.', [['mercredi', '2022-01-05', 'day']]],
    ['Il a annoncé une journée de deuil national pour lundi.', [['lundi', '2022-01-10', 'day']]],
    ["Des coups de feu ont été entendus samedi à Almaty.", [['samedi', '2022-01-08', 'day']]],
    ['Les blocages durent depuis jeudi dernier.', [['jeudi dernier', '2022-01-06', 'day']]],
    ['Les pourparlers auront lieu la semaine prochaine.', [['la semaine prochaine', '2022-01', 'month']]],
    ['Des violences ont eu lieu au cours de la semaine dernière.', [['la semaine dernière', '2022-01', 'month']]],
    ['Le pays est devenu indépendant au début des années 1990.', [['au début des années 1990', '199X', 'decade']]],
    ['Il a cédé la présidence en 2019.', [['en 2019', '2019', 'year']]],
    ["Hier, la foule s'est dispersée.", [['Hier', '2022-01-07', 'day']]],
    ["L'opération a duré du 26 décembre au 7 janvier.", [['26 décembre', '2021-12-26', 'day']]],
    ['La grève est reconduite jusqu\'à mardi 11.', [['mardi 11', '2022-01-11', 'day']]],
    ['La loi pourrait entrer en vigueur dès le mois de mars.', [['mars', '2022-03', 'month']]],
    ['Voir https://www.reuters.com/kazakhstan-2022-01-06 pour le reste.', []],
    ['Le ministre est attendu dimanche sur place.', [['dimanche', '2022-01-09', 'day']]],
    ['Les contrats ont été signés entre 2009 et 2016.', [['entre 2009', '2009', 'year']]],
  ];
  for (const [text, expected] of CASES) {
    it(JSON.stringify(text), () => {
      const article = run(text, { lang: 'fr' });
      expect(article.events.map((e) => [e.cue, e.date, e.precision]), seen(article)).to.deep.equal(expected);
    });
  }

  it('labels the event with words of its clause and lists its actors', () => {
    const [e] = run("Mercredi, le président Kassym-Jomart Tokayev a démis l'ancien président Nursultan Nazarbayev de ses fonctions.", { lang: 'fr' }).events;
    expect(e.label).to.equal("le président Kassym-Jomart Tokayev a démis l'ancien président Nursultan Nazarbayev de ses fonctions");
    expect(e.actors).to.deep.equal(['kassym-jomart-tokayev', 'nursultan-nazarbayev']);
  });
});
