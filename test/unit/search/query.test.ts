import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxQueryLength, normaliseQuery, queryTerms } from '../../../src/lib/search/query.ts';

describe('normaliseQuery', () => {
  it('trims and collapses white space', () => {
    expect(normaliseQuery('  learning \n valued\t over ')).toBe('learning valued over');
    expect(normaliseQuery(' \t\n')).toBe('');
  });

  it('caps the length without leaving a trailing space', () => {
    expect(normaliseQuery('a'.repeat(500))).toHaveLength(maxQueryLength);
    expect(normaliseQuery(`${'a'.repeat(maxQueryLength - 1)} b`)).toBe('a'.repeat(maxQueryLength - 1));
  });

  it('is idempotent and never longer than the cap', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        const once = normaliseQuery(raw);
        expect(normaliseQuery(once)).toBe(once);
        expect(once.length).toBeLessThanOrEqual(maxQueryLength);
        expect(once).toBe(once.trim());
      }),
    );
  });
});

describe('queryTerms', () => {
  it('lower-cases and strips the punctuation around words, keeping inner hyphens', () => {
    expect(queryTerms('“Angst”, Difference!')).toEqual(['angst', 'difference']);
    expect(queryTerms('trait-2')).toEqual(['trait-2']);
    expect(queryTerms('(step-1)')).toEqual(['step-1']);
  });

  it('lists each term once and drops pure punctuation', () => {
    expect(queryTerms('group Group GROUP - …')).toEqual(['group']);
  });

  it('keeps letters beyond ASCII', () => {
    expect(queryTerms('Zusammenarbeit über Grenzen')).toEqual(['zusammenarbeit', 'über', 'grenzen']);
  });
});
