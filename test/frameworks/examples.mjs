// The framework examples the browser tests drive, and where each one's build puts its static files.
import { fileURLToPath } from 'node:url';

const folder = (path) => fileURLToPath(new URL(`../../examples/frameworks/${path}`, import.meta.url));

export const EXAMPLES = [
  { name: 'React 19', dist: folder('react19/dist') },
  { name: 'React 18', dist: folder('react18/dist') },
  { name: 'Vue 3', dist: folder('vue/dist') },
  { name: 'Svelte 5', dist: folder('svelte/dist') },
  { name: 'Angular 21', dist: folder('angular/dist/browser') },
];
