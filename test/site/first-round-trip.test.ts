import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compress } from '../bench/host-rules.ts';
import { distDir, htmlPages } from '../helpers/dist.ts';

/**
 * A new connection's first round trip carries about 14.6 KB (TCP's initial window of ten segments,
 * which Lighthouse's simulation of a slow phone uses too). A page whose HTML fits in it, response
 * headers included, can paint after one round trip; a page that does not waits a whole round trip
 * more (about 150 ms on slow 4G). Headers vary by host: 600 bytes is kept for them.
 */
const initialWindow = 10 * 1460;
const headerAllowance = 600;
const budget = initialWindow - headerAllowance;

describe('every page fits in the first round trip of a new connection', () => {
  it.each(htmlPages())('%s, brotli-compressed as a host serves it', (file) => {
    const bytes = compress(readFileSync(join(distDir, file)), 'br').length;
    expect(
      bytes,
      `${file} is ${bytes} bytes brotli-compressed, over the ${budget} that leave room for headers in the first ${initialWindow} bytes: move what is below the first screen to a page of its own, or trim the page's styles`,
    ).toBeLessThanOrEqual(budget);
  });
});
