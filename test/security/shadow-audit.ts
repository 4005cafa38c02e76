import type { EncartElement } from '../../src/shared/encart-element.js';
import { outcomeOf } from '../helpers/outcomes.js';

export const TAGS = ['encart-quote-card', 'encart-figures-panel', 'encart-actor-badge', 'encart-mini-timeline'] as const;
export type Tag = (typeof TAGS)[number];

// Every element and attribute the four widgets' templates can produce. Anything else in a shadow
// root came from somewhere else — from data, if the templates were ever bypassed.
const ALLOWED_TAGS = new Set(
  'div slot span p button figure blockquote figcaption cite time section h2 h3 ul ol li img a'.split(' '),
);
const ALLOWED_ATTRIBUTE = /^(part|class|role|dir|lang|type|id|hidden|datetime|title|src|alt|loading|href|rel|target|data-[a-z-]+|aria-[a-z]+)$/;
const URL_ATTRIBUTES = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset', 'poster', 'background']);

/** Why this shadow DOM is unsafe, or an empty list. Walks nested shadow roots too. */
export function auditShadow(root: ShadowRoot | DocumentFragment): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.localName;
    if (!ALLOWED_TAGS.has(tag)) problems.push(`<${tag}> element`);
    if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`<${tag}> in ${element.namespaceURI}`);
    for (const { name, value } of element.attributes) {
      if (name.startsWith('on')) problems.push(`<${tag} ${name}> event handler attribute`);
      else if (!ALLOWED_ATTRIBUTE.test(name)) problems.push(`<${tag} ${name}> unexpected attribute`);
      if (URL_ATTRIBUTES.has(name) && !isWebUrl(value)) problems.push(`<${tag} ${name}="${value.slice(0, 80)}"> not http(s)`);
    }
    if (element.shadowRoot) problems.push(...auditShadow(element.shadowRoot));
  }
  return problems;
}

/** What the URL parser (as the browser will use it) makes of a string: an absolute http(s) URL or not. */
export function isWebUrl(value: string, httpsOnly = false): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || (!httpsOnly && protocol === 'http:');
  } catch {
    return false;
  }
}

/** The widget's load status (`loading`, `ready`, `error`), from its public encart-load and encart-error events. */
export const statusOf = outcomeOf;

/** Waits until every widget has settled on data or an error (polling: the cheapest wait for hundreds). */
export async function allSettled(elements: EncartElement[], timeout = 8000): Promise<void> {
  const start = performance.now();
  while (elements.some((el) => !['ready', 'error'].includes(statusOf(el)))) {
    if (performance.now() - start > timeout) {
      const stuck = elements.find((el) => !['ready', 'error'].includes(statusOf(el)))!;
      throw new Error(`<${stuck.localName}> still ${statusOf(stuck)} after ${timeout} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await Promise.all(elements.map((el) => el.updateComplete));
}

/** Replaces console.warn for the duration, keeping the lines (hundreds of expected warnings would drown the log). */
export function muteWarnings(): { lines: string[]; restore(): void } {
  const original = console.warn;
  const lines: string[] = [];
  console.warn = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  return { lines, restore: () => void (console.warn = original) };
}
