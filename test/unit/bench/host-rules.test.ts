import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { cacheControlFor, chooseEncoding, compress, floorHtml, isCompressible } from '../../bench/host-rules.ts';

describe('cacheControlFor: the README\'s caching headers', () => {
  it('caches hashed files for a year and has everything else revalidated', () => {
    expect(cacheControlFor('/_astro/page.Ab12.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/_astro/search.Cd34.css')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/traits/')).toBe('no-cache');
    expect(cacheControlFor('/')).toBe('no-cache');
    expect(cacheControlFor('/pagefind/pagefind.js')).toBe('no-cache');
    expect(cacheControlFor('/favicon.svg')).toBe('no-cache');
    expect(cacheControlFor('/not_astro/x.js')).toBe('no-cache');
  });

  it('follows a base path', () => {
    expect(cacheControlFor('/guide/_astro/a.js', '/guide/')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/_astro/a.js', '/guide/')).toBe('no-cache');
  });
});

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, as Chromium and older clients ask', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('deflate')).toBe('identity');
    expect(chooseEncoding(undefined)).toBe('identity');
    expect(chooseEncoding('')).toBe('identity');
  });

  it('respects q=0 and the wildcard, ignoring case and spaces', () => {
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('br; q=0, gzip;q=0')).toBe('identity');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding(' GZIP ;q=0.5 ')).toBe('gzip');
  });

  it('answers only with a coding the client accepts (a property)', () => {
    const coding = fc.constantFrom('br', 'gzip', 'deflate', 'zstd', 'identity', '*');
    const entry = fc.tuple(coding, fc.option(fc.constantFrom('0', '0.5', '1'), { nil: undefined })).map(([name, q]) => (q === undefined ? name : `${name};q=${q}`));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), (entries) => {
        const header = entries.join(', ');
        const chosen = chooseEncoding(header);
        if (chosen === 'identity') return;
        const named = entries.filter((item) => item.split(';')[0] === chosen);
        const wildcard = entries.filter((item) => item.split(';')[0] === '*');
        const allowed = named.length > 0 ? !named.at(-1)!.endsWith('q=0') : wildcard.length > 0 && !wildcard.at(-1)!.endsWith('q=0');
        expect(allowed, header).toBe(true);
      }),
    );
  });
});

describe('compress', () => {
  it('gives bodies that decode to the original, smaller for text, and leaves identity alone', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), fc.integer({ min: 1, max: 40 }), (text, times) => {
        const body = Buffer.from(text.repeat(times));
        expect(brotliDecompressSync(compress(body, 'br')).equals(body)).toBe(true);
        expect(gunzipSync(compress(body, 'gzip')).equals(body)).toBe(true);
        expect(compress(body, 'identity')).toBe(body);
      }),
      { numRuns: 50 },
    );
    const page = Buffer.from('<p>The same words again. </p>'.repeat(200));
    expect(compress(page, 'br').length).toBeLessThan(page.length / 10);
  });
});

describe('isCompressible', () => {
  it('compresses text, scripts, JSON and SVG, not images, fonts or WebAssembly', () => {
    for (const type of ['text/html; charset=utf-8', 'text/css', 'text/javascript; charset=utf-8', 'application/json', 'image/svg+xml', 'application/xml']) expect(isCompressible(type), type).toBe(true);
    for (const type of ['image/png', 'font/woff2', 'application/wasm', 'application/octet-stream']) expect(isCompressible(type), type).toBe(false);
  });
});

describe('floorHtml: the page without stylesheets or scripts', () => {
  const page = [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="x">',
    '<script>try{1}catch{}</script><style>body{color:red}</style><link rel="stylesheet" href="/_astro/a.css">',
    '<link rel="icon" href="/favicon.svg"><link rel=modulepreload href="/_astro/b.js"></head>',
    '<body><h1>Title</h1><p>Words <code>&lt;script&gt;</code></p>',
    '<template data-on-demand="search"><link rel="stylesheet" href="/_astro/s.css"><script type="module" src="/_astro/s.js"></script></template>',
    '<astro-island uid="1"><form><p>Question</p></form></astro-island>',
    '<script type="module">let a = "</p>";</script>',
    '<SCRIPT>x()</SCRIPT ></body></html>',
  ].join('');
  const floor = floorHtml(page);

  it('removes every script, style and linked stylesheet, inline or waiting in a template', () => {
    expect(floor).not.toMatch(/<script|<style|rel="?stylesheet|modulepreload/i);
  });

  it('keeps the content, the markup around it, the policy and the other links', () => {
    expect(floor).toContain('<h1>Title</h1><p>Words <code>&lt;script&gt;</code></p>');
    expect(floor).toContain('<astro-island uid="1"><form><p>Question</p></form></astro-island>');
    expect(floor).toContain('<meta http-equiv="content-security-policy" content="x">');
    expect(floor).toContain('<link rel="icon" href="/favicon.svg">');
    expect(floor).toContain('<template data-on-demand="search"></template>');
    expect(floor.endsWith('</body></html>')).toBe(true);
  });

  it('leaves a page without scripts or styles as it is, and is idempotent', () => {
    expect(floorHtml('<p>plain</p>')).toBe('<p>plain</p>');
    expect(floorHtml(floor)).toBe(floor);
  });
});
