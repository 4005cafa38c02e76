// Encart's elements in Svelte 5's element map, so svelte-check checks their attributes.
/// <reference types="encart/svelte" />
