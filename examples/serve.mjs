// `npm start` serves the demo: a news article page using the script tag, a page using ES modules,
// the built files from dist/ and the article data. Loopback only; no dependencies.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const host = '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

// Short names for the demo's own pages and data; everything else is a file of the repository.
const ROUTES = {
  '/': 'examples/demo/index.html',
  '/esm.html': 'examples/demo/esm.html',
  // The same widgets in other languages' words, on hand-made articles in those languages.
  '/de.html': 'examples/demo/de.html',
  '/ar.html': 'examples/demo/ar.html',
  '/demo.css': 'examples/demo/demo.css',
  // The article as `npm start` extracted it from its text; before any extraction, the hand-checked file.
  '/article.json': () =>
    existsSync(join(root, 'dist/demo/article.json')) ? 'dist/demo/article.json' : 'examples/kazakhstan-massimov/article.json',
};

// The studio is a static site of its own: /studio/x is dist/studio/x, /studio/ its index.html.
const STUDIO = '/studio/';

function fileFor(pathname) {
  const route = ROUTES[pathname];
  const path = pathname.startsWith(STUDIO) ? `/dist/studio/${pathname.slice(STUDIO.length) || 'index.html'}` : pathname;
  const relative = (typeof route === 'function' ? route() : route) ?? normalize(decodeURIComponent(path)).replace(/^[/\\]+/, '');
  const file = resolve(root, relative);
  // Never serve outside the repository, nor git's insides, nor dependencies other than Lit's packages,
  // which the ES-module page maps its bare `lit` imports to (as a page with an import map would).
  const litPackage = /^node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(relative);
  if (!file.startsWith(root + '/') || /(^|\/)\.git(\/|$)/.test(relative) || (/(^|\/)node_modules(\/|$)/.test(relative) && !litPackage)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

function answer(request, response) {
  const { pathname } = new URL(request.url ?? '/', `http://${host}`);
  // Browsers ask every site for an icon; the demo has none, and a 404 would read as a fault.
  if (pathname === '/favicon.ico') {
    response.writeHead(204);
    response.end();
    return;
  }
  if (pathname === '/studio') {
    response.writeHead(301, { location: STUDIO });
    response.end();
    return;
  }
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
}

/** Serves the repository on 127.0.0.1 from `firstPort` (or the next free port); resolves to the base URL. */
export function startServer(firstPort = 8080) {
  const server = createServer(answer);
  return new Promise((resolvePromise, reject) => {
    const listen = (port) => {
      server.once('error', (error) => {
        if (error.code === 'EADDRINUSE' && port < firstPort + 20) listen(port + 1);
        else reject(error);
      });
      server.listen(port, host, () => resolvePromise({ url: `http://${host}:${port}/`, close: () => server.close() }));
    };
    listen(firstPort);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { url } = await startServer(Number(process.env.PORT ?? 8080));
  console.log(`Encart demo: ${url}`);
  console.log(`  article page (script tag): ${url}`);
  console.log(`  same widgets as ES modules: ${url}esm.html`);
  console.log(`Encart Studio: ${url}studio/`);
  console.log('Press Ctrl+C to stop.');
}
