import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/mini-timeline/define.js';
import type { EncartMiniTimeline } from '../../src/components/mini-timeline/mini-timeline.js';
import type { Article } from '../../src/data/types.js';
import { loadDemoArticle } from '../helpers/fixtures.js';
import { describeWidget, renderWidget, shadowText } from './describe-widget.js';

describeWidget('encart-mini-timeline', { attrs: 'limit="20"', expectText: (a) => a.events[0].label });

describe('<encart-mini-timeline>', () => {
  let demo: Article;
  beforeEach(async () => {
    demo = await loadDemoArticle();
  });

  const timeline = (props: Partial<EncartMiniTimeline>) => renderWidget<EncartMiniTimeline>('encart-mini-timeline', demo, props);
  const dates = (el: Element) => [...el.shadowRoot!.querySelectorAll('time')].map((t) => t.getAttribute('datetime')!);

  it('lists events in date order in an <ol>, with the publication day marked', async () => {
    const el = await timeline({ limit: 100 });
    expect(el.shadowRoot!.querySelector('ol')).to.exist;
    const all = dates(el);
    expect(all).to.deep.equal([...all].sort());
    expect(all).to.have.length(demo.events.length + 1);
    const published = el.shadowRoot!.querySelector('[part~="published"]')!;
    expect(published.querySelector('time')!.getAttribute('datetime')).to.equal('2022-01-08');
    // The mourning day announced for Monday comes after the publication marker.
    expect(published.nextElementSibling!.textContent).to.include('deuil');
  });

  it('writes each date only as precisely as the text', async () => {
    const el = await timeline({ limit: 100 });
    const byDatetime = (d: string) =>
      [...el.shadowRoot!.querySelectorAll('time')].find((t) => t.getAttribute('datetime') === d)!.textContent;
    expect(byDatetime('1990')).to.equal('années 1990');
    expect(byDatetime('2019')).to.equal('2019');
    expect(byDatetime('2022-01')).to.equal('janvier 2022');
    expect(byDatetime('2022-01-05')).to.equal('mer. 5 janv. 2022');
    const en = await timeline({ limit: 100, lang: 'en' });
    expect([...en.shadowRoot!.querySelectorAll('time')].map((t) => t.textContent)).to.include.members([
      '1990s',
      'January 2022',
      'Wed, Jan 5, 2022',
    ]);
  });

  it('shows the most relevant events first and the rest on request', async () => {
    const el = await timeline({ limit: 5 });
    expect(el.shadowRoot!.querySelectorAll('[part="event"]')).to.have.length(5);
    // One event per date before a second one of the same date: the background stays in view.
    expect(new Set(dates(el).filter((d) => d !== '2022-01-08'))).to.have.length(4);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    expect(toggle.textContent).to.include(`Voir les ${demo.events.length} événements`);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('[part="event"]')).to.have.length(demo.events.length);
  });

  it('renders a long timeline a chunk per task: the first events at once, all of them soon after', async () => {
    demo.events = Array.from({ length: 1000 }, (_, i) => ({
      id: `x${i}`,
      date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10),
      precision: 'day' as const,
      label: `Event ${i}`,
      actors: [],
      span: [0, 0] as [number, number],
    }));
    const el = await timeline({ expanded: true });
    const count = () => el.shadowRoot!.querySelectorAll('[part~="event"]').length;
    expect(count()).to.be.within(1, 100);
    await waitUntil(() => count() === 1001, 'never rendered every event', { timeout: 5000 });
    const all = dates(el);
    expect(all).to.deep.equal([...all].sort());
  });

  it('filters by from and to', async () => {
    const el = await timeline({ from: '2022-01-06', to: '2022-01-07', limit: 100 });
    expect(dates(el).every((d) => d === '2022-01-07')).to.be.true;
    expect(dates(el).length).to.equal(demo.events.filter((e) => e.date === '2022-01-07').length);
  });

  it('fires encart-select with the event', async () => {
    const el = await timeline({});
    const label = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="label"]')!;
    setTimeout(() => label.click());
    const event = await oneEvent(el, 'encart-select');
    expect(event.detail.kind).to.equal('event');
  });

  it('shows an empty state when no event is in range', async () => {
    expect(shadowText(await timeline({ from: '2030' }))).to.include('Aucun événement daté');
  });

  it('renders horizontally when asked, one row', async () => {
    const el = await timeline({ orientation: 'horizontal', limit: 4 });
    const tops = [...el.shadowRoot!.querySelectorAll('[part~="event"]')].map((li) => li.getBoundingClientRect().top);
    expect(new Set(tops).size).to.equal(1);
  });
});
