import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTeamAddress } from '../../../src/lib/team/address.ts';
import { dayInWords, dayOf, isDay, isFutureDay } from '../../../src/lib/team/day.ts';
import { emptyTeam, teamEntries, type TeamEntriesState } from '../../../src/lib/team/entries.ts';
import { teamFragment } from '../../../src/lib/team/link.ts';
import { encodeSavedTeam, restoreSavedTeam, startingTeam } from '../../../src/lib/team/saved-team.ts';
import { identifyingLabels } from '../../../src/lib/team/privacy.ts';
import { aggregateTeam } from '../../../src/lib/team/aggregate.ts';
import { encodeShareCode } from '../../../src/lib/assessment/share-code.ts';
import { inAssessmentOrder } from '../../../src/lib/assessment/order.ts';
import { loadDefinitions } from '../../helpers/assessments.ts';

const team = (codes: string[], madeOn = '2026-12-04'): TeamEntriesState =>
  teamEntries(emptyTeam, { type: 'add', entries: codes.map((code, index) => (index === 0 ? { code, label: 'Ana' } : { code })), today: madeOn });
/** The codes that count, as the island works them out: here every code counts. */
const countedCodes = (state: TeamEntriesState) => state.entries.map((entry) => entry.code);

describe('the team kept in the browser', () => {
  it('reads back what it stored, for any team', () => {
    const stateArb = fc
      .tuple(
        fc.array(fc.record({ code: fc.string({ maxLength: 30 }), label: fc.string({ maxLength: 40 }), fromTeamLink: fc.constant(true as const) }, { requiredKeys: ['code'] }), { maxLength: 10 }),
        fc.boolean(),
        fc.option(fc.string({ maxLength: 50 }), { nil: undefined }),
      )
      .map(([entries, labels, earlier]) => {
        let state = teamEntries(emptyTeam, { type: 'replace', entries, madeOn: '2026-01-02' });
        state = teamEntries(state, { type: 'labels-in-link', on: labels });
        return teamEntries(state, { type: 'earlier', link: earlier });
      });
    fc.assert(
      fc.property(stateArb, (state) => {
        const stored = encodeSavedTeam(state);
        if (stored === undefined) {
          expect(state.entries).toEqual([]);
          return;
        }
        const restored = restoreSavedTeam(stored);
        expect(restored.status).toBe('restored');
        if (restored.status !== 'restored') return;
        expect(restored.state.entries.map(({ code, label, batch }) => ({ code, label, batch }))).toEqual(state.entries.map(({ code, label, batch }) => ({ code, label, batch })));
        expect([restored.state.madeOn, restored.state.labelsInLink, restored.state.earlier]).toEqual([state.madeOn, state.labelsInLink, state.earlier]);
        // Later ids and batches never collide with the restored ones.
        expect(restored.state.nextId).toBeGreaterThan(restored.state.entries.length);
        for (const entry of restored.state.entries) expect(entry.batch).toBeLessThan(restored.state.nextBatch);
      }),
    );
  });

  it('refuses whole anything it did not write, and never throws', () => {
    const good = JSON.parse(encodeSavedTeam(team(['a', 'b']))!) as Record<string, unknown>;
    const broken = [
      '{',
      '[]',
      'null',
      JSON.stringify({ ...good, format: 2 }),
      JSON.stringify({ ...good, madeOn: '2026-02-30' }),
      JSON.stringify({ ...good, labelsInLink: 'yes' }),
      JSON.stringify({ ...good, entries: [{ code: 'a', label: 'x', batch: 0 }] }),
      JSON.stringify({ ...good, entries: [{ code: 'a', label: 'x'.repeat(500), batch: 1 }] }),
      JSON.stringify({ ...good, entries: [{ code: 'a', label: 'x', batch: 1, problem: '__proto__' }] }),
      JSON.stringify({ ...good, entries: Array.from({ length: 61 }, () => ({ code: 'a', label: '', batch: 1 })) }),
      JSON.stringify({ ...good, earlier: 7 }),
    ];
    for (const text of broken) expect(restoreSavedTeam(text), text.slice(0, 60)).toEqual({ status: 'unreadable' });
    expect(restoreSavedTeam(undefined)).toEqual({ status: 'empty' });
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (value) => void restoreSavedTeam(value)));
  });

  it('stores nothing for an empty team', () => {
    expect(encodeSavedTeam(emptyTeam)).toBeUndefined();
  });
});

describe('startingTeam', () => {
  const kept = team(['a', 'b']);
  it('shows the kept team when the address holds nothing, or holds this very team', () => {
    expect(startingTeam(kept, readTeamAddress('', ''), countedCodes)).toEqual({ state: kept, fromLink: false });
    // The address bar carries the team without its labels: the kept one, labels and all, is shown.
    const own = readTeamAddress(teamFragment([{ code: 'a' }, { code: 'b' }], { madeOn: '2026-12-04' }), '');
    expect(startingTeam(kept, own, countedCodes)).toEqual({ state: kept, fromLink: true });
  });

  it('shows a different team link, keeping the replaced team aside to go back to', () => {
    const other = readTeamAddress(teamFragment([{ code: 'c' }], { madeOn: '2026-06-01' }), '');
    const start = startingTeam(kept, other, countedCodes);
    expect(start.state.entries.map((entry) => entry.code)).toEqual(['c']);
    expect(start.state.madeOn).toBe('2026-06-01');
    expect(start.replaced).toBe(kept);
    expect(startingTeam(emptyTeam, other, countedCodes).replaced).toBeUndefined();
  });
});

describe('days', () => {
  it('knows real calendar days, writes them in words, and allows a day for time zones', () => {
    expect(['2026-12-04', '2024-02-29'].every(isDay)).toBe(true);
    expect(['2026-02-29', '2026-13-01', '1999-12-31', '2026-1-01', 20261204, undefined].some(isDay)).toBe(false);
    expect(dayInWords('2026-12-04')).toBe('December 4, 2026');
    expect(dayOf(new Date(2026, 11, 4, 23, 59))).toBe('2026-12-04');
    expect(isFutureDay('2026-12-05', '2026-12-04')).toBe(false);
    expect(isFutureDay('2026-12-06', '2026-12-04')).toBe(true);
  });
});

describe('identifyingLabels', () => {
  it('names a labeled result that is alone, or one of two, in its section', () => {
    const definitions = inAssessmentOrder(loadDefinitions());
    const [which, path] = ['which-option', 'individual-path'].map((id) => definitions.find((definition) => definition.id === id)!);
    const code = (definition: typeof which, k: number) => encodeShareCode(definition!, Object.fromEntries(definition!.items.map((item) => [item.id, item.answers[k % item.answers.length]!.id])));
    const picture = aggregateTeam(
      [
        { code: code(path, 0), label: 'Cleo' },
        { code: code(which, 0), label: 'Ana' },
        { code: code(which, 1) },
        { code: code(which, 2), label: 'Bo' },
      ],
      definitions,
    );
    expect(identifyingLabels(picture)).toEqual([{ label: 'Cleo', title: path!.title, people: 1 }]);
  });
});
