import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * MDX pages and autodocs need `@storybook/addon-docs`, which Storybook 10 ships as its own package
 * (not in core) and which this project does not install yet. Without it an `.mdx` entry fails the
 * whole build, so the pages join only once the addon resolves: installing it is the only step.
 */
function resolves(specifier: string): boolean {
  try {
    import.meta.resolve(specifier);
    return true;
  } catch {
    return false;
  }
}
const docs = resolves('@storybook/addon-docs');

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts', ...(docs ? ['../stories/**/*.mdx'] : [])],
  addons: docs ? ['@storybook/addon-docs'] : [],
  // The demo article served as a file, so stories can load it through `src` like a page would.
  staticDirs: [{ from: '../examples/kazakhstan-massimov', to: '/data/kazakhstan-massimov' }],
  core: { disableTelemetry: true },
};

export default config;
