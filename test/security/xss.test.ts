import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { Article } from '../../src/data/types.js';
import type { EncartElement } from '../../src/shared/encart-element.js';
import { PAYLOADS, trapCall } from './payloads.js';
import { allSettled, auditShadow, isWebUrl, muteWarnings, statusOf, TAGS } from './shadow-audit.js';
import { baseArticle, FIELDS, type Field } from './xss-fields.js';

/**
 * Every payload in every string field, through every way data comes in, rendered by all four
 * widgets (the badge and the timeline expanded, so their panels render too). The page keeps a trap,
 * `__encartPwned(id)`, that any payload calls if it ever runs: it must never be called.
 */
const PATHS = ['property', 'for', 'src'] as const;
type Path = (typeof PATHS)[number];
const FAKE_ORIGIN = 'https://encart-xss.test';

declare global {
  interface Window {
    __encartPwned?: (id: number) => void;
  }
}

const executed: number[] = [];
const violations: string[] = [];
const uncaught: unknown[] = [];
let renders = 0;

// `src` answers come from memory: nothing is written to disk and no request leaves the page.
const bodies = new Map<string, string>();
const realFetch = window.fetch;
function fakeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const body = bodies.get(String(input instanceof Request ? input.url : input));
  if (body === undefined) return realFetch(input, init);
  return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
}

const onViolation = (event: SecurityPolicyViolationEvent) => violations.push(`${event.violatedDirective} ${event.blockedURI}`);
const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);

interface Case {
  element: EncartElement;
  field: Field;
  value: string;
  path: Path;
}

function mount(container: HTMLElement, tag: string, path: Path, article: Article, key: string): EncartElement {
  const element = document.createElement(tag) as EncartElement;
  element.setAttribute('expanded', '');
  if (path === 'property') element.article = article;
  else if (path === 'for') {
    // Built through the DOM, as a framework would: textContent is never parsed as HTML.
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = `xss-${key}-${tag}`;
    script.textContent = JSON.stringify(article);
    container.append(script);
    element.setAttribute('for', script.id);
  } else {
    const url = `${FAKE_ORIGIN}/${key}/${tag}.json`;
    bodies.set(url, JSON.stringify(article));
    element.setAttribute('src', url);
  }
  container.append(element);
  return element;
}

/** Whether the contract accepts this value in this field (URL fields refuse all but http(s)). */
const accepted = (field: Field, value: string) => !field.url || isWebUrl(value, field.url === 'https');

function checkCase({ element, field, value, path }: Case, warnings: string[]): void {
  const where = `payload in ${field.path} via ${path}, <${element.localName}>`;
  const root = element.shadowRoot!;
  expect(auditShadow(root), where).to.deep.equal([]);
  if (!accepted(field, value)) {
    // The designed behaviour for a URL the contract refuses: the whole document is an error.
    expect(statusOf(element), where).to.equal('error');
    expect(root.querySelector('[part~="error"]'), where).to.exist;
    expect(warnings.some((line) => line.includes(field.path)), `${where}: a warning names ${field.path}`).to.be.true;
    return;
  }
  expect(statusOf(element), where).to.equal('ready');
  if (!field.shownBy.includes(element.localName as never)) return;
  if (field.path === 'actors[0].image') {
    expect(root.querySelector('img')?.getAttribute('src'), where).to.equal(value);
  } else if (field.path === 'actors[0].url') {
    expect(root.querySelector('a')?.getAttribute('href'), where).to.equal(value);
  } else {
    const visible = field.visible ? field.visible(value) : value;
    expect(root.textContent!.includes(visible), `${where}: the payload shows as text`).to.be.true;
  }
}

describe('XSS: payloads in every string field, every data path, every widget', function () {
  this.timeout(20000);
  let warnings: ReturnType<typeof muteWarnings>;

  before(() => {
    window.__encartPwned = (id: number) => void executed.push(id);
    window.fetch = fakeFetch;
    warnings = muteWarnings();
    document.addEventListener('securitypolicyviolation', onViolation);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  after(() => {
    window.fetch = realFetch;
    warnings.restore();
    document.removeEventListener('securitypolicyviolation', onViolation);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.log(
      `payloads: ${PAYLOADS.length}, fields: ${FIELDS.length}, paths: ${PATHS.length}, widgets: ${TAGS.length}, renders: ${renders}, executed: ${executed.length}`,
    );
  });

  it('has at least 150 distinct payloads, each calling the trap with its own id', () => {
    expect(PAYLOADS.length).to.be.at.least(150);
    expect(new Set(PAYLOADS.map((p) => p.value)).size).to.equal(PAYLOADS.length);
    // Encoded payloads carry the call as entities or base64; the userinfo URL cannot call anything.
    const decoded = (value: string) =>
      value
        .replace(/&#x([\da-f]+);?/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
        .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCharCode(Number(dec)))
        .replace("['__encartPwned'](", '.__encartPwned(');
    for (const p of PAYLOADS) {
      const call = trapCall(p.id);
      const carries = decoded(p.value).includes(call) || p.value.includes(btoa(call)) || p.value.includes(btoa(`<script>${call}</script>`));
      if (!p.value.includes('@x.invalid')) expect(carries, `payload ${p.id} calls the trap with its id`).to.be.true;
    }
  });

  it('control: the trap does fire when a payload is parsed as HTML on purpose', async () => {
    // Proves the detector works, so "executed: 0" below means something.
    const seen: number[] = [];
    window.__encartPwned = (id: number) => void seen.push(id);
    const probe = document.createElement('div');
    probe.innerHTML = `<img src="data:," onerror="${trapCall(0)}">`;
    document.body.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 100));
    probe.remove();
    window.__encartPwned = (id: number) => void executed.push(id);
    expect(seen).to.deep.equal([0]);
  });

  for (const payload of PAYLOADS) {
    it(`#${payload.id} (${payload.category}) ${JSON.stringify(payload.value.slice(0, 60))}`, async () => {
      const container = document.createElement('div');
      document.body.append(container);
      const cases: Case[] = [];
      for (const [f, field] of FIELDS.entries()) {
        const article = baseArticle();
        field.set(article, payload.value);
        for (const path of PATHS) {
          for (const tag of TAGS) {
            const element = mount(container, tag, path, article, `p${payload.id}-f${f}-${path}`);
            cases.push({ element, field, value: payload.value, path });
          }
        }
      }
      warnings.lines.length = 0;
      await allSettled(cases.map((c) => c.element));
      // Time for anything that would run late (an image's onerror, a timer) to run.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
      try {
        for (const c of cases) checkCase(c, warnings.lines);
        renders += cases.length;
        expect(document.querySelectorAll('iframe, object, embed, frame'), 'no frames anywhere on the page').to.have.length(0);
        expect(executed, 'payloads that ran').to.deep.equal([]);
        expect(violations, 'CSP violations').to.deep.equal([]);
        expect(uncaught, 'uncaught errors').to.deep.equal([]);
      } finally {
        container.remove();
      }
    });
  }

  it('nothing ran late either (a payload that fires after its own case)', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(executed).to.deep.equal([]);
    expect(violations).to.deep.equal([]);
    expect(uncaught).to.deep.equal([]);
  });
});
