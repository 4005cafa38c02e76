// The Custom Elements Manifest feeds Storybook's docs and the README tables: it should list only
// what a page author can use, so private members (reactive state) are left out.
export default {
  globs: ['src/components/**/*.ts', 'src/shared/encart-element.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
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
  ],
};
