import { expect } from '@open-wc/testing';
import { fr } from '../../../src/extract/lang/fr/index.js';
import { segment } from '../../../src/extract/pipeline/segment.js';

const sentences = (text: string) => segment(text, fr).sentences.map((s) => text.slice(s.start, s.end));
const quotations = (text: string) => {
  const doc = segment(text, fr);
  return doc.quotations.map((q) => text.slice(doc.tokens[q.first].start, doc.tokens[q.last].end));
};

describe('fr: segment', () => {
  const SENTENCES: [string, string[]][] = [
    ['Il pleut. Le vent souffle.', ['Il pleut.', 'Le vent souffle.']],
    ["M. Tokayev a parlé. Mme Dupont aussi.", ['M. Tokayev a parlé.', 'Mme Dupont aussi.']],
    // A letter after a common noun names a thing, and its full stop ends the sentence; an initial after a name does not.
    ['Il a testé la bombe H. La Corée proteste.', ['Il a testé la bombe H.', 'La Corée proteste.']],
    ['Le président John F. Kennedy a parlé.', ['Le président John F. Kennedy a parlé.']],
    // An abbreviation that stands before a number ends its sentence before a capitalised word.
    ['Voir le vol. 3 du rapport. Trois heures de retard au vol. Oscar Munoz s\'est excusé.', ['Voir le vol. 3 du rapport.', 'Trois heures de retard au vol.', "Oscar Munoz s'est excusé."]],
    ['« Nous partons. Vite. », a-t-il dit. Puis rien.', ['« Nous partons. Vite. », a-t-il dit.', 'Puis rien.']],
    ['TITRE\n\nLe texte suit.', ['TITRE', 'Le texte suit.']],
    ['Voir https://www.example.com/a.b?c=1. Fin.', ['Voir https://www.example.com/a.b?c=1.', 'Fin.']],
  ];
  for (const [input, expected] of SENTENCES) {
    it(`sentences: ${JSON.stringify(input)}`, () => expect(sentences(input)).to.deep.equal(expected));
  }

  const QUOTATIONS: [string, string[]][] = [
    ['Il a dit « bonjour à tous ».', ['bonjour à tous']],
    ['Il a dit "bonjour à tous".', ['bonjour à tous']],
    ['Il a dit “bonjour à tous”.', ['bonjour à tous']],
    ['« Les projets « Stop Soros » servent », a-t-il dit.', ['Les projets « Stop Soros » servent »'.slice(0, -2)]],
    ['« Ouvert sans fin\n\nAutre paragraphe.', []],
  ];
  for (const [input, expected] of QUOTATIONS) {
    it(`quotations: ${JSON.stringify(input)}`, () => expect(quotations(input)).to.deep.equal(expected));
  }

  it('keeps a URL as one token, so no date or number is read inside it', () => {
    const doc = segment('Lire https://www.reuters.com/x-2022-01-06 ici.', fr);
    expect(doc.tokens.filter((t) => t.kind == 'url').map((t) => t.text)).to.deep.equal(['https://www.reuters.com/x-2022-01-06']);
  });
  it('reads a straight mark glued to digits as seconds or inches, not as a quotation mark', () => {
    const text = 'Bolt a couru en 9"81. Vicaut termine au-dessus des 10". « C\'est une déception » a-t-il confié.';
    const doc = segment(text, fr);
    expect(doc.quotations.map((q) => text.slice(doc.tokens[q.first].start, doc.tokens[q.last].end))).to.deep.equal(["C'est une déception"]);
  });
});
