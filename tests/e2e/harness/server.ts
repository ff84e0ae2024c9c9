/** A static file server on 127.0.0.1 for fixture pages, which records what reached it. */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { FixtureServer } from './types';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/** How a fixture server answers, beyond serving the files. */
export interface FixtureServerOptions {
  /** Extra response headers for every file served (e.g. a Content-Security-Policy-Report-Only). */
  headers?: Record<string, string>;
}

/** Serves `rootDir` statically on `http://127.0.0.1:<free port>` (directory URLs serve index.html). */
export async function startFixtureServer(
  rootDir: string,
  options: FixtureServerOptions = {},
): Promise<FixtureServer> {
  const root = await realpath(rootDir);
  const requestedPaths: string[] = [];
  const server: Server = createServer((req, res) => {
    requestedPaths.push(req.url ?? '/');
    void (async () => {
      try {
        const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        // The browser asks every site for its icon, and logs a 404 in the page's console: the site has
        // an empty one, as real sites have one, so a page's console holds only what the page did.
        if (pathname === '/favicon.ico') {
          res.writeHead(204, { 'cache-control': 'no-store' });
          res.end();
          return;
        }
        let file = normalize(join(root, pathname));
        if (file !== root && !file.startsWith(root + sep)) throw new Error('outside root');
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        await stat(file);
        res.writeHead(200, {
          ...options.headers,
          'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        createReadStream(file).pipe(res);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      }
    })();
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fixture server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requestedPaths,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
