import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

/** Content types by file ending, as a static host sends them. */
export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
};

export interface RunningServer {
  /** Origin plus base path, ending in "/": where the site's home page is. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** The file a static host serves for a path below the site's root (a folder's index.html), if any. */
export async function siteFile(rootDir: string, path: string): Promise<string | undefined> {
  const relative = normalize(decodeURIComponent(path));
  if (relative.startsWith('..')) return undefined;
  for (const candidate of [join(rootDir, relative), join(rootDir, relative, 'index.html')]) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}

/** Serves a built site from `root` under the sub-path `base`, as a static host would (404.html on misses). */
export async function startServer(root = 'dist', base = '/'): Promise<RunningServer> {
  const rootDir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const fileFor = async (pathname: string): Promise<string | undefined> =>
    pathname.startsWith(prefix) ? siteFile(rootDir, pathname.slice(prefix.length)) : undefined;

  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = await fileFor(pathname);
    const status = file ? 200 : 404;
    const body = file ?? join(rootDir, '404.html');
    response.writeHead(status, { 'content-type': contentTypes[extname(body)] ?? 'application/octet-stream' });
    createReadStream(body).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${prefix}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
