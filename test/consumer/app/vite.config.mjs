// The app's own build: four pages, JSX by Vite's transformer (automatic runtime), no plugin.
export default {
  base: './',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    rollupOptions: {
      input: { vanilla: 'vanilla.html', widget: 'widget.html', 'custom-tag': 'custom-tag.html', react: 'react.html' },
    },
  },
};
