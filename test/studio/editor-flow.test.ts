// An editor's session in the studio, step by step, in real Chromium: the example article on a first
// visit, paste a text, fix a speaker, add a figure from a selection, reload, undo and redo.
import { expect, waitUntil } from '@open-wc/testing';
import type { EncartStudio } from '../../src/studio/studio-app.js';
import { button, closeStudio, deep, deepAll, extracted, fill, freshKey, openStudio, openTab, rowTitles, selectWords, settle, showList } from './studio-driver.js';

const PASTED = `Le maire de Lyon, Grégoire Doucet, a annoncé mardi la fermeture de 12 écoles.

"Nous n'avons pas le choix", a déclaré Grégoire Doucet devant le conseil municipal.

Selon la préfecture, plus de 3 000 élèves sont concernés. La ministre de l'Éducation, Claire Martin, a promis une aide de 2 millions d'euros.`;

describe('Encart Studio: an editor session', function () {
  this.timeout(30000);
  let studio: EncartStudio;
  afterEach(() => studio?.remove());

  it('opens on the example article, every kind highlighted in the text and listed, unsure items first', async () => {
    studio = await openStudio();
    const marks = deepAll(studio, 'studio-text mark');
    const kinds = new Set(marks.map((m) => m.getAttribute('data-kind')));
    expect([...kinds].sort()).to.deep.equal(['actor', 'event', 'figure', 'quote']);
    expect(deep(studio, 'studio-text').shadowRoot!.textContent).to.include('Karim Massimov');
    // "To check" is the first list: the least confident item leads, marked unsure.
    const first = deep(studio, 'studio-items').shadowRoot!.querySelector('li')!;
    expect(first.classList.contains('unsure')).to.equal(true);
    expect(first.textContent).to.match(/unsure/);
    expect(deep(studio, '#tab-review').textContent).to.match(/\d+ to check/);
  });

  it('a click on a highlight opens its item in the list; a click on a row outlines its words', async () => {
    studio = await openStudio();
    const mark = deepAll(studio, 'studio-text mark').find((m) => m.textContent == 'Vladimir Poutine')!;
    mark.click();
    await settle(studio);
    const open = deep(studio, 'studio-items').shadowRoot!.querySelector('li.selected')!;
    expect(open.querySelector('.title')!.textContent).to.equal('Vladimir Poutine');
    expect(open.querySelector<HTMLInputElement>('studio-item-editor')!.shadowRoot!.querySelector<HTMLInputElement>('#field-name')!.value).to.equal('Vladimir Poutine');

    await showList(studio, /Quotes/);
    const row = deepAll(studio, 'studio-items li').find((li) => li.textContent!.includes('Une leçon'))!;
    row.querySelector<HTMLButtonElement>('button.pick')!.click();
    await settle(studio);
    const outlined = deepAll(studio, 'studio-text mark.selected').map((m) => m.textContent).join('');
    expect(outlined).to.include('Une leçon de l');
  });

  it('extracts a pasted text in the worker, and the speaker of a quote can be fixed from the actors', async () => {
    studio = await openStudio();
    await openTab(studio, 'text');
    await fill(studio, deep<HTMLTextAreaElement>(studio, 'studio-input #text'), PASTED);
    expect(deep(studio, 'header .status').textContent).to.include('Extracting');
    await extracted(studio);
    await openTab(studio, 'review');
    await showList(studio, /Actors/);
    expect(rowTitles(studio)).to.include.members(['Grégoire Doucet', 'Claire Martin']);

    await showList(studio, /Quotes/);
    deepAll(studio, 'studio-items button.pick')[0].click();
    await settle(studio);
    const speaker = deep<HTMLSelectElement>(studio, 'studio-item-editor #field-speaker');
    await fill(studio, speaker, 'claire-martin');
    expect(deep(studio, 'studio-items li.selected .detail').textContent).to.equal('Claire Martin');
    // The preview's quote card, fed the edited data, names the new speaker.
    await openTab(studio, 'output');
    const card = deep(studio, 'encart-quote-card');
    await (card as any).updateComplete;
    expect(card.shadowRoot!.querySelector('cite')!.textContent).to.equal('Claire Martin');
  });

  it('adds a figure from words selected in the text, opens the one already on words selected again, and keeps the work across a reload', async () => {
    const key = freshKey();
    studio = await openStudio(key);
    await showList(studio, /Figures/);
    const before = rowTitles(studio).length;
    // « 2 millions » inside the found « environ 2 millions »: words no figure stands on, so a figure of its own.
    await selectWords(studio, '2 millions');
    expect(deep(studio, 'studio-add .selection').textContent).to.include('2 millions');
    button(deep(studio, 'studio-add').shadowRoot!, '+ Figure').click();
    await settle(studio);
    expect(rowTitles(studio)).to.have.length(before + 1);
    const added = studio.store!.doc.article.figures.find((f) => f.display == '2 millions')!;
    expect(added).to.include({ checked: true });
    expect(studio.store!.doc.article.text!.slice(...added.span)).to.equal('2 millions');

    // « 81 ans » holds a found figure: selecting it again opens that figure, checked, rather than adding a copy.
    await selectWords(studio, '81 ans');
    button(deep(studio, 'studio-add').shadowRoot!, '+ Figure').click();
    await settle(studio);
    expect(rowTitles(studio)).to.have.length(before + 1);
    await fill(studio, deep<HTMLInputElement>(studio, 'studio-item-editor #field-label'), 'âge du président Nazarbayev');
    const age = studio.store!.doc.article.figures.find((f) => f.label == 'âge du président Nazarbayev')!;
    expect(age).to.include({ display: '81 ans', value: 81, checked: true });
    expect(deepAll(studio, 'studio-text mark.selected').map((m) => m.textContent).join('')).to.equal('81 ans');

    // A reload: a new studio on the same storage finds the work, with no new extraction overwriting it.
    await closeStudio(studio);
    studio = await openStudio(key);
    await showList(studio, /Figures/);
    expect(rowTitles(studio)).to.include('2 millions');
    expect(deepAll(studio, 'studio-items li .detail').map((d) => d.textContent)).to.include('âge du président Nazarbayev');
  });

  it('undoes and redoes every edit, from the buttons and from the keyboard', async () => {
    studio = await openStudio();
    await showList(studio, /Actors/);
    const count = rowTitles(studio).length;
    deepAll(studio, 'studio-items button.pick')[0].click();
    await settle(studio);
    const name = rowTitles(studio)[0];
    button(deep(studio, 'studio-item-editor').shadowRoot!, 'Delete').click();
    await settle(studio);
    expect(rowTitles(studio)).to.have.length(count - 1).and.not.include(name);
    // The keyboard focus is not lost with the deleted item: it lands on the list.
    await waitUntil(() => deep(studio, 'studio-items').shadowRoot!.activeElement?.matches('button.pick'), 'focus was lost with the item');

    button(studio.shadowRoot!, /Undo/).click();
    await settle(studio);
    expect(rowTitles(studio)).to.have.length(count).and.include(name);
    button(studio.shadowRoot!, /Redo/).click();
    await settle(studio);
    expect(rowTitles(studio)).to.not.include(name);

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true }));
    await settle(studio);
    expect(rowTitles(studio)).to.include(name);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, shiftKey: true }));
    await settle(studio);
    expect(rowTitles(studio)).to.not.include(name);
  });

  it('keeps hand edits when the extractor runs again, on the same text and on an edited one', async () => {
    studio = await openStudio();
    const doc = () => studio.store!.doc;
    const poutine = doc().article.actors.find((a) => a.name == 'Vladimir Poutine')!;
    studio.store!.update({ kind: 'actor', id: poutine.id }, { role: 'président de la Russie', checked: true });
    // Same text, another input: the extractor runs again.
    await openTab(studio, 'text');
    await fill(studio, deep<HTMLInputElement>(studio, 'studio-input #title'), 'Un autre titre');
    await extracted(studio);
    expect(doc().article.actors.find((a) => a.id == poutine.id)).to.include({ role: 'président de la Russie', checked: true });
    // A new paragraph before everything: the edited actor keeps its role, its mentions move with the text.
    const textarea = deep<HTMLTextAreaElement>(studio, 'studio-input #text');
    await fill(studio, textarea, `Un paragraphe ajouté en tête.\n\n${doc().text}`);
    await extracted(studio);
    const moved = doc().article.actors.find((a) => a.id == poutine.id)!;
    expect(moved.role).to.equal('président de la Russie');
    expect(doc().article.text!.slice(...moved.mentions[0])).to.match(/Poutine/);
  });

  it('merges two actors: names become aliases, mentions and quotes move across', async () => {
    studio = await openStudio();
    const doc = () => studio.store!.doc;
    const from = doc().article.actors.find((a) => a.name == 'Moscou')!;
    const into = doc().article.actors.find((a) => a.name == 'Russie')!;
    const mentions = from.mentions.length + into.mentions.length;
    await showList(studio, /Actors/);
    deepAll(studio, 'studio-items li').find((li) => li.querySelector('.title')!.textContent == 'Moscou')!.querySelector<HTMLButtonElement>('button.pick')!.click();
    await settle(studio);
    await fill(studio, deep<HTMLSelectElement>(studio, 'studio-item-editor #field-merge'), into.id);
    button(deep(studio, 'studio-item-editor').shadowRoot!, 'Merge').click();
    await settle(studio);
    expect(rowTitles(studio)).to.not.include('Moscou');
    const merged = doc().article.actors.find((a) => a.id == into.id)!;
    expect(merged.aliases).to.include('Moscou');
    expect(merged.mentions).to.have.length(mentions);
    expect(deep(studio, 'studio-items li.selected .title').textContent).to.equal('Russie');
  });

  it('asks before discarding work, and keeps it when the editor says so', async () => {
    studio = await openStudio();
    studio.store!.update({ kind: 'quote', id: studio.store!.doc.article.quotes[0].id }, { checked: true });
    await openTab(studio, 'text');
    button(deep(studio, 'studio-input').shadowRoot!, 'New article').click();
    await settle(studio);
    const dialog = studio.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    button(dialog, 'Keep my work').click();
    await settle(studio);
    expect(dialog.open).to.equal(false);
    expect(studio.store!.doc.text).to.include('Karim Massimov');
  });

  it('detects the language, and extracts again in the one the editor picks', async () => {
    studio = await openStudio();
    await openTab(studio, 'text');
    const lang = deep<HTMLSelectElement>(studio, 'studio-input #lang');
    expect(lang.selectedOptions[0].textContent).to.equal('Automatic (detected: French)');
    await fill(studio, lang, 'en');
    await extracted(studio);
    expect(studio.store!.doc.article.lang).to.equal('en');
    button(studio.shadowRoot!, /Undo/).click();
    await settle(studio);
    expect(deep<HTMLSelectElement>(studio, 'studio-input #lang').value).to.equal('auto');
    expect(studio.store!.doc.article.lang).to.equal('fr');
  });

  it('previews the widgets in English, dark, at phone width', async () => {
    studio = await openStudio();
    await openTab(studio, 'output');
    const preview = deep(studio, 'studio-preview').shadowRoot!;
    for (const words of ['EN', 'dark', 'phone']) button(preview, words).click();
    await settle(studio);
    const page = preview.querySelector<HTMLElement>('.page')!;
    expect(page.getBoundingClientRect().width).to.equal(360);
    const card = preview.querySelector('encart-quote-card')!;
    await (card as any).updateComplete;
    expect(card.getAttribute('theme')).to.equal('dark');
    expect(card.shadowRoot!.querySelector('blockquote')!.textContent!.trim()).to.match(/^“.*”$/s);
  });

  it('speaks French when asked', async () => {
    studio = await openStudio(freshKey(), 'fr');
    expect(deep(studio, '#tab-review').textContent).to.match(/Vérification/);
    expect(deep(studio, '#tab-review').textContent).to.match(/\d+ à vérifier/);
    button(studio.shadowRoot!, 'EN').click();
    await settle(studio);
    expect(deep(studio, '#tab-review').textContent).to.match(/Review/);
    await waitUntil(() => document.documentElement.lang == 'en');
  });
});
