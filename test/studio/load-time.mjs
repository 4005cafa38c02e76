// How long the built studio takes to load, as an editor opening it would feel it: from navigation to
// the studio drawn (`encart-studio-ready`) and to the example article's items on screen
// (`encart-studio-extracted`: at once when the build pre-extracted the example, else when the worker
// answers). Usage: npm run build && npm run build:studio && node test/studio/load-time.mjs [runs]
// Prints the machine's load average too: on a shared machine the figures move with it.
import { loadavg } from 'node:os';
import puppeteer from 'puppeteer-core';
import { startServer } from '../../examples/serve.mjs';

const runs = Number(process.argv[2] ?? 5);
const server = await startServer(8190);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const times = { ready: [], extracted: [] };
try {
  for (let i = 0; i < runs; i++) {
    // A fresh context each time: no cache, no saved work, so this is a first visit.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    page.on('console', (m) => m.type() == 'error' && console.error('page:', m.text()));
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${server.url}studio/`);
    await page.waitForFunction(() => performance.getEntriesByName('encart-studio-extracted').length > 0, { timeout: 10000 });
    const [ready, extracted] = await page.evaluate(() =>
      ['encart-studio-ready', 'encart-studio-extracted'].map((name) => performance.getEntriesByName(name)[0].startTime),
    );
    times.ready.push(ready);
    times.extracted.push(extracted);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
console.log(`studio load (${runs} cold runs, median): drawn ${Math.round(median(times.ready))} ms, example extracted ${Math.round(median(times.extracted))} ms`);
console.log(`  all runs, extracted: ${times.extracted.map(Math.round).join(', ')} ms; load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
