import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // Storybook 10 ships docs (MDX pages, autodocs from the Custom Elements Manifest) as its own addon.
  addons: ['@storybook/addon-docs'],
  // The demo article served as a file, so stories can load it through `src` like a page would.
  staticDirs: [{ from: '../examples/kazakhstan-massimov', to: '/data/kazakhstan-massimov' }],
  core: { disableTelemetry: true },
};

export default config;
