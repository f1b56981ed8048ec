/**
 * A small static file server for the built site, mounted under the site's base path.
 * Behaves like ordinary hosts (nginx, Apache): serves index.html for folders and redirects
 * `/path` to `/path/`. Used by `npm start`, the end-to-end tests and the benchmarks.
 */
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** @param {{ dir: string, base?: string, port?: number, host?: string }} opts */
export function startStaticServer({ dir, base = '/', port = 0, host = '127.0.0.1' }) {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (`${pathname}/` === prefix) {
      res.writeHead(301, { location: prefix + url.search }).end();
      return;
    }
    if (!pathname.startsWith(prefix)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found. The site is served at ${prefix}`);
      return;
    }
    const rel = normalize(pathname.slice(prefix.length));
    let file = join(root, rel);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) {
      const notFound = join(root, '404.html');
      const has404 = await stat(notFound).catch(() => null);
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      if (has404) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      'referrer-policy': 'no-referrer',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const addr = server.address();
      const actualPort = typeof addr === 'object' && addr ? addr.port : port;
      ok({ server, url: `http://${host}:${actualPort}${prefix}`, close: () => new Promise((r) => server.close(() => r(undefined))) });
    });
  });
}
