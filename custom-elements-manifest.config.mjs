// The Custom Elements Manifest feeds Storybook's docs and the README tables: it should list only
// what a page author can use, so private members (reactive state) are left out.
// From it, each framework's element typings are generated into dist/types/frameworks/.
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { attributesOf, defaultText, typeText } from './scripts/declared-attributes.mjs';

// The generated files take member types from the package's own declarations
// (dist/types/index.d.ts, relative to their folder), so `article` is typed as `Article`.
const typings = (fileName) => ({ outdir: 'dist/types/frameworks', fileName, globalTypePath: '../index.js', hideLogs: true });

// The integrations read an event's type as its `detail` type (`CustomEvent<type>`), while the
// manifest names the event class. They get a copy where `encart-select` carries its detail type
// (an inline import: they would otherwise import it once per widget, a duplicate identifier), and
// without read-only members such as `locale`, which an author cannot set.
const DETAIL_TYPES = { EncartSelectEvent: "import('../index.js').EncartSelectDetail" };

function forFrameworks(manifest) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules) {
    for (const declaration of mod.declarations ?? []) {
      declaration.members = declaration.members?.filter((m) => !m.readonly);
      for (const event of declaration.events ?? []) {
        if (event.type && DETAIL_TYPES[event.type.text]) event.type = { text: DETAIL_TYPES[event.type.text] };
      }
    }
  }
  return copy;
}

const withFrameworkManifest = (plugin) => ({
  name: `${plugin.name} (framework copy)`,
  packageLinkPhase: (context) => plugin.packageLinkPhase({ ...context, customElementsManifest: forFrameworks(context.customElementsManifest) }),
});

// Svelte 5 sets a custom element's properties from plain attributes (`article={a}`) and listens with
// `onencart-select`: the JSX integration's props already have those names, so Svelte's element map
// reuses them on top of Svelte's own HTML attributes.
function svelte5TypingsPlugin({ outFile, jsxTypes }) {
  return {
    name: 'encart-svelte5-typings',
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElementsManifest.modules
        .flatMap((mod) => mod.declarations ?? [])
        .filter((declaration) => declaration.customElement && declaration.tagName);
      const names = elements.map((element) => element.name).join(', ');
      const props = elements.map((element) => `${element.name}Props`).join(', ');
      const entries = elements.map((e) => `    '${e.tagName}': HTMLAttributes<${e.name}> & ${e.name}Props;`).join('\n');
      const source = `// Generated from custom-elements.json by custom-elements-manifest.config.mjs: Svelte 5 typings.
import type { HTMLAttributes } from 'svelte/elements';
import type { ${names} } from '../index.js';
import type { ${props} } from '${jsxTypes}';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${entries}
  }
}
`;
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, source);
    },
  };
}

// Attributes are declared once, in src/components/attributes.ts, and spread into the classes' `static properties`,
// where the analyzer cannot follow them: each element's attributes, and the fields behind them, come from there.
const BASE = { name: 'EncartElement', module: 'src/shared/encart-element.ts' };
const declaredAttributesPlugin = {
  name: 'encart-declared-attributes',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
      if (declaration.kind != 'class' || !(declaration.tagName || declaration.name == BASE.name)) continue;
      const widget = declaration.tagName?.replace(/^encart-/, '');
      const common = new Set(attributesOf().map(([name]) => name));
      declaration.attributes = [];
      for (const [name, fieldName, a] of attributesOf(widget)) {
        const type = { text: typeText(a) };
        const inherited = widget && common.has(name) ? { inheritedFrom: BASE } : {};
        const defaults = defaultText(a) === undefined ? {} : { default: defaultText(a) };
        declaration.attributes.push({ name, type, description: a.description, ...defaults, fieldName, ...inherited });
        let member = declaration.members?.find((m) => m.kind == 'field' && m.name == fieldName);
        if (!member) {
          member = { kind: 'field', name: fieldName, type, description: a.description, ...inherited };
          (declaration.members ??= []).push(member);
        }
        member.attribute = name;
        if (a.reflect) member.reflects = true;
      }
    }
  },
};

export default {
  globs: ['src/components/**/*.ts', 'src/shared/encart-element.ts'],
  exclude: ['src/components/attributes.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    declaredAttributesPlugin,
    {
      name: 'encart-public-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            const hidden = new Set(
              (declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
            );
            declaration.members = declaration.members?.filter((m) => !hidden.has(m.name));
            declaration.attributes = declaration.attributes?.filter((a) => !hidden.has(a.fieldName));
            // `this.dispatchEvent(new EncartSelectEvent(…))` is found once more, nameless, beside the @fires tag.
            declaration.events = declaration.events?.filter((e) => e.name);
          }
        }
      },
    },
    // After the public-only filter above, so private members never reach a framework's typings.
    // React 19 and Preact JSX (`JSX.IntrinsicElements`), Vue (`GlobalComponents`), Svelte 5.
    withFrameworkManifest(customElementJsxPlugin(typings('jsx.d.ts'))),
    withFrameworkManifest(customElementVuejsPlugin(typings('vue.d.ts'))),
    // custom-element-svelte-integration 1.2 writes Svelte 4 syntax (`bind:article`, `on:encart-select`)
    // into a module-scoped `svelteHTML` that Svelte never sees; Svelte 5 gets typings of our own.
    svelte5TypingsPlugin({ outFile: 'dist/types/frameworks/svelte.d.ts', jsxTypes: './jsx.js' }),
  ],
};
