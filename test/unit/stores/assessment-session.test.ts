import fc from 'fast-check';
import { cleanTestStorage, getTestStorage, setPersistentEngine, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { assess } from '../../../src/lib/assessment/result.ts';
import { decodeSavedOutcome } from '../../../src/lib/assessment/saved-outcome.ts';
import { encodeProgress, restoreProgress } from '../../../src/lib/assessment/saved-progress.ts';
import { outcomeOptions } from '../../../src/lib/assessment/scoring.ts';
import type { Answers, AssessmentDefinition } from '../../../src/schemas/assessment.ts';
import { createSession, outcomeKey, progressKey, type Session } from '../../../src/stores/assessment-session.ts';
import { keepShownOutcome, resultOf } from '../../../src/stores/assessment-result.ts';
import { $storageKept, safeEngine } from '../../../src/stores/storage.ts';
import { findOutcomeChange, optionsOf } from '../../helpers/assessment-plans.ts';
import { loadDefinitions } from '../../helpers/assessments.ts';

const definitions = loadDefinitions();
const whichOption = definitions.find((definition) => definition.id === 'which-option');
if (!whichOption) throw new Error('no which-option definition');
const lastIndex = whichOption.items.length - 1;

/** Item `index` of `definition` and the id of its answer at `position` (from the end when negative). */
function pick(definition: AssessmentDefinition, index: number, position: number): { itemId: string; answerId: string } {
  const item = definition.items[index];
  const answer = item?.answers.at(position);
  if (!item || !answer) throw new Error(`${definition.id} has no answer ${position} in item ${index}`);
  return { itemId: item.id, answerId: answer.id };
}

/** Answers the item on screen with its answer at `position`, as the island does on a radio's change. */
function answerCurrent(session: Session, position: number): { itemId: string; answerId: string } {
  const screen = session.$screen.get();
  if (screen.name !== 'item') throw new Error(`not on an item but on ${screen.name}`);
  const chosen = pick(session.definition, screen.index, position);
  session.answer(chosen.itemId, chosen.answerId);
  return chosen;
}

/** Every item answered with the answer at the same position (clamped to the item's answers). */
function answerAll(session: Session, position: number): Answers {
  session.start();
  for (let index = 0; index <= session.definition.items.length - 1; index++) {
    const item = session.definition.items[index];
    answerCurrent(session, Math.min(position, (item?.answers.length ?? 1) - 1));
    session.next();
  }
  return session.$answers.get();
}

const savedProgress = (definition: AssessmentDefinition) => restoreProgress(getTestStorage()[progressKey(definition.id)], definition);

beforeAll(() => {
  useTestStorageEngine();
});
beforeEach(() => {
  cleanTestStorage();
});

describe('storage keys', () => {
  it('are per assessment and kind of record', () => {
    expect(progressKey('which-option')).toBe('sowg:progress:which-option');
    expect(outcomeKey('which-option')).toBe('sowg:outcome:which-option');
  });
});

describe('a fresh session', () => {
  it('starts on the intro with no answers, no notice and nothing written', () => {
    const session = createSession(whichOption);
    expect(session.$screen.get()).toEqual({ name: 'intro' });
    expect(session.$answers.get()).toEqual({});
    expect(session.$notice.get()).toBeNull();
    expect(resultOf(session).get().score.outcome).toEqual({ kind: 'insufficient' });
    expect(getTestStorage()).toEqual({});
  });
});

describe('moving through the screens', () => {
  let session: Session;
  beforeEach(() => {
    session = createSession(whichOption);
  });

  it('start goes to the first item', () => {
    session.start();
    expect(session.$screen.get()).toEqual({ name: 'item', index: 0 });
  });

  it('next steps one item forward, and past the last item to the review', () => {
    session.start();
    for (let index = 1; index <= lastIndex; index++) {
      session.next();
      expect(session.$screen.get()).toEqual({ name: 'item', index });
    }
    session.next();
    expect(session.$screen.get()).toEqual({ name: 'review' });
  });

  it('next does nothing away from an item', () => {
    session.next();
    expect(session.$screen.get()).toEqual({ name: 'intro' });
    session.review();
    session.next();
    expect(session.$screen.get()).toEqual({ name: 'review' });
    session.showResult();
    session.next();
    expect(session.$screen.get()).toEqual({ name: 'result' });
  });

  it('back steps one item back, and from the first item to the intro', () => {
    session.start();
    session.next();
    session.next();
    session.back();
    expect(session.$screen.get()).toEqual({ name: 'item', index: 1 });
    session.back();
    expect(session.$screen.get()).toEqual({ name: 'item', index: 0 });
    session.back();
    expect(session.$screen.get()).toEqual({ name: 'intro' });
  });

  it('back from the review or the result goes to the last item', () => {
    session.review();
    session.back();
    expect(session.$screen.get()).toEqual({ name: 'item', index: lastIndex });
    session.showResult();
    session.back();
    expect(session.$screen.get()).toEqual({ name: 'item', index: lastIndex });
  });

  it('goTo from the review marks the item, and back or review returns to the review', () => {
    session.review();
    session.goTo(3, true);
    expect(session.$screen.get()).toEqual({ name: 'item', index: 3, fromReview: true });
    session.back();
    expect(session.$screen.get()).toEqual({ name: 'review' });
    session.goTo(5, true);
    session.review();
    expect(session.$screen.get()).toEqual({ name: 'review' });
  });

  it('goTo keeps the index within the items', () => {
    session.goTo(-4);
    expect(session.$screen.get()).toEqual({ name: 'item', index: 0, fromReview: false });
    session.goTo(lastIndex + 10);
    expect(session.$screen.get()).toEqual({ name: 'item', index: lastIndex, fromReview: false });
  });

  it('answer records the answer, replaces an earlier one and rescores', () => {
    session.start();
    const first = answerCurrent(session, 0);
    expect(session.$answers.get()).toEqual({ [first.itemId]: first.answerId });
    const changed = answerCurrent(session, -1);
    expect(changed.answerId).not.toBe(first.answerId);
    expect(session.$answers.get()).toEqual({ [first.itemId]: changed.answerId });
    expect(resultOf(session).get()).toEqual(assess(whichOption, { [first.itemId]: changed.answerId }));
  });

  it('answering does not move the screen: the reader submits to move on', () => {
    session.start();
    answerCurrent(session, 1);
    expect(session.$screen.get()).toEqual({ name: 'item', index: 0 });
  });

  it('the result is always the pure assessment of the answers so far', () => {
    const answers = answerAll(session, 1);
    expect(session.$screen.get()).toEqual({ name: 'review' });
    expect(Object.keys(answers)).toHaveLength(whichOption.items.length);
    session.showResult();
    expect(session.$screen.get()).toEqual({ name: 'result' });
    expect(resultOf(session).get()).toEqual(assess(whichOption, answers));
  });
});

describe('saved progress', () => {
  it('is written on every answer and move, with the item the reader is on', () => {
    const session = createSession(whichOption);
    session.start();
    expect(savedProgress(whichOption)).toEqual({
      status: 'restored',
      progress: { assessment: 'which-option', version: whichOption.version, answers: {}, position: 0, started: expect.any(String) },
    });
    const first = answerCurrent(session, 2);
    session.next();
    const second = answerCurrent(session, 0);
    expect(savedProgress(whichOption)).toEqual({
      status: 'restored',
      progress: {
        assessment: 'which-option',
        version: whichOption.version,
        answers: { [first.itemId]: first.answerId, [second.itemId]: second.answerId },
        position: 1,
        started: expect.any(String),
      },
    });
    session.next();
    expect(savedProgress(whichOption)).toMatchObject({ status: 'restored', progress: { position: 2 } });
    session.back();
    expect(savedProgress(whichOption)).toMatchObject({ status: 'restored', progress: { position: 1 } });
  });

  it('a new session restores answers and position, with the "restored" notice', () => {
    const first = createSession(whichOption);
    first.start();
    answerCurrent(first, 1);
    first.next();
    answerCurrent(first, 0);
    first.next();
    first.next();
    const answers = first.$answers.get();

    const second = createSession(whichOption);
    expect(second.$notice.get()).toBe('restored');
    expect(second.$answers.get()).toEqual(answers);
    expect(second.$screen.get()).toEqual({ name: 'item', index: 3 });
    expect(resultOf(second).get()).toEqual(assess(whichOption, answers));
  });

  it('an answer saying the assessment is not for the reader ends the run at once; back returns to that question, and resuming to where the reader left', () => {
    const mirror = definitions.find((definition) => definition.id === 'group-mirror');
    const first = mirror?.items[0];
    const ending = first?.answers.find((answer) => answer.outside);
    if (!mirror || !first || !ending) throw new Error('the group mirror has no answer that ends it');
    const session = createSession(mirror);
    session.start();
    session.answer(first.id, ending.id);
    session.next();
    expect(session.$screen.get()).toEqual({ name: 'result' });
    expect(resultOf(session).get().score.outcome).toEqual({ kind: 'outside' });
    session.back();
    expect(session.$screen.get()).toEqual({ name: 'item', index: 0 });
    expect(createSession(mirror).$screen.get(), 'left on the question').toEqual({ name: 'item', index: 0 });
    session.showResult();
    const resumed = createSession(mirror);
    expect(resumed.$screen.get(), 'left on the result').toEqual({ name: 'result' });
    expect(resumed.$answers.get()).toEqual({ [first.id]: ending.id });
  });

  it('a run left on its result reopens on it; left on the review (to change an answer), on the review', () => {
    const first = createSession(whichOption);
    answerAll(first, 0);
    first.showResult();
    const started = first.run();
    const second = createSession(whichOption);
    expect(second.$screen.get()).toEqual({ name: 'result' });
    expect(second.run(), 'the same run, so its result keeps one history entry').toBe(started);
    second.review();
    expect(createSession(whichOption).$screen.get()).toEqual({ name: 'review' });
    // A later moment, so the new run's start cannot share the old one's millisecond.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse(started) + 60_000);
    try {
      second.startOver();
      expect(second.run(), 'starting over begins a new run').not.toBe(started);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a new session opens on the review when every item was answered', () => {
    const first = createSession(whichOption);
    const answers = answerAll(first, 0);
    const second = createSession(whichOption);
    expect(second.$notice.get()).toBe('restored');
    expect(second.$screen.get()).toEqual({ name: 'review' });
    expect(second.$answers.get()).toEqual(answers);
  });

  it('restores at the last item when every item but one was answered', () => {
    const first = createSession(whichOption);
    first.start();
    for (let index = 0; index < lastIndex; index++) {
      if (index !== 4) answerCurrent(first, 0);
      first.next();
    }
    answerCurrent(first, 0);
    first.next();
    expect(first.$screen.get()).toEqual({ name: 'review' });
    const second = createSession(whichOption);
    expect(second.$screen.get()).toEqual({ name: 'item', index: lastIndex });
    expect(Object.keys(second.$answers.get())).toHaveLength(lastIndex);
  });

  it('round-trips any answers at any position through a new session', () => {
    const answersArb = fc.record(
      Object.fromEntries(whichOption.items.map((item) => [item.id, fc.constantFrom(...item.answers.map((answer) => answer.id))])),
      { requiredKeys: [] },
      // Optional keys are left out, never set to undefined.
    ).map((answers) => answers as Record<string, string>);
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 0, max: lastIndex }), (answers, position) => {
        cleanTestStorage();
        const first = createSession(whichOption);
        first.goTo(position);
        for (const [itemId, answerId] of Object.entries(answers)) first.answer(itemId, answerId);
        const second = createSession(whichOption);
        const complete = whichOption.items.every((item) => item.id in answers);
        expect(second.$answers.get()).toEqual(answers);
        expect(second.$notice.get()).toBe('restored');
        expect(second.$screen.get()).toEqual(complete ? { name: 'review' } : { name: 'item', index: position });
      }),
      { numRuns: 50 },
    );
  });

  it('keeps each assessment apart', () => {
    const [one, two] = definitions;
    if (!one || !two) throw new Error('need two definitions');
    const first = createSession(one);
    first.start();
    answerCurrent(first, 0);
    const other = createSession(two);
    expect(other.$notice.get()).toBeNull();
    expect(other.$answers.get()).toEqual({});
    expect(Object.keys(getTestStorage())).toEqual([progressKey(one.id)]);
  });

  it('dismissNotice hides the notice and keeps the answers and the screen', () => {
    const first = createSession(whichOption);
    first.start();
    answerCurrent(first, 0);
    const second = createSession(whichOption);
    second.dismissNotice();
    expect(second.$notice.get()).toBeNull();
    expect(second.$answers.get()).toEqual(first.$answers.get());
    expect(second.$screen.get()).toEqual({ name: 'item', index: 0 });
  });
});

describe('saved data that cannot be used', () => {
  it('another version (older, or newer from a cached page): notice "outdated", nothing restored, storage cleared', () => {
    const { itemId, answerId } = pick(whichOption, 0, 0);
    for (const version of [whichOption.version - 1, whichOption.version + 1]) {
      setTestStorageKey(progressKey('which-option'), encodeProgress({ assessment: 'which-option', version, answers: { [itemId]: answerId }, position: 0 }));
      const session = createSession(whichOption);
      expect(session.$notice.get()).toBe('outdated');
      expect(session.$answers.get()).toEqual({});
      expect(session.$screen.get()).toEqual({ name: 'intro' });
      expect(getTestStorage()).toEqual({});
      // Cleared for good: the next visit is a fresh start without a notice.
      expect(createSession(whichOption).$notice.get()).toBeNull();
    }
  });

  it.each([
    ['not JSON', '{not json'],
    ['a foreign object', '{"user":"someone","theme":"dark"}'],
    ["another assessment's progress", encodeProgress({ assessment: 'group-mirror', version: 1, answers: {}, position: 0 })],
    ['an unknown answer', JSON.stringify({ assessment: 'which-option', version: whichOption.version, answers: { 'how-you-put-it': 'nope' }, position: 0 })],
    ['a position past the end', JSON.stringify({ assessment: 'which-option', version: whichOption.version, answers: {}, position: lastIndex + 1 })],
  ])('%s: notice "corrupt", nothing restored, storage cleared', (_, raw) => {
    setTestStorageKey(progressKey('which-option'), raw);
    const session = createSession(whichOption);
    expect(session.$notice.get()).toBe('corrupt');
    expect(session.$answers.get()).toEqual({});
    expect(session.$screen.get()).toEqual({ name: 'intro' });
    expect(getTestStorage()).toEqual({});
    expect(createSession(whichOption).$notice.get()).toBeNull();
  });

  it('start clears the notice and begins at the first item', () => {
    setTestStorageKey(progressKey('which-option'), '{not json');
    const session = createSession(whichOption);
    session.start();
    expect(session.$notice.get()).toBeNull();
    expect(session.$screen.get()).toEqual({ name: 'item', index: 0 });
  });

  it('leaves a saved outcome of the same assessment alone', () => {
    setTestStorageKey(progressKey('which-option'), '{not json');
    setTestStorageKey(outcomeKey('which-option'), '{"assessment":"which-option","options":["option-1"]}');
    createSession(whichOption);
    expect(getTestStorage()).toEqual({ [outcomeKey('which-option')]: '{"assessment":"which-option","options":["option-1"]}' });
  });
});

describe('showing the result', () => {
  it.each(definitions.map((definition) => [definition.id, definition] as const))(
    '%s: the result screen writes the outcome the result shows to the outcome key',
    (_, definition) => {
      for (const position of [0, 1]) {
        cleanTestStorage();
        const session = createSession(definition);
        const answers = answerAll(session, position);
        expect(getTestStorage()[outcomeKey(definition.id)]).toBeUndefined();
        session.showResult();
        // What the result screen does once it shows the result (scoring loads with that screen).
        keepShownOutcome(session);
        const expected = outcomeOptions(assess(definition, answers).score.outcome);
        expect(expected.length).toBeGreaterThan(0);
        expect(decodeSavedOutcome(getTestStorage()[outcomeKey(definition.id)])).toEqual({ assessment: definition.id, options: expected });
      }
    },
  );

  it('rewrites the outcome when an answer changed from the review changes it', () => {
    const change = findOutcomeChange(whichOption, 'option-1', 'option-3');
    const session = createSession(whichOption);
    session.start();
    for (const [itemId, answerId] of Object.entries(change.before)) session.answer(itemId, answerId);
    session.review();
    session.showResult();
    keepShownOutcome(session);
    const saved = () => decodeSavedOutcome(getTestStorage()[outcomeKey('which-option')])?.options;
    expect(saved()).toEqual(optionsOf(change.beforeResult));
    session.review();
    session.goTo(change.itemIndex, true);
    session.answer(change.itemId, change.answerId);
    session.review();
    expect(saved(), 'the outcome is saved when the result is shown, not before').toEqual(optionsOf(change.beforeResult));
    session.showResult();
    keepShownOutcome(session);
    expect(session.$answers.get()).toEqual(change.after);
    expect(resultOf(session).get()).toEqual(change.afterResult);
    expect(saved()).toEqual(optionsOf(change.afterResult));
    expect(saved()).not.toEqual(optionsOf(change.beforeResult));
  });
});

describe('startOver', () => {
  it('clears answers, notice, progress and outcome, and goes to the intro', () => {
    const session = createSession(whichOption);
    answerAll(session, 1);
    session.showResult();
    keepShownOutcome(session);
    expect(Object.keys(getTestStorage()).sort()).toEqual([outcomeKey('which-option'), progressKey('which-option')]);
    session.startOver();
    expect(session.$answers.get()).toEqual({});
    expect(session.$notice.get()).toBeNull();
    expect(session.$screen.get()).toEqual({ name: 'intro' });
    expect(resultOf(session).get().score.outcome).toEqual({ kind: 'insufficient' });
    expect(getTestStorage()).toEqual({});
    const next = createSession(whichOption);
    expect(next.$notice.get()).toBeNull();
    expect(next.$answers.get()).toEqual({});
  });

  it('from the "restored" notice, starts afresh', () => {
    const first = createSession(whichOption);
    first.start();
    answerCurrent(first, 0);
    const second = createSession(whichOption);
    expect(second.$notice.get()).toBe('restored');
    second.startOver();
    expect(second.$notice.get()).toBeNull();
    expect(second.$answers.get()).toEqual({});
    expect(getTestStorage()).toEqual({});
  });

  it("leaves other assessments' saved data alone", () => {
    const mirror = definitions.find((definition) => definition.id === 'group-mirror');
    if (!mirror) throw new Error('no group-mirror definition');
    const other = createSession(mirror);
    answerAll(other, 0);
    other.showResult();
    const kept = { ...getTestStorage() };
    const session = createSession(whichOption);
    answerAll(session, 0);
    session.showResult();
    session.startOver();
    expect(getTestStorage()).toEqual(kept);
  });
});

describe('storage that refuses to write', () => {
  const refusals: string[] = [];
  /** Like a full or blocked localStorage: reading finds nothing, every write and delete throws. */
  const refusing = new Proxy<Record<string, string>>(
    {},
    {
      set(_, key) {
        refusals.push(`set ${String(key)}`);
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      deleteProperty(_, key) {
        refusals.push(`delete ${String(key)}`);
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    },
  );

  beforeEach(() => {
    refusals.length = 0;
    setPersistentEngine(refusing, { addEventListener() {}, removeEventListener() {} });
  });
  afterEach(() => {
    useTestStorageEngine();
  });

  it('the run goes on in memory: answers, moves, review and result all work', () => {
    const session = createSession(whichOption);
    expect(session.$notice.get()).toBeNull();
    let answers: Answers = {};
    expect(() => {
      answers = answerAll(session, 2);
    }).not.toThrow();
    expect(refusals.length, 'the session did try to save').toBeGreaterThan(0);
    expect(Object.keys(answers)).toHaveLength(whichOption.items.length);
    expect(session.$answers.get()).toEqual(answers);
    expect(session.$screen.get()).toEqual({ name: 'review' });
    expect(() => session.showResult()).not.toThrow();
    expect(session.$screen.get()).toEqual({ name: 'result' });
    expect(resultOf(session).get()).toEqual(assess(whichOption, answers));
  });

  it('changing an answer from the review still changes the answers and the result', () => {
    const session = createSession(whichOption);
    answerAll(session, 0);
    const { itemId, answerId } = pick(whichOption, 2, -1);
    session.goTo(2, true);
    expect(() => session.answer(itemId, answerId)).not.toThrow();
    expect(session.$answers.get()[itemId]).toBe(answerId);
    session.review();
    session.showResult();
    expect(resultOf(session).get()).toEqual(assess(whichOption, session.$answers.get()));
  });

  it('startOver still clears the answers in memory', () => {
    const session = createSession(whichOption);
    answerAll(session, 1);
    expect(() => session.startOver()).not.toThrow();
    expect(session.$answers.get()).toEqual({});
    expect(session.$screen.get()).toEqual({ name: 'intro' });
  });
});

describe('a browser that keeps nothing', () => {
  const engines: Array<[string, Record<string, string>]> = [
    ['localStorage is null', safeEngine(null, () => $storageKept.set(false))],
    [
      'every use of storage throws',
      safeEngine(
        new Proxy({} as Storage, {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        }),
        () => $storageKept.set(false),
      ),
    ],
  ];
  afterEach(() => {
    useTestStorageEngine();
    $storageKept.set(true);
  });

  it.each(engines)('%s: says once that answers will not be kept, and the whole run works', (_what, engine) => {
    setPersistentEngine(engine, { addEventListener() {}, removeEventListener() {} });
    $storageKept.set(false);
    const session = createSession(whichOption);
    expect(session.$notice.get()).toBe('unkept');
    const notices: Array<string | null> = [];
    const unlisten = session.$notice.listen((notice) => notices.push(notice));
    const answers = answerAll(session, 1);
    session.showResult();
    expect(session.$screen.get()).toEqual({ name: 'result' });
    expect(resultOf(session).get()).toEqual(assess(whichOption, answers));
    session.startOver();
    expect(session.$answers.get()).toEqual({});
    unlisten();
    expect(notices.filter((notice) => notice === 'unkept'), 'said once, not again').toEqual([]);
  });

  it('storage that starts refusing mid-run: the notice comes once, on the next screen', () => {
    let full = false;
    const data = new Map<string, string>();
    setPersistentEngine(
      safeEngine(
        {
          getItem: (key) => data.get(key) ?? null,
          setItem: (key, value) => {
            if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            data.set(key, value);
          },
          removeItem: (key) => void data.delete(key),
        },
        () => $storageKept.set(false),
      ),
      { addEventListener() {}, removeEventListener() {} },
    );
    const session = createSession(whichOption);
    session.start();
    expect(session.$notice.get()).toBeNull();
    full = true;
    answerCurrent(session, 0);
    expect(session.$notice.get()).toBe('unkept');
    session.next();
    expect(session.$notice.get()).toBeNull();
    answerCurrent(session, 0);
    session.next();
    expect(session.$notice.get(), 'not said twice').toBeNull();
  });
});

describe('a full storage with answers saved', () => {
  afterEach(() => {
    useTestStorageEngine();
    $storageKept.set(true);
  });

  it('restores them, and says that answers will not be kept when starting over cannot clear them', () => {
    const session0 = whichOption;
    const saved = encodeProgress({ assessment: session0.id, version: session0.version, answers: { [session0.items[0]!.id]: session0.items[0]!.answers[0]!.id }, position: 1 });
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    setPersistentEngine(
      safeEngine({ getItem: (key) => (key === progressKey(session0.id) ? saved : null), setItem: refuse, removeItem: refuse }, () => $storageKept.set(false)),
      { addEventListener() {}, removeEventListener() {} },
    );
    $storageKept.set(false);
    const session = createSession(whichOption);
    expect(session.$notice.get()).toBe('restored');
    session.startOver();
    expect(session.$screen.get()).toEqual({ name: 'intro' });
    expect(session.$notice.get()).toBe('unkept');
    expect(session.$answers.get()).toEqual({});
    session.start();
    expect(session.$notice.get()).toBeNull();
  });
});
