import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeTeamLink,
  emptyReport,
  formatTeamLink,
  isLinkableCode,
  MAX_LABEL_LENGTH,
  MAX_TEAM_ENTRIES,
  MAX_TEAM_LINK_LENGTH,
  normaliseLabel,
  parseTeamLink,
  readTeamFragment,
  teamFragment,
  type TeamLinkEntry,
} from '../../../src/lib/team/link.ts';

const codeArb = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789.-'.split('')), minLength: 1, maxLength: 60 });

/** Any UTF-16 code unit, lone surrogates and controls included: the worst a label can hold. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
const markup = fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><b>', "' OR 1=1 --", '&amp;', '%3Cscript%3E', '~,#team=', '\u202eevil');
const labelArb = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ unit: anyUnit, maxLength: 60 }),
  markup,
  fc.tuple(fc.string({ unit: 'grapheme', maxLength: 10 }), markup).map(([a, b]) => a + b),
);
const entryArb: fc.Arbitrary<TeamLinkEntry> = fc.record({ code: codeArb, label: labelArb }, { requiredKeys: ['code'] });

/** What a round trip gives back for an entry: the same code, the label normalised, no empty label. */
const expected = (entry: TeamLinkEntry): TeamLinkEntry => {
  const label = normaliseLabel(entry.label ?? '');
  return label === '' ? { code: entry.code } : { code: entry.code, label };
};

describe('formatTeamLink', () => {
  it('writes codes separated by commas, each label after a tilde, percent-encoded', () => {
    const link = formatTeamLink([
      { code: 'v1.which-option.1.20-130123-21', label: 'Ana' },
      { code: 'v1.which-option.1.012023110210' },
      { code: 'v1.group-mirror.1.0123012301', label: 'Bo, Ché & <i>' },
    ]);
    expect(link).toBe('team=v1.which-option.1.20-130123-21~Ana,v1.which-option.1.012023110210,v1.group-mirror.1.0123012301~Bo%2C%20Ch%C3%A9%20%26%20%3Ci%3E');
    expect(teamFragment([{ code: 'v1.x.1.0' }])).toBe('#team=v1.x.1.0');
  });

  it('leaves out empty labels and codes that a team link cannot carry unchanged', () => {
    expect(formatTeamLink([{ code: 'v1.a.1.0', label: '   ' }, { code: 'v1.a.1.0~x' }, { code: 'V1.A' }, { code: '' }, { code: 'v1.b.1.1' }])).toBe('team=v1.a.1.0,v1.b.1.1');
  });

  it('uses only characters that are safe in a URL fragment', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 8 }), (entries) => {
        const link = formatTeamLink(entries);
        expect(link).toMatch(/^team=[A-Za-z0-9._~!*'()%,-]*$/);
        expect(link).not.toMatch(/[<>"#\s]/);
      }),
    );
  });
});

describe('parseTeamLink', () => {
  it('reads what formatTeamLink wrote: codes in order, labels normalised (round trip)', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 12 }), fc.constantFrom('', '#', 'team='), (entries, prefix) => {
        const link = formatTeamLink(entries);
        const text = prefix === 'team=' ? link.slice('team='.length) : `${prefix}${link}`;
        expect(parseTeamLink(text)).toEqual({ entries: entries.map(expected), ...emptyReport() });
      }),
    );
  });

  it('gives labels with markup and any Unicode back exactly as text', () => {
    for (const label of ['<script>alert(1)</script>', 'Zoë 👩🏽‍💻', '李小龍', 'a~b,c#d%e', 'مرحبا', '"><img src=x onerror=alert(1)>']) {
      const { entries } = parseTeamLink(teamFragment([{ code: 'v1.a.1.0', label }]));
      expect(entries).toEqual([{ code: 'v1.a.1.0', label }]);
    }
  });

  it('never throws, whatever it is given, and never returns more than the limit', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: anyUnit, maxLength: 400 }), fc.anything()), (input) => {
        const parsed = parseTeamLink(input);
        expect(parsed.entries.length).toBeLessThanOrEqual(MAX_TEAM_ENTRIES);
        for (const entry of parsed.entries) {
          expect(typeof entry.code).toBe('string');
          if (entry.label !== undefined) {
            expect(entry.label).not.toBe('');
            expect(normaliseLabel(entry.label)).toBe(entry.label);
          }
        }
      }),
    );
  });

  it('skips empty entries', () => {
    expect(parseTeamLink('team=,v1.a.1.0,, ,v1.b.1.1,').entries).toEqual([{ code: 'v1.a.1.0' }, { code: 'v1.b.1.1' }]);
    expect(parseTeamLink('team=')).toEqual({ entries: [], ...emptyReport() });
    expect(parseTeamLink('team=,,,')).toEqual({ entries: [], ...emptyReport() });
  });

  it('keeps the result and drops a label that is not valid percent-encoding, counting it', () => {
    expect(parseTeamLink('team=v1.a.1.0~%E0%A4%A,v1.b.1.1~%ZZ,v1.c.1.2~ok')).toEqual({
      entries: [{ code: 'v1.a.1.0' }, { code: 'v1.b.1.1' }, { code: 'v1.c.1.2', label: 'ok' }],
      ...emptyReport(),
      unreadableLabels: 2,
    });
  });

  it('reads at most MAX_TEAM_ENTRIES entries and counts the rest as left out', () => {
    const entries = Array.from({ length: MAX_TEAM_ENTRIES + 7 }, (_, index) => `v1.a.1.${index}`);
    const parsed = parseTeamLink(`team=${entries.join(',')}`);
    expect(parsed.entries).toHaveLength(MAX_TEAM_ENTRIES);
    expect(parsed.entries.at(-1)).toEqual({ code: `v1.a.1.${MAX_TEAM_ENTRIES - 1}` });
    expect(parsed.leftOut).toBe(7);
  });

  it('does not read past MAX_TEAM_LINK_LENGTH characters, and counts what it left unread', () => {
    const long = `team=v1.a.1.0,${'x'.repeat(MAX_TEAM_LINK_LENGTH)},v1.b.1.1`;
    const parsed = parseTeamLink(long);
    expect(parsed.entries).toEqual([{ code: 'v1.a.1.0' }]);
    expect(parsed.pastLimit).toBe(2);
    expect(parsed.leftOut).toBe(0);
  });

  it('drops an over-long label, counting it as such, and keeps its result and every later one', () => {
    const parsed = parseTeamLink(`team=v2.a.1.0~${'%C3%A9'.repeat(40_000)},v2.b.1.1~Bo,v2.c.1.2`);
    expect(parsed.entries).toEqual([{ code: 'v2.a.1.0' }, { code: 'v2.b.1.1', label: 'Bo' }, { code: 'v2.c.1.2' }]);
    expect(parsed).toMatchObject({ overlongLabels: 1, unreadableLabels: 0, leftOut: 0, pastLimit: 0 });
  });

  it('reads commas escaped as %2C between results as commas, and says so', () => {
    const parsed = parseTeamLink('team=v2.a.1.0~Ana%2Cv2.b.1.1%2cv2.c.1.2~Bo%2C%20Ch%C3%A9');
    expect(parsed.entries).toEqual([{ code: 'v2.a.1.0', label: 'Ana' }, { code: 'v2.b.1.1' }, { code: 'v2.c.1.2', label: 'Bo, Ché' }]);
    expect(parsed.escapedSeparators).toBe(2);
    // A label's own escaped comma stays in the label.
    expect(parseTeamLink(teamFragment([{ code: 'v2.a.1.0', label: 'Bo, Ché' }])).escapedSeparators).toBe(0);
  });

  it('cuts an over-long code instead of keeping it whole', () => {
    const [entry] = parseTeamLink(`team=${'0'.repeat(5000)}`).entries;
    expect(entry?.code.length).toBeLessThanOrEqual(201);
  });
});

describe('readTeamFragment', () => {
  it('finds the team link in a fragment and nothing else', () => {
    expect(readTeamFragment('#team=v1.a.1.0')).toBe('v1.a.1.0');
    expect(readTeamFragment('team=')).toBe('');
    expect(readTeamFragment('#share=v1.a.1.0')).toBeUndefined();
    expect(readTeamFragment('#main')).toBeUndefined();
    expect(readTeamFragment('')).toBeUndefined();
  });
});

describe('normaliseLabel', () => {
  it('removes controls and direction marks, collapses spaces, trims', () => {
    expect(normaliseLabel('  Ana\n\tB\u0000ö  ')).toBe('Ana B ö');
    expect(normaliseLabel('\u202eevil\u2066')).toBe('evil');
    expect(normaliseLabel('a\ud800b')).toBe('ab');
  });

  it('is idempotent, at most MAX_LABEL_LENGTH characters, and always encodable', () => {
    fc.assert(
      fc.property(labelArb, (label) => {
        const once = normaliseLabel(label);
        expect(normaliseLabel(once)).toBe(once);
        expect(Array.from(once).length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
        expect(once).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect(() => encodeURIComponent(once)).not.toThrow();
        expect(once).toBe(once.trim());
      }),
    );
  });

  it('cuts long labels without splitting a character', () => {
    const cut = normaliseLabel('😀'.repeat(100));
    expect(Array.from(cut)).toHaveLength(MAX_LABEL_LENGTH);
    expect(cut).toBe('😀'.repeat(MAX_LABEL_LENGTH));
  });
});

describe('isLinkableCode', () => {
  it('accepts share-code characters only', () => {
    expect(isLinkableCode('v1.which-option.1.0-1')).toBe(true);
    for (const code of ['', 'V1', 'v1.a.1.0~x', 'v1,a', 'a b', '<b>', '0'.repeat(201)]) expect(isLinkableCode(code)).toBe(false);
  });
});

describe('describeTeamLink', () => {
  it('says how many results and whether they carry labels', () => {
    const a = { code: 'v1.a.1.0' };
    expect(describeTeamLink([a, a, a])).toBe('3 results, no names');
    expect(describeTeamLink([a])).toBe('1 result, no names');
    expect(describeTeamLink([{ ...a, label: 'Ana' }, { ...a, label: 'Bo' }, { ...a, label: 'Cy' }])).toBe('3 results with labels');
    expect(describeTeamLink([{ ...a, label: 'Ana' }])).toBe('1 result with a label');
    expect(describeTeamLink([{ ...a, label: 'Ana' }, a, { ...a, label: '  ' }])).toBe('3 results, 1 with a label');
    expect(describeTeamLink([])).toBe('0 results, no names');
  });
});
