// Node-side checks of what `npm run build` ships: the exports map and the documented API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const TAGS = ['encart-quote-card', 'encart-figures-panel', 'encart-actor-badge', 'encart-mini-timeline'];
const LOCALES = ['de', 'es', 'it', 'pt', 'nl', 'ar'];

test('every file the exports map names exists after the build', () => {
  const targets = [];
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const files = typeof target === 'string' ? [target] : Object.values(target);
    for (const file of files) {
      if (file.includes('*')) {
        // A pattern stands for each widget, or each language for encart/locales/*.
        for (const name of entry.startsWith('./locales/') ? LOCALES : TAGS) targets.push([entry, file.replace('*', name)]);
      } else targets.push([entry, file]);
    }
  }
  for (const [entry, file] of targets) assert.ok(existsSync(file), `exports["${entry}"] → ${file} is missing`);
  for (const field of ['main', 'module', 'types', 'customElements', 'unpkg']) {
    assert.ok(existsSync(pkg[field]), `package.json ${field} → ${pkg[field]} is missing`);
  }
});

test('the type declarations map each tag to its class', () => {
  for (const tag of TAGS) {
    const name = tag.replace('encart-', '');
    const types = readFileSync(`dist/types/components/${name}/define.d.ts`, 'utf8');
    assert.match(types, new RegExp(`'${tag}': Encart\\w+`), `${tag} is not in HTMLElementTagNameMap`);
  }
});

test('the README documents every attribute, part, custom property and event of every element', () => {
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  assert.deepEqual(declarations.map((d) => d.tagName).sort(), [...TAGS].sort());
  for (const d of declarations) {
    const names = [
      ...(d.attributes ?? []).map((a) => a.name),
      ...(d.cssParts ?? []).map((p) => p.name),
      ...(d.cssProperties ?? []).map((p) => p.name),
      ...(d.events ?? []).map((e) => e.name),
    ];
    for (const name of names) assert.ok(readme.includes(`\`${name}\``), `${d.tagName}: README does not mention \`${name}\``);
  }
});

test('each language ships as an ES module and a script-tag file that registers itself', () => {
  for (const code of LOCALES) {
    const module = readFileSync(`dist/locales/${code}.js`, 'utf8');
    const script = readFileSync(`dist/locales/${code}.iife.js`, 'utf8');
    assert.match(module, new RegExp(`\\$code:"${code}"`), `${code}.js`);
    // The script-tag file uses the registry of dist/encart.iife.js, through the page's Encart global.
    assert.match(script, /registerTranslation\(/, `${code}.iife.js`);
    assert.match(script, /\bEncart\b/, `${code}.iife.js reads the Encart global`);
    assert.doesNotMatch(script, /new Map/, `${code}.iife.js carries no registry of its own`);
  }
});
