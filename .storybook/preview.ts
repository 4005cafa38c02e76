import { html } from 'lit';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
// The widgets from source, so a story shows the code as it is now, not the last build.
import '../src/define.js';
// Every language Encart ships, registered as a page would: the Locale toolbar switches between them.
import '../src/locales/de.js';
import '../src/locales/es.js';
import '../src/locales/it.js';
import '../src/locales/pt.js';
import '../src/locales/nl.js';
import '../src/locales/ar.js';
import './preview.css';

// dist/ is build output (`npm run manifest`) and may be absent: a glob that matches nothing is {},
// where a plain import would fail the build. Without it the stories' own argTypes still drive controls.
const manifests = import.meta.glob<{ default: object }>('../dist/custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

/** What a story may ask of the page around it. */
export interface PageParameters {
  dark?: boolean;
  dir?: 'ltr' | 'rtl';
}

const withPage: Decorator = (story, context) => {
  const page = (context.parameters['page'] ?? {}) as PageParameters;
  const dark = page.dark || context.globals['theme'] === 'dark';
  // On a docs page the stories sit one under the other: no full-height page each.
  const inline = context.viewMode === 'docs' ? 'sb-page--inline' : '';
  // A right-to-left language chosen in the toolbar lays the page out right to left too, as its site would.
  const dir = page.dir ?? (context.globals['locale'] === 'ar' ? 'rtl' : 'ltr');
  return html`<div class="sb-page ${dark ? 'sb-page--dark' : ''} ${inline}">
    <div class="sb-column" dir=${dir}>${story()}</div>
  </div>`;
};

const preview: Preview = {
  // A docs page per widget, from the Custom Elements Manifest (attributes, parts, CSS properties, events).
  tags: ['autodocs'],
  decorators: [withPage],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
  },
  globalTypes: {
    locale: {
      description: 'Default `lang` for every widget (a story’s own lang control wins)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: '', title: 'Article’s own' },
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'es', title: 'Español' },
          { value: 'it', title: 'Italiano' },
          { value: 'pt', title: 'Português' },
          { value: 'nl', title: 'Nederlands' },
          { value: 'ar', title: 'العربية' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Default `theme` for every widget; dark also darkens the page',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'page', title: 'Follow the page' },
          { value: 'light', title: 'light' },
          { value: 'dark', title: 'dark' },
          { value: 'auto', title: 'auto (system)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: '', theme: 'page' },
};

export default preview;
