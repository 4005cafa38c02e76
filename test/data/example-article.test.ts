import { expect } from '@open-wc/testing';
import { loadDemoArticle, fetchText } from '../helpers/fixtures.js';

// The demo article is hand-checked: every span must point at the words the item came from.
describe('the Kazakhstan demo article', () => {
  it('is the article text, character for character', async () => {
    const article = await loadDemoArticle();
    expect(article.text).to.equal(await fetchText('/examples/kazakhstan-massimov/article.fr.txt'));
  });

  it('quotes: each span is exactly the quoted words', async () => {
    const { text, quotes } = await loadDemoArticle();
    for (const q of quotes) expect(text!.slice(...q.span), q.id).to.equal(q.text);
  });

  it('figures: each span is the quantity as written', async () => {
    const { text, figures } = await loadDemoArticle();
    for (const f of figures) expect(text!.slice(...f.span), f.id).to.equal(f.display);
  });

  it('actors: each mention is the name or one of its aliases', async () => {
    const { text, actors } = await loadDemoArticle();
    for (const a of actors) {
      const forms = [a.name, ...a.aliases].join(' ');
      for (const span of a.mentions) expect(forms, `${a.id} at ${span}`).to.include(text!.slice(...span));
    }
  });

  it('events: each span contains the words that date it', async () => {
    const { text, events } = await loadDemoArticle();
    for (const e of events) expect(text!.slice(...e.span).toLowerCase(), e.id).to.include(e.cue!.toLowerCase());
  });

  it('resolves relative weekdays against the publication day, Saturday 2022-01-08', async () => {
    const { events } = await loadDemoArticle();
    const byCue = (cue: string) => events.filter((e) => e.cue === cue).map((e) => e.date);
    expect(byCue('mercredi')).to.deep.equal(['2022-01-05']);
    expect(byCue('lundi')).to.deep.equal(['2022-01-10']);
    expect(new Set([...byCue('vendredi'), ...byCue('Vendredi')])).to.deep.equal(new Set(['2022-01-07']));
  });
});
