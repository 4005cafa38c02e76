// Each widget's attributes are declared once (src/components/attributes.ts); everything else is made from that
// list. These tests hold every copy against it: the built elements, custom-elements.json, the README's tables,
// `encart render` (its help, its flags and the markup they give), `renderToString`, and the studio's embed code.
// Needs `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ATTRIBUTES, attributesOf, defaultText, typeText } from '../../scripts/declared-attributes.mjs';
import * as elements from '../../dist/elements.js';
import { renderToString } from '../../dist/ssr.js';

const WIDGETS = Object.keys(ATTRIBUTES);
const ARTICLE_FILE = 'examples/kazakhstan-massimov/article.json';
const ARTICLE = JSON.parse(readFileSync(ARTICLE_FILE, 'utf8'));
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
// dist/elements.js registers no tag: its classes by name (`EncartQuoteCard`).
const classOf = (widget) => elements[`Encart${widget.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase())}`];
const declarationOf = (tag) => manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName == tag);

// A value each attribute can take that is not its default; ids are the article's, so every widget finds its item.
const [quote, actor, figure] = [ARTICLE.quotes[1].id, ARTICLE.actors[1].id, ARTICLE.figures[1].id];
const SAMPLES = { quote, actor, figures: figure, from: '2022-01-05', to: '2022-01-08', lang: 'en' };
const sample = (name, a) =>
  a.type == Boolean ? true : a.type == Number ? 2 : a.values ? a.values.at(-1) : (SAMPLES[name] ?? 'Sample « title »');

/** The attributes of the widget's start tag in server markup, in order: [name, value], value true when bare. */
function hostAttributes(html, widget) {
  const start = html.match(new RegExp(`<encart-${widget}((?:\\s+[a-z-]+(?:="[^"]*")?)*)>`));
  assert.ok(start, `no <encart-${widget}> in ${html.slice(0, 200)}`);
  const pairs = [...start[1].matchAll(/([a-z-]+)(?:="([^"]*)")?/g)];
  return pairs.map(([, name, value]) => [name, value === undefined || value === '' ? true : unescapeHtml(value)]);
}
const ENTITIES = { quot: '"', '#39': "'", lt: '<', gt: '>', amp: '&' };
const unescapeHtml = (text) => text.replace(/&(quot|#39|lt|gt|amp);/g, (_, name) => ENTITIES[name]);

test('the built elements observe and reflect exactly the declared attributes, with Lit reading each as declared', () => {
  for (const widget of WIDGETS) {
    const element = classOf(widget);
    assert.ok(element, `encart-${widget} is registered`);
    const declared = attributesOf(widget);
    assert.deepEqual([...element.observedAttributes].sort(), declared.map(([name]) => name).sort(), widget);
    for (const [name, property, a] of declared) {
      const options = element.elementProperties.get(property);
      assert.equal(options.attribute ?? property, name, `${widget} ${name}: attribute`);
      assert.equal(options.type ?? String, a.type, `${widget} ${name}: type`);
      assert.equal(!!options.reflect, !!a.reflect, `${widget} ${name}: reflect`);
      // Readers' bundles carry what Lit reads and nothing for people.
      assert.deepEqual(Object.keys(options).filter((key) => ['description', 'values', 'default'].includes(key)), [], `${widget} ${name}`);
    }
    // A boolean attribute is absent, and its property false, until set.
    const fresh = new element();
    for (const [, property, a] of declared) if (a.type == Boolean) assert.equal(fresh[property], false, `${widget} ${property}`);
  }
});

test('no description of an attribute reaches the files readers download', () => {
  const shipped = ['dist/encart.js', 'dist/elements.js', 'dist/encart.iife.js', 'dist/encart.hydrate.js'];
  for (const dir of ['dist/chunks', 'dist/components']) {
    for (const file of readdirSync(dir)) if (file.endsWith('.js')) shipped.push(join(dir, file));
  }
  const code = shipped.map((file) => readFileSync(file, 'utf8')).join('\n');
  for (const widget of WIDGETS) {
    for (const [name, , a] of attributesOf(widget)) {
      assert.ok(!code.includes(a.description.slice(0, 30)), `${widget} ${name}: "${a.description}"`);
    }
  }
});

test('custom-elements.json lists each widget\'s declared attributes, with their types, defaults and descriptions', () => {
  for (const widget of WIDGETS) {
    const declaration = declarationOf(`encart-${widget}`);
    const declared = attributesOf(widget);
    assert.deepEqual(declaration.attributes.map((a) => a.name), declared.map(([name]) => name), widget);
    for (const [name, property, a] of declared) {
      const entry = declaration.attributes.find((e) => e.name == name);
      assert.equal(entry.fieldName, property, `${widget} ${name}`);
      assert.equal(entry.type.text, typeText(a), `${widget} ${name}`);
      assert.equal(entry.description, a.description, `${widget} ${name}`);
      assert.equal(entry.default, defaultText(a), `${widget} ${name}`);
      // The field the class declares for TypeScript has the declared type too.
      const member = declaration.members.find((m) => m.name == property);
      assert.equal(member.attribute, name, `${widget} ${name}`);
      assert.equal(!!member.reflects, !!a.reflect, `${widget} ${name}`);
      assert.ok([typeText(a), `${typeText(a)} | undefined`].includes(member.type.text), `${widget} ${property}: ${member.type.text}`);
    }
  }
});

test('the README\'s table of each element has a row per declared attribute, in order, with its line and default', () => {
  const readme = readFileSync('README.md', 'utf8');
  for (const widget of WIDGETS) {
    const section = readme.slice(readme.indexOf(`### \`<encart-${widget}>\``));
    const table = section.slice(section.indexOf('|---|---|---|\n') + 14, section.indexOf('| — | `article` |'));
    const about = (a) => a.description + (a.default === undefined || a.type == Boolean ? '' : ` Default: \`${a.default}\`.`);
    const rows = attributesOf(widget).map(([name, property, a]) => `| \`${name}\` | \`${property}\` | ${about(a)} |`);
    assert.equal(table.trim(), rows.join('\n'), widget);
  }
});

test('each declared attribute goes through renderToString into the server markup, in the declared order', () => {
  for (const widget of WIDGETS) {
    const declared = attributesOf(widget).filter(([name]) => name != 'loading');
    const options = Object.fromEntries(declared.map(([name, property, a]) => [property, sample(name, a)]));
    const html = renderToString(ARTICLE, { widget, ...options, dataId: options.htmlFor, src: undefined, lazy: true, includeData: false });
    const given = declared.filter(([name]) => name != 'src');
    const expected = given.map(([name, property, a]) => [name, a.type == Boolean || String(options[property])]);
    assert.deepEqual(hostAttributes(html, widget), [...expected, ['loading', 'lazy']], widget);
    // Left out, an attribute is absent from the markup, whatever its default.
    assert.deepEqual(hostAttributes(renderToString(ARTICLE, { widget, includeData: false }), widget), [['for', `encart-${ARTICLE.id}`]], widget);
  }
});

test('the mini timeline shows the declared default of `limit` when it has none', () => {
  const html = renderToString(ARTICLE, { widget: 'mini-timeline', includeData: false });
  assert.ok(ARTICLE.events.length > ATTRIBUTES['mini-timeline'].limit.default);
  assert.equal(html.match(/data-precision=/g).length, ATTRIBUTES['mini-timeline'].limit.default);
});

test('`encart render --help` lists each widget\'s attributes as flags, and each flag writes its attribute', () => {
  const encart = (args) => spawnSync(process.execPath, ['dist/cli/encart.js', ...args], { encoding: 'utf8' });
  const help = encart(['--help']).stdout;
  for (const widget of WIDGETS) {
    const section = help.slice(help.indexOf(`\n    ${widget}\n`));
    const args = ['render', ARTICLE_FILE, '--widget', widget, '--no-data'];
    const expected = [['for', `encart-${ARTICLE.id}`]];
    const own = new Set(Object.keys(ATTRIBUTES[widget]));
    for (const [name, property, a] of attributesOf(widget).filter(([name]) => !['for', 'src', 'loading'].includes(name))) {
      const described = own.has(property) ? section : help;
      const words = a.description.replace(/`/g, '').slice(0, 25).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      assert.match(described, new RegExp(`--${name}\\b[^\\n]*\\n?\\s*${words}`), `${widget} --${name}`);
      const value = sample(name, a);
      args.push(...(value === true ? [`--${name}`] : [`--${name}`, String(value)]));
      expected.push([name, value === true || String(value)]);
    }
    const r = encart(args);
    assert.equal(r.status, 0, `${args.join(' ')}: ${r.stderr}`);
    assert.deepEqual(hostAttributes(r.stdout, widget), expected, widget);
  }
});

test('the studio\'s embed code and commands name only declared attributes and flags', async () => {
  const options = { entryPoints: ['src/studio/embed-snippet.ts'], bundle: true, format: 'esm', platform: 'node', write: false };
  const { outputFiles } = await build(options);
  const { embedSnippets } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  const picks = { quote, figures: [figure], actor, eventsLimit: 3, eventsFrom: '2022-01-05', eventsTo: '2022-01-08' };
  const { script, server } = embedSnippets(ARTICLE, picks, 'file');
  for (const widget of WIDGETS) {
    const names = attributesOf(widget).map(([name]) => name);
    const written = hostAttributes(script, widget);
    assert.ok(written.length > 1, widget);
    for (const [name] of written) assert.ok(names.includes(name), `${widget}: ${name} is not declared`);
    const command = server.split('\n').find((line) => line.includes(`--widget ${widget} `));
    for (const [, flag] of command.matchAll(/ --([a-z-]+)/g)) {
      assert.ok(['widget', 'src', 'no-data', ...names].includes(flag), `${widget}: --${flag}`);
    }
  }
  assert.match(script, /<encart-mini-timeline src="article\.json" from="2022-01-05" to="2022-01-08" limit="3">/);
  assert.match(server, /--widget mini-timeline --from 2022-01-05 --to 2022-01-08 --limit 3 --src article\.json/);
});
