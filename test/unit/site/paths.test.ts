import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elementHref, fileHref, pageHref, permalinkHref, withBase } from '../../../src/lib/site/paths.ts';

/** Base paths as Astro hands them over: "/", "/guide/", and the same without a trailing slash. */
const segment = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,11}$/);
const baseArb = fc.oneof(
  fc.constant('/'),
  fc.array(segment, { minLength: 1, maxLength: 3 }).chain((parts) => fc.constantFrom(`/${parts.join('/')}/`, `/${parts.join('/')}`)),
);
const slugArb = segment.filter((slug) => slug !== 'index');
const rootOf = (base: string) => (base.endsWith('/') ? base : `${base}/`);

describe('pageHref', () => {
  it('joins base and slug into a root-relative URL', () => {
    expect(pageHref('/', 'path')).toBe('/path/');
    expect(pageHref('/guide/', 'traits')).toBe('/guide/traits/');
    expect(pageHref('/guide', 'traits')).toBe('/guide/traits/');
  });

  it('sends the empty slug and "index" to the home page', () => {
    expect(pageHref('/', '')).toBe('/');
    expect(pageHref('/', 'index')).toBe('/');
    expect(pageHref('/guide/', '')).toBe('/guide/');
    expect(pageHref('/guide', 'index')).toBe('/guide/');
  });

  it('tolerates slashes around the slug', () => {
    expect(pageHref('/', '/options/')).toBe('/options/');
    expect(pageHref('/guide/', '//about')).toBe('/guide/about/');
  });

  it('always starts with the base, ends with "/" and never doubles a slash', () => {
    fc.assert(
      fc.property(baseArb, fc.oneof(slugArb, fc.constant(''), fc.constant('index')), (base, slug) => {
        const href = pageHref(base, slug);
        expect(href.startsWith(rootOf(base))).toBe(true);
        expect(href.endsWith('/')).toBe(true);
        expect(href).not.toContain('//');
      }),
    );
  });

  it('keeps the slug as the last path segment', () => {
    fc.assert(
      fc.property(baseArb, slugArb, (base, slug) => {
        expect(pageHref(base, slug)).toBe(`${rootOf(base)}${slug}/`);
      }),
    );
  });
});

describe('fileHref', () => {
  it('puts a file at the root of the site, with or without a trailing slash on the base', () => {
    expect(fileHref('/', '404.html')).toBe('/404.html');
    expect(fileHref('/sub/', '404.html')).toBe('/sub/404.html');
    expect(fileHref('/sub', '404.html')).toBe('/sub/404.html');
    expect(new URL(fileHref('/sub', '404.html'), 'https://example.org').href).toBe('https://example.org/sub/404.html');
  });

  it('is the file under the base, never doubling a slash', () => {
    fc.assert(
      fc.property(baseArb, fc.stringMatching(/^\/?[a-z0-9-]{1,12}\.(html|xml|txt)$/), (base, file) => {
        const href = fileHref(base, file);
        expect(href).toBe(`${rootOf(base)}${file.replace(/^\//, '')}`);
        expect(href).not.toContain('//');
      }),
    );
  });
});

describe('elementHref', () => {
  it('is the element page plus the id as hash', () => {
    expect(elementHref('/', { id: 'step-3', page: 'path' })).toBe('/path/#step-3');
    expect(elementHref('/guide/', { id: 'option-2', page: 'options' })).toBe('/guide/options/#option-2');
  });

  it('always parses back to the page and the id', () => {
    fc.assert(
      fc.property(baseArb, slugArb, fc.stringMatching(/^(step|trait|option|response)-[1-9]$/), (base, page, id) => {
        const url = new URL(elementHref(base, { id, page }), 'https://example.org');
        expect(url.pathname).toBe(pageHref(base, page));
        expect(url.hash).toBe(`#${id}`);
      }),
    );
  });
});

describe('permalinkHref', () => {
  it('is /to/<id>/ under the base', () => {
    expect(permalinkHref('/', 'option-2')).toBe('/to/option-2/');
    expect(permalinkHref('/guide/', 'step-1')).toBe('/guide/to/step-1/');
    expect(permalinkHref('/guide', 'trait-5')).toBe('/guide/to/trait-5/');
  });
});

describe('withBase', () => {
  it('puts the base before root-relative links', () => {
    expect(withBase('/guide/', '/traits/')).toBe('/guide/traits/');
    expect(withBase('/guide', '/traits/#trait-2')).toBe('/guide/traits/#trait-2');
    expect(withBase('/guide/', '/')).toBe('/guide/');
  });

  it('changes nothing under the root base', () => {
    expect(withBase('/', '/traits/')).toBe('/traits/');
  });

  it('leaves relative, fragment, protocol-relative and absolute links alone', () => {
    for (const href of ['traits/', '../', '#step-1', '//example.org/x', 'https://example.org/', 'mailto:a@example.org']) {
      expect(withBase('/guide/', href)).toBe(href);
    }
  });

  it('does not add the base twice', () => {
    expect(withBase('/guide/', '/guide/traits/')).toBe('/guide/traits/');
  });

  it('is idempotent and always lands under the base', () => {
    fc.assert(
      fc.property(baseArb, fc.array(segment, { maxLength: 3 }), (base, parts) => {
        const href = `/${parts.map((p) => `${p}/`).join('')}`;
        const once = withBase(base, href);
        expect(withBase(base, once)).toBe(once);
        expect(once.startsWith(rootOf(base))).toBe(true);
      }),
    );
  });
});
