import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kindOf, resourceKinds, sumBytes, type ResponseSize } from '../../bench/bytes.ts';

describe('kindOf: a response by its Content-Type', () => {
  it('sorts the types the site serves', () => {
    expect(kindOf('text/html; charset=utf-8', 'http://x/a/')).toBe('html');
    expect(kindOf('text/css; charset=utf-8', 'http://x/a.css')).toBe('css');
    expect(kindOf('text/javascript; charset=utf-8', 'http://x/a.js')).toBe('js');
    expect(kindOf('application/javascript', 'http://x/a')).toBe('js');
    expect(kindOf('image/svg+xml', 'http://x/favicon.svg')).toBe('other');
    expect(kindOf('application/wasm', 'http://x/pagefind/wasm.en.pagefind')).toBe('other');
    expect(kindOf('application/json', 'http://x/a.json')).toBe('other');
  });

  it('goes by the type over the extension, ignoring case and parameters', () => {
    expect(kindOf('TEXT/CSS', 'http://x/a.js')).toBe('css');
    expect(kindOf(' text/html ;charset=utf-8', 'http://x/a.css')).toBe('html');
    expect(kindOf('application/octet-stream', 'http://x/a.js')).toBe('other');
  });

  it('falls back on the extension only without a type', () => {
    expect(kindOf(undefined, 'http://x/_astro/a.B1.js?v=1')).toBe('js');
    expect(kindOf('', 'http://x/a.MJS')).toBe('js');
    expect(kindOf(undefined, 'http://x/a.css')).toBe('css');
    expect(kindOf(undefined, 'http://x/a/index.html')).toBe('html');
    expect(kindOf(undefined, 'http://x/a/')).toBe('other');
    expect(kindOf(undefined, 'http://x/a.png')).toBe('other');
  });
});

describe('sumBytes: totals by kind', () => {
  const response = (kind: ResponseSize['kind'], raw: number, sent: number): ResponseSize => ({ url: `http://x/${kind}`, kind, raw, sent, encoding: 'gzip' });

  it('adds each kind and the total, counting requests', () => {
    const sums = sumBytes([response('html', 1000, 400), response('js', 300, 200), response('js', 50, 60), response('other', 7, 27)]);
    expect(sums.html).toEqual({ raw: 1000, sent: 400, requests: 1 });
    expect(sums.css).toEqual({ raw: 0, sent: 0, requests: 0 });
    expect(sums.js).toEqual({ raw: 350, sent: 260, requests: 2 });
    expect(sums.other).toEqual({ raw: 7, sent: 27, requests: 1 });
    expect(sums.total).toEqual({ raw: 1357, sent: 687, requests: 4 });
  });

  it('has zero everywhere for no responses', () => {
    const sums = sumBytes([]);
    for (const key of [...resourceKinds, 'total'] as const) expect(sums[key]).toEqual({ raw: 0, sent: 0, requests: 0 });
  });

  it('refuses what is not a byte count', () => {
    expect(() => sumBytes([response('css', -1, 0)])).toThrow(/byte count/);
    expect(() => sumBytes([response('css', 1.5, 0)])).toThrow(/byte count/);
    expect(() => sumBytes([response('css', 1, Number.NaN)])).toThrow(/byte count/);
  });

  it('makes the total the sum of the kinds, whatever the responses', () => {
    const arbitraryResponse = fc.record({
      url: fc.constant('http://x/'),
      kind: fc.constantFrom(...resourceKinds),
      raw: fc.nat(1_000_000),
      sent: fc.nat(1_000_000),
      encoding: fc.constantFrom('gzip', 'br', 'identity'),
    });
    fc.assert(
      fc.property(fc.array(arbitraryResponse), (responses) => {
        const sums = sumBytes(responses);
        for (const field of ['raw', 'sent', 'requests'] as const) {
          expect(resourceKinds.reduce((sum, kind) => sum + sums[kind][field], 0)).toBe(sums.total[field]);
        }
        expect(sums.total.requests).toBe(responses.length);
      }),
    );
  });
});
