// What leaves the studio: the downloaded article.json (valid, or its errors shown first), the code to
// paste (which, pasted into a page, shows the widgets), and an article.json brought back in.
import { expect, waitUntil } from '@open-wc/testing';
import { validateArticle } from '../../src/data/validate.js';
import type { EncartStudio } from '../../src/studio/studio-app.js';
import { StudioFileEvent } from '../../src/studio/studio-input.js';
import '../../src/define.js';
import { button, deep, deepAll, extracted, fill, openStudio, openTab, rowTitles, settle, showList } from './studio-driver.js';

/** Clicks "Download article.json" and returns the file the browser was handed. */
async function download(studio: EncartStudio): Promise<{ name: string; json: unknown }> {
  const original = HTMLAnchorElement.prototype.click;
  let link: HTMLAnchorElement | undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    link = this;
  };
  try {
    button(deep(studio, 'studio-output').shadowRoot!, 'Download article.json').click();
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  expect(link, 'no download started').to.exist;
  const json = await (await fetch(link!.href)).json();
  return { name: link!.download, json };
}

/** Clicks a snippet's Copy button and returns what was copied. */
async function copySnippet(studio: EncartStudio, which: 'script' | 'module' | 'server'): Promise<string> {
  const output = deep(studio, 'studio-output');
  const copied = new Promise<string>((resolve) => output.addEventListener('studio-copied', (e) => resolve((e as CustomEvent).detail.code), { once: true }));
  const label = { script: 'Copy the code (script tag)', module: 'Copy the code (ES modules)', server: 'Copy server-rendered HTML' }[which];
  button(output.shadowRoot!, label).click();
  return copied;
}

describe('Encart Studio: output', function () {
  this.timeout(30000);
  let studio: EncartStudio;
  afterEach(() => studio?.remove());

  it('downloads an article.json the validator accepts, with the editor’s changes in it', async () => {
    studio = await openStudio();
    const quote = studio.store!.doc.article.quotes[0];
    studio.store!.update({ kind: 'quote', id: quote.id }, { checked: true });
    await openTab(studio, 'output');
    expect(deep(studio, 'studio-output .verdict').textContent).to.include('Valid data');
    const { name, json } = await download(studio);
    expect(name).to.equal('article.json');
    const result = validateArticle(json);
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.equal(true);
    const article = (json as any);
    expect(article.quotes.find((q: any) => q.id == quote.id).checked).to.equal(true);
    expect(article.title).to.equal('Le Kazakhstan arrête son ancien chef de la sécurité, soupçonné de trahison');
  });

  it('shows the validator’s errors inline, refuses to download, and leads to the item to fix', async () => {
    studio = await openStudio();
    const event = studio.store!.doc.article.events[0];
    studio.store!.update({ kind: 'event', id: event.id }, { date: '2022-13' });
    await openTab(studio, 'output');
    const errors = deep(studio, 'studio-output .errors');
    expect(errors.textContent).to.include('events[0].date');
    expect(button(deep(studio, 'studio-output').shadowRoot!, 'Download article.json').disabled).to.equal(true);
    expect(button(deep(studio, 'studio-output').shadowRoot!, 'Copy the code (script tag)').disabled).to.equal(true);
    button(errors, 'Fix').click();
    await settle(studio);
    const date = deep<HTMLInputElement>(studio, 'studio-item-editor #field-date');
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    await fill(studio, date, event.date);
    await openTab(studio, 'output');
    expect(deep(studio, 'studio-output .verdict').textContent).to.include('Valid data');
  });

  it('copies server-rendered HTML that a page shows with no script at all', async () => {
    studio = await openStudio();
    await openTab(studio, 'output');
    const blinken = studio.store!.doc.article.quotes.find((q) => q.text.startsWith('Une leçon'))!;
    await fill(studio, deep<HTMLSelectElement>(studio, 'studio-preview #pick-quote'), blinken.id);
    const code = await copySnippet(studio, 'server');
    expect(code).to.match(/<script type="module" src="https:\/\/[^"]+\/encart\.hydrate\.js"><\/script>/);
    expect(code.match(/<script type="application\/json"/g)).to.have.length(1);
    // Parsed as a browser parses a page, scripts off: the shadow roots come from the markup alone.
    const page = Document.parseHTMLUnsafe(code);
    for (const tag of ['encart-quote-card', 'encart-figures-panel', 'encart-actor-badge', 'encart-mini-timeline']) {
      expect(page.querySelector(tag)?.shadowRoot, tag).to.exist;
    }
    const card = page.querySelector('encart-quote-card')!;
    expect(card.getAttribute('quote')).to.equal(blinken.id);
    expect(card.shadowRoot!.querySelector('blockquote')!.textContent).to.include('Une leçon de l');
    expect(card.shadowRoot!.querySelector('style')!.textContent).to.include(':host');
  });

  it('copies server-rendered HTML reading article.json when the data goes next to the page', async () => {
    studio = await openStudio();
    await openTab(studio, 'output');
    const output = deep(studio, 'studio-output');
    output.shadowRoot!.querySelector<HTMLInputElement>('input[name="placement"][value="file"]')!.click();
    await settle(studio);
    const code = await copySnippet(studio, 'server');
    expect(code).to.match(/<script src="https:\/\/[^"]+\/encart\.iife\.js" defer><\/script>/);
    expect(code).not.to.include('application/json');
    const page = Document.parseHTMLUnsafe(code);
    for (const tag of ['encart-quote-card', 'encart-figures-panel', 'encart-actor-badge', 'encart-mini-timeline']) {
      expect(page.querySelector(tag)?.getAttribute('src'), tag).to.equal('article.json');
      expect(page.querySelector(tag)?.shadowRoot, tag).to.exist;
    }
  });

  it('copies code that, pasted into a page, shows the chosen widgets with their data', async () => {
    studio = await openStudio();
    await openTab(studio, 'output');
    const blinken = studio.store!.doc.article.quotes.find((q) => q.text.startsWith('Une leçon'))!;
    await fill(studio, deep<HTMLSelectElement>(studio, 'studio-preview #pick-quote'), blinken.id);
    const code = await copySnippet(studio, 'script');
    expect(code).to.match(/^<script src="https:\/\/[^"]+\/encart\.iife\.js" defer><\/script>/);
    expect(code).to.match(new RegExp(`<encart-quote-card for="encart-[a-z-]+" quote="${blinken.id}">`));
    expect(code).to.match(/<script type="application\/json" id="encart-[a-z-]+">\{"schema":"encart\/article@1"/);
    // The fallback a reader sees without script: the quote in a blockquote, with its speaker.
    expect(code).to.match(/<blockquote>\s*<p>« Une leçon de l'histoire récente[^<]*»<\/p>\s*<p>— Antony Blinken/);

    // Pasted into a page (the widgets already defined here, as the script tag would do):
    const page = document.createElement('div');
    page.innerHTML = code.replace(/<script src=[^>]*><\/script>/, '');
    document.body.append(page);
    try {
      const card = page.querySelector('encart-quote-card')!;
      await waitUntil(() => card.shadowRoot?.querySelector('cite'), 'the pasted quote card never rendered');
      expect(card.shadowRoot!.querySelector('cite')!.textContent).to.equal('Antony Blinken');
      const panel = page.querySelector('encart-figures-panel')!;
      await waitUntil(() => /dizaines/i.test(panel.shadowRoot?.textContent ?? ''), 'the pasted figures panel never rendered');
    } finally {
      page.remove();
    }

    const esm = await copySnippet(studio, 'module');
    expect(esm).to.match(/<script type="module">\n\s+import 'https:\/\/[^']+\/components\/encart-quote-card\.js';/);
    expect(esm).to.include('<encart-mini-timeline for=');
  });

  it('imports an article.json to continue editing, and refuses a broken one with its errors', async () => {
    studio = await openStudio();
    await openTab(studio, 'text');
    const input = deep(studio, 'studio-input');
    const article = await (await fetch('/examples/kazakhstan-massimov/article.json')).json();
    article.actors[0].role = 'rôle importé';
    input.dispatchEvent(new StudioFileEvent(new File(['{"schema":"encart/article@1"}'], 'broken.json'), 'article'));
    await waitUntil(() => studio.shadowRoot!.querySelector('.notice'));
    expect(studio.shadowRoot!.querySelector('.notice')!.textContent).to.include('is required');

    input.dispatchEvent(new StudioFileEvent(new File([JSON.stringify(article)], 'article.json'), 'article'));
    await waitUntil(() => studio.store!.doc.article.actors[0]?.role == 'rôle importé', 'the import never arrived');
    await extracted(studio);
    expect(studio.shadowRoot!.querySelector('.notice')).to.equal(null);
    await showList(studio, /Actors/);
    expect(deepAll(studio, 'studio-items li .detail')[0].textContent).to.include('rôle importé');
    expect(rowTitles(studio)).to.have.length(article.actors.length);
  });

  it('opens a dropped .md file as the text, its heading as the title', async () => {
    studio = await openStudio();
    await openTab(studio, 'text');
    const md = '# Grève à Marseille\n\nLe maire de Marseille, Benoît Payan, a annoncé lundi que 40 bus resteront au dépôt.';
    deep(studio, 'studio-input').dispatchEvent(new StudioFileEvent(new File([md], 'greve.md'), 'text'));
    await waitUntil(() => studio.store!.doc.title == 'Grève à Marseille');
    await extracted(studio);
    expect(deep<HTMLTextAreaElement>(studio, 'studio-input #text').value).to.match(/^Le maire de Marseille/);
    expect(studio.store!.doc.article.actors.map((a) => a.name)).to.include('Benoît Payan');
  });
});
