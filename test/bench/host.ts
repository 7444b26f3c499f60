/**
 * The bench's web server: serves a built site as a real static host does (see host-rules.ts), with
 * each page's floor at the same address plus `?floor`, so that relative addresses resolve alike.
 * Bodies are compressed once (brotli quality 11, gzip level 9, as a host that compresses ahead of
 * time) and kept in memory.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { contentTypes, siteFile, type RunningServer } from '../helpers/static-server.ts';
import { cacheControlFor, chooseEncoding, compress, floorHtml, isCompressible } from './host-rules.ts';

export const floorParam = 'floor';

/** Serves `root` at the origin's root ("/"), as `npm run bench` builds it. */
export async function startHost(root: string): Promise<RunningServer> {
  const rootDir = resolve(root);
  const cache = new Map<string, Buffer>();

  const fileFor = (pathname: string): Promise<string | undefined> => siteFile(rootDir, pathname.slice(1));

  const server: Server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const file = await fileFor(url.pathname);
      const path = file ?? join(rootDir, '404.html');
      const type = contentTypes[extname(path)] ?? 'application/octet-stream';
      const floor = url.searchParams.has(floorParam) && type.startsWith('text/html');
      const encoding = isCompressible(type) ? chooseEncoding(request.headers['accept-encoding']) : 'identity';
      const key = `${path}|${floor}|${encoding}`;
      let body = cache.get(key);
      if (!body) {
        const original = await readFile(path);
        body = compress(floor ? Buffer.from(floorHtml(original.toString('utf8'))) : original, encoding);
        cache.set(key, body);
      }
      response.writeHead(file ? 200 : 404, {
        'content-type': type,
        'cache-control': cacheControlFor(url.pathname),
        'content-length': body.length,
        ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
        ...(isCompressible(type) ? { vary: 'Accept-Encoding' } : {}),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`bench host: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
