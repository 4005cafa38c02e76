// The three engines readers use, as @web/test-runner launchers, each from Debian (TOOLCHAIN.md): Chromium
// through puppeteer, Firefox ESR through WebDriver BiDi (puppeteer again, no geckodriver), and WebKitGTK's
// MiniBrowser through its WebDriver, on a virtual display when the machine has none.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import pngjs from 'pngjs';
import puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_FLAGS } from './chromium-flags.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_PORT = Number(process.env.WEBKIT_DRIVER_PORT ?? 4444);

/** The engines to run, from `BROWSERS=chromium,firefox` (all three when unset); an unknown name is an error, not a skip. */
export function selectedEngines(list = process.env.BROWSERS) {
  const names = (list ?? ENGINES.join(',')).split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`BROWSERS: unknown engine ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  return names;
}

export function chromiumLauncher() {
  return chromeLauncher({ launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS } });
}

export function firefoxLauncher() {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`Firefox not found at ${FIREFOX_PATH}: apt-get install firefox-esr, or set FIREFOX_PATH`);
  // Its driver cannot emulate media features: Firefox runs with reduced motion on, the preference a11y tests
  // check against the real media query (Chromium covers the other one).
  const extraPrefsFirefox = { 'ui.prefersReducedMotion': 1 };
  return chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, extraPrefsFirefox } });
}

/** WebKitGTK's MiniBrowser, driven by WebKitWebDriver, started here and stopped when the run ends. */
export function webkitLauncher() {
  if (!existsSync(WEBKIT_DRIVER) || !existsSync(MINIBROWSER)) throw new Error(`WebKitGTK not found (${WEBKIT_DRIVER}, ${MINIBROWSER}): apt-get install webkit2gtk-driver xvfb`);
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port: WEBKIT_PORT,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // The session is refused without it ("Failed to match capabilities").
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  });
  // Start the driver (and a display for it) before the launcher connects; stop both after the run.
  const start = launcher.initialize.bind(launcher);
  const stop = launcher.stop.bind(launcher);
  let children = [];
  launcher.initialize = async (...args) => {
    children = await startWebKitDriver();
    return start(...args);
  };
  // MiniBrowser opens at 800 × 600, where a tall widget would not fit for its picture: make the window the size of
  // a laptop screen once the driver is up.
  const startSession = launcher.startSession.bind(launcher);
  let sized = false;
  launcher.startSession = async (id, url) => {
    await launcher.ensureManagerInitialized();
    if (!sized) {
      sized = true;
      await launcher.driver.setWindowRect(0, 0, 1280, 1000);
    }
    return startSession(id, url);
  };
  // WebKitGTK 2.50's element screenshot comes back black under Xvfb while its screenshot of the viewport is right:
  // pictures for test/visual are cut out of the viewport.
  launcher.takeScreenshot = async (_, locator) => {
    const driver = launcher.driver;
    const element = await driver.execute(locator);
    const [x, y, width, height] = await driver.execute((el) => {
      const box = el.getBoundingClientRect();
      return [box.left, box.top, box.width, box.height].map((n) => Math.round(n * devicePixelRatio));
    }, element);
    const viewport = pngjs.PNG.sync.read(Buffer.from(await driver.takeScreenshot(), 'base64'));
    const picture = new pngjs.PNG({ width: Math.min(width, viewport.width - x), height: Math.min(height, viewport.height - y) });
    pngjs.PNG.bitblt(viewport, picture, x, y, picture.width, picture.height, 0, 0);
    return pngjs.PNG.sync.write(picture);
  };
  launcher.stop = async () => {
    try {
      await stop();
    } finally {
      for (const child of children.reverse()) child.kill();
    }
  };
  return launcher;
}

async function startWebKitDriver() {
  const children = [];
  const env = { ...process.env };
  if (!env.DISPLAY) {
    // MiniBrowser needs a display; a machine without one gets a virtual one for the run.
    const display = `:${90 + (process.pid % 9)}`;
    children.push(spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
    env.DISPLAY = display;
    await waitFor(() => existsSync(`/tmp/.X11-unix/X${display.slice(1)}`), 'Xvfb');
  }
  children.push(spawn(WEBKIT_DRIVER, [`--port=${WEBKIT_PORT}`], { stdio: 'ignore', env }));
  await waitFor(() => portOpen(WEBKIT_PORT), 'WebKitWebDriver');
  process.once('exit', () => children.forEach((child) => child.kill()));
  return children;
}

async function waitFor(check, what, timeout = 15000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not start within ${timeout / 1000} s`);
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}
