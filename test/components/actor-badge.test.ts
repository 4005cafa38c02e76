import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/actor-badge/define.js';
import type { EncartActorBadge } from '../../src/components/actor-badge/actor-badge.js';
import type { Article } from '../../src/data/types.js';
import { loadDemoArticle } from '../helpers/fixtures.js';
import { captureWarnings, describeWidget, renderWidget, settled, shadowText } from './describe-widget.js';

describeWidget('encart-actor-badge', { attrs: 'actor="kassym-jomart-tokayev"', expectText: () => 'Kassym-Jomart Tokayev' });

describe('<encart-actor-badge>', () => {
  let demo: Article;
  beforeEach(async () => {
    demo = await loadDemoArticle();
  });

  const badge = (props: Partial<EncartActorBadge>) => renderWidget<EncartActorBadge>('encart-actor-badge', demo, props);
  const button = (el: EncartActorBadge) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="badge"]')!;

  it('shows a monogram, the name and the role in a pill', async () => {
    const el = await badge({ actor: 'antony-blinken' });
    expect(el.shadowRoot!.querySelector('[part="avatar"]')!.textContent).to.equal('AB');
    expect(el.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('Antony Blinken');
    expect(el.shadowRoot!.querySelector('[part="role"]')!.textContent).to.equal("secrétaire d'État américain");
  });

  it('keeps the role for the panel when compact', async () => {
    const el = await badge({ actor: 'antony-blinken', compact: true });
    expect(el.shadowRoot!.querySelector('[part="role"]')).to.be.null;
  });

  it('opens to list the actor’s quotes, events and mention count, and says so to assistive tech', async () => {
    const el = await badge({ actor: 'kassym-jomart-tokayev' });
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    button(el).click();
    await el.updateComplete;
    expect(button(el).getAttribute('aria-expanded')).to.equal('true');
    const panel = el.shadowRoot!.querySelector('[part="panel"]')!;
    expect(panel.hasAttribute('hidden')).to.be.false;
    expect(panel.querySelectorAll('[part="quotes"] blockquote')).to.have.length(2);
    expect(panel.querySelector('[part="mentions"]')!.textContent).to.include(`${demo.actors[1].mentions.length} mentions`);
    expect(panel.querySelectorAll('[part="events"] time').length).to.be.greaterThan(2);
    await expect(el).to.be.accessible();
  });

  it('works from the keyboard: Enter opens, Escape closes and gives focus back', async () => {
    const el = await badge({ actor: 'kassym-jomart-tokayev' });
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.expanded).to.be.true;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.expanded).to.be.false;
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
  });

  it('closes when the reader clicks elsewhere on the page', async () => {
    const el = await badge({ actor: 'kassym-jomart-tokayev', expanded: true });
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.expanded).to.be.false;
  });

  it('fires encart-select for the actor when opened', async () => {
    const el = await badge({ actor: 'karim-massimov' });
    setTimeout(() => button(el).click());
    const event = await oneEvent(el, 'encart-select');
    expect(event.detail).to.include({ kind: 'actor', id: 'karim-massimov' });
  });

  it('uses an image only when its URL is http(s)', async () => {
    demo.actors[0].image = 'https://example.org/massimov.jpg';
    const ok = await badge({ actor: 'karim-massimov' });
    expect(ok.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal('https://example.org/massimov.jpg');
    (demo.actors[0] as any).image = 'javascript:alert(1)';
    const refused = await captureWarnings(async () => {
      const el = await fixture<EncartActorBadge>(html`<encart-actor-badge actor="karim-massimov" .article=${{ ...demo }}></encart-actor-badge>`);
      await settled(el);
      expect(el.shadowRoot!.querySelector('img')).to.be.null;
    });
    expect(refused.join()).to.include('actors[0].image');
  });

  it('shows not-found and warns for an unknown actor id', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await badge({ actor: 'nobody', lang: 'en' });
      expect(shadowText(el)).to.include('“nobody” is not in this article.');
    });
    expect(warnings.join()).to.include('actor="nobody"');
  });
});
