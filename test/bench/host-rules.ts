/**
 * How the bench's server answers, as a real static host would: the caching headers the README
 * recommends, compression chosen from the request's Accept-Encoding, and the "floor" of a page (the
 * same HTML with every stylesheet and script taken out), which shows how fast the page could paint.
 * Pure functions, so that the unit tests can check them.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

/** README, Deploying: hashed files for a year, everything else (HTML, /pagefind/, the rest) revalidated. */
export function cacheControlFor(pathname: string, base = '/'): string {
  return pathname.startsWith(`${base}_astro/`) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Types worth compressing; images other than SVG, fonts and WebAssembly modules are sent as they are. */
export function isCompressible(contentType: string): boolean {
  const mime = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return mime.startsWith('text/') || mime === 'application/json' || mime === 'application/xml' || mime === 'image/svg+xml' || mime === 'application/javascript';
}

/** A body as a host that compresses ahead of time sends it: brotli at quality 11, gzip at level 9. */
export function compress(body: Buffer, encoding: Encoding): Buffer {
  if (encoding === 'br') return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  if (encoding === 'gzip') return gzipSync(body, { level: 9 });
  return body;
}

/**
 * The encoding to answer with: brotli where the client accepts it, else gzip, else none. A coding
 * with q=0 is refused; "*" stands for any coding not named.
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [rawName, ...params] = part.toLowerCase().split(';');
    const name = rawName?.trim();
    if (!name) continue;
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const wants = (coding: string): boolean => (accepted.get(coding) ?? accepted.get('*') ?? 0) > 0;
  if (wants('br')) return 'br';
  if (wants('gzip')) return 'gzip';
  return 'identity';
}

/**
 * The floor of a page: its HTML with every stylesheet and script removed (<script>, <style>, linked
 * stylesheets, module preloads), including those waiting in templates. The content, its markup and
 * the policy in the <meta> stay, so the floor paints the same words with the browser's own styles.
 */
export function floorHtml(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?(?:stylesheet|modulepreload|preload)\b[^>]*>/gi, '');
}
