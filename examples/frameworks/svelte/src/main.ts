// Registering the elements before Svelte mounts lets Svelte see `article` as a property of each element.
import 'encart';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
