import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionIds, type AssessmentDefinition, type OptionId } from '../../../src/schemas/assessment.ts';
import { DECISIVE_COUNT, NEAR_TIE, decide, outcomeOptions, score } from '../../../src/lib/assessment/scoring.ts';
import { loadDefinitions } from '../../helpers/assessments.ts';
import { fixtureAnswers, fixtureDefinition, renameOptions, type WeightRow } from '../../helpers/definition-fixture.ts';

const byOption = (result: ReturnType<typeof score>, field: 'raw' | 'maximum' | 'normalised') =>
  Object.fromEntries(result.scores.map((entry) => [entry.option, entry[field]]));

describe('score: the arithmetic', () => {
  // q0: a0 → 2/0/0, a1 → 0/1/1;  q1: a0 → 0/2/0, a1 → 1/0/2;  q2: a0 → 0/0/0, a1 → 0/0/4
  const definition = fixtureDefinition([
    [[2, 0, 0], [0, 1, 1]],
    [[0, 2, 0], [1, 0, 2]],
    [[0, 0, 0], [0, 0, 4]],
  ]);

  it('adds the chosen weights and divides by each option’s maximum over the answered items', () => {
    const result = score(definition, fixtureAnswers([0, 1, 0]));
    expect(byOption(result, 'raw')).toEqual({ 'option-1': 3, 'option-2': 0, 'option-3': 2 });
    expect(byOption(result, 'maximum')).toEqual({ 'option-1': 3, 'option-2': 3, 'option-3': 7 });
    expect(byOption(result, 'normalised')).toEqual({ 'option-1': 1, 'option-2': 0, 'option-3': 2 / 7 });
    expect(result.ranking).toEqual(['option-1', 'option-3', 'option-2']);
    expect(result.margin).toBeCloseTo(1 - 2 / 7);
    expect(result.outcome).toEqual({ kind: 'single', option: 'option-1' });
    expect(result).toMatchObject({ answered: 3, total: 3, complete: true, ignored: [] });
  });

  it('leaves unanswered items out of the maximum, so a partial result is not dragged down', () => {
    const result = score(definition, fixtureAnswers([undefined, 0]));
    expect(byOption(result, 'maximum')).toEqual({ 'option-1': 1, 'option-2': 2, 'option-3': 2 });
    expect(byOption(result, 'normalised')).toEqual({ 'option-1': 0, 'option-2': 1, 'option-3': 0 });
    expect(result).toMatchObject({ answered: 1, total: 3, complete: false });
  });

  it('lists the answers that added most to the winning option, largest share first', () => {
    const result = score(definition, fixtureAnswers([1, 1, 1]));
    // option-3: q0 gives 1/7, q1 gives 2/7, q2 gives 4/7 → 7/7.
    expect(result.outcome).toEqual({ kind: 'single', option: 'option-3' });
    expect(result.decisive.map((entry) => [entry.itemId, entry.answerId, entry.option, entry.weight])).toEqual([
      ['q2', 'a1', 'option-3', 4],
      ['q1', 'a1', 'option-3', 2],
      ['q0', 'a1', 'option-3', 1],
    ]);
    expect(result.decisive[0]?.share).toBeCloseTo(4 / 7);
  });

  it('has no result before any answer, or when no answer points anywhere', () => {
    expect(score(definition, {}).outcome).toEqual({ kind: 'none' });
    const nothing = score(definition, fixtureAnswers([undefined, undefined, 0]));
    expect(nothing.outcome).toEqual({ kind: 'none' });
    expect(nothing.decisive).toEqual([]);
  });

  it('ignores, and reports, answers it cannot use, including keys inherited by every object', () => {
    const answers = { q0: 'a0', q1: 'no-such-answer', q9: 'a0', constructor: 'a0', toString: 'a1' };
    const result = score(definition, answers);
    expect(result.answered).toBe(1);
    expect(result.ignored).toEqual(['q1', 'q9', 'constructor', 'toString']);
    // An answers object that inherits an item id from its prototype does not answer that item.
    const inherited = Object.create({ q0: 'a0' }) as Record<string, string>;
    expect(score(definition, inherited).answered).toBe(0);
  });
});

describe('score: ties and near-ties', () => {
  it(`calls a lead of at most NEAR_TIE (${NEAR_TIE}) "between", and a larger lead a single result`, () => {
    const at = (normalised1: number, normalised2: number) =>
      decide({ 'option-1': normalised1, 'option-2': normalised2, 'option-3': 0 });
    expect(at(0.6, 0.5)).toEqual({ kind: 'between', options: ['option-1', 'option-2'] });
    expect(at(0.3, 0.2)).toEqual({ kind: 'between', options: ['option-1', 'option-2'] }); // 0.3 - 0.2 is not exactly 0.1 in floats
    expect(at(0.61, 0.5)).toEqual({ kind: 'single', option: 'option-1' });
    expect(at(0.5, 0.61)).toEqual({ kind: 'single', option: 'option-2' });
    expect(at(0.5, 0.5)).toEqual({ kind: 'between', options: ['option-1', 'option-2'] });
  });

  it('includes every option within NEAR_TIE of the top, and only those', () => {
    expect(decide({ 'option-1': 0.5, 'option-2': 0.45, 'option-3': 0.42 })).toEqual({
      kind: 'between',
      options: ['option-1', 'option-2', 'option-3'],
    });
    // option-3 is within NEAR_TIE of option-2 but not of the top: it is not part of the result.
    expect(decide({ 'option-1': 0.55, 'option-2': 0.47, 'option-3': 0.4 })).toEqual({ kind: 'between', options: ['option-1', 'option-2'] });
  });

  it('reports an exact tie from real answers as "between" both, whichever option is listed first', () => {
    // Each item pulls one way or the other; answering one each way ties option-1 and option-2 at 1/2.
    const definition = fixtureDefinition([
      [[1, 0, 0], [0, 1, 0]],
      [[0, 1, 0], [1, 0, 0]],
    ]);
    for (const answers of [fixtureAnswers([0, 0]), fixtureAnswers([1, 1])]) {
      const result = score(definition, answers);
      expect(result.outcome).toEqual({ kind: 'between', options: ['option-1', 'option-2'] });
      expect(result.margin).toBe(0);
      expect(new Set(result.decisive.map((entry) => entry.option))).toEqual(new Set(['option-1', 'option-2']));
    }
  });

  it('names the options of a "between" in the model’s order, not by score or list position', () => {
    expect(decide({ 'option-1': 0.4, 'option-2': 0.9, 'option-3': 0.85 })).toEqual({ kind: 'between', options: ['option-2', 'option-3'] });
    expect(decide({ 'option-1': 0.85, 'option-2': 0.2, 'option-3': 0.9 })).toEqual({ kind: 'between', options: ['option-1', 'option-3'] });
  });
});

/** Random definitions: 1-8 items of 2-6 answers, integer weights 0-3, plus an answer index per item (or none). */
const definitionWithAnswers = fc
  .array(fc.array(fc.tuple(fc.nat(3), fc.nat(3), fc.nat(3)), { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 8 })
  .chain((items) =>
    fc.record({
      items: fc.constant(items as WeightRow[][]),
      answers: fc.tuple(...items.map((answers) => fc.option(fc.nat(answers.length - 1), { nil: undefined }))),
    }),
  );

const permutationOfOptions = fc.shuffledSubarray([...optionIds], { minLength: 3, maxLength: 3 }).map(
  (shuffled) => Object.fromEntries(optionIds.map((option, index) => [option, shuffled[index]])) as Record<OptionId, OptionId>,
);

describe('score: properties over random definitions and answers', () => {
  it('keeps every normalised score in 0..1, and each option’s shares add up to its normalised score', () => {
    fc.assert(
      fc.property(definitionWithAnswers, ({ items, answers }) => {
        const result = score(fixtureDefinition(items), fixtureAnswers(answers));
        for (const entry of result.scores) {
          expect(entry.normalised).toBeGreaterThanOrEqual(0);
          expect(entry.normalised).toBeLessThanOrEqual(1);
          const shares = result.contributions.filter((c) => c.option === entry.option).reduce((sum, c) => sum + c.share, 0);
          expect(shares).toBeCloseTo(entry.normalised, 9);
        }
      }),
    );
  });

  it('decides exactly by the rule: a single result leads by more than NEAR_TIE, a "between" holds every option within it', () => {
    fc.assert(
      fc.property(definitionWithAnswers, ({ items, answers }) => {
        const result = score(fixtureDefinition(items), fixtureAnswers(answers));
        const normalised = Object.fromEntries(result.scores.map((entry) => [entry.option, entry.normalised])) as Record<OptionId, number>;
        const top = Math.max(...Object.values(normalised));
        const close = optionIds.filter((option) => top - normalised[option] <= NEAR_TIE + 1e-9);
        if (top === 0) expect(result.outcome).toEqual({ kind: 'none' });
        else if (close.length === 1) expect(result.outcome).toEqual({ kind: 'single', option: close[0] });
        else expect(result.outcome).toEqual({ kind: 'between', options: close });
        expect(result.decisive.length).toBeLessThanOrEqual(DECISIVE_COUNT);
        for (const entry of result.decisive) expect(outcomeOptions(result.outcome)).toContain(entry.option);
      }),
    );
  });

  it('treats the options symmetrically: renaming them in the weights renames the result the same way', () => {
    fc.assert(
      fc.property(definitionWithAnswers, permutationOfOptions, ({ items, answers }, rename) => {
        const definition = fixtureDefinition(items);
        const before = score(definition, fixtureAnswers(answers)).outcome;
        const after = score(renameOptions(definition, rename), fixtureAnswers(answers)).outcome;
        const expected = new Set(outcomeOptions(before).map((option) => rename[option]));
        expect(after.kind).toBe(before.kind);
        expect(new Set(outcomeOptions(after))).toEqual(expected);
      }),
    );
  });
});

describe('score: list order in the real definitions never decides', () => {
  const definitions = loadDefinitions();

  /** The same definition with items, answers, outcomes and weight keys in another order. */
  const reordered = (definition: AssessmentDefinition, seed: number): AssessmentDefinition => {
    const shuffle = <T,>(list: readonly T[]) => fc.sample(fc.shuffledSubarray([...list], { minLength: list.length, maxLength: list.length }), { numRuns: 1, seed })[0] as T[];
    return {
      ...definition,
      items: shuffle(definition.items).map((item) => ({
        ...item,
        answers: shuffle(item.answers).map((answer) => ({
          ...answer,
          weights: Object.fromEntries(shuffle(Object.entries(answer.weights))) as typeof answer.weights,
        })),
      })),
      outcomes: shuffle(definition.outcomes),
    };
  };

  it.each(definitions.map((definition) => [definition.id, definition] as const))('%s: same answers, any order, same result', (_id, definition) => {
    const answerSets = fc.record(
      Object.fromEntries(definition.items.map((item) => [item.id, fc.constantFrom(...item.answers.map((answer) => answer.id))])),
    );
    fc.assert(
      fc.property(answerSets, fc.integer(), (answers, seed) => {
        const original = score(definition, answers);
        const shuffled = score(reordered(definition, seed), answers);
        expect(shuffled.outcome).toEqual(original.outcome);
        expect(shuffled.scores).toEqual(original.scores);
      }),
      { numRuns: 200 },
    );
  });
});
