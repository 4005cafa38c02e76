import { expect } from '@open-wc/testing';
import { run, seen } from './helpers.js';

// The date printed at the head of a dispatch is when it was published: no event, no place, no figure.
describe('datelines', () => {
  // [lang, published, text, events expected as [cue, date]]
  const CASES: ['fr' | 'en', string, string, [string, string][]][] = [
    ['fr', '2017-01-24', '24 janvier 2017. – Claude Guéant a été condamné lundi.', [['lundi', '2017-01-23']]],
    ['fr', '2016-01-01', '1er janvier 2016. – Le maire a parlé jeudi.', [['jeudi', '2015-12-31']]],
    ['fr', '2017-01-24', 'Mardi 24 janvier 2017\n\nLe tribunal a rendu son jugement lundi.', [['lundi', '2017-01-23']]],
    ['en', '2017-06-08', 'Thursday, June 8, 2017\n\nOn Monday, astronomers revealed the discovery.', [['Monday', '2017-06-05']]],
    ['en', '2023-03-16', 'FELIXSTOWE, England, March 16 (Reuters) — Dock workers walked out on Tuesday.', [['Tuesday', '2023-03-14']]],
    ['en', '2024-09-05', 'GABORONE, BOTSWANA — Health officials said on Wednesday that testing begins.', [['Wednesday', '2024-09-04']]],
    // A lead set above the dateline: the dated paragraph is the second; the lead's figures still count.
    ['fr', '2016-02-02', "La reine reste populaire, avec 51 % d'opinions favorables.\n\n2 février 2016. – Le mouvement a lancé un appel lundi.", [['lundi', '2016-02-01']]],
    // Not datelines: a date that opens a sentence is an event.
    ['fr', '2017-03-20', 'Le 17 mars 2017, le ministre a démissionné.', [['17 mars 2017', '2017-03-17']]],
    ['en', '2017-06-08', 'On June 5, 2017, the paper was published.', [['June 5, 2017', '2017-06-05']]],
  ];
  it('keeps what a lead above the dateline says: its figures, its names', () => {
    const article = run("La reine reste populaire, avec 51 % d'opinions favorables.\n\n2 février 2016. – Le mouvement a lancé un appel.", { lang: 'fr', published: '2016-02-02' });
    expect(article.figures.map((f) => f.value), seen(article)).to.deep.equal([51]);
    expect(article.events, seen(article)).to.deep.equal([]);
  });

  for (const [lang, published, text, expected] of CASES) {
    it(`${lang}: ${JSON.stringify(text.slice(0, 60))}`, () => {
      const article = run(text, { lang, published });
      expect(article.events.map((e) => [e.cue, e.date]), seen(article)).to.deep.equal(expected);
      expect(article.actors.map((a) => a.name), seen(article)).not.to.include.members(['FELIXSTOWE', 'GABORONE', 'BOTSWANA']);
      expect(article.figures.map((f) => f.value), seen(article)).not.to.include.members([2017, 8, 24, 16]);
    });
  }
});
