import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addEntry,
  decodeHistory,
  encodeHistory,
  HISTORY_LIMIT,
  removeEntry,
  restoreEntry,
  summarize,
  type HistoryEntry,
  type ResultSummary,
} from '../../../src/lib/assessment/history.ts';
import { compareEntries, inOrder } from '../../../src/lib/assessment/history-compare.ts';
import { assess } from '../../../src/lib/assessment/result.ts';
import { optionIds } from '../../../src/lib/assessment/options.ts';
import { answersTowards } from '../../helpers/assessment-plans.ts';
import { loadDefinitions } from '../../helpers/assessments.ts';

const definitions = loadDefinitions();
const byId = (id: string) => {
  const found = definitions.find((definition) => definition.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

// ---- Arbitraries: any entry the site could write ----------------------------------------------------

const dateArb = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const idArb = fc.string({ minLength: 1, maxLength: 12 });
const summaryArb: fc.Arbitrary<ResultSummary> = fc
  .tuple(
    fc.oneof(
      fc.constant({ outcome: 'outside' as const, options: [] }),
      fc.constant({ outcome: 'none' as const, options: [] }),
      fc.constantFrom(...optionIds).map((option) => ({ outcome: 'single' as const, options: [option] })),
      fc.subarray([...optionIds], { minLength: 2 }).map((options) => ({ outcome: 'between' as const, options })),
    ),
    fc.option(fc.uniqueArray(fc.constantFrom('step-1', 'step-2', 'step-3', 'step-4', 'step-5')), { nil: undefined }),
    fc.option(
      fc.uniqueArray(
        fc.record({ trait: fc.constantFrom('trait-1', 'trait-2', 'trait-3', 'trait-4', 'trait-5'), strength: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }) }),
        { selector: (mark) => mark.trait },
      ),
      { nil: undefined },
    ),
  )
  .map(([base, steps, traits]) => ({ ...base, ...(steps && { steps }), ...(traits && { traits }) }));
const entryArb: fc.Arbitrary<HistoryEntry> = fc.record({
  at: dateArb,
  run: dateArb,
  version: fc.integer({ min: 1, max: 9 }),
  answers: fc.dictionary(idArb, idArb, { maxKeys: 12 }),
  result: summaryArb,
});

describe('encodeHistory and decodeHistory', () => {
  it('reads back exactly what was written', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 8 }), (entries) => {
        expect(decodeHistory(encodeHistory('which-option', entries), 'which-option')).toEqual({ entries, unreadable: 0 });
      }),
    );
  });

  it('reads nothing stored as an empty history, without a problem', () => {
    for (const raw of [null, undefined, '']) expect(decodeHistory(raw, 'which-option')).toEqual({ entries: [], unreadable: 0 });
  });

  it.each([
    ['text that is not JSON', '{not json'],
    ['a list', '[]'],
    ['another assessment', encodeHistory('group-mirror', [])],
    ['a later format', JSON.stringify({ format: 2, assessment: 'which-option', entries: [] })],
    ['entries that are not a list', JSON.stringify({ format: 1, assessment: 'which-option', entries: {} })],
  ])('%s: unreadable as a whole', (_, raw) => {
    expect(decodeHistory(raw, 'which-option')).toEqual({ entries: [], unreadable: 'all' });
  });

  it('drops and counts the entries it cannot read, keeping the rest', () => {
    const good: HistoryEntry = { at: '2026-01-02T10:00:00.000Z', run: '2026-01-02T09:58:00.000Z', version: 3, answers: { a: 'b' }, result: { outcome: 'single', options: ['option-2'] } };
    const bad = [
      { ...good, at: 'yesterday' },
      { ...good, version: 1.5 },
      { ...good, answers: { a: 1 } },
      { ...good, result: { outcome: 'single', options: ['option-1', 'option-2'] } },
      { ...good, result: { outcome: 'between', options: ['option-9', 'option-1'] } },
      { ...good, result: { outcome: 'none', options: [], traits: [{ trait: 'trait-1', strength: 2 }] } },
      { ...good, result: { outcome: '<img src=x onerror=alert(1)>', options: [] } },
      'an entry',
      null,
    ];
    const raw = JSON.stringify({ format: 1, assessment: 'which-option', entries: [bad[0], good, ...bad.slice(1)] });
    expect(decodeHistory(raw, 'which-option')).toEqual({ entries: [good], unreadable: bad.length });
  });

  it('never throws, whatever is stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.array(fc.anything()).map((entries) => JSON.stringify({ format: 1, assessment: 'x', entries }))), (raw) => {
        const read = decodeHistory(raw, 'x');
        expect(Array.isArray(read.entries)).toBe(true);
      }),
    );
  });
});

describe('summarize', () => {
  it('keeps the outcome, and the steps of a path or the traits of a mirror', () => {
    const which = byId('which-option');
    const path = byId('individual-path');
    const mirror = byId('group-mirror');
    const whichResult = assess(which, answersTowards(which, 'option-3'));
    expect(summarize(whichResult)).toEqual({ outcome: whichResult.score.outcome.kind, options: expect.any(Array) });
    const pathResult = assess(path, answersTowards(path, 'option-1'));
    if (pathResult.kind !== 'path') throw new Error('not a path result');
    expect(summarize(pathResult).steps).toEqual(pathResult.path.reached);
    const mirrorResult = assess(mirror, answersTowards(mirror, 'option-2'));
    if (mirrorResult.kind !== 'mirror') throw new Error('not a mirror result');
    expect(summarize(mirrorResult).traits).toEqual(mirrorResult.traits.traits.map((entry) => ({ trait: entry.trait, strength: entry.strength })));
  });

  it('gives a summary the decoder accepts, for any complete answers', () => {
    fc.assert(
      fc.property(fc.constantFrom(...definitions), fc.infiniteStream(fc.nat()), (definition, picks) => {
        const answers = Object.fromEntries(definition.items.map((item) => [item.id, item.answers[picks.next().value % item.answers.length]!.id]));
        const entry: HistoryEntry = { at: '2026-12-04T10:00:00.000Z', run: '2026-12-04T09:55:00.000Z', version: definition.version, answers, result: summarize(assess(definition, answers)) };
        expect(decodeHistory(encodeHistory(definition.id, [entry]), definition.id).entries).toEqual([entry]);
      }),
    );
  });
});

describe('addEntry, removeEntry, restoreEntry', () => {
  const entry = (at: string, run: string, answers: Record<string, string>): HistoryEntry => ({ at, run, version: 3, answers, result: { outcome: 'none', options: [] } });
  const first = entry('2026-01-01T10:00:00.000Z', '2026-01-01T09:50:00.000Z', { q1: 'a' });

  it('adds a result from a new run, even with the same answers', () => {
    const again = entry('2026-02-01T10:00:00.000Z', '2026-02-01T09:50:00.000Z', { q1: 'a' });
    expect(addEntry([first], again)).toEqual([first, again]);
  });

  it('replaces the latest entry when the same run gives another result, and keeps it when nothing changed', () => {
    const changed = entry('2026-01-01T10:05:00.000Z', first.run, { q1: 'b' });
    expect(addEntry([first], changed)).toEqual([changed]);
    const same = entry('2026-01-01T10:07:00.000Z', first.run, { q1: 'a' });
    expect(addEntry([first], same)).toEqual([first]);
  });

  it(`keeps at most ${HISTORY_LIMIT} entries, dropping the oldest`, () => {
    let entries: HistoryEntry[] = [];
    for (let index = 0; index < HISTORY_LIMIT + 3; index++) {
      const at = new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString();
      entries = addEntry(entries, entry(at, at, {}));
    }
    expect(entries).toHaveLength(HISTORY_LIMIT);
    expect(entries[0]?.at).toBe(new Date(Date.UTC(2026, 0, 1, 0, 3)).toISOString());
  });

  it('removing an entry and undoing it gives back the same history', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entryArb, { selector: (candidate) => candidate.at, minLength: 1, maxLength: 6 }), fc.nat(), (unsorted, pick) => {
        const entries = [...unsorted].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
        const removed = entries[pick % entries.length]!;
        const without = removeEntry(entries, removed.at);
        expect(without).toHaveLength(entries.length - 1);
        expect(restoreEntry(without, removed)).toEqual(entries);
      }),
    );
  });
});

describe('compareEntries', () => {
  it('comparing an entry with itself shows nothing moved', () => {
    fc.assert(
      fc.property(entryArb, fc.integer({ min: 1, max: 9 }), (entry, current) => {
        const movement = compareEntries(entry, entry, current);
        expect(movement.moved).toBe(false);
        expect(movement.outcomeChanged).toBe(false);
        expect([...movement.stepsTaken, ...movement.stepsNoLonger, ...movement.answers]).toEqual([]);
        expect(movement.traits.every((trait) => trait.change === null || trait.change === 0)).toBe(true);
      }),
    );
  });

  it('compare(a, b) and compare(b, a) mirror each other', () => {
    fc.assert(
      fc.property(entryArb, entryArb, fc.integer({ min: 1, max: 9 }), fc.array(idArb), (a, b, current, order) => {
        const forward = compareEntries(a, b, current, order);
        const backward = compareEntries(b, a, current, order);
        expect(backward.then).toBe(forward.now);
        expect(backward.now).toBe(forward.then);
        expect(backward.moved).toBe(forward.moved);
        expect(backward.outcomeChanged).toBe(forward.outcomeChanged);
        expect(backward.byAnswers).toBe(forward.byAnswers);
        expect(backward.stepsTaken).toEqual(forward.stepsNoLonger);
        expect(backward.stepsNoLonger).toEqual(forward.stepsTaken);
        expect(backward.traits).toEqual(forward.traits.map((trait) => ({ trait: trait.trait, then: trait.now, now: trait.then, change: trait.change === null ? null : 0 - trait.change })));
        expect(backward.answers).toEqual(forward.answers.map((answer) => ({ itemId: answer.itemId, then: answer.now, now: answer.then })));
      }),
    );
  });

  it('anything that differs counts as moved', () => {
    fc.assert(
      fc.property(entryArb, entryArb, (a, b) => {
        const movement = compareEntries(a, b, a.version);
        const differs =
          a.result.outcome !== b.result.outcome ||
          a.result.options.join() !== b.result.options.join() ||
          movement.stepsTaken.length + movement.stepsNoLonger.length > 0 ||
          movement.traits.some((trait) => trait.then !== trait.now) ||
          (a.version === b.version && JSON.stringify(Object.entries(a.answers).sort()) !== JSON.stringify(Object.entries(b.answers).sort()));
        expect(movement.moved).toBe(differs);
      }),
    );
  });

  it('compares answers only when both results were answered on the current version', () => {
    const then: HistoryEntry = { at: '2026-01-01T10:00:00.000Z', run: '2026-01-01T09:00:00.000Z', version: 3, answers: { q1: 'a', q2: 'b' }, result: { outcome: 'single', options: ['option-1'] } };
    const now: HistoryEntry = { at: '2026-03-01T10:00:00.000Z', run: '2026-03-01T09:00:00.000Z', version: 3, answers: { q1: 'c', q2: 'b' }, result: { outcome: 'single', options: ['option-3'] } };
    expect(compareEntries(then, now, 3, ['q1', 'q2']).answers).toEqual([{ itemId: 'q1', then: 'a', now: 'c' }]);
    const older = compareEntries({ ...then, version: 2 }, now, 3);
    expect(older.byAnswers).toBe(false);
    expect(older.answers).toEqual([]);
    expect(older.outcomeChanged).toBe(true);
  });

  it('names the steps taken since, and each trait’s change', () => {
    const base = { run: '2026-01-01T09:00:00.000Z', version: 3, answers: {} };
    const then: HistoryEntry = { ...base, at: '2026-01-01T10:00:00.000Z', result: { outcome: 'single', options: ['option-3'], steps: ['step-1'], traits: [{ trait: 'trait-1', strength: 0.25 }, { trait: 'trait-2', strength: null }] } };
    const now: HistoryEntry = { ...base, at: '2026-05-01T10:00:00.000Z', result: { outcome: 'single', options: ['option-3'], steps: ['step-1', 'step-2', 'step-3'], traits: [{ trait: 'trait-1', strength: 0.75 }, { trait: 'trait-2', strength: 0.5 }] } };
    const movement = compareEntries(then, now, 3);
    expect(movement.stepsTaken).toEqual(['step-2', 'step-3']);
    expect(movement.stepsNoLonger).toEqual([]);
    expect(movement.traits).toEqual([
      { trait: 'trait-1', then: 0.25, now: 0.75, change: 0.5 },
      { trait: 'trait-2', then: null, now: 0.5, change: null },
    ]);
    expect(movement.moved).toBe(true);
    expect(inOrder(now, then)).toEqual([then, now]);
  });
});
