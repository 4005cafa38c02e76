// Drives <encart-studio> the way an editor does: through its tabs, lists, fields and buttons, reading
// back what is on screen. Each studio gets its own storage key, so tests do not share saved work.
import { waitUntil } from '@open-wc/testing';
import { inputsKey } from '../../src/studio/document.js';
import { setWorkerUrl } from '../../src/studio/extractor-client.js';
import { setSampleBase } from '../../src/studio/sample.js';
import type { EncartStudio } from '../../src/studio/studio-app.js';
import '../../src/studio/studio-app.js';

// The dev server compiles the worker's TypeScript on request, like any test module.
setWorkerUrl(new URL('../../src/studio/extract-worker.ts', import.meta.url));
setSampleBase(new URL('/examples/kazakhstan-massimov/', location.href), false);

export const freshKey = () => `encart-studio-test/${Math.random().toString(36).slice(2)}`;

/** Mounts a studio (a reload, when `storageKey` already holds saved work) and waits until it shows extracted items. */
export async function openStudio(storageKey = freshKey(), uiLang: 'fr' | 'en' = 'en'): Promise<EncartStudio> {
  const studio = document.createElement('encart-studio');
  studio.setAttribute('storage-key', storageKey);
  studio.setAttribute('ui-lang', uiLang);
  document.body.append(studio);
  await waitUntil(() => studio.store, 'the studio never opened', { timeout: 5000 });
  await extracted(studio);
  return studio;
}

/** Closes the studio as a closed tab would, its work saved. */
export async function closeStudio(studio: EncartStudio): Promise<void> {
  const saving = studio.store?.flushSave();
  studio.remove();
  await saving;
}

/** Waits for the worker's answer to the current text. */
export async function extracted(studio: EncartStudio): Promise<void> {
  await waitUntil(() => studio.store && studio.store.doc.extractedFor == inputsKey(studio.store.doc), 'no extraction arrived', { timeout: 8000 });
  await settle(studio);
}

export async function settle(studio: EncartStudio): Promise<void> {
  await studio.updateComplete;
  for (const el of deepAll(studio, '*')) if ('updateComplete' in el) await (el as any).updateComplete;
}

/** The element's parent, stepping out of a shadow root to its host. */
const composedParent = (el: Element): Element | null => el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null);

/** Whether `el` matches a descendant selector ('studio-items li .title') whose steps may cross shadow roots. */
function matchesComposed(el: Element, selector: string): boolean {
  const steps = selector.trim().split(/\s+/);
  if (!el.matches(steps.pop()!)) return false;
  let at: Element | null = el;
  while (steps.length && (at = composedParent(at))) if (at.matches(steps[steps.length - 1])) steps.pop();
  return steps.length == 0;
}

/** Every element matching `selector` under `root`, looking through shadow roots. */
export function deepAll(root: Element | ShadowRoot, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (matchesComposed(el, selector)) found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  else visit(root);
  return found;
}

export function deep<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T {
  const el = deepAll(root, selector)[0];
  if (!el) throw new Error(`nothing matches ${selector}`);
  return el as T;
}

export async function openTab(studio: EncartStudio, name: 'text' | 'review' | 'output'): Promise<void> {
  deep(studio, `#tab-${name}`).click();
  await settle(studio);
}

/** A button by its visible words, within `root`. */
export function button(root: Element | ShadowRoot, words: string | RegExp): HTMLButtonElement {
  const match = (b: Element) => (typeof words == 'string' ? b.textContent!.trim() == words : words.test(b.textContent!));
  const found = deepAll(root, 'button').find(match);
  if (!found) throw new Error(`no button "${words}"`);
  return found as HTMLButtonElement;
}

/** Types into a field and leaves it, firing what a browser fires. */
export async function fill(studio: EncartStudio, field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): Promise<void> {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(studio);
}

/** The list rows on screen, as their titles. */
export function rowTitles(studio: EncartStudio): string[] {
  return deepAll(studio, 'studio-items li .title').map((el) => el.textContent!.trim());
}

export async function showList(studio: EncartStudio, name: RegExp): Promise<void> {
  button(deep(studio, 'studio-items').shadowRoot!, name).click();
  await settle(studio);
}

/** Selects words of the article in the review pane, as a mouse drag would. */
export async function selectWords(studio: EncartStudio, words: string): Promise<void> {
  const text = deep(studio, 'studio-text');
  const walker = document.createTreeWalker(text.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(words);
    if (at < 0) continue;
    document.getSelection()!.setBaseAndExtent(node, at, node, at + words.length);
    text.shadowRoot!.querySelector('.text')!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true }));
    await settle(studio);
    return;
  }
  throw new Error(`"${words}" is not in one run of the review pane`);
}
