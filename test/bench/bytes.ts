/** Sorting the responses of a first view into HTML, CSS, JS and other, and adding them up. */

export const resourceKinds = ['html', 'css', 'js', 'other'] as const;
export type ResourceKind = (typeof resourceKinds)[number];

const javascriptTypes = new Set([
  'text/javascript',
  'application/javascript',
  'application/x-javascript',
  'application/ecmascript',
  'text/ecmascript',
]);

const extensionKinds: Record<string, ResourceKind> = {
  html: 'html',
  htm: 'html',
  css: 'css',
  js: 'js',
  mjs: 'js',
};

/**
 * The kind of a response: by its Content-Type (what the browser goes by), and only when a response has
 * none, by the extension of its URL's path. WebAssembly, JSON, fonts and images are "other".
 */
export function kindOf(contentType: string | undefined, url: string): ResourceKind {
  const mime = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime !== '') {
    if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
    if (mime === 'text/css') return 'css';
    if (javascriptTypes.has(mime)) return 'js';
    return 'other';
  }
  const path = new URL(url).pathname;
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return (extension !== undefined ? extensionKinds[extension] : undefined) ?? 'other';
}

/** One response of a page's first view: its body's length, and the bytes that came over the wire for it. */
export interface ResponseSize {
  url: string;
  kind: ResourceKind;
  /** Body bytes once decoded: the file as built. */
  raw: number;
  /** Body bytes as transferred (encoded: gzip or brotli where the server compressed), headers not counted. */
  sent: number;
  /** The response's Content-Encoding ("identity" without one). */
  encoding: string;
}

export interface ByteTotal {
  raw: number;
  sent: number;
  requests: number;
}

export type BytesByKind = Record<ResourceKind | 'total', ByteTotal>;

const emptyTotal = (): ByteTotal => ({ raw: 0, sent: 0, requests: 0 });

/** Adds up the responses by kind, and over all of them. */
export function sumBytes(responses: readonly ResponseSize[]): BytesByKind {
  const sums: BytesByKind = { html: emptyTotal(), css: emptyTotal(), js: emptyTotal(), other: emptyTotal(), total: emptyTotal() };
  for (const response of responses) {
    if (!Number.isInteger(response.raw) || response.raw < 0 || !Number.isInteger(response.sent) || response.sent < 0) {
      throw new Error(`Not a byte count for ${response.url}: raw ${response.raw}, sent ${response.sent}`);
    }
    for (const key of [response.kind, 'total'] as const) {
      sums[key].raw += response.raw;
      sums[key].sent += response.sent;
      sums[key].requests += 1;
    }
  }
  return sums;
}
