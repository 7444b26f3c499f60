import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, readableText, readingMinutes, readingTimeText, wordsPerMinute } from '../../../src/lib/guide/reading-time.ts';

describe('readableText', () => {
  it('keeps the words a reader sees and drops the markup around them', () => {
    const mdx = [
      '---',
      'title: The five traits',
      'order: 3',
      '---',
      '',
      "import Thing from '../../src/components/Thing.astro';",
      '',
      'Some **bold** text with [a link](/traits/#trait-2).',
      '',
      '<Element id="trait-2">',
      '',
      '<InPractice>An illustration.</InPractice>',
      '',
      '</Element>',
      '',
      '```sh',
      'npm run build --and many --more words',
      '```',
      '<!-- a note to authors -->',
    ].join('\n');
    expect(countWords(readableText(mdx))).toBe(countWords('Some bold text with a link. An illustration.'));
  });
});

describe('countWords', () => {
  it('counts runs of letters and digits, hyphenated and elided words as one', () => {
    expect(countWords('Self-organizing groups don’t form in 17 days — or do they?')).toBe(10);
    expect(countWords('  ')).toBe(0);
    expect(countWords('**#** ---')).toBe(0);
  });

  it('counts n words separated by any whitespace and punctuation as n', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,10}$/), { maxLength: 50 }), fc.constantFrom(' ', '\n', ', ', ' — ', '. '), (words, gap) => {
        expect(countWords(words.join(gap))).toBe(words.length);
      }),
    );
  });
});

describe('readingMinutes', () => {
  it(`rounds up at ${wordsPerMinute} words a minute`, () => {
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(wordsPerMinute)).toBe(1);
    expect(readingMinutes(wordsPerMinute + 1)).toBe(2);
    expect(readingMinutes(2000)).toBe(10);
    expect(readingMinutes(0)).toBe(0);
  });

  it('is the smallest whole number of minutes that covers every word', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (words) => {
        const minutes = readingMinutes(words);
        expect(minutes * wordsPerMinute).toBeGreaterThanOrEqual(words);
        expect((minutes - 1) * wordsPerMinute).toBeLessThan(words);
      }),
    );
  });

  it('refuses a count or a speed that makes no sense, saying which', () => {
    expect(() => readingMinutes(-1)).toThrow(/words/);
    expect(() => readingMinutes(Number.NaN)).toThrow(/words/);
    expect(() => readingMinutes(10, 0)).toThrow(/perMinute/);
  });
});

describe('readingTimeText', () => {
  it('says minute or minutes', () => {
    expect(readingTimeText(1)).toBe('1 minute to read');
    expect(readingTimeText(9)).toBe('9 minutes to read');
  });
});
