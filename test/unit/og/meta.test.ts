import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ogImageAlt, ogImageKey, ogImageMeta, ogImagePath, ogImagesEnabled } from '../../../src/lib/og/meta.ts';

const segment = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,11}$/);
const baseArb = fc.oneof(
  fc.constant('/'),
  fc.array(segment, { minLength: 1, maxLength: 3 }).chain((parts) => fc.constantFrom(`/${parts.join('/')}/`, `/${parts.join('/')}`)),
);
const rootOf = (base: string) => (base.endsWith('/') ? base : `${base}/`);

describe('ogImageKey', () => {
  it('names the image after the page’s path', () => {
    expect(ogImageKey('/', '/')).toBe('index');
    expect(ogImageKey('/traits/', '/')).toBe('traits');
    expect(ogImageKey('/traits', '/')).toBe('traits');
    expect(ogImageKey('/to/trait-4/', '/')).toBe('to/trait-4');
    expect(ogImageKey('/assess/', '/')).toBe('assess');
    expect(ogImageKey('/404', '/')).toBe('404');
    expect(ogImageKey('/404.html', '/')).toBe('404');
    expect(ogImageKey('/index.html', '/')).toBe('index');
  });

  it('leaves the base path out, with or without its trailing slash', () => {
    fc.assert(
      fc.property(baseArb, fc.array(segment, { maxLength: 3 }), fc.boolean(), (base, parts, slash) => {
        const path = parts.join('/');
        const pathname = `${rootOf(base)}${path}${slash && path !== '' ? '/' : ''}`;
        expect(ogImageKey(pathname, base)).toBe(path === '' ? 'index' : path);
        if (path === '') expect(ogImageKey(rootOf(base).replace(/\/$/, '') || '/', base)).toBe('index');
      }),
    );
  });

  it('refuses a path it cannot name a file after', () => {
    expect(() => ogImageKey('/Weird Page/', '/')).toThrow(/No preview image name for the page at "\/Weird Page\/"/);
  });
});

describe('ogImageMeta', () => {
  it('gives an absolute URL on the site, under the base path', () => {
    fc.assert(
      fc.property(baseArb, fc.array(segment, { maxLength: 3 }), (base, parts) => {
        const pathname = `${rootOf(base)}${parts.join('/')}`;
        const meta = ogImageMeta({ pathname, base, site: 'https://example.org', title: 'T', siteName: 'Site' });
        const url = new URL(meta.url);
        expect(url.origin).toBe('https://example.org');
        expect(url.pathname).toBe(`${rootOf(base)}og/${parts.length === 0 ? 'index' : parts.join('/')}.png`);
        expect(meta).toMatchObject({ width: 1200, height: 630 });
      }),
    );
    expect(ogImagePath('/guide', 'to/step-1')).toBe('/guide/og/to/step-1.png');
  });

  it('describes the image: the page’s title, or the model at a glance on the home page', () => {
    expect(ogImageAlt('to/trait-4', 'Trait 4: Unafraid to be themselves', 'Field guide to X')).toBe('Trait 4: Unafraid to be themselves, from the field guide to X.');
    expect(ogImageAlt('index', 'Field guide to X', 'Field guide to X')).toMatch(/^Field guide to X: the model at a glance, with the five steps .* and the three options\.$/);
  });
});

describe('ogImagesEnabled', () => {
  it('is on unless OG_IMAGES turns it off', () => {
    expect(ogImagesEnabled({})).toBe(true);
    expect(ogImagesEnabled({ OG_IMAGES: 'on' })).toBe(true);
    for (const off of ['off', 'OFF', '0', 'false', ' off ']) expect(ogImagesEnabled({ OG_IMAGES: off })).toBe(false);
  });
});
