import { cleanTestStorage, getTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeHistory } from '../../../src/lib/assessment/history.ts';
import { createSession, historyKey } from '../../../src/stores/assessment-session.ts';
import { clearHistory, readHistory, recordResult, removeResult, restoreResult } from '../../../src/stores/assessment-history.ts';
import { answersTowards } from '../../helpers/assessment-plans.ts';
import { loadDefinitions } from '../../helpers/assessments.ts';

const whichOption = loadDefinitions().find((definition) => definition.id === 'which-option')!;
const stored = () => decodeHistory(getTestStorage()[historyKey(whichOption.id)], whichOption.id);

beforeAll(() => {
  useTestStorageEngine();
});
beforeEach(() => {
  cleanTestStorage();
});

describe('the history store', () => {
  it("keeps each run's result with its date and version; a second result of the same run replaces the first", () => {
    const session = createSession(whichOption);
    const one = answersTowards(whichOption, 'option-1');
    const three = answersTowards(whichOption, 'option-3');
    recordResult(session, one, '2026-01-01T09:00:00.000Z', new Date('2026-01-01T09:10:00.000Z'));
    recordResult(session, three, '2026-01-01T09:00:00.000Z', new Date('2026-01-01T09:12:00.000Z'));
    expect(stored().entries.map((entry) => [entry.at, entry.version, entry.answers])).toEqual([['2026-01-01T09:12:00.000Z', whichOption.version, three]]);
    recordResult(session, one, '2026-02-01T09:00:00.000Z', new Date('2026-02-01T09:10:00.000Z'));
    expect(stored().entries).toHaveLength(2);
    expect(readHistory(session)).toEqual(stored());
  });

  it('deletes one and puts it back, deletes all and leaves no key behind', () => {
    const session = createSession(whichOption);
    const answers = answersTowards(whichOption, 'option-2');
    recordResult(session, answers, '2026-01-01T09:00:00.000Z', new Date('2026-01-01T09:10:00.000Z'));
    recordResult(session, answers, '2026-02-01T09:00:00.000Z', new Date('2026-02-01T09:10:00.000Z'));
    const before = stored();
    const removed = removeResult(session, '2026-01-01T09:10:00.000Z');
    expect(stored().entries).toHaveLength(1);
    restoreResult(session, removed!);
    expect(stored()).toEqual(before);
    expect(removeResult(session, 'no such date')).toBeUndefined();
    clearHistory(session);
    expect(getTestStorage()[historyKey(whichOption.id)]).toBeUndefined();
  });

  it('an unreadable history is replaced by the next result, and nothing else stored is touched', () => {
    const session = createSession(whichOption);
    session.start();
    session.answer(whichOption.items[0]!.id, whichOption.items[0]!.answers[0]!.id);
    const progress = getTestStorage()['sowg:progress:which-option'];
    session.$history.set('{damaged');
    expect(readHistory(session)).toEqual({ entries: [], unreadable: 'all' });
    recordResult(session, answersTowards(whichOption, 'option-1'), '2026-01-01T09:00:00.000Z');
    expect(stored()).toMatchObject({ unreadable: 0, entries: [expect.anything()] });
    expect(getTestStorage()['sowg:progress:which-option']).toBe(progress);
  });
});
