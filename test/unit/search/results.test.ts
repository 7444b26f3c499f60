import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PagefindResultData, PagefindSubResult } from '../../../src/lib/search/pagefind.ts';
import { pagefindScriptUrl, siteRoot } from '../../../src/lib/search/pagefind.ts';
import {
  bestHit,
  excerptParts,
  groupResults,
  kindChoices,
  resultsMessage,
  tidyExcerpt,
} from '../../../src/lib/search/results.ts';

const sub = (url: string, title: string, score: number, excerpt = `about <mark>${title}</mark>`): PagefindSubResult => ({
  url,
  title,
  excerpt,
  weighted_locations: [{ weight: 1, balanced_score: score, location: 0 }],
});

const page = (url: string, title: string, subs: PagefindSubResult[], kind = 'Guide'): PagefindResultData => ({
  url,
  excerpt: `${title} <mark>page</mark>`,
  meta: { title },
  filters: { kind: [kind] },
  sub_results: subs,
});

describe('groupResults', () => {
  const traits = page('/traits/', 'The five traits', [
    sub('/traits/', 'The five traits', 5),
    sub('/traits/#trait-1', 'Trait 1: Group first', 10),
    sub('/traits/#trait-2', 'Trait 2: Difference valued over similarity', 90),
    sub('/traits/#trait-3', 'Trait 3: Learning valued', 10),
  ]);
  const options = page('/assess/which-option/', 'Which option fits', [], 'Assessment');

  it('keeps the order of pages and puts the best section of each page first', () => {
    const groups = groupResults([traits, options], { maxHitsPerPage: 10 });
    expect(groups.map((group) => group.title)).toEqual(['The five traits', 'Which option fits']);
    expect(groups[0]?.hits.map((hit) => hit.url)).toEqual(['/traits/#trait-2', '/traits/#trait-1', '/traits/#trait-3', '/traits/']);
  });

  it('breaks ties by the order on the page', () => {
    const [group] = groupResults([page('/p/', 'P', [sub('/p/#b', 'B', 1), sub('/p/#a', 'A', 1)])], { maxHitsPerPage: 5 });
    expect(group?.hits.map((hit) => hit.title)).toEqual(['B', 'A']);
  });

  // Issue 20, item 23: no hit is called "Top of the page"; the page's title says where it leads.
  it("names the text before the first heading by the page's title", () => {
    const [group] = groupResults([traits], { maxHitsPerPage: 10 });
    expect(group?.hits.at(-1)).toMatchObject({ url: '/traits/', title: 'The five traits' });
  });

  it('gives a page without sections one hit: the page itself', () => {
    const [, group] = groupResults([traits, options], { maxHitsPerPage: 3 });
    expect(group).toMatchObject({ url: '/assess/which-option/', kind: 'Assessment', moreHits: 0 });
    expect(group?.hits).toEqual([{ url: '/assess/which-option/', title: 'Which option fits', excerpt: 'Which option fits <mark>page</mark>' }]);
  });

  it('lists at most the given number of sections and counts the rest', () => {
    const [group] = groupResults([traits], { maxHitsPerPage: 2 });
    expect(group?.hits).toHaveLength(2);
    expect(group?.moreHits).toBe(2);
    // The rest are there to follow, in rank order, not just counted (issue 20, item 23).
    expect(group?.more.map((hit) => hit.url)).toEqual(['/traits/#trait-3', '/traits/']);
  });

  it('ranks by marked words when Pagefind gives no scores', () => {
    const plain = (url: string, excerpt: string): PagefindSubResult => ({ url, title: url, excerpt });
    const [group] = groupResults([page('/p/', 'P', [plain('/p/#one', 'one <mark>a</mark>'), plain('/p/#two', '<mark>a</mark> <mark>b</mark>')])], { maxHitsPerPage: 5 });
    expect(group?.hits[0]?.url).toBe('/p/#two');
  });

  it('falls back to the URL for a page without a title', () => {
    const [group] = groupResults([{ url: '/x/', excerpt: '', meta: {} }], { maxHitsPerPage: 3 });
    expect(group).toMatchObject({ title: '/x/', kind: undefined });
  });

  it('never loses or invents a section', () => {
    const subArb = fc.record({ id: fc.stringMatching(/^[a-z]{1,8}$/), score: fc.double({ min: 0, max: 1e6, noNaN: true }) });
    fc.assert(
      fc.property(fc.uniqueArray(subArb, { selector: (s) => s.id, maxLength: 12 }), fc.integer({ min: 1, max: 6 }), (subs, max) => {
        const [group] = groupResults([page('/p/', 'P', subs.map((s) => sub(`/p/#${s.id}`, s.id, s.score)))], { maxHitsPerPage: max });
        const total = Math.max(subs.length, 1);
        expect((group?.hits.length ?? 0) + (group?.moreHits ?? 0)).toBe(total);
        expect(new Set([...(group?.hits ?? []), ...(group?.more ?? [])].map((hit) => hit.url)).size).toBe(total);
        expect(group?.hits.length).toBe(Math.min(total, max));
      }),
    );
  });
});

describe('bestHit', () => {
  it('is the best section of the first page, and nothing without results', () => {
    const groups = groupResults(
      [page('/traits/', 'Traits', [sub('/traits/#trait-1', 'T1', 1), sub('/traits/#trait-2', 'T2', 2)]), page('/path/', 'Path', [sub('/path/#step-1', 'S1', 100)])],
      { maxHitsPerPage: 4 },
    );
    expect(bestHit(groups)?.url).toBe('/traits/#trait-2');
    expect(bestHit([])).toBeUndefined();
  });
});

describe('tidyExcerpt', () => {
  it("drops the indexed id in front of an element's heading", () => {
    expect(tidyExcerpt('trait-2. Trait 2: Difference <mark>valued</mark>')).toBe('Trait 2: Difference <mark>valued</mark>');
    expect(tidyExcerpt('later. step-1. <mark>Step</mark> 1: Hit a difficulty')).toBe('later. <mark>Step</mark> 1: Hit a difficulty');
  });

  it('keeps the id when it is what matched, and ids in running text', () => {
    expect(tidyExcerpt('<mark>trait-2.</mark> Trait 2: Difference')).toBe('<mark>trait-2.</mark> Trait 2: Difference');
    expect(tidyExcerpt('see /to/trait-4/ for more')).toBe('see /to/trait-4/ for more');
    expect(tidyExcerpt('trait-2. Options follow')).toBe('trait-2. Options follow');
  });
});

describe('excerptParts', () => {
  it('splits at the marks', () => {
    expect(excerptParts('a <mark>b</mark> c')).toEqual([
      { text: 'a ', marked: false },
      { text: 'b', marked: true },
      { text: ' c', marked: false },
    ]);
  });

  it('turns escaped page text back into text, never into markup', () => {
    expect(excerptParts('Code &lt;b&gt;<mark>bold</mark> &amp; "quoted"&lt;/b&gt;')).toEqual([
      { text: 'Code <b>', marked: false },
      { text: 'bold', marked: true },
      { text: ' & "quoted"</b>', marked: false },
    ]);
    expect(excerptParts('<img src=x onerror=alert(1)>')).toEqual([{ text: '<img src=x onerror=alert(1)>', marked: false }]);
  });

  it('leaves the punctuation that Pagefind marks with a word unmarked', () => {
    expect(excerptParts('values <mark>difference,</mark> rules')).toEqual([
      { text: 'values ', marked: false },
      { text: 'difference', marked: true },
      { text: ', rules', marked: false },
    ]);
    expect(excerptParts('<mark>trait-2.</mark> Trait')).toEqual([
      { text: 'trait-2', marked: true },
      { text: '. Trait', marked: false },
    ]);
  });

  it('joins neighboring parts of the same kind and skips empty ones', () => {
    expect(excerptParts('<mark>a</mark><mark>b</mark>')).toEqual([{ text: 'ab', marked: true }]);
    expect(excerptParts('')).toEqual([]);
  });

  it('keeps all the text of any excerpt', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.stringMatching(/^[^<&]*$/), fc.boolean()), { maxLength: 8 }), (pieces) => {
        const excerpt = pieces.map(([text, marked]) => (marked ? `<mark>${text}</mark>` : text)).join('');
        const parts = excerptParts(excerpt);
        expect(parts.map((part) => part.text).join('')).toBe(pieces.map(([text]) => text).join(''));
        parts.forEach((part, index) => {
          expect(part.text).not.toBe('');
          expect(part.marked).not.toBe(parts[index + 1]?.marked);
        });
      }),
    );
  });
});

describe('resultsMessage', () => {
  const groups = groupResults(
    [page('/a/', 'A', [sub('/a/#x', 'X', 1), sub('/a/#y', 'Y', 1)]), page('/b/', 'B', [])],
    { maxHitsPerPage: 1 },
  );

  it('counts pages and places, including the ones not listed', () => {
    expect(resultsMessage(groups, 'angst', undefined)).toBe('2 pages, 3 places found for "angst".');
    expect(resultsMessage(groups.slice(1), 'angst', undefined)).toBe('1 page, 1 place found for "angst".');
  });

  it('says plainly when nothing matched, and where it looked', () => {
    expect(resultsMessage([], 'zzyzx', undefined)).toMatch(/^No results for "zzyzx"\./);
    expect(resultsMessage([], 'zzyzx', 'Assessment')).toMatch(/^No results for "zzyzx" among Assessment pages\./);
  });
});

describe('kindChoices', () => {
  it('offers the kinds with most pages first, and nothing for no filter', () => {
    expect(kindChoices({ Assessment: 3, Guide: 6 })).toEqual(['Guide', 'Assessment']);
    expect(kindChoices({ B: 1, A: 1 })).toEqual(['A', 'B']);
    expect(kindChoices(undefined)).toEqual([]);
  });
});

describe('pagefind bundle location', () => {
  it('follows the base path', () => {
    expect(pagefindScriptUrl('/')).toBe('/pagefind/pagefind.js');
    expect(pagefindScriptUrl('/guide/')).toBe('/guide/pagefind/pagefind.js');
    expect(pagefindScriptUrl('/guide')).toBe('/guide/pagefind/pagefind.js');
    expect(siteRoot('/guide')).toBe('/guide/');
  });
});
