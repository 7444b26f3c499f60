import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inReadingOrder, neighbors, type GuideLink } from '../../../src/lib/guide/order.ts';

const page = (slug: string, order: number): GuideLink => ({ slug, title: `Title of ${slug}`, order });

/** Guide pages with unique slugs and small orders, so that ties happen often. */
const pagesArb = fc.uniqueArray(
  fc.record({ slug: fc.stringMatching(/^[a-z][a-z-]{0,8}$/), title: fc.string(), order: fc.integer({ min: 0, max: 4 }) }),
  { selector: (p) => p.slug, maxLength: 12 },
);

describe('inReadingOrder', () => {
  it('sorts by order, then by slug', () => {
    const pages = [page('traits', 3), page('path', 1), page('', 0), page('spread', 2), page('options', 3)];
    expect(inReadingOrder(pages).map((p) => p.slug)).toEqual(['', 'path', 'spread', 'options', 'traits']);
  });

  it('does not change the array it is given', () => {
    const pages = [page('b', 2), page('a', 1)];
    const copy = structuredClone(pages);
    inReadingOrder(pages);
    expect(pages).toEqual(copy);
  });

  it('returns a permutation in non-decreasing order, ties alphabetical', () => {
    fc.assert(
      fc.property(pagesArb, (pages) => {
        const ordered = inReadingOrder(pages);
        expect([...ordered].map((p) => p.slug).sort()).toEqual(pages.map((p) => p.slug).sort());
        for (let i = 1; i < ordered.length; i++) {
          const [before, after] = [ordered[i - 1]!, ordered[i]!];
          expect(before.order < after.order || (before.order === after.order && before.slug.localeCompare(after.slug) <= 0)).toBe(true);
        }
      }),
    );
  });

  it('does not depend on the order pages come in', () => {
    fc.assert(
      fc.property(pagesArb.chain((pages) => fc.tuple(fc.constant(pages), fc.shuffledSubarray(pages, { minLength: pages.length, maxLength: pages.length }))), ([pages, shuffled]) => {
        expect(inReadingOrder(shuffled)).toEqual(inReadingOrder(pages));
      }),
    );
  });
});

describe('neighbors', () => {
  const guide = [page('', 0), page('path', 1), page('spread', 2), page('traits', 3), page('options', 4), page('about', 5)];

  it('gives the pages before and after in reading order', () => {
    expect(neighbors(guide, 'spread')).toEqual({ previous: guide[1], next: guide[3] });
  });

  it('leaves out "previous" on the first page and "next" on the last', () => {
    const first = neighbors(guide, '');
    expect('previous' in first).toBe(false);
    expect(first.next?.slug).toBe('path');
    const last = neighbors(guide, 'about');
    expect('next' in last).toBe(false);
    expect(last.previous?.slug).toBe('options');
  });

  it('gives nothing for a page that is not in the guide', () => {
    expect(neighbors(guide, 'nowhere')).toEqual({});
  });

  it('links every page to the next and back, in reading order', () => {
    fc.assert(
      fc.property(pagesArb, (pages) => {
        const ordered = inReadingOrder(pages);
        ordered.forEach((current, index) => {
          const { previous, next } = neighbors(pages, current.slug);
          expect(previous).toBe(ordered[index - 1]);
          expect(next).toBe(ordered[index + 1]);
          if (next) expect(neighbors(pages, next.slug).previous).toBe(current);
          if (previous) expect(neighbors(pages, previous.slug).next).toBe(current);
        });
      }),
    );
  });

  it('walking "next" from the first page visits every page once', () => {
    fc.assert(
      fc.property(pagesArb.filter((pages) => pages.length > 0), (pages) => {
        const visited: string[] = [];
        let current: GuideLink | undefined = inReadingOrder(pages)[0];
        while (current && visited.length <= pages.length) {
          visited.push(current.slug);
          current = neighbors(pages, current.slug).next;
        }
        expect(visited).toEqual(inReadingOrder(pages).map((p) => p.slug));
      }),
    );
  });
});
