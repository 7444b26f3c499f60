import { describe, expect, it } from 'vitest';
import { emptyTeam, teamEntries, type TeamEntriesState } from '../../../src/lib/team/entries.ts';
import { MAX_TEAM_ENTRIES } from '../../../src/lib/team/link.ts';

const add = (state: TeamEntriesState, ...codes: string[]) => teamEntries(state, { type: 'add', entries: codes.map((code) => ({ code })) });

describe('teamEntries', () => {
  it('adds entries with stable ids, relabels and removes by id', () => {
    let state = add(emptyTeam, 'a', 'b');
    state = add(state, 'c');
    expect(state.entries.map((entry) => [entry.id, entry.code])).toEqual([[1, 'a'], [2, 'b'], [3, 'c']]);
    state = teamEntries(state, { type: 'relabel', id: 2, label: 'Bo ' });
    state = teamEntries(state, { type: 'remove', id: 1 });
    expect(state.entries).toEqual([{ id: 2, code: 'b', label: 'Bo ' }, { id: 3, code: 'c', label: '' }]);
    expect(add(state, 'd').entries.at(-1)?.id).toBe(4);
  });

  it('replaces and clears without reusing ids', () => {
    const state = teamEntries(add(emptyTeam, 'a'), { type: 'replace', entries: [{ code: 'x', label: 'X' }] });
    expect(state.entries).toEqual([{ id: 2, code: 'x', label: 'X' }]);
    expect(teamEntries(state, { type: 'clear' })).toEqual({ entries: [], nextId: 3, refused: 0 });
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
