/**
 * A static server for throttled measurements: serves a build under base `/` with gzip, as an intranet web server
 * would, so the throttled network carries compressed bytes. Listens on 127.0.0.1 only.
 */
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.png': 'image/png', '.ico': 'image/x-icon' };

export function serveGzip(dir) {
  const cache = new Map();
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    let file = join(dir, path);
    let status = 200;
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      file = join(dir, '404.html');
      status = 404;
    }
    if (!cache.has(file)) {
      const body = readFileSync(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      cache.set(file, { type, body: /^(text|application\/(json|javascript)|image\/svg)/.test(type) ? gzipSync(body) : body, gz: /^(text|application\/(json|javascript)|image\/svg)/.test(type) });
    }
    const { type, body, gz } = cache.get(file);
    res.writeHead(status, { 'content-type': type, 'content-length': body.length, ...(gz ? { 'content-encoding': 'gzip' } : {}), 'cache-control': 'no-cache' });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) })));
}
