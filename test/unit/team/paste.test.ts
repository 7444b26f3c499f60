import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PASTE_LENGTH, readPastedLinks } from '../../../src/lib/team/paste.ts';
import { emptyReport, MAX_TEAM_ENTRIES, normalizeLabel, teamFragment } from '../../../src/lib/team/link.ts';

const code = 'v1.which-option.1.20-130123-21';
const other = 'v1.group-mirror.1.0123012301';
const url = (c: string) => `https://example.org/guide/assess/which-option/#share=${c}`;

describe('readPastedLinks', () => {
  it('reads share links, bare fragments and bare codes, one per line, skipping blank lines', () => {
    const text = `${url(code)}\n\n   #share=${other}  \r\n${code}\r`;
    expect(readPastedLinks(text)).toEqual({ entries: [{ code }, { code: other }, { code }], ...emptyReport() });
  });

  it('takes words before a single link on its line as the label', () => {
    expect(readPastedLinks(`Ana: ${url(code)}\n- Bo Chen – ${other}\n2. Cy ${code}`).entries).toEqual([
      { code, label: 'Ana' },
      { code: other, label: 'Bo Chen' },
      { code, label: 'Cy' },
    ]);
  });

  it('cuts off punctuation that follows a link in running text', () => {
    expect(readPastedLinks(`(${url(code)}).`).entries).toEqual([{ code }]);
    expect(readPastedLinks(`${code}.`).entries).toEqual([{ code }]);
  });

  it('reads every link on a line with several, without labels', () => {
    expect(readPastedLinks(`Ana ${url(code)} Bo ${url(other)}`).entries).toEqual([{ code }, { code: other }]);
  });

  it('expands a pasted team link into its entries, labels included', () => {
    const team = `https://example.org/team/${teamFragment([{ code, label: 'Ana <b>' }, { code: other }], { labels: true, madeOn: '2026-12-04' })}`;
    // Marked as from a team link: that team counted each of them as a person.
    expect(readPastedLinks(`Our team: ${team}`).entries).toEqual([
      { code, label: 'Ana <b>', fromTeamLink: true },
      { code: other, fromTeamLink: true },
    ]);
  });

  it('reads back the page’s own team link pasted, whatever its labels hold', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ code: fc.constantFrom(code, other), label: fc.string({ unit: 'grapheme', maxLength: 12 }) }), { maxLength: 6 }), (entries) => {
        const link = `https://example.org/team/${teamFragment(entries, { labels: true, madeOn: '2026-12-04' })}`;
        const expected = entries.map((entry) => {
          const label = normalizeLabel(entry.label);
          return label === '' ? { code: entry.code, fromTeamLink: true } : { code: entry.code, label, fromTeamLink: true };
        });
        expect(readPastedLinks(`Team,V1.0 – ${link}`).entries).toEqual(expected);
      }),
    );
  });

  it('takes the reported labels whole: commas, versions, dashes and colons', () => {
    expect(readPastedLinks(`Team,V1.0 – ${url(code)}\nOps,v2.3 pilot: ${url(other)}\nv2.3 pilot: ${code}`).entries).toEqual([
      { code, label: 'Team,V1.0' },
      { code: other, label: 'Ops,v2.3 pilot' },
      { code, label: 'v2.3 pilot' },
    ]);
  });

  it('says what a line that holds no result is, so that it is reported rather than lost', () => {
    const lines = [
      'hello there',
      '<script>alert(1)</script>',
      'https://example.org/guide/assess/which-option/',
      'Ana: https://example.org/assess/group-mirror',
      'https://example.org/team/',
      'https://example.org/traits/',
      'https://elsewhere.example/some/page',
      'www.example.com',
    ];
    const { entries } = readPastedLinks(lines.join('\n'), { siteOrigin: 'https://example.org' });
    expect(entries.map((entry) => entry.problem)).toEqual(['not-a-link', 'not-a-link', 'result-page', 'result-page', 'team-page', 'site-page', 'other-site', 'other-site']);
    for (const entry of entries) expect(entry.code).toBe('');
  });

  it('keeps the first word of what looks like a damaged link, so decoding says what is wrong', () => {
    expect(readPastedLinks('https://example.org/assess/which-option/#share\nshare%3Dv2.a').entries).toEqual([
      { code: 'https://example.org/assess/which-option/#share' },
      { code: 'share%3Dv2.a' },
    ]);
  });

  it('reads at most MAX_TEAM_ENTRIES and counts the rest', () => {
    const pasted = readPastedLinks(Array.from({ length: MAX_TEAM_ENTRIES + 3 }, () => code).join('\n'));
    expect(pasted.entries).toHaveLength(MAX_TEAM_ENTRIES);
    expect(pasted.leftOut).toBe(3);
  });

  it('finds nothing in a paste of only white space', () => {
    expect(readPastedLinks(' \n\t\r\n \u00a0\u2003 ')).toEqual({ entries: [], ...emptyReport() });
  });

  it('counts the lines of a paste past MAX_PASTE_LENGTH instead of dropping them silently', () => {
    const filler = `${'x '.repeat(MAX_PASTE_LENGTH / 2)}\n`;
    const pasted = readPastedLinks(`${code}\n${filler}${other}\n\n${code}`);
    expect(pasted.entries[0]).toEqual({ code });
    expect(pasted.entries.some((entry) => entry.code === other)).toBe(false);
    // The filler line runs past the limit, so it is not read either: three lines are counted.
    expect(pasted.pastLimit).toBe(3);
  });

  it('reads a paste within MAX_PASTE_LENGTH whole', () => {
    const pasted = readPastedLinks(`${code}\n${'y'.repeat(MAX_PASTE_LENGTH - code.length * 2 - 10)}\n${other}`);
    expect(pasted.entries.at(-1)).toEqual({ code: other });
    expect(pasted.pastLimit).toBe(0);
  });

  it('reads a pasted team link whose commas a mail program escaped, and counts them', () => {
    const pasted = readPastedLinks(`https://example.org/team/#team=${code}~Ana%2C${other}`);
    expect(pasted.entries).toEqual([
      { code, label: 'Ana', fromTeamLink: true },
      { code: other, fromTeamLink: true },
    ]);
    expect(pasted.escapedSeparators).toBe(1);
  });

  it('never throws and gives only normalized labels', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.anything()), (text) => {
        const pasted = readPastedLinks(text);
        for (const entry of pasted.entries) {
          expect(typeof entry.code).toBe('string');
          if (entry.label !== undefined) expect(normalizeLabel(entry.label)).toBe(entry.label);
        }
      }),
    );
  });
});
