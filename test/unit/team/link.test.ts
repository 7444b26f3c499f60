import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeLabel,
  describeTeamLink,
  encodeLabel,
  emptyReport,
  formatTeamLink,
  isLinkableCode,
  MAX_LABEL_LENGTH,
  MAX_TEAM_ENTRIES,
  MAX_TEAM_LINK_LENGTH,
  normalizeLabel,
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

/**
 * Labels built to break a team link: the separators and marks the format uses, what mail programs
 * write for them, text shaped like share codes (`V1.0`, `v2.3`), and any Unicode, mixed.
 */
const hostilePiece = fc.constantFrom(',', '%2C', '%2c', '%', '~', '.', '-', '–', '—', ':', ' ', 'V1.0', 'v1.a', 'v2.3', 'v2.which-option.1.0', '#team=', 'd2026-12-04', '%E0%A4%A', '.2C', '.ZZ', '😀', 'é', 'Zoë', '李', '\u202e', '\u0000');
const hostileLabel = fc.oneof(
  fc.array(hostilePiece, { maxLength: 8 }).map((pieces) => pieces.join('')),
  fc.array(fc.oneof(hostilePiece, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 8 }).map((pieces) => pieces.join('')),
  fc.string({ unit: 'binary', maxLength: 30 }),
  labelArb,
);
const hostileEntry: fc.Arbitrary<TeamLinkEntry> = fc.record({ code: codeArb, label: hostileLabel }, { requiredKeys: ['code'] });
const dayArb = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

/** What a round trip gives back for an entry: the same code, the label normalized, no empty label. */
const expected = (entry: TeamLinkEntry): TeamLinkEntry => {
  const label = normalizeLabel(entry.label ?? '');
  return label === '' ? { code: entry.code } : { code: entry.code, label };
};

describe('formatTeamLink', () => {
  it('writes the day, then codes separated by commas, each label after a tilde, only if asked', () => {
    const entries = [
      { code: 'v2.which-option.1.20-130123-21.5jbs', label: 'Ana' },
      { code: 'v2.which-option.1.012023110210.7kq2' },
      { code: 'v2.group-mirror.1.0123012301.aa00', label: 'Bo, Ché & <i>' },
    ];
    expect(formatTeamLink(entries, { madeOn: '2026-12-04', labels: true })).toBe(
      'team=d2026-12-04,v2.which-option.1.20-130123-21.5jbs~Ana,v2.which-option.1.012023110210.7kq2,v2.group-mirror.1.0123012301.aa00~Bo.2C.20Ch.C3.A9.20.26.20.3Ci.3E',
    );
    // Labels stay out unless the reader chooses; a team with no known day says so with an empty day.
    expect(formatTeamLink(entries)).toBe('team=d,v2.which-option.1.20-130123-21.5jbs,v2.which-option.1.012023110210.7kq2,v2.group-mirror.1.0123012301.aa00');
    expect(teamFragment([{ code: 'v1.x.1.0' }], { madeOn: '2026-02-30' })).toBe('#team=d,v1.x.1.0');
  });

  it('writes the labels of the reported cases so that they read back', () => {
    for (const label of ['Team,V1.0', 'Ops,v2.3 pilot', 'a,v1.a', '100% ~ done', 'Q3 – 2026: “pilot”']) {
      const link = teamFragment([{ code: 'v2.a.1.0', label }, { code: 'v2.b.1.1' }], { madeOn: '2026-12-04', labels: true });
      expect(parseTeamLink(link)).toEqual({ entries: [{ code: 'v2.a.1.0', label }, { code: 'v2.b.1.1' }], ...emptyReport(), format: 2, madeOn: '2026-12-04' });
    }
  });

  it('leaves out empty labels and codes that a team link cannot carry unchanged', () => {
    expect(formatTeamLink([{ code: 'v1.a.1.0', label: '   ' }, { code: 'v1.a.1.0~x' }, { code: 'V1.A' }, { code: '' }, { code: 'v1.b.1.1' }], { labels: true })).toBe('team=d,v1.a.1.0,v1.b.1.1');
  });

  it('writes only letters, digits and . - ~ , : nothing a browser, mail program or chat escapes', () => {
    fc.assert(
      fc.property(fc.array(hostileEntry, { maxLength: 8 }), fc.option(dayArb, { nil: undefined }), (entries, madeOn) => {
        const link = formatTeamLink(entries, { madeOn, labels: true });
        expect(link).toMatch(/^team=d(?:[0-9]{4}-[0-9]{2}-[0-9]{2})?(?:,[a-z0-9.-]+(?:~[A-Za-z0-9.]+)?)*$/);
      }),
    );
  });
});

describe('parseTeamLink', () => {
  it('reads back exactly what formatTeamLink wrote, for labels of any characters (round trip)', () => {
    fc.assert(
      fc.property(fc.array(hostileEntry, { maxLength: 12 }), fc.option(dayArb, { nil: undefined }), fc.constantFrom('', '#', 'team='), (entries, madeOn, prefix) => {
        const link = formatTeamLink(entries, { madeOn, labels: true });
        const text = prefix === 'team=' ? link.slice('team='.length) : `${prefix}${link}`;
        const read = parseTeamLink(text);
        expect(read).toEqual({ entries: entries.map(expected), ...emptyReport(), format: 2, ...(madeOn === undefined ? {} : { madeOn }) });
      }),
    );
  });

  it('is the identity on entries as the team view keeps them: encode, then decode, gives them back', () => {
    fc.assert(
      fc.property(fc.array(hostileEntry.map(expected), { maxLength: 12 }), dayArb, (kept, madeOn) => {
        expect(parseTeamLink(formatTeamLink(kept, { madeOn, labels: true })).entries).toEqual(kept);
      }),
    );
    fc.assert(
      fc.property(hostileLabel.map(normalizeLabel), (label) => {
        expect(decodeLabel(encodeLabel(label))).toBe(label);
      }),
    );
  });

  it('reads a link the same after a mail program or chat escaped any of its characters', () => {
    fc.assert(
      fc.property(fc.array(hostileEntry, { minLength: 1, maxLength: 6 }), dayArb, fc.infiniteStream(fc.boolean()), (entries, madeOn, coin) => {
        const link = formatTeamLink(entries, { madeOn, labels: true });
        const [key, body] = [link.slice(0, 'team='.length), link.slice('team='.length)];
        // Escapes any character but the day's first letter, as %XX in either case.
        const escaped = [...body].map((character, index) => (index > 0 && coin.next().value ? `%${character.charCodeAt(0).toString(16).padStart(2, '0')}` : character)).join('');
        const read = parseTeamLink(`${key}${escaped}`);
        expect(read.entries).toEqual(entries.map(expected));
        expect(read.madeOn).toBe(madeOn);
      }),
    );
  });

  it('gives labels with markup and any Unicode back exactly as text', () => {
    for (const label of ['<script>alert(1)</script>', 'Zoë 👩🏽‍💻', '李小龍', 'a~b,c#d%e', 'مرحبا', '"><img src=x onerror=alert(1)>']) {
      const { entries } = parseTeamLink(teamFragment([{ code: 'v1.a.1.0', label }], { labels: true }));
      expect(entries).toEqual([{ code: 'v1.a.1.0', label }]);
    }
  });

  it('never throws, whatever it is given, and never returns more than the limit', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: anyUnit, maxLength: 400 }), fc.anything(), fc.string().map((text) => `d2026-12-04,${text}`)), (input) => {
        const parsed = parseTeamLink(input);
        expect(parsed.entries.length).toBeLessThanOrEqual(MAX_TEAM_ENTRIES);
        for (const entry of parsed.entries) {
          expect(typeof entry.code).toBe('string');
          if (entry.label !== undefined) {
            expect(entry.label).not.toBe('');
            expect(normalizeLabel(entry.label)).toBe(entry.label);
          }
        }
      }),
    );
  });

  it('skips empty entries', () => {
    expect(parseTeamLink('team=,v1.a.1.0,, ,v1.b.1.1,').entries).toEqual([{ code: 'v1.a.1.0' }, { code: 'v1.b.1.1' }]);
    expect(parseTeamLink('team=')).toEqual({ entries: [], ...emptyReport(), format: 1 });
    expect(parseTeamLink('team=,,,')).toEqual({ entries: [], ...emptyReport(), format: 1 });
    expect(parseTeamLink('team=d2026-12-04,,')).toEqual({ entries: [], ...emptyReport(), format: 2, madeOn: '2026-12-04' });
  });

  it('reads a day that is not a real calendar day as no day, and counts it', () => {
    expect(parseTeamLink('team=d2026-02-30,v2.a.1.0')).toEqual({ entries: [{ code: 'v2.a.1.0' }], ...emptyReport(), unreadableDays: 1, format: 2 });
    expect(parseTeamLink('team=d,v2.a.1.0')).toEqual({ entries: [{ code: 'v2.a.1.0' }], ...emptyReport(), format: 2 });
  });

  it('keeps the result and drops a label that is not valid escaping, counting it', () => {
    expect(parseTeamLink('team=v1.a.1.0~%E0%A4%A,v1.b.1.1~%ZZ,v1.c.1.2~ok')).toEqual({
      entries: [{ code: 'v1.a.1.0' }, { code: 'v1.b.1.1' }, { code: 'v1.c.1.2', label: 'ok' }],
      ...emptyReport(),
      unreadableLabels: 2,
      format: 1,
    });
    // Format 2: a broken escape, a character the format never writes, bytes that are not UTF-8.
    expect(parseTeamLink('team=d,v2.a.1.0~A.2,v2.b.1.1~a_b,v2.c.1.2~.FF,v2.d.1.3~ok.21')).toMatchObject({
      entries: [{ code: 'v2.a.1.0' }, { code: 'v2.b.1.1' }, { code: 'v2.c.1.2' }, { code: 'v2.d.1.3', label: 'ok!' }],
      unreadableLabels: 3,
    });
  });

  it('reads links made before links carried a day (format 1), their labels percent-encoded', () => {
    expect(parseTeamLink('team=v1.a.1.0~Ana,v1.b.1.1')).toEqual({ entries: [{ code: 'v1.a.1.0', label: 'Ana' }, { code: 'v1.b.1.1' }], ...emptyReport(), format: 1 });
    // As the page wrote them before the fix: a label's escaped comma before text shaped like a version.
    expect(parseTeamLink('team=v2.a.1.0~Team%2CV1.0').entries).toEqual([{ code: 'v2.a.1.0', label: 'Team,V1.0' }]);
    expect(parseTeamLink('team=v2.a.1.0~Ops%2Cv2.3%20pilot%3A,v2.b.1.1').entries).toEqual([{ code: 'v2.a.1.0', label: 'Ops,v2.3 pilot:' }, { code: 'v2.b.1.1' }]);
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
    const written = parseTeamLink('team=d2026-12-04%2Cv2.a.1.0~Ana%2Cv2.b.1.1~Bo.2C.20Ch.C3.A9');
    expect(written.entries).toEqual([{ code: 'v2.a.1.0', label: 'Ana' }, { code: 'v2.b.1.1', label: 'Bo, Ché' }]);
    expect(written).toMatchObject({ madeOn: '2026-12-04', escapedSeparators: 2 });
    // A label's own comma is no separator.
    expect(parseTeamLink(teamFragment([{ code: 'v2.a.1.0', label: 'Bo, Ché' }], { labels: true })).escapedSeparators).toBe(0);
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

describe('normalizeLabel', () => {
  it('removes controls and direction marks, collapses spaces, trims', () => {
    expect(normalizeLabel('  Ana\n\tB\u0000ö  ')).toBe('Ana B ö');
    expect(normalizeLabel('\u202eevil\u2066')).toBe('evil');
    expect(normalizeLabel('a\ud800b')).toBe('ab');
  });

  it('is idempotent, at most MAX_LABEL_LENGTH characters, and always encodable', () => {
    fc.assert(
      fc.property(labelArb, (label) => {
        const once = normalizeLabel(label);
        expect(normalizeLabel(once)).toBe(once);
        expect(Array.from(once).length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
        expect(once).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect(() => encodeURIComponent(once)).not.toThrow();
        expect(once).toBe(once.trim());
      }),
    );
  });

  it('cuts long labels without splitting a character', () => {
    const cut = normalizeLabel('😀'.repeat(100));
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
    expect(describeTeamLink([a, a, a])).toBe('3 results, no labels');
    expect(describeTeamLink([a])).toBe('1 result, no labels');
    expect(describeTeamLink([{ ...a, label: 'Ana' }, { ...a, label: 'Bo' }, { ...a, label: 'Cy' }])).toBe('3 results with labels');
    expect(describeTeamLink([{ ...a, label: 'Ana' }])).toBe('1 result with a label');
    expect(describeTeamLink([{ ...a, label: 'Ana' }, a, { ...a, label: '  ' }])).toBe('3 results, 1 with a label');
    expect(describeTeamLink([])).toBe('0 results, no labels');
  });
});
