/**
 * Properties of the three real definitions, as scored: these fail when someone edits the weights in
 * a way that makes an option unreachable, ties a result to answer positions, or tilts the scale.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionIds, type AssessmentDefinition, type AssessmentItem, type OptionId } from '../../../src/schemas/assessment.ts';
import { NEAR_TIE, outcomeOptions, score } from '../../../src/lib/assessment/scoring.ts';
import { answersByPosition, loadDefinitions } from '../../helpers/assessments.ts';

const definitions = loadDefinitions();
const cases = definitions.map((definition) => [definition.id, definition] as const);

/**
 * Answers that favour `target` as strongly as possible: per item, the answer whose share for the
 * target most exceeds its largest share for any other option (shares relative to each item's maximum).
 */
function answersFavouring(definition: AssessmentDefinition, target: OptionId): Record<string, string> {
  const maximum = (item: AssessmentItem, option: OptionId) => Math.max(...item.answers.map((answer) => answer.weights[option])) || 1;
  return Object.fromEntries(
    definition.items.map((item) => {
      const lead = (answer: AssessmentItem['answers'][number]) =>
        answer.weights[target] / maximum(item, target) -
        Math.max(...optionIds.filter((option) => option !== target).map((option) => answer.weights[option] / maximum(item, option)));
      const best = item.answers.reduce((chosen, answer) => (lead(answer) > lead(chosen) ? answer : chosen));
      return [item.id, best.id];
    }),
  );
}

describe.each(cases)('%s', (_id, definition) => {
  it('can lead to each of the three options as a single result', () => {
    for (const option of optionIds) {
      const result = score(definition, answersFavouring(definition, option));
      expect(result.outcome, option).toEqual({ kind: 'single', option });
      // and clearly so, not by a hair
      expect(result.margin, option).toBeGreaterThan(2 * NEAR_TIE);
    }
  });

  it('can also end "between" two options', () => {
    // Half the items answered for one option, half for another: found by a bounded search over pairs.
    const found = optionIds.some((first) =>
      optionIds.some((second) => {
        if (first === second) return false;
        const a = answersFavouring(definition, first);
        const b = answersFavouring(definition, second);
        return definition.items.some((_, cut) => {
          const mixed = Object.fromEntries(definition.items.map((item, index) => [item.id, (index < cut ? a : b)[item.id] as string]));
          return score(definition, mixed).outcome.kind === 'between';
        });
      }),
    );
    expect(found).toBe(true);
  });

  /*
   * "Same position" answer sets: what a reader gets who clicks the same place every time without
   * reading. We try every position that all items have, the last answer, and both middles.
   * Asserted, and why:
   * 1. No position favours one option across the items: for each position, no option is the
   *    strongest weight of more than 60% of the answers there. This is the "by construction" check:
   *    it fails if answers are written in a fixed option order.
   * 2. None of these answer sets yields a clear single result: the outcome is "between", or the lead
   *    is at most 2 × NEAR_TIE. Clicking without reading should at most give a weak lean.
   * 3. They do not all give the same outcome.
   */
  const positions = (() => {
    const fewest = Math.min(...definition.items.map((item) => item.answers.length));
    const fixed = Array.from({ length: fewest }, (_, p) => [`position ${p + 1}`, () => p] as const);
    return [
      ...fixed,
      ['last', (count: number) => count - 1] as const,
      ['lower middle', (count: number) => Math.floor((count - 1) / 2)] as const,
      ['upper middle', (count: number) => Math.ceil((count - 1) / 2)] as const,
    ];
  })();

  it('does not tie any answer position to one option (1)', () => {
    const longest = Math.max(...definition.items.map((item) => item.answers.length));
    for (let position = 0; position < longest; position++) {
      const favourites = definition.items.flatMap((item) => {
        const weights = item.answers[position]?.weights;
        if (!weights) return [];
        const top = Math.max(...optionIds.map((option) => weights[option]));
        const leaders = optionIds.filter((option) => weights[option] === top);
        return leaders.length === 1 ? leaders : [];
      });
      for (const option of optionIds) {
        const count = favourites.filter((favourite) => favourite === option).length;
        expect(count, `position ${position + 1}, ${option}: ${count} of ${favourites.length} items`).toBeLessThanOrEqual(
          Math.max(2, Math.floor(0.6 * favourites.length)),
        );
      }
    }
  });

  it('gives no clear result to the same position every time (2) and not the same result for all positions (3)', () => {
    const outcomes = positions.map(([label, pick]) => {
      const result = score(definition, answersByPosition(definition, pick));
      if (result.outcome.kind === 'single') expect(result.margin, label).toBeLessThanOrEqual(2 * NEAR_TIE + 1e-9);
      return JSON.stringify(result.outcome);
    });
    expect(new Set(outcomes).size).toBeGreaterThan(1);
  });

  /*
   * Uniformly random answers: each option must be the single result in at least 5% of answer sets,
   * and part of the result (single or "between") in at least 25%. A fixed seed keeps the run
   * repeatable; 2,000 sets make the shares stable to about ±1%.
   */
  it('spreads random answers across all three options', () => {
    const answerSet = fc.record(
      Object.fromEntries(definition.items.map((item) => [item.id, fc.constantFrom(...item.answers.map((answer) => answer.id))])),
    );
    const runs = 2000;
    const single: Record<OptionId, number> = { 'option-1': 0, 'option-2': 0, 'option-3': 0 };
    const included: Record<OptionId, number> = { 'option-1': 0, 'option-2': 0, 'option-3': 0 };
    for (const answers of fc.sample(answerSet, { numRuns: runs, seed: 20240601 })) {
      const { outcome } = score(definition, answers);
      if (outcome.kind === 'single') single[outcome.option] += 1;
      for (const option of outcomeOptions(outcome)) included[option] += 1;
    }
    for (const option of optionIds) {
      expect(single[option] / runs, `${option} as the single result`).toBeGreaterThanOrEqual(0.05);
      expect(included[option] / runs, `${option} in the result`).toBeGreaterThanOrEqual(0.25);
    }
  });

  it('names only its own items and answers among the decisive answers', () => {
    const answers = answersByPosition(definition, (count) => count - 1);
    for (const entry of score(definition, answers).decisive) {
      const item = definition.items.find((candidate) => candidate.id === entry.itemId);
      expect(item?.answers.map((answer) => answer.id)).toContain(entry.answerId);
    }
  });
});

describe('group mirror', () => {
  const mirror = definitions.find((definition) => definition.kind === 'mirror');
  if (!mirror) throw new Error('no mirror definition');

  it('lands "between" when every answer is the middle of the strength scale (0.5)', () => {
    const middle = Object.fromEntries(
      mirror.items.map((item) => {
        const closest = item.answers.reduce((chosen, answer) =>
          Math.abs((answer.strength ?? 0) - 0.5) < Math.abs((chosen.strength ?? 0) - 0.5) ? answer : chosen,
        );
        return [item.id, closest.id];
      }),
    );
    expect(score(mirror, middle).outcome.kind).toBe('between');
  });

  it('recommends option 2 to a group strong on every trait', () => {
    const strongest = Object.fromEntries(
      mirror.items.map((item) => [item.id, item.answers.reduce((chosen, answer) => ((answer.strength ?? 0) > (chosen.strength ?? 0) ? answer : chosen)).id]),
    );
    expect(score(mirror, strongest).outcome).toEqual({ kind: 'single', option: 'option-2' });
  });
});
