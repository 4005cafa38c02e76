import { fixture, html } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/components/actor-badge/define.js';
import '../../src/components/figures-panel/define.js';
import '../../src/components/mini-timeline/define.js';
import '../../src/components/quote-card/define.js';
import type { Article } from '../../src/data/types.js';
import '../../src/locales/ar.js';
import type { EncartElement } from '../../src/shared/encart-element.js';
import { arabicArticle } from '../../stories/data/arabic-article.js';
import { englishArticle } from '../../stories/data/english-article.js';
import { settled } from '../components/describe-widget.js';

// One picture per widget, light, dark and right to left, in each engine, compared with the one kept in
// test/visual/screenshots/<engine>/baseline (UPDATE_SCREENSHOTS=1 writes new ones after a deliberate change; look at
// them before committing). A widget that loses its styles, its layout or its direction differs by far more than
// the threshold; font smoothing between two runs on one machine does not.
const MODES = [
  { name: 'light', article: englishArticle, theme: 'light', page: '#ffffff' },
  { name: 'dark', article: englishArticle, theme: 'dark', page: '#121212' },
  { name: 'rtl', article: arabicArticle, theme: 'light', page: '#ffffff' },
] as const;

const WIDGETS = [
  { tag: 'encart-quote-card', props: {} },
  { tag: 'encart-figures-panel', props: { limit: 4 } },
  { tag: 'encart-actor-badge', props: { expanded: true } },
  { tag: 'encart-mini-timeline', props: {} },
];

async function show(tag: string, props: object, article: Article, theme: string, page: string): Promise<HTMLElement> {
  const widget = Object.assign(document.createElement(tag), props, { article }) as EncartElement;
  widget.setAttribute('theme', theme);
  const dir = article.lang == 'ar' ? 'rtl' : 'ltr';
  // Fixed at the top left corner, so no engine has to scroll to take the picture; in DejaVu Sans, which every
  // Debian machine here has (with Arabic), so a font another package happens to bring changes no picture.
  const style = `position: fixed; top: 0; left: 0; z-index: 1; inline-size: 420px; padding: 16px; background: ${page}; font-family: 'DejaVu Sans'`;
  const host = await fixture<HTMLElement>(html`<div lang=${article.lang} dir=${dir} style=${style}>${widget}</div>`);
  await settled(widget);
  // Fonts and the first frame, so the picture is the laid-out widget.
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return host;
}

describe('what readers see, in this engine', () => {
  for (const mode of MODES) {
    for (const { tag, props } of WIDGETS) {
      it(`${tag}, ${mode.name}`, async () => {
        const host = await show(tag, props, mode.article, mode.theme, mode.page);
        await visualDiff(host, `${tag}-${mode.name}`);
      });
    }
  }
});
