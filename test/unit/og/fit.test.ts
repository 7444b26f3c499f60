import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitText, linesAllowed, wrapText, type TextBox } from '../../../src/lib/og/fit.ts';
import { textWidth, type FontFace } from '../../../src/lib/og/metrics.ts';

const faceArb = fc.constantFrom<FontFace>('serif-600', 'sans-400', 'sans-600');
/** Words as authors write them, now and then a very long one, with the model's punctuation. */
const wordArb = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[A-Za-z][a-z]{0,11}[,.;:]?$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z’“”—-]{12,40}$/) },
);
const textArb = fc.array(wordArb, { minLength: 1, maxLength: 60 }).map((words) => words.join(' '));
const boxArb: fc.Arbitrary<TextBox> = fc.record(
  {
    face: faceArb,
    width: fc.integer({ min: 120, max: 1100 }),
    height: fc.integer({ min: 60, max: 400 }),
    sizes: fc.uniqueArray(fc.integer({ min: 16, max: 60 }), { minLength: 1, maxLength: 5 }),
    lineHeight: fc.constantFrom(1.1, 1.15, 1.3),
    maxLines: fc.integer({ min: 1, max: 6 }),
  },
  { requiredKeys: ['face', 'width', 'height', 'sizes', 'lineHeight'] },
);
const normalise = (text: string) => text.trim().split(/\s+/).join(' ');

/** Whether every character of the text fits a line on its own: if one does not, no wrap can succeed. */
const everyCharFits = (text: string, width: number, size: number, face: FontFace) => [...text].every((char) => textWidth(char, size, face) <= width);

describe('wrapText', () => {
  it('keeps every word, in order, on lines no wider than the box', () => {
    fc.assert(
      fc.property(textArb, faceArb, fc.integer({ min: 80, max: 1100 }), fc.integer({ min: 16, max: 80 }), (text, face, width, size) => {
        if (!everyCharFits(text, width, size, face)) {
          expect(() => wrapText(text, width, size, face)).toThrow(/at \d+ px is wider than a line \d+ px wide/);
          return;
        }
        const lines = wrapText(text, width, size, face);
        for (const line of lines) expect(textWidth(line, size, face)).toBeLessThanOrEqual(width);
        // Only words wider than the line are split, so joining without the breaks gives the text back.
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        if (text.split(' ').every((word) => textWidth(word, size, face) <= width)) expect(lines.join(' ')).toBe(normalise(text));
      }),
    );
  });

  it('fills a line before starting the next (greedy), unless the next starts a word too wide for any line', () => {
    fc.assert(
      fc.property(textArb, faceArb, fc.integer({ min: 200, max: 1100 }), (text, face, width) => {
        const lines = wrapText(text, width, 30, face);
        const tooWide = text.split(' ').filter((word) => textWidth(word, 30, face) > width);
        lines.slice(1).forEach((line, index) => {
          const firstWord = line.split(' ')[0]!;
          if (textWidth(`${lines[index]} ${firstWord}`, 30, face) > width) return;
          // The line ended early: only so that a word wider than any line begins at a line's start.
          expect(tooWide.some((word) => word.startsWith(firstWord)), `"${firstWord}" would have fitted after "${lines[index]}"`).toBe(true);
        });
      }),
    );
  });

  it('starts a word wider than the line on a line of its own, then splits it where the line is full', () => {
    const long = 'Selforganizingworkgroups';
    const lines = wrapText(`a ${long} b`, 200, 30, 'sans-400');
    expect(lines[0]).toBe('a');
    expect(lines.slice(1).join('').replace(/\s/g, '')).toBe(`${long}b`);
    for (const line of lines) expect(textWidth(line, 30, 'sans-400')).toBeLessThanOrEqual(200);
    expect(textWidth(`${lines[1]}${lines[2]![0]}`, 30, 'sans-400')).toBeGreaterThan(200);
  });

  it('says which character is wider than the line rather than drawing past the box', () => {
    // "W" in the serif is 1.05 em: 80.85 px at 77 px, wider than an 80 px line.
    expect(() => wrapText('Work', 80, 77, 'serif-600')).toThrow('wrapText: "W" at 77 px is wider than a line 80 px wide');
    expect(() => wrapText('a W', 80, 77, 'serif-600')).toThrow(/"W" at 77 px/);
  });
});

describe('textWidth', () => {
  it('adds exactly: every width is whole hundredths of an em, so at 100 px a run is whole pixels', () => {
    // Summed as decimal fractions, 0.58 + 0.58 + 0.58 em is 1.7399999999999998 em: a line of exactly the
    // box's width would measure a hair under or over it, depending on its letters' order.
    expect(textWidth('aaa', 100, 'serif-600')).toBe(174);
    fc.assert(
      fc.property(textArb, faceArb, (text, face) => {
        expect(Number.isInteger(textWidth(text, 100, face))).toBe(true);
      }),
    );
  });
});

describe('fitText', () => {
  it('never gives more lines than the box holds, nor a line wider than the box', () => {
    fc.assert(
      fc.property(textArb, boxArb, (text, box) => {
        const smallest = Math.min(...box.sizes);
        fc.pre(linesAllowed(box, smallest) >= 1);
        const fitted = fitText(text, box);
        expect(fitted.lines.length).toBeLessThanOrEqual(linesAllowed(box, fitted.size));
        expect(fitted.height).toBeLessThanOrEqual(box.height + 1e-6);
        for (const line of fitted.lines) expect(textWidth(line, fitted.size, box.face)).toBeLessThanOrEqual(box.width);
      }),
    );
  });

  it('takes the largest size at which the whole text fits, and keeps all of it', () => {
    fc.assert(
      fc.property(textArb, boxArb, (text, box) => {
        fc.pre(linesAllowed(box, Math.min(...box.sizes)) >= 1);
        const fitted = fitText(text, box);
        if (!fitted.clamped) expect(fitted.lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        for (const larger of box.sizes.filter((size) => size > fitted.size)) {
          const lines = wrapText(text, box.width, larger, box.face);
          const splitsAWord = lines.join('').replace(/\s/g, '') === text.replace(/\s/g, '') && lines.join(' ') !== normalise(text);
          expect(lines.length > linesAllowed(box, larger) || splitsAWord, `size ${larger} would have fitted`).toBe(true);
        }
      }),
    );
  });

  it('cuts text that fits at no size at the smallest size, ending in an ellipsis', () => {
    const box: TextBox = { face: 'sans-400', width: 400, height: 80, sizes: [40, 30], lineHeight: 1.3, maxLines: 2 };
    const fitted = fitText('word '.repeat(200), box);
    expect(fitted).toMatchObject({ size: 30, clamped: true });
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines[1]).toMatch(/word…$/);
  });

  it('prefers a smaller size to splitting a word', () => {
    const box: TextBox = { face: 'sans-600', width: 120, height: 200, sizes: [28, 20], lineHeight: 1.15, maxLines: 3 };
    const fitted = fitText('Difficulty, own limits', box);
    expect(fitted.lines[0]).toBe('Difficulty,');
  });

  it('takes a smaller size when a character is wider than the box at a larger one, and says so when none is small enough', () => {
    const box: TextBox = { face: 'serif-600', width: 80, height: 400, sizes: [77, 60], lineHeight: 1.2 };
    expect(fitText('W', box).size).toBe(60);
    expect(() => fitText('W', { ...box, sizes: [77] })).toThrow('fitText: "W" at 77 px is wider than a box 80 px wide');
  });

  it('says clearly when a box has no room for a single line', () => {
    const box: TextBox = { face: 'sans-400', width: 400, height: 20, sizes: [30], lineHeight: 1.3 };
    expect(() => fitText('too long for nothing '.repeat(30), box)).toThrow(/no room for a line of 30 px/);
    expect(() => fitText('x', { ...box, sizes: [] })).toThrow(/at least one font size/);
  });
});
