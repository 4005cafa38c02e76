// One headless Chromium (Debian's) per test file, launched the same way everywhere: the machine is small and shared.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS } from './chromium-flags.mjs';


export function launchBrowser() {
  return puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ['--headless', ...CHROMIUM_FLAGS] });
}

/**
 * Opens `url` in a new page and records what the page reports as going wrong: console errors and
 * warnings, uncaught exceptions and failed requests.
 */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/** Text of an element's shadow root, whitespace collapsed: what a reader sees in the widget. */
export function shadowText(page, tag) {
  return page.$eval(tag, (element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** Waits until `tag`'s shadow root shows `text` (widgets render asynchronously, after the framework). */
export async function waitForShadowText(page, tag, text, timeout = 5000) {
  try {
    await page.waitForFunction(
      (tag, text) => (document.querySelector(tag)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').includes(text),
      { timeout, polling: 50 },
      tag,
      text,
    );
  } catch {
    throw new Error(`<${tag}> never showed "${text}"; it shows: "${await shadowText(page, tag).catch(() => '(no element)')}"`);
  }
}

/** Waits until the light-DOM element matching `selector` has exactly `text`. */
export async function waitForText(page, selector, text, timeout = 5000) {
  try {
    await page.waitForFunction((selector, text) => document.querySelector(selector)?.textContent?.trim() === text, { timeout, polling: 50 }, selector, text);
  } catch {
    const actual = await page.$eval(selector, (element) => element.textContent?.trim()).catch(() => '(no element)');
    throw new Error(`${selector} never read "${text}"; it reads "${actual}"`);
  }
}

/** Shows quote `id` in the page's first quote card; resolves to the quotation it then reads. */
export function showQuote(page, id) {
  return page.evaluate(async (id) => {
    const card = document.querySelector('encart-quote-card');
    card.setAttribute('quote', id);
    await card.updateComplete;
    return card.shadowRoot.querySelector('blockquote').textContent;
  }, id);
}
