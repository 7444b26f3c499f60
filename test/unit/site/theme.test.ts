import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextTheme, parseTheme, shownScheme, type SystemScheme, type ThemeChoice } from '../../../src/lib/site/theme.ts';

const choices: ThemeChoice[] = ['system', 'light', 'dark'];
const systems: SystemScheme[] = ['light', 'dark'];

describe('nextTheme', () => {
  it('cycles system → dark → light → system under a light system, system → light → dark → system under a dark one', () => {
    expect([nextTheme('system', 'light'), nextTheme('dark', 'light'), nextTheme('light', 'light')]).toEqual(['dark', 'light', 'system']);
    expect([nextTheme('system', 'dark'), nextTheme('light', 'dark'), nextTheme('dark', 'dark')]).toEqual(['light', 'dark', 'system']);
  });

  // Issue 20, item 25: with a light system, the first press changed only the label.
  it('changes what the reader sees on the first press from "system", whatever the system shows', () => {
    for (const system of systems) expect(shownScheme(nextTheme('system', system), system)).not.toBe(system);
  });

  it('comes back to any choice after three presses, visiting all three', () => {
    fc.assert(
      fc.property(fc.constantFrom(...choices), fc.constantFrom(...systems), (start, system) => {
        const seen = [start, nextTheme(start, system), nextTheme(nextTheme(start, system), system)];
        expect(new Set(seen).size).toBe(3);
        expect(nextTheme(nextTheme(nextTheme(start, system), system), system)).toBe(start);
      }),
    );
  });

  it('reaches dark from any choice in at most two presses (what the browser test relies on)', () => {
    for (const system of systems) {
      for (const start of choices) {
        expect([start, nextTheme(start, system), nextTheme(nextTheme(start, system), system)]).toContain('dark');
      }
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
