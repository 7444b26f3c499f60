import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionIds, type OptionId } from '../../../src/schemas/assessment.ts';
import { BETWEEN_SHARE, DECISIVE_COUNT, MIN_EVIDENCE_ITEMS, MIN_SHARE_OF_MAXIMUM, allowedUnsure, decide, evidenceOf, meetsMinimum, outcomeOptions, reasonsFor, score } from '../../../src/lib/assessment/scoring.ts';
import { fixtureAnswers, fixtureDefinition, renameOptions, UNSURE, type FixtureAnswer } from '../../helpers/definition-fixture.ts';

const byOption = (result: ReturnType<typeof score>, field: 'raw' | 'maximum' | 'normalized') =>
  Object.fromEntries(result.scores.map((entry) => [entry.option, entry[field]]));

describe('score: the arithmetic', () => {
  // q0: a0 → 2/0/0, a1 → 0/1/1, a2 not sure;  q1: a0 → 0/2/0, a1 → 1/0/2, a2 → nothing;  q2: a0 → 0/0/0, a1 → 0/0/4, a2 not sure
  const definition = fixtureDefinition([
    [[2, 0, 0], [0, 1, 1], UNSURE],
    [[0, 2, 0], [1, 0, 2], [0, 0, 0]],
    [[0, 0, 0], [0, 0, 4], UNSURE],
  ]);

  it('adds the chosen weights; the maximum is each option’s best over every item', () => {
    const result = score(definition, fixtureAnswers([0, 1, 0]));
    expect(byOption(result, 'raw')).toEqual({ 'option-1': 3, 'option-2': 0, 'option-3': 2 });
    expect(byOption(result, 'maximum')).toEqual({ 'option-1': 3, 'option-2': 3, 'option-3': 7 });
    expect(byOption(result, 'normalized')).toEqual({ 'option-1': 1, 'option-2': 0, 'option-3': 2 / 7 });
    expect(result.ranking).toEqual(['option-1', 'option-3', 'option-2']);
    expect(result.margin).toBeCloseTo(1 / 3);
    // Option 3 has more than half the top score, but from one item only: below the minimum of
    // evidence, so it is not named beside option 1 (which has two items and all of its maximum).
    expect(result.outcome).toEqual({ kind: 'single', option: 'option-1' });
    expect(result.scores.map((entry) => [entry.option, entry.items, entry.enough])).toEqual([['option-1', 2, true], ['option-2', 0, false], ['option-3', 1, false]]);
    expect(result.belowMinimum).toEqual(['option-3']);
    expect(result.against.map((entry) => [entry.itemId, entry.option])).toEqual([['q1', 'option-3']]);
    expect(result).toMatchObject({ answered: 3, total: 3, complete: true, ignored: [] });
  });

  it('lists the answers that weighed most for the result, largest first', () => {
    const result = score(definition, fixtureAnswers([1, 1, 1]));
    expect(result.outcome).toEqual({ kind: 'single', option: 'option-3' });
    expect(result.decisive.map((entry) => [entry.itemId, entry.answerId, entry.option, entry.weight])).toEqual([
      ['q2', 'a1', 'option-3', 4],
      ['q1', 'a1', 'option-3', 2],
      ['q0', 'a1', 'option-3', 1],
    ]);
  });

  it('gives no option when every answer is an absence or "not sure"', () => {
    const nothing = score(definition, fixtureAnswers([2, 2, 0]));
    expect(nothing.outcome).toEqual({ kind: 'none' });
    expect(nothing.decisive).toEqual([]);
    expect(nothing.margin).toBe(0);
  });

  it('ignores, and reports, answers it cannot use, including keys inherited by every object', () => {
    const answers = { q0: 'a0', q1: 'no-such-answer', q9: 'a0', constructor: 'a0', toString: 'a1' };
    const result = score(definition, answers);
    expect(result.answered).toBe(1);
    expect(result.ignored).toEqual(['q1', 'q9', 'constructor', 'toString']);
    expect(result.outcome).toEqual({ kind: 'insufficient' });
  });
});

describe('score: the minimum of evidence', () => {
  const items: FixtureAnswer[][] = Array.from({ length: 6 }, () => [[1, 0, 0], [0, 0, 1], UNSURE]);
  const definition = fixtureDefinition(items);

  it(`allows "not sure" on at most a third of the items (${allowedUnsure(6)} of 6)`, () => {
    expect([3, 6, 12, 13, 8].map(allowedUnsure)).toEqual([1, 2, 4, 4, 2]);
    expect(score(definition, fixtureAnswers([0, 0, 0, 0, 2, 2])).outcome).toEqual({ kind: 'single', option: 'option-1' });
    const tooUnsure = score(definition, fixtureAnswers([0, 0, 0, 2, 2, 2]));
    expect(tooUnsure.outcome).toEqual({ kind: 'insufficient' });
    expect(tooUnsure.evidence).toEqual({ answered: 6, unsure: 3, allowedUnsure: 2, missing: [], enough: false });
  });

  it('needs every item answered, and says which are missing', () => {
    const partial = score(definition, fixtureAnswers([0, undefined, 0, undefined, 0, 0]));
    expect(partial.outcome).toEqual({ kind: 'insufficient' });
    expect(partial.evidence.missing).toEqual(['q1', 'q3']);
    // One answer is never a result, however clear it is.
    expect(score(definition, fixtureAnswers([0])).outcome).toEqual({ kind: 'insufficient' });
    expect(evidenceOf(definition, {})).toMatchObject({ answered: 0, enough: false, missing: ['q0', 'q1', 'q2', 'q3', 'q4', 'q5'] });
  });
});

describe('score: option 2 needs a group', () => {
  const items: FixtureAnswer[][] = [
    [[0, 2, 0], [0, 0, 0], UNSURE],
    [[0, 1, 0], [1, 0, 0], UNSURE],
    [[0, 1, 0], [0, 0, 1], UNSURE],
  ];

  it('counts option 2 only when an answer shows membership', () => {
    const withGroup = fixtureDefinition(items);
    expect(score(withGroup, fixtureAnswers([0, 0, 0])).outcome).toEqual({ kind: 'single', option: 'option-2' });

    const noGroup = fixtureDefinition(items, 'situation', { membership: false });
    const result = score(noGroup, fixtureAnswers([1, 0, 1]));
    expect(byOption(result, 'raw')).toEqual({ 'option-1': 0, 'option-2': 0, 'option-3': 1 });
    expect(result.optionTwoNeedsGroup).toBe(true);
    // One answer for option 3 is a sign, not enough to name it.
    expect(result.outcome).toEqual({ kind: 'none' });
    expect(result.belowMinimum).toEqual(['option-3']);
    expect(result.contributions.every((entry) => entry.option !== 'option-2')).toBe(true);
  });
});

describe('score: the minimum of evidence for naming an option', () => {
  // Eight items: each can give option 1 one point, option 3 one point, or nothing.
  const items: FixtureAnswer[][] = Array.from({ length: 8 }, () => [[1, 0, 0], [0, 0, 1], [0, 0, 0], UNSURE]);
  const definition = fixtureDefinition(items);
  const answers = (picks: number[]) => fixtureAnswers(picks);

  it(`needs evidence from ${MIN_EVIDENCE_ITEMS} different items and ${MIN_SHARE_OF_MAXIMUM} of the maximum`, () => {
    expect(meetsMinimum(2, 1, 8)).toBe(false);
    expect(meetsMinimum(2, 2, 8)).toBe(true);
    expect(meetsMinimum(2, 2, 9)).toBe(false);
    expect(meetsMinimum(0, 0, 0)).toBe(false);
    // One answer for option 1, the rest absences: no option yet, and option 1 is said to fall short.
    const one = score(definition, answers([0, 2, 2, 2, 2, 2, 2, 2]));
    expect(one.outcome).toEqual({ kind: 'none' });
    expect(one.belowMinimum).toEqual(['option-1']);
    // Two: a quarter of 8, from two items: named.
    expect(score(definition, answers([0, 0, 2, 2, 2, 2, 2, 2])).outcome).toEqual({ kind: 'single', option: 'option-1' });
  });

  it('puts no one "between" two options on one answer each', () => {
    const result = score(definition, answers([0, 1, 2, 2, 2, 2, 2, 2]));
    expect(result.outcome).toEqual({ kind: 'none' });
    expect(result.belowMinimum).toEqual(['option-1', 'option-3']);
    // Two each: between.
    expect(score(definition, answers([0, 0, 1, 1, 2, 2, 2, 2])).outcome).toEqual({ kind: 'between', options: ['option-1', 'option-3'] });
    // Two for option 1, one for option 3: option 1 alone, option 3's answer named against it.
    const leaning = score(definition, answers([0, 0, 1, 2, 2, 2, 2, 2]));
    expect(leaning.outcome).toEqual({ kind: 'single', option: 'option-1' });
    expect(leaning.against.map((entry) => [entry.itemId, entry.option])).toEqual([['q2', 'option-3']]);
  });

  it('names the membership answer first among those that pull against the result', () => {
    const withGroup = fixtureDefinition([[[0, 2, 0], [0, 0, 0], UNSURE], [[1, 0, 0], [0, 0, 0], UNSURE], [[1, 0, 0], [0, 0, 3], UNSURE], [[0, 0, 2], [0, 0, 0], UNSURE]]);
    const result = score(withGroup, fixtureAnswers([0, 0, 1, 0]));
    expect(result.outcome).toEqual({ kind: 'single', option: 'option-3' });
    expect(result.member).toBe(true);
    expect(result.against.map((entry) => [entry.itemId, entry.option])).toEqual([['q0', 'option-2'], ['q1', 'option-1']]);
  });

  it('lists the reasons of each named option apart', () => {
    const result = score(definition, answers([0, 0, 1, 1, 1, 2, 2, 2]));
    expect(reasonsFor(result, 'option-1').map((entry) => entry.itemId)).toEqual(['q0', 'q1']);
    expect(reasonsFor(result, 'option-3').map((entry) => entry.itemId)).toEqual(['q2', 'q3', 'q4']);
  });
});

describe('decide: the "between" rule', () => {
  const raw = (one: number, two: number, three: number) => ({ 'option-1': one, 'option-2': two, 'option-3': three });

  it(`names every option scoring more than ${BETWEEN_SHARE} of the top, exactly, in whole numbers`, () => {
    expect(decide(raw(4, 2, 0))).toEqual({ kind: 'single', option: 'option-1' });
    expect(decide(raw(4, 3, 0))).toEqual({ kind: 'between', options: ['option-1', 'option-2'] });
    expect(decide(raw(1, 1, 0))).toEqual({ kind: 'between', options: ['option-1', 'option-2'] });
    expect(decide(raw(3, 2, 2))).toEqual({ kind: 'between', options: ['option-1', 'option-2', 'option-3'] });
    expect(decide(raw(0, 5, 3))).toEqual({ kind: 'between', options: ['option-2', 'option-3'] });
    expect(decide(raw(1, 0, 0))).toEqual({ kind: 'single', option: 'option-1' });
    expect(decide(raw(0, 0, 0))).toEqual({ kind: 'none' });
  });

  it('holds for any whole-number scores: single means every other is at most half the top; between names exactly those above half', () => {
    const scoreArb = fc.integer({ min: 0, max: 40 });
    fc.assert(
      fc.property(scoreArb, scoreArb, scoreArb, (one, two, three) => {
        const scores = raw(one, two, three);
        const outcome = decide(scores);
        const top = Math.max(one, two, three);
        if (top === 0) return outcome.kind === 'none';
        const above = optionIds.filter((option) => 2 * scores[option] > top);
        return JSON.stringify(outcomeOptions(outcome)) === JSON.stringify(above) && (outcome.kind === 'single') === (above.length === 1);
      }),
    );
  });
});

describe('score: properties over random definitions and answers', () => {
  const rowArb: fc.Arbitrary<FixtureAnswer> = fc.oneof(
    fc.constant(UNSURE),
    fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
  );
  const caseArb = fc
    .array(fc.array(rowArb, { minLength: 2, maxLength: 5 }), { minLength: 3, maxLength: 8 })
    .chain((items) =>
      fc.tuple(fc.constant(items), fc.tuple(...items.map((answers) => fc.option(fc.nat({ max: answers.length - 1 }), { nil: undefined })))),
    );

  it('shows a result only at or above the minimum, and then names options only with evidence', () => {
    fc.assert(
      fc.property(caseArb, ([items, picks]) => {
        const definition = fixtureDefinition(items);
        const result = score(definition, fixtureAnswers(picks));
        if (!result.evidence.enough) return result.outcome.kind === 'insufficient' && result.decisive.length === 0;
        const named = outcomeOptions(result.outcome);
        return named.every((option) => (result.scores.find((entry) => entry.option === option)?.raw ?? 0) > 0);
      }),
    );
  });

  it('keeps every bar in 0..1 and every contribution positive', () => {
    fc.assert(
      fc.property(caseArb, ([items, picks]) => {
        const result = score(fixtureDefinition(items), fixtureAnswers(picks));
        return result.scores.every((entry) => entry.normalized >= 0 && entry.normalized <= 1) && result.contributions.every((entry) => entry.weight > 0);
      }),
    );
  });

  it('treats the options symmetrically: renaming them in the weights renames the result the same way', () => {
    const permutationArb = fc.constantFrom<readonly OptionId[]>(
      ['option-1', 'option-2', 'option-3'],
      ['option-2', 'option-3', 'option-1'],
      ['option-3', 'option-1', 'option-2'],
      ['option-1', 'option-3', 'option-2'],
    );
    fc.assert(
      fc.property(caseArb, permutationArb, ([items, picks], order) => {
        const rename = Object.fromEntries(optionIds.map((option, index) => [option, order[index]])) as Record<OptionId, OptionId>;
        // Membership on every answer weighing for an option, so the option-2 gate follows the renaming.
        const base = fixtureDefinition(items);
        const withEveryMember = { ...base, items: base.items.map((item) => ({ ...item, answers: item.answers.map((answer) => ({ ...answer, member: true as const })) })) };
        const answers = fixtureAnswers(picks);
        const before = outcomeOptions(score(withEveryMember, answers).outcome).map((option) => rename[option]).sort();
        const after = [...outcomeOptions(score(renameOptions(withEveryMember, rename), answers).outcome)].sort();
        return JSON.stringify(before) === JSON.stringify(after);
      }),
    );
  });

  it(`lists at most ${DECISIVE_COUNT} decisive answers, all for the result's options`, () => {
    fc.assert(
      fc.property(caseArb, ([items, picks]) => {
        const result = score(fixtureDefinition(items), fixtureAnswers(picks));
        const named = outcomeOptions(result.outcome);
        return result.decisive.length <= DECISIVE_COUNT && result.decisive.every((entry) => named.includes(entry.option));
      }),
    );
  });
});
