// Encart's elements in Vue's GlobalComponents, so vue-tsc checks their attributes in templates.
/// <reference types="encart/vue" />
