import { describe, expect, it } from 'vitest';
import { emptyTeam, teamEntries, type TeamEntriesState } from '../../../src/lib/team/entries.ts';
import { MAX_TEAM_ENTRIES } from '../../../src/lib/team/link.ts';

const add = (state: TeamEntriesState, ...codes: string[]) => teamEntries(state, { type: 'add', entries: codes.map((code) => ({ code })), today: '2026-12-04' });

describe('teamEntries', () => {
  it('adds entries with stable ids, relabels and removes by id', () => {
    let state = add(emptyTeam, 'a', 'b');
    state = add(state, 'c');
    expect(state.entries.map((entry) => [entry.id, entry.code, entry.batch])).toEqual([[1, 'a', 1], [2, 'b', 1], [3, 'c', 2]]);
    expect(state.madeOn).toBe('2026-12-04');
    state = teamEntries(state, { type: 'relabel', id: 2, label: 'Bo ' });
    state = teamEntries(state, { type: 'remove', id: 1 });
    expect(state.entries).toEqual([{ id: 2, code: 'b', label: 'Bo ', batch: 1 }, { id: 3, code: 'c', label: '', batch: 2 }]);
    expect(add(state, 'd').entries.at(-1)?.id).toBe(4);
  });

  it('replaces and clears without reusing ids', () => {
    const state = teamEntries(add(emptyTeam, 'a'), { type: 'replace', entries: [{ code: 'x', label: 'X' }, { code: 'x' }], madeOn: '2026-06-01' });
    // A team link's entries each come on their own: that team counted each.
    expect(state.entries).toEqual([{ id: 2, code: 'x', label: 'X', batch: 2 }, { id: 3, code: 'x', label: '', batch: 3 }]);
    expect(state.madeOn).toBe('2026-06-01');
    expect(teamEntries(state, { type: 'clear' })).toEqual({ entries: [], nextId: 4, nextBatch: 4, refused: 0, labelsInLink: false });
  });

  it('gives one batch to a paste, and one each to the entries of a team link pasted with it', () => {
    const state = teamEntries(emptyTeam, {
      type: 'add',
      entries: [{ code: 'a' }, { code: 'b', fromTeamLink: true }, { code: 'c', fromTeamLink: true }, { code: 'd' }],
      today: '2026-12-04',
    });
    expect(state.entries.map((entry) => entry.batch)).toEqual([1, 2, 3, 1]);
    expect(add(state, 'e').entries.at(-1)?.batch).toBe(4);
  });

  it('undoes a clear: restore puts the team back, ids staying ahead', () => {
    const before = teamEntries(add(emptyTeam, 'a', 'b'), { type: 'earlier', link: '#team=d,x' });
    const cleared = teamEntries(before, { type: 'clear' });
    expect(cleared.entries).toEqual([]);
    expect(cleared.earlier).toBeUndefined();
    expect(cleared.madeOn).toBeUndefined();
    const back = teamEntries(add(cleared, 'z'), { type: 'restore', state: before });
    expect(back.entries).toEqual(before.entries);
    expect(back.earlier).toBe('#team=d,x');
    expect(back.nextId).toBeGreaterThan(3);
  });

  it('keeps the team’s day when links are removed or relabeled, and moves it when links are added', () => {
    const state = teamEntries(emptyTeam, { type: 'replace', entries: [{ code: 'a' }, { code: 'b' }], madeOn: '2026-01-05' });
    expect(teamEntries(teamEntries(state, { type: 'remove', id: 1 }), { type: 'relabel', id: 2, label: 'x' }).madeOn).toBe('2026-01-05');
    expect(add(state, 'c').madeOn).toBe('2026-12-04');
    // A paste with nothing the list can take leaves the day.
    expect(teamEntries(state, { type: 'add', entries: [], today: '2027-01-01' }).madeOn).toBe('2026-01-05');
  });

  it('holds at most MAX_TEAM_ENTRIES and says how many it refused', () => {
    const state = add(emptyTeam, ...Array.from({ length: MAX_TEAM_ENTRIES + 2 }, (_, index) => `c${index}`));
    expect(state.entries).toHaveLength(MAX_TEAM_ENTRIES);
    expect(state.refused).toBe(2);
  });

  it('does not let a typed label grow without end', () => {
    const state = teamEntries(add(emptyTeam, 'a'), { type: 'relabel', id: 1, label: 'x'.repeat(10_000) });
    expect(state.entries[0]?.label.length).toBeLessThanOrEqual(200);
  });
});
