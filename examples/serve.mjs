// `npm start` serves the demo: a news article page using the script tag, a page using ES modules,
// the built files from dist/ and the article data. Loopback only; no dependencies.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const firstPort = Number(process.env.PORT ?? 8080);
const host = '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

// Short names for the demo's own pages and data; everything else is a file of the repository.
const ROUTES = {
  '/': 'examples/demo/index.html',
  '/esm.html': 'examples/demo/esm.html',
  '/demo.css': 'examples/demo/demo.css',
  // The article as `npm start` extracted it from its text, or the hand-checked file before any extraction.
  '/article.json': existsSync(join(root, 'dist/demo/article.json'))
    ? 'dist/demo/article.json'
    : 'examples/kazakhstan-massimov/article.json',
};

function fileFor(pathname) {
  const relative = ROUTES[pathname] ?? normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '');
  const file = resolve(root, relative);
  // Never serve outside the repository, nor its dependencies' or git's insides.
  if (!file.startsWith(root + '/') || /(^|\/)(\.git|node_modules)(\/|$)/.test(relative)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', `http://${host}`);
  let file;
  try {
    file = fileFor(pathname);
  } catch {
    file = undefined;
  }
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(`Not found: ${pathname}\n`);
    return;
  }
  response.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  response.end(readFileSync(file));
});

function listen(port) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && port < firstPort + 20) listen(port + 1);
    else throw error;
  });
  server.listen(port, host, () => {
    const base = `http://${host}:${port}/`;
    console.log(`Encart demo: ${base}`);
    console.log(`  article page (script tag): ${base}`);
    console.log(`  same widgets as ES modules: ${base}esm.html`);
    console.log('Press Ctrl+C to stop.');
  });
}

listen(firstPort);
