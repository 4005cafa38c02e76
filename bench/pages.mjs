// The pages and data the browser benchmarks load. Both libraries get the same events: one list,
// written once as `encart/article@1` and once as TimelineJS JSON.

const PHRASES = [
  'the council votes on the regional budget',
  'protests spread to the capital after the fuel price rise',
  'the minister resigns',
  'talks resume between the two delegations',
  'a court orders the release of the detained journalists',
  'the central bank raises its key rate',
  'floods cut the main road to the north',
  'parliament adopts the reform in a second reading',
];

/** `n` dated events, one a week from 1 January 1990, each with its own label. */
export function benchEvents(n) {
  return Array.from({ length: n }, (_, i) => {
    const date = new Date(Date.UTC(1990, 0, 1 + i * 7));
    return {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      iso: date.toISOString().slice(0, 10),
      label: `Event ${i + 1}: ${PHRASES[i % PHRASES.length]}`,
    };
  });
}

export function encartArticle(events) {
  const last = new Date(`${events.at(-1).iso}T00:00:00Z`);
  return {
    schema: 'encart/article@1',
    id: `bench-${events.length}`,
    lang: 'en',
    title: 'Benchmark timeline',
    published: new Date(last.getTime() + 86_400_000).toISOString().slice(0, 10),
    actors: [],
    quotes: [],
    figures: [],
    events: events.map((e, i) => ({ id: `e${i + 1}`, date: e.iso, precision: 'day', label: e.label, actors: [], span: [0, 0] })),
  };
}

export function timelineJSData(events) {
  return { events: events.map((e) => ({ start_date: { year: e.year, month: e.month, day: e.day }, text: { headline: e.label } })) };
}

const json = (value) => JSON.stringify(value).replaceAll('<', '\\u003c');
const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const BODY = 'margin: 0 auto; width: 720px; font: 18px/1.5 Georgia, serif';

// Runs in the page after the ready signal: resolves once the frame that shows the content has been
// produced (rendering steps of the next frame ran: style, layout, paint), i.e. in the task after
// that frame's requestAnimationFrame callbacks.
const AFTER_PAINT = `function afterPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  }));
}`;

/** First render of a timeline: `performance.mark('start')` in <head>, before the library's files. */
export function timelinePage(library, events) {
  if (library == 'encart') {
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Encart timeline</title>
<script>performance.mark('start')</script>
<script src="/dist/encart.iife.js"></script>
</head><body style="${BODY}"><div id="mount"></div>
<script type="application/json" id="data">${json(encartArticle(events))}</script>
<script>
${AFTER_PAINT}
performance.mark('library-ready');
const data = JSON.parse(document.getElementById('data').textContent);
performance.mark('render-start');
const element = document.createElement('encart-mini-timeline');
element.expanded = true;
element.article = data;
document.getElementById('mount').append(element);
// A long timeline renders a chunk per frame: 'painted' is its first content on screen,
// 'all-rendered' the frame in which every event is in the list.
const shown = () => element.shadowRoot.querySelectorAll('li[part~="event"]:not([part~="published"])').length;
element.updateComplete.then(afterPaint).then(async () => {
  performance.mark('painted');
  while (shown() < ${events.length}) await new Promise((resolve) => requestAnimationFrame(resolve));
  await afterPaint();
  performance.mark('all-rendered');
  window.benchCheck = { items: shown() };
  window.benchDone = true;
});
</script></body></html>`;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS timeline</title>
<script>performance.mark('start')</script>
<link rel="stylesheet" href="/vendor/timelinejs/css/timeline.css">
<script src="/vendor/timelinejs/js/timeline.js"></script>
</head><body style="${BODY}"><div id="timeline-embed" style="width: 720px; height: 650px"></div>
<script type="application/json" id="data">${json(timelineJSData(events))}</script>
<script>
${AFTER_PAINT}
performance.mark('library-ready');
const data = JSON.parse(document.getElementById('data').textContent);
performance.mark('render-start');
const timeline = new TL.Timeline('timeline-embed', data, { script_path: location.origin + '/vendor/timelinejs/js/' });
timeline.on('loaded', () => afterPaint().then(() => {
  performance.mark('painted');
  window.benchCheck = {
    items: document.querySelectorAll('#timeline-embed .tl-timemarker').length,
    slides: document.querySelectorAll('#timeline-embed .tl-slide').length,
  };
  window.benchDone = true;
}));
</script></body></html>`;
}

/** The 50 widgets of a busy page, four kinds in turn: what each shows, and its fallback content. */
function widgetPlan(article, count = 50) {
  const actors = new Map(article.actors.map((a) => [a.id, a]));
  return Array.from({ length: count }, (_, i) => {
    switch (i % 4) {
      case 0: {
        const quote = article.quotes[i % article.quotes.length];
        const speaker = actors.get(quote.speaker);
        const fallback = `<blockquote><p>« ${escape(quote.text)} »</p>` +
          `${speaker ? `<p>— ${escape(speaker.name)}${speaker.role ? `, ${escape(speaker.role)}` : ''}</p>` : ''}</blockquote>`;
        return { widget: 'quote-card', options: { quote: quote.id }, attributes: `quote="${quote.id}"`, fallback };
      }
      case 1: {
        const figures = article.figures.slice(0, 4);
        const ids = figures.map((f) => f.id).join(' ');
        const fallback = `<ul>${figures.map((f) => `<li>${escape(f.display)} ${escape(f.label)}</li>`).join('')}</ul>`;
        return { widget: 'figures-panel', options: { figures: ids }, attributes: `figures="${ids}"`, fallback };
      }
      case 2: {
        const actor = article.actors[i % article.actors.length];
        return { widget: 'actor-badge', inline: true, options: { actor: actor.id, compact: true }, attributes: `actor="${actor.id}" compact`, fallback: escape(actor.name) };
      }
      default: {
        const events = article.events.slice(0, 3);
        const fallback = `<ol>${events.map((e) => `<li><time datetime="${escape(e.date)}">${escape(e.date)}</time> : ${escape(e.label)}</li>`).join('')}</ol>`;
        return { widget: 'mini-timeline', options: { limit: 6 }, attributes: 'limit="6"', fallback };
      }
    }
  });
}

const BETWEEN = '<p>Text of the article between two widgets, long enough to wrap over two lines in a column of this width, as a paragraph does.</p>';

// Each widget in its place in the text: badges inside a paragraph, the others between paragraphs.
function placed(plan, markupOf) {
  return plan
    .flatMap((w) => [
      w.inline ? `<p>A paragraph of the article naming ${markupOf(w)} in the middle of its text, as an article does.</p>` : markupOf(w),
      BETWEEN,
    ])
    .join('\n');
}

/** 50 widgets of the four kinds, in README's markup: `src`, fallback content inside each element. */
export function widgetsMarkup(article, src, count = 50) {
  return placed(widgetPlan(article, count), (w) => `<encart-${w.widget} src="${src}" ${w.attributes}>${w.fallback}</encart-${w.widget}>`);
}

/**
 * The same 50 widgets rendered on the server (`renderToString`), reading one data script once live,
 * or, given `src`, that URL (`encart render --src`).
 */
export function serverRenderedMarkup(article, renderToString, { src, lazy, count = 50 } = {}) {
  return placed(widgetPlan(article, count), (w) => renderToString(article, { widget: w.widget, ...w.options, includeData: false, src, lazy }));
}

// Runs in the page: resolves when every Encart element shows its content (`part="content"` in its
// shadow root, i.e. the article loaded and rendered) and its update is complete.
const UPGRADED = `function allUpgraded(root) {
  const elements = [...root.querySelectorAll('encart-quote-card, encart-figures-panel, encart-actor-badge, encart-mini-timeline')];
  const shown = (el) => el.shadowRoot && el.shadowRoot.querySelector('[part~="content"], [part~="error"]');
  // The shadow root is there once the element's first update is (it may come in the element's turn).
  return Promise.all(elements.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete).then(() => new Promise((resolve) => {
    if (shown(el)) return resolve();
    const observer = new MutationObserver(() => { if (shown(el)) { observer.disconnect(); resolve(); } });
    observer.observe(el.shadowRoot, { childList: true, subtree: true });
  })).then(() => el.updateComplete))).then(() => elements);
}`;

// Runs in the page: resolves when every Encart element is defined and its first update complete
// (for server-rendered widgets, the update that adopts or replaces the server's markup).
const ALL_UPDATED = `function allUpdated(root) {
  const elements = [...root.querySelectorAll('encart-quote-card, encart-figures-panel, encart-actor-badge, encart-mini-timeline')];
  return Promise.all(elements.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
}`;

// Runs in the page: as ALL_UPDATED, for the elements on screen when the page opens (a lazy page's
// others wait for the reader). A lazy widget's updateComplete resolves (false) while it waits for the
// reader, so a widget not yet updated is waited for by its encart-load, which a server-rendered
// widget fires in the task of its first update.
const ON_SCREEN_UPDATED = `function onScreenUpdated(root) {
  const elements = [...root.querySelectorAll('encart-quote-card, encart-figures-panel, encart-actor-badge, encart-mini-timeline')];
  const onScreen = elements.filter((el) => el.getBoundingClientRect().top < innerHeight);
  const live = (el) => el.hasUpdated ? el.updateComplete : new Promise((resolve) => el.addEventListener('encart-load', resolve, { once: true })).then(() => el.updateComplete);
  return Promise.all(onScreen.map((el) => customElements.whenDefined(el.localName).then(() => live(el))));
}`;

// Observers a busy page starts first thing in <head>: long tasks, layout shifts, resources.
const BUSY_OBSERVERS = `<script>
window.benchLongTasks = [];
window.benchShifts = [];
window.benchResources = [];
new PerformanceObserver((list) => benchLongTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true });
new PerformanceObserver((list) => benchShifts.push(...list.getEntries().map((e) => ({ start: e.startTime, value: e.value, input: e.hadRecentInput,
  sources: (e.sources || []).map((s) => s.node ? (s.node.closest?.('[src]') || s.node.parentElement?.closest('[src]') || s.node).nodeName.toLowerCase() : '?') })))).observe({ type: 'layout-shift', buffered: true });
new PerformanceObserver((list) => benchResources.push(...list.getEntries().map((e) => e.name))).observe({ type: 'resource', buffered: true });
${AFTER_PAINT}
${UPGRADED}
${ALL_UPDATED}
${ON_SCREEN_UPDATED}
</script>`;

/** A long article page with 50 widgets reading one URL, the IIFE deferred in <head> as README shows. */
export function busyPage(article, src) {
  return busyPageShell('Busy article page', widgetsMarkup(article, src), 'allUpgraded');
}


/** The deferred script alone on a page with no widget: what evaluating it costs, for comparison. */
export function scriptOnlyPage() {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Script only</title>
<script src="/dist/encart.iife.js" defer></script>
</head><body style="${BODY}"><h1>An article with no widget</h1>${BETWEEN}</body></html>`;
}

function busyPageShell(title, widgetsHtml, done) {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title>
${BUSY_OBSERVERS}
<script>
document.addEventListener('DOMContentLoaded', () => ${done}(document).then(afterPaint).then(() => {
  performance.mark('upgraded');
  window.benchDone = true;
}));
</script>
<script src="/dist/encart.iife.js" defer></script>
</head><body style="${BODY}"><h1>An article with fifty widgets</h1>
${widgetsHtml}
</body></html>`;
}

/**
 * The same page server-rendered (`encart render`): the widgets are in the HTML, and encart.hydrate.js
 * makes them live. "Upgraded" is every element defined and its first (hydrating) update complete.
 */
export function busyServerRenderedPage(article, widgetsHtml, dataScript) {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Busy article page, server-rendered</title>
${BUSY_OBSERVERS}
<script type="module" src="/dist/encart.hydrate.js"></script>
<script type="module">
allUpdated(document).then(afterPaint).then(() => {
  performance.mark('upgraded');
  window.benchDone = true;
});
</script>
</head><body style="${BODY}"><h1>An article with fifty widgets</h1>
${dataScript}
${widgetsHtml}
</body></html>`;
}

/**
 * The busy page as a newsroom's CMS would write it with `encart render --src`: each widget's
 * server-rendered markup is its fallback, the IIFE deferred in <head> as README shows, one src URL.
 */
export function busyServerRenderedSrcPage(widgetsHtml) {
  return busyPageShell('Busy article page, server-rendered, one src', widgetsHtml, 'allUpdated');
}

/** 3c with `encart render --src --lazy`: only the widgets the reader reaches go live. */
export function busyServerRenderedLazyPage(widgetsHtml) {
  return busyPageShell('Busy article page, server-rendered, one src, lazy', widgetsHtml, 'onScreenUpdated');
}

/** A page with the library loaded and nothing mounted: updates and memory are measured here. */
export function workbenchPage() {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Encart workbench</title>
<script src="/dist/encart.iife.js"></script>
<script>${AFTER_PAINT}
${UPGRADED}
window.benchReady = true;</script>
</head><body style="${BODY}"></body></html>`;
}
