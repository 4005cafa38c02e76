import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  base: './',
  plugins: [
    vue({
      // Without this Vue warns that it cannot resolve `encart-*` as Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('encart-') } },
    }),
  ],
});
