// The benchmarks' web server: the repository's files (dist/, examples/) as `examples/serve.mjs`
// serves them, TimelineJS's published dist/ under /vendor/timelinejs/, and pages and JSON documents
// the benchmark generates, with a count of the requests each path received. Loopback only, no
// compression, `cache-control: no-cache` on everything: both libraries are served the same way.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const timelinejs = join(root, 'node_modules/@knight-lab/timelinejs/dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

/** Resolves to { url, setPage(path, html), setJSON(path, value), hits(path), close() }. */
export function startBenchServer(firstPort = 8290) {
  const generated = new Map(); // path → { type, body }
  const counts = new Map();

  const fileFor = (pathname) => {
    let base = root;
    let relative = normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '');
    if (relative.startsWith('vendor/timelinejs/')) {
      base = timelinejs;
      relative = relative.slice('vendor/timelinejs/'.length);
    } else if (/(^|\/)(\.git|node_modules)(\/|$)/.test(relative)) return undefined;
    const file = resolve(base, relative);
    if (!file.startsWith(base + '/')) return undefined;
    return existsSync(file) && statSync(file).isFile() ? file : undefined;
  };

  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    counts.set(pathname, (counts.get(pathname) ?? 0) + 1);
    const page = generated.get(pathname);
    let type;
    let body;
    if (page) ({ type, body } = page);
    else {
      let file;
      try {
        file = fileFor(pathname);
      } catch {
        file = undefined;
      }
      if (file) {
        type = TYPES[extname(file)] ?? 'application/octet-stream';
        body = readFileSync(file);
      }
    }
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`Not found: ${pathname}\n`);
      return;
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
    response.end(body);
  });

  return new Promise((resolvePromise, reject) => {
    const listen = (port) => {
      server.once('error', (error) => {
        if (error.code === 'EADDRINUSE' && port < firstPort + 50) listen(port + 1);
        else reject(error);
      });
      server.listen(port, '127.0.0.1', () =>
        resolvePromise({
          url: `http://127.0.0.1:${port}`,
          setPage: (path, html) => generated.set(path, { type: TYPES['.html'], body: html }),
          setJSON: (path, value) => generated.set(path, { type: TYPES['.json'], body: JSON.stringify(value) }),
          hits: (path) => counts.get(path) ?? 0,
          close: () => new Promise((done) => server.close(done)),
        }),
      );
    };
    listen(firstPort);
  });
}
