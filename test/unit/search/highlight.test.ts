import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightHref, highlightParam, matchRanges, termStem, termsToHighlight, withoutHighlight } from '../../../src/lib/search/highlight.ts';
import { queryTerms } from '../../../src/lib/search/query.ts';

const slice = (text: string, ranges: { start: number; end: number }[]) => ranges.map(({ start, end }) => text.slice(start, end));

describe('highlightHref', () => {
  it('puts the terms before the hash, so the browser still scrolls to the section', () => {
    expect(highlightHref('/traits/#trait-2', ['difference', 'valued'])).toBe('/traits/?highlight=difference+valued#trait-2');
    expect(highlightHref('/guide/options/', ['angst'])).toBe('/guide/options/?highlight=angst');
  });

  it('keeps an existing query and replaces an old highlight', () => {
    expect(highlightHref('/a/?x=1&highlight=old#h', ['new'])).toBe('/a/?x=1&highlight=new#h');
  });

  it('leaves the URL alone when there is nothing to highlight', () => {
    expect(highlightHref('/traits/#trait-2', [])).toBe('/traits/#trait-2');
  });

  it('round-trips any terms through the address', () => {
    const term = fc.stringMatching(/^[\p{L}\p{N}][\p{L}\p{N}'’-]{0,10}[\p{L}\p{N}]$/u).map((word) => word.toLocaleLowerCase('en'));
    fc.assert(
      fc.property(fc.uniqueArray(term, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '#trait-2', '#x'), (terms, hash) => {
        const href = highlightHref(`/guide/page/${hash}`, terms);
        const url = new URL(href, 'https://example.org');
        expect(url.pathname).toBe('/guide/page/');
        expect(url.hash).toBe(hash);
        expect(termsToHighlight(url.search)).toEqual(terms);
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

  it('keeps the combining dot of "İ" lower-cased (the counterexample that once failed)', () => {
    const terms = queryTerms('aİ');
    expect(terms).toEqual(['ai\u0307']);
    expect(termsToHighlight(new URL(highlightHref('/p/', terms), 'https://example.org').search)).toEqual(terms);
  });

  it('round-trips the terms of whatever a reader types, in any script', () => {
    const typed = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ maxLength: 120 }));
    fc.assert(
      fc.property(typed, (query) => {
        const terms = queryTerms(query);
        const url = new URL(highlightHref('/guide/page/#x', terms), 'https://example.org');
        expect(termsToHighlight(url.search)).toEqual(terms);
      }),
      { numRuns: 2000 },
    );
    // Many runs of long random strings: on a busy two-core machine this takes a few seconds.
  }, 30_000);

  it('finds a word whatever its normalisation: "é" as one character or as "e" and a combining accent', () => {
    expect(matchRanges('Caf\u00e9 life', queryTerms('cafe\u0301'))).toEqual([{ start: 0, end: 4 }]);
    expect(matchRanges('Cafe\u0301 life', queryTerms('caf\u00e9'))).toEqual([{ start: 0, end: 5 }]);
  });
});

describe('termsToHighlight and withoutHighlight', () => {
  it('reads the terms, and none without the parameter', () => {
    expect(termsToHighlight('?highlight=Difference+valued')).toEqual(['difference', 'valued']);
    expect(termsToHighlight('?other=1')).toEqual([]);
    expect(termsToHighlight('')).toEqual([]);
  });

  it('removes only the highlight parameter and keeps the hash', () => {
    expect(withoutHighlight(`https://example.org/guide/traits/?${highlightParam}=x&keep=1#trait-2`)).toBe('https://example.org/guide/traits/?keep=1#trait-2');
    expect(withoutHighlight('https://example.org/traits/?highlight=x#trait-2')).toBe('https://example.org/traits/#trait-2');
  });
});

describe('termStem', () => {
  it('looks past common English endings, as stemming search does', () => {
    expect(termStem('valued')).toBe('valu');
    expect(termStem('Groups')).toBe('group');
    expect(termStem('learning')).toBe('learn');
  });

  it('keeps short terms whole', () => {
    expect(termStem('is')).toBe('is');
    expect(termStem('uses')).toBe('uses');
    expect(termStem('red')).toBe('red');
  });
});

describe('matchRanges', () => {
  it('finds whole words that start with a term, ignoring case', () => {
    const text = 'Difference valued over similarity; members value what is different.';
    expect(slice(text, matchRanges(text, ['differ']))).toEqual(['Difference', 'different']);
    expect(slice(text, matchRanges(text, ['valued']))).toEqual(['valued', 'value']);
  });

  it('does not match inside a word', () => {
    expect(matchRanges('undifferentiated', ['differ'])).toEqual([]);
  });

  it('keeps hyphenated words and ids together', () => {
    const text = 'See trait-2 and self-organizing groups.';
    expect(slice(text, matchRanges(text, ['trait-2']))).toEqual(['trait-2']);
    expect(slice(text, matchRanges(text, ['self']))).toEqual(['self-organizing']);
  });

  it('finds nothing for no terms', () => {
    expect(matchRanges('anything at all', [])).toEqual([]);
  });

  it('returns ranges in order, inside the text, each covering a matching word', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 3 }), (text, terms) => {
        let previousEnd = 0;
        for (const { start, end } of matchRanges(text, terms)) {
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          const word = text.slice(start, end).toLocaleLowerCase('en');
          expect(terms.some((term) => word.startsWith(termStem(term)))).toBe(true);
          previousEnd = end;
        }
      }),
    );
  });
});
