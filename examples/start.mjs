// `npm start`, after the build: extract the demo article from its text with the CLI, as a newsroom
// would, then serve the demo pages on that extracted data.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { startServer } from './serve.mjs';

const dir = 'examples/kazakhstan-massimov';
const output = 'dist/demo/article.json';
const meta = JSON.parse(readFileSync(`${dir}/meta.json`, 'utf8'));

mkdirSync('dist/demo', { recursive: true });
const args = ['dist/cli/encart.js', 'extract', `${dir}/article.${meta.lang}.txt`, '--lang', meta.lang, '--published', meta.published];
args.push('--title', meta.title, '--id', meta.id, '--source', meta.source.name, '-o', output, '--pretty');
const extraction = spawnSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
if (extraction.status !== 0) process.exit(extraction.status ?? 1);

const article = JSON.parse(readFileSync(output, 'utf8'));
const count = (kind) => `${article[kind].length} ${kind}`;
console.log(`Extracted ${dir}/article.${meta.lang}.txt → ${output}: ${['actors', 'quotes', 'figures', 'events'].map(count).join(', ')}`);

const { url } = await startServer(Number(process.env.PORT ?? 8080));
console.log(`\nEncart demo: ${url}`);
console.log(`  article page (script tag): ${url}`);
console.log(`  same widgets as ES modules: ${url}esm.html`);
console.log(`  in German, in Arabic:       ${url}de.html, ${url}ar.html`);
console.log(`  the extracted data:         ${url}article.json`);
console.log(`\nEncart Studio (check, fix and embed an article): ${url}studio/`);
console.log('Press Ctrl+C to stop.');
