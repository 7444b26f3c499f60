import { describe, expect, it } from 'vitest';
import { addressNotes, emptyTeamLinkNote, damagedLinkNote, readingNotes } from '../../../src/islands/team/messages.ts';
import { readTeamAddress } from '../../../src/lib/team/address.ts';
import { emptyReport, MAX_TEAM_ENTRIES } from '../../../src/lib/team/link.ts';

describe('readingNotes', () => {
  it('says nothing when nothing was left out', () => {
    expect(readingNotes(emptyReport(), 'link')).toEqual([]);
  });

  it('gives each reason its own words, and never blames the size of the team for a label', () => {
    const [overlong] = readingNotes({ overlongLabels: 1 }, 'link');
    expect(overlong).toContain('longer than any label this site writes');
    expect(overlong).toContain('the result itself still counts');
    expect(readingNotes({ overlongLabels: 2 }, 'link')[0]).toContain('2 labels in the team link were longer');
    expect(overlong).not.toContain(`at most ${MAX_TEAM_ENTRIES}`);
    expect(readingNotes({ leftOut: 2 }, 'paste')[0]).toContain(`holds at most ${MAX_TEAM_ENTRIES}`);
    expect(readingNotes({ pastLimit: 3 }, 'paste')[0]).toMatch(/longer than 200,000 characters, so its last 3 lines were not read/);
    expect(readingNotes({ pastLimit: 1 }, 'link')[0]).toContain('1 entry at its end was not read');
    expect(readingNotes({ escapedSeparators: 2 }, 'link')[0]).toContain('"%2C"');
    expect(readingNotes({ unreadableLabels: 2 }, 'link')[0]).toContain('2 labels in the team link could not be read');
  });
});

describe('addressNotes', () => {
  it.each(['#team=', '#team=,,,', '#team= , '])('names an empty team link (%s)', (hash) => {
    expect(addressNotes(readTeamAddress(hash, ''))).toEqual([emptyTeamLinkNote]);
  });

  it.each([
    ['#team', ''],
    ['#team%3Dv2.a', ''],
    ['##team=v2.a', ''],
    ['', '?team=v2.a'],
    ['#share', ''],
    ['', '?share=v2.a'],
  ])('names a damaged address (%s%s)', (hash, search) => {
    expect(addressNotes(readTeamAddress(hash, search))).toEqual([damagedLinkNote]);
  });

  it('says nothing for a plain page, an anchor or a single share link', () => {
    expect(addressNotes(readTeamAddress('', ''))).toEqual([]);
    expect(addressNotes(readTeamAddress('#main', ''))).toEqual([]);
    expect(addressNotes(readTeamAddress('#share=v2.a', ''))).toEqual([]);
  });
});

describe('a team link dated in the future', () => {
  it('is shown with a note that its date may be wrong; a day ahead is taken for time zones', () => {
    const address = (day: string) => readTeamAddress(`#team=d${day},v2.a.1.0`, '');
    expect(addressNotes(address('2027-01-10'), '2026-12-04')[0]).toContain('This team link is dated January 10, 2027, which is after today (December 4, 2026 on this device)');
    expect(addressNotes(address('2026-12-05'), '2026-12-04')).toEqual([]);
    expect(addressNotes(address('2026-12-01'), '2026-12-04')).toEqual([]);
  });

  it('says when the date of a team link could not be read', () => {
    expect(addressNotes(readTeamAddress('#team=d2026-02-31,v2.a.1.0', ''), '2026-12-04')).toEqual([
      'The date in the team link could not be read, so the team is shown without one; its results still count.',
    ]);
  });
});
