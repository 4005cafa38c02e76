// `npm run cdn-tag`: the script tags that load this version of Encart from jsDelivr, with the
// Subresource Integrity hash of the files as built (run `npm run build` first). jsDelivr serves the
// files of the published tarball, and `npm publish` builds them the same way (prepack).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const integrity = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
const tag = (file, attributes) =>
  `<script ${attributes}src="https://cdn.jsdelivr.net/npm/${name}@${version}/${file}" integrity="${integrity(file)}" crossorigin="anonymous"`;

console.log(`${tag('dist/encart.iife.js', '')} defer></script>`);
console.log('<!-- on a server-rendered page, instead: -->');
console.log(`${tag('dist/encart.hydrate.js', 'type="module" ')}></script>`);
