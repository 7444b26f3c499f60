import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextTheme, parseTheme, type ThemeChoice } from '../../../src/lib/site/theme.ts';

const choices: ThemeChoice[] = ['system', 'light', 'dark'];

describe('nextTheme', () => {
  it('cycles system → light → dark → system', () => {
    expect(nextTheme('system')).toBe('light');
    expect(nextTheme('light')).toBe('dark');
    expect(nextTheme('dark')).toBe('system');
  });

  it('comes back to any choice after three presses, visiting all three', () => {
    fc.assert(
      fc.property(fc.constantFrom(...choices), (start) => {
        const seen = [start, nextTheme(start), nextTheme(nextTheme(start))];
        expect(new Set(seen).size).toBe(3);
        expect(nextTheme(nextTheme(nextTheme(start)))).toBe(start);
      }),
    );
  });

  it('reaches dark from any choice in at most two presses (what the browser test relies on)', () => {
    for (const start of choices) {
      expect([start, nextTheme(start), nextTheme(nextTheme(start))]).toContain('dark');
    }
  });
});

describe('parseTheme', () => {
  it('keeps a stored light or dark choice', () => {
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('dark')).toBe('dark');
  });

  it('reads nothing stored, "system" and anything unknown as system', () => {
    expect(parseTheme(null)).toBe('system');
    expect(parseTheme('system')).toBe('system');
    expect(parseTheme('Dark')).toBe('system');
    expect(parseTheme(' light')).toBe('system');
    fc.assert(
      fc.property(
        fc.string().filter((value) => value !== 'light' && value !== 'dark'),
        (value) => {
          expect(parseTheme(value)).toBe('system');
        },
      ),
    );
  });

  it('round-trips every choice as stored text', () => {
    for (const choice of choices) expect(parseTheme(choice)).toBe(choice);
  });
});
