// Registering the elements before Vue mounts lets Vue see `article` as a property of each element.
import 'encart';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
