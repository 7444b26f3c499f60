import { describe, expect, it } from 'vitest';
import { bookletHref, bookletPart, scopedId } from '../../../src/lib/guide/booklet.ts';

const elementIds = new Set(['trait-2', 'step-1']);
const parts = new Set(['traits', 'path']);
const options = { slug: 'traits', base: '/', parts, elementIds, shortAddress: (id: string) => `https://example.org/to/${id}/` };

describe('the booklet: one guide page among others', () => {
  it('scopes heading ids to their part, keeping the permanent ids of elements', () => {
    expect(scopedId('traits', 'in-short', elementIds)).toBe('traits--in-short');
    expect(scopedId('traits', 'trait-2', elementIds)).toBe('trait-2');
  });

  it('keeps links to the parts it holds inside the booklet, and leaves every other link alone', () => {
    expect(bookletHref('/traits/', options)).toBe('#part-traits');
    expect(bookletHref('/path/#step-1', options)).toBe('#step-1');
    expect(bookletHref('/path/#which-step-comes-first', options)).toBe('#path--which-step-comes-first');
    expect(bookletHref('#in-short', options)).toBe('#traits--in-short');
    expect(bookletHref('/assess/', options)).toBe('/assess/');
    expect(bookletHref('https://example.org/traits/', options)).toBe('https://example.org/traits/');
    expect(bookletHref('/guide/traits/', { ...options, base: '/guide/' })).toBe('#part-traits');
    expect(bookletHref('/traits/', { ...options, base: '/guide/' })).toBe('/traits/');
  });

  it('rewrites ids, references, links and heading levels, and adds each element its short address', () => {
    const html =
      '<div class="heading-wrap"><h2 id="in-short">In short</h2><a class="heading-link" href="#in-short" data-copy-link>#</a></div>' +
      '<section class="element" data-element="trait-2" aria-labelledby="trait-2"><div class="heading-wrap"><h3 id="trait-2">Trait 2</h3><a class="heading-link" href="#trait-2" data-copy-link><span>#</span></a></div><p>See <a href="/path/#step-1">step 1</a>.</p></section>' +
      '<p data-id="x" aria-describedby="in-short">x</p>';
    const out = bookletPart(html, { ...options, shiftHeadings: true });
    expect(out).toContain('<h3 id="traits--in-short">In short</h3>');
    expect(out).toContain('href="#traits--in-short"');
    expect(out).toContain('<h4 id="trait-2">Trait 2</h4>');
    expect(out).toContain('aria-labelledby="trait-2"');
    expect(out).toContain('aria-describedby="traits--in-short"');
    expect(out).toContain('data-id="x"');
    expect(out).toContain('<a href="#step-1">step 1</a>');
    expect(out).toContain('</div><p class="element-address">Short address: <a href="https://example.org/to/trait-2/">https://example.org/to/trait-2/</a></p><p>See');
    expect(out.match(/element-address/g)).toHaveLength(1);
  });
});
