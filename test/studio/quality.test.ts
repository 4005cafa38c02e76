// The studio for everyone: no axe violations in any step, in French and English, down to 320 px;
// every action reachable from the keyboard; typing in a 50,000-word text never waits for the extractor.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { EncartStudio } from '../../src/studio/studio-app.js';
import { button, deep, deepAll, extracted, fill, freshKey, openStudio, openTab, settle } from './studio-driver.js';

/** The element that has focus, looking through shadow roots. */
function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

async function tabUntil(studio: EncartStudio, test: (el: Element) => boolean, limit = 80): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const el = focused();
    if (el && test(el)) return el;
  }
  throw new Error('never reached by Tab');
}

describe('Encart Studio: accessibility, keyboard, long texts', function () {
  this.timeout(60000);
  let studio: EncartStudio;
  afterEach(async () => {
    studio?.remove();
    await setViewport({ width: 800, height: 600 });
  });

  for (const [lang, width] of [['en', 1280], ['fr', 320]] as const) {
    it(`has no axe violations in any step (${lang}, ${width} px), with an item open`, async () => {
      await setViewport({ width, height: 900 });
      studio = await openStudio(freshKey(), lang);
      deepAll(studio, 'studio-items button.pick')[0].click();
      await settle(studio);
      await expect(studio).to.be.accessible();
      await openTab(studio, 'text');
      await expect(studio).to.be.accessible();
      await openTab(studio, 'output');
      await expect(studio).to.be.accessible();
      // Nothing wider than the screen: the page does not scroll sideways at 320 px.
      expect(document.documentElement.scrollWidth).to.be.at.most(Math.max(width, 320));
    });
  }

  it('fixes an item and signs it off with the keyboard alone', async () => {
    studio = await openStudio();
    const first = await tabUntil(studio, (el) => el.matches('button.pick'));
    const title = first.querySelector('.title')!.textContent;
    await sendKeys({ press: 'Enter' });
    await settle(studio);
    expect(deep(studio, 'studio-items li.selected .title').textContent).to.equal(title);
    // The row's "Checked" box comes next: Space signs the item off.
    const box = await tabUntil(studio, (el) => el.matches('input'));
    expect(box.getAttribute('type')).to.equal('checkbox');
    await sendKeys({ press: ' ' });
    await settle(studio);
    const key = deep(studio, 'studio-items li.selected').getAttribute('data-key')!;
    const [kind, id] = key.split(':');
    const item = () => (studio.store!.doc.article as any)[`${kind}s`].find((i: any) => i.id == id);
    expect(item().checked).to.equal(true);
    // Then into the editor: the first text field takes a new value, committed on leaving it.
    const field = await tabUntil(studio, (el) => el.matches('input:not([type=checkbox]), textarea'));
    const before = (field as HTMLInputElement).value;
    (field as HTMLInputElement).select();
    await sendKeys({ type: `${before} (corrigé)` });
    await sendKeys({ press: 'Tab' });
    await settle(studio);
    expect(Object.values(item())).to.include(`${before} (corrigé)`);
    // Undo from the keyboard, outside text fields.
    (focused() as HTMLElement).blur();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await settle(studio);
    expect(Object.values(item())).to.include(before);
  });

  it('adds an item from words found by typing them, for those who cannot drag a selection', async () => {
    studio = await openStudio();
    const find = deep<HTMLInputElement>(studio, 'studio-add #find');
    find.focus();
    await sendKeys({ type: 'journée de deuil' });
    await sendKeys({ press: 'Enter' });
    await settle(studio);
    expect(deep(studio, 'studio-add .selection').textContent).to.include('journée de deuil');
    const before = studio.store!.doc.article.events.length;
    const add = button(deep(studio, 'studio-add').shadowRoot!, '+ Date');
    add.focus();
    await sendKeys({ press: 'Enter' });
    await settle(studio);
    expect(studio.store!.doc.article.events).to.have.length(before + 1);
    expect(deep(studio, 'studio-items li.selected .title').textContent).to.equal('journée de deuil');
    // The keyboard is now in the new item's first field, ready to fix its date.
    await waitUntil(() => focused()?.id == 'field-date', 'focus did not move to the new item');
    await sendKeys({ type: '2022-01-10' });
    await sendKeys({ press: 'Tab' });
    await settle(studio);
    expect(studio.store!.doc.article.events.find((e) => e.label == 'journée de deuil')!.date).to.equal('2022-01-10');
  });

  it('keeps typing smooth in a 50,000-word text while the worker extracts', async () => {
    studio = await openStudio();
    const base = studio.store!.doc.text;
    const words = base.split(/\s+/).length;
    const long = Array.from({ length: Math.ceil(50000 / words) }, () => base).join('\n\n');
    await openTab(studio, 'text');
    const textarea = deep<HTMLTextAreaElement>(studio, 'studio-input #text');
    await fill(studio, textarea, long);
    // No waiting for the extraction: the editor types on while the worker reads 50,000 words.
    expect(studio.store!.status.state).to.equal('extracting');

    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask' });
    // Per key: the browser's own edit of a 300 KB textarea, then what the studio adds on top (its input handler and re-render).
    const browser: number[] = [];
    const studioWork: number[] = [];
    textarea.focus();
    let length = textarea.value.length;
    for (const ch of ' Une phrase ajoutée.') {
      const start = performance.now();
      textarea.setRangeText(ch, length, length, 'end');
      length += ch.length;
      const edited = performance.now();
      textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: ch }));
      await studio.updateComplete;
      await deep<any>(studio, 'studio-input').updateComplete;
      browser.push(edited - start);
      studioWork.push(performance.now() - edited);
      await new Promise((r) => setTimeout(r, 30));
    }
    // After a pause in typing, the store takes the text and the worker extracts it.
    await waitUntil(() => studio.store!.doc.text.endsWith('Une phrase ajoutée.'), 'the typed words never reached the document');
    await extracted(studio);
    observer.disconnect();
    const worst = Math.max(...studioWork);
    console.log(
      `studio typing: ${long.split(/\s+/).length} words typed into: studio work per key ≤ ${worst.toFixed(1)} ms ` +
        `(the browser's own textarea edit ≤ ${Math.max(...browser).toFixed(1)} ms), long tasks from the paste to the new items: ${tasks.length} (longest ${Math.max(0, ...tasks).toFixed(0)} ms)`,
    );
    // What the studio adds to a key is never a long task (50 ms): no stutter of its making.
    expect(worst, 'the studio slowed a keystroke').to.be.below(50);
    expect(studio.store!.doc.article.text!.endsWith('Une phrase ajoutée.')).to.equal(true);
    expect(studio.store!.doc.article.actors.length).to.be.above(5);
  });
});
