// The package as a newsroom gets it: `npm pack`ed, installed from the tarball into a fresh app outside
// the repository, type-checked strictly, built with Vite and opened in Chromium. One app, several
// entry points: vanilla TypeScript, one widget's module, the classes under an app's own tag, React 19,
// a plain page with the script tag, and a Node script rendering on the server for a hydrating page.
// Vite and TypeScript are the repository's (tools, not what the package brings); Encart, Lit, React
// and Lit SSR come from the app's own install. Needs `npm run build` first, as `npm test` does.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { launchBrowser, openPage } from '../helpers/browser.mjs';
import { serveFolder } from '../frameworks/static-server.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const repo = here('../../');
const resolveTool = createRequire(import.meta.url).resolve;
const tsc = resolveTool('typescript/bin/tsc');
const vite = join(dirname(resolveTool('vite/package.json')), 'bin/vite.js');
const TAGS = ['encart-quote-card', 'encart-figures-panel', 'encart-actor-badge', 'encart-mini-timeline'];

/** Runs a command; resolves to its stdout, or rejects with its output when it exits non-zero. */
async function run(command, args, cwd) {
  try {
    return (await promisify(execFile)(command, args, { cwd, maxBuffer: 16 * 1024 * 1024 })).stdout;
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) failed:\n${error.stdout}${error.stderr}`, { cause: error });
  }
}
const install = (args, cwd) => run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...args], cwd);

let work;
let app;
let tarball;
before(async () => {
  work = mkdtempSync(join(tmpdir(), 'encart-consumer-'));
  app = join(work, 'app');
  cpSync(here('app'), app, { recursive: true });
  copyFileSync(join(repo, 'examples/kazakhstan-massimov/article.json'), join(app, 'article.json'));
  // `npm test` has just built dist/: skip the prepack build that `npm pack` and `npm publish` run.
  [tarball] = JSON.parse(await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], repo));
  const manifest = join(app, 'package.json');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('ENCART_TARBALL', join(work, tarball.filename)));
  await install([], app);
});
after(() => work && rmSync(work, { recursive: true, force: true }));

test('the tarball holds the widgets, their types, the script-tag files, the CLI, SSR, schema and manifest; nothing of the studio or the demo', () => {
  const files = new Map(tarball.files.map((file) => [file.path, file]));
  const needed = [
    'package.json', 'README.md', 'LICENSE',
    'dist/encart.js', 'dist/elements.js', 'dist/data.js', 'dist/react.js', 'dist/ssr.js', 'dist/extract.js',
    'dist/encart.iife.js', 'dist/encart.hydrate.js', 'dist/cli/encart.js',
    'dist/custom-elements.json', 'dist/encart-article.schema.json',
    'dist/locales/de.js', 'dist/locales/ar.iife.js', 'dist/types/locales/de.d.ts',
    'dist/types/encart.d.ts', 'dist/types/index.d.ts', 'dist/types/ssr/index.d.ts', 'dist/types/frameworks/jsx.d.ts',
    ...TAGS.flatMap((tag) => [`dist/components/${tag}.js`, `dist/types/components/${tag.replace('encart-', '')}/define.d.ts`]),
  ];
  for (const path of needed) assert.ok(files.has(path), `${path} is not in the tarball`);
  assert.ok(files.get('dist/cli/encart.js').mode & 0o111, 'the CLI is not executable');
  const unwanted = [...files.keys()].filter((path) => /^(src|examples|test|bench|stories)\/|^dist\/(studio|static-site|demo|types\/studio)\//.test(path));
  assert.deepEqual(unwanted, [], 'the tarball carries files no user needs');
});

test('a widget-only install has one Lit, no Lit SSR, and a runnable `encart` command', async () => {
  const modules = join(app, 'node_modules');
  assert.ok(!existsSync(join(modules, '@lit-labs/ssr')), '@lit-labs/ssr was installed without being asked for');
  assert.ok(!existsSync(join(modules, 'encart/node_modules')), 'encart brought copies of its own dependencies');
  const version = await run(join(modules, '.bin/encart'), ['--version'], app);
  assert.match(version, /\d+\.\d+\.\d+/);
});

describe('types, with tsc --strict', () => {
  // Each program alone, so that one entry's declarations cannot lend their types to another's.
  const typecheck = (name, files, resolution) => {
    const config = join(app, `tsconfig.${name}.${resolution}.json`);
    // Node's resolution of the exports map; `module: node20` because a JSON import needs its `with` attribute.
    const module = resolution === 'node16' ? { module: 'node20', moduleResolution: 'node16' } : {};
    writeFileSync(config, JSON.stringify({ extends: './tsconfig.json', compilerOptions: module, files }));
    return run(process.execPath, [tsc, '-p', config], app);
  };
  const both = (name, files) => Promise.all(['bundler', 'node16'].map((resolution) => typecheck(name, files, resolution)));
  test('`import "encart"` alone types the four tags, `.article` from a validated JSON import and encart-select (bundler, node16)', () =>
    both('root', ['vanilla.ts']));
  test("one widget's module alone types its tag and encart-select; `encart/elements` types the classes (bundler, node16)", () =>
    both('widget', ['widget.ts', 'custom-tag.ts']));
  test('React 19 with encart/react (bundler)', () => typecheck('react', ['react.tsx'], 'bundler'));
});

describe('server rendering', () => {
  test('without @lit-labs/ssr, encart/ssr says what to install', async () => {
    await assert.rejects(run(process.execPath, ['ssr.mjs'], app), /npm install @lit-labs\/ssr/);
  });
  test('with it installed, a Node script renders the four widgets with their shadow roots', async () => {
    await install(['@lit-labs/ssr'], app);
    await run(process.execPath, ['ssr.mjs'], app);
    const html = readFileSync(join(app, 'public/ssr.html'), 'utf8');
    for (const tag of TAGS) assert.match(html, new RegExp(`<${tag}[^>]*><template [^>]*shadowrootmode="open"`), `${tag} has no declarative shadow root`);
  });
});

describe('built with Vite, in Chromium', () => {
  let browser;
  let server;
  before(async () => {
    for (const file of ['encart.iife.js', 'encart.hydrate.js']) copyFileSync(join(app, 'node_modules/encart/dist', file), join(app, 'public', file));
    copyFileSync(join(app, 'article.json'), join(app, 'public/article.json'));
    await run(process.execPath, [vite, 'build'], app);
    server = await serveFolder(join(app, 'dist'));
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  test("the app's bundle carries one Lit, shared by the app and every widget", () => {
    const assets = join(app, 'dist/assets');
    const code = readdirSync(assets).filter((file) => file.endsWith('.js')).map((file) => readFileSync(join(assets, file), 'utf8')).join('\n');
    assert.equal(code.match(/litHtmlVersions/g)?.length, 1, 'Lit is bundled more than once (or not at all)');
  });

  /** Opens a page, waits for its widgets, picks the actor; resolves to what the page showed. */
  async function visit(page, tags) {
    const { page: tab, problems } = await openPage(browser, new URL(page, server.url).href);
    try {
      const seen = await tab.evaluate(async (tags) => {
        // Defined, in the page (React adds them after its fetch), and showing their content.
        const settled = async (tag) => {
          for (let waited = 0; waited < 5000; waited += 20) {
            const element = document.querySelector(tag);
            if (customElements.get(tag) && element?.shadowRoot?.querySelector('[part~="content"]')) return element.updateComplete.then(() => element);
            await new Promise((done) => setTimeout(done, 20));
          }
          throw new Error(`<${tag}> never showed its content`);
        };
        const elements = await Promise.all(tags.map(settled));
        const text = Object.fromEntries(elements.map((element, i) => [tags[i], element.shadowRoot.textContent.replace(/\s+/g, ' ')]));
        const badge = elements[tags.indexOf('encart-actor-badge')];
        badge?.shadowRoot.querySelector('[part~="badge"]').click();
        await new Promise((done) => setTimeout(done, 50));
        return {
          text,
          selected: document.querySelector('output')?.value,
          figures: elements[tags.indexOf('encart-figures-panel')]?.shadowRoot.querySelectorAll('[part~="figure"]').length,
          encartGlobal: window.Encart && window.Encart.EncartQuoteCard === customElements.get('encart-quote-card') && typeof window.Encart.validateArticle,
          defaultTags: document.documentElement.dataset.defaultTags,
        };
      }, tags);
      await tab.close();
      assert.deepEqual(problems, [], `${page} reported problems`);
      return seen;
    } catch (error) {
      await tab.close();
      throw error;
    }
  }

  const everyWidget = (seen) => {
    assert.match(seen.text['encart-quote-card'], /leçon de l'histoire/);
    assert.equal(seen.figures, 4);
    assert.match(seen.text['encart-actor-badge'], /Tokayev/);
    assert.match(seen.text['encart-mini-timeline'], /2022/);
    assert.equal(seen.selected, 'actor kassym-jomart-tokayev', 'encart-select did not reach the page');
  };

  test('vanilla TypeScript (`import "encart"`): four widgets, encart-select, no console error, German words from encart/locales/de.js', async () => {
    const seen = await visit('vanilla.html', TAGS);
    everyWidget(seen);
    assert.match(seen.text['encart-mini-timeline'], /Chronik/, 'the bundler dropped encart/locales/de.js');
  });
  test('React 19 (`encart/react`): four widgets, onEncartSelect, no console error', async () => everyWidget(await visit('react.html', TAGS)));
  test('plain page, script tag: four widgets from one src, encart-select, window.Encart', async () => {
    const seen = await visit('script-tag.html', TAGS);
    everyWidget(seen);
    assert.equal(seen.encartGlobal, 'function', 'window.Encart does not hold the classes and the validator');
  });
  test('server-rendered page with encart.hydrate.js: four widgets come alive, encart-select', async () => everyWidget(await visit('ssr.html', TAGS)));
  test("one widget's module: its element renders and fires encart-select", async () => {
    const seen = await visit('widget.html', ['encart-actor-badge']);
    assert.match(seen.text['encart-actor-badge'], /Tokayev/);
    assert.equal(seen.selected, 'actor kassym-jomart-tokayev');
  });
  test("the classes under the app's own tag: <my-quote> renders, no default tag registered", async () => {
    const seen = await visit('custom-tag.html', ['my-quote']);
    assert.match(seen.text['my-quote'], /leçon de l'histoire/);
    assert.equal(seen.defaultTags, '0', 'importing the classes registered default tags');
  });
});
