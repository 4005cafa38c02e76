import { expect } from '@open-wc/testing';
import { run, seen } from '../helpers.js';

describe('fr: figures', () => {
  // [text, [display, value, approx][]]
  const CASES: [string, [string, number, string][]][] = [
    ['Plus de 4 400 personnes ont été arrêtées.', [['Plus de 4 400', 4400, 'more-than']]],
    ['La ville compte environ 2 millions d\'habitants.', [['environ 2 millions', 2e6, 'about']]],
    ['Le taux atteint 2,5 % cette année.', [['2,5 %', 2.5, 'exact']]],
    ['Il a été deux fois premier ministre pendant trois décennies.', [['deux fois', 2, 'exact'], ['trois décennies', 3, 'exact']]],
    ['Des dizaines de personnes ont été tuées, des milliers ont été détenues.', [['Des dizaines', 10, 'order-of-magnitude'], ['des milliers', 1000, 'order-of-magnitude']]],
    ["Plus d'une centaine de secouristes étaient là.", [["Plus d'une centaine", 100, 'more-than']]],
    ['Nazarbayev, 81 ans, est parti en 2019.', [['81 ans', 81, 'exact']]],
    ['Le 13 février, à 14 h 30, rien. Le 30 mai 2016 non plus.', []],
    ['Le coût atteint 7,2 milliards d\'euros.', [["7,2 milliards d'euros", 7.2e9, 'exact']]],
    ['Le bilan recule de - 33 % sur un an.', [['- 33 %', -33, 'exact']]],
    ['Voir https://example.com/2022/4400 pour le détail.', []],
    ['Deux ans plus tard, le vol United Express 3411 est parti.', []],
  ];
  for (const [text, expected] of CASES) {
    it(JSON.stringify(text), () => {
      const article = run(text, { lang: 'fr' });
      expect(article.figures.map((f) => [f.display, f.value, f.approx]), seen(article)).to.deep.equal(expected);
    });
  }

  it('says what the number counts', () => {
    const [f] = run('Le ministère a déclaré que plus de 4 400 personnes avaient été arrêtées depuis le début des troubles.', { lang: 'fr' }).figures;
    expect(f.label).to.equal('personnes arrêtées depuis le début des troubles');
  });
});
