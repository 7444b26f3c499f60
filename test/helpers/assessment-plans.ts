import { assess, type AssessmentResult } from '../../src/lib/assessment/result.ts';
import { outcomeOptions, type Outcome } from '../../src/lib/assessment/scoring.ts';
import { optionIds, type Answers, type AssessmentAnswer, type AssessmentDefinition, type OptionId } from '../../src/schemas/assessment.ts';

/**
 * Answers for tests that drive the assessments, chosen from the definitions and the pure scoring,
 * never written down by hand: when a weight changes, the answers and the expected results follow.
 */

/** How strongly an answer points to `option` rather than to the others. */
const lean = (answer: AssessmentAnswer, option: OptionId): number =>
  answer.weights[option] - Math.max(...optionIds.filter((other) => other !== option).map((other) => answer.weights[other]));

/** For every item, the answer that leans most towards `option` (the first of equals). */
export function answersTowards(definition: AssessmentDefinition, option: OptionId): Record<string, string> {
  return Object.fromEntries(
    definition.items.map((item) => {
      const best = item.answers.reduce((chosen, answer) => (lean(answer, option) > lean(chosen, option) ? answer : chosen));
      return [item.id, best.id];
    }),
  );
}

/** Two outcomes are the same when they name the same kind and options. */
export const sameOutcome = (a: Outcome, b: Outcome): boolean => JSON.stringify(a) === JSON.stringify(b);

export interface OutcomeChange {
  /** Every item answered; the result a reader sees before changing one answer. */
  before: Record<string, string>;
  /** The item whose answer is changed, by index. */
  itemIndex: number;
  itemId: string;
  /** The answer it is changed to. */
  answerId: string;
  after: Record<string, string>;
  beforeResult: AssessmentResult;
  afterResult: AssessmentResult;
}

/**
 * A complete set of answers and one change to it that changes the outcome. Walks from the answers
 * leaning to `from` towards those leaning to `to`, one item at a time, and stops at the first step
 * that moves the outcome from one named result to another: so the change is one a reader could
 * make on the review page.
 */
export function findOutcomeChange(definition: AssessmentDefinition, from: OptionId, to: OptionId): OutcomeChange {
  const target = answersTowards(definition, to);
  let current = answersTowards(definition, from);
  // Items whose target answer weighs for `to` come first, so evidence for `to` grows before that for `from` goes.
  const weighsForTarget = (item: AssessmentDefinition['items'][number]) =>
    (item.answers.find((answer) => answer.id === target[item.id])?.weights[to] ?? 0) > 0;
  const order = [...definition.items.entries()].sort(([, a], [, b]) => Number(weighsForTarget(b)) - Number(weighsForTarget(a)));
  for (const [itemIndex, item] of order) {
    const answerId = target[item.id];
    if (answerId === undefined || answerId === current[item.id]) continue;
    const next = { ...current, [item.id]: answerId };
    const beforeResult = assess(definition, current);
    const afterResult = assess(definition, next);
    // Both sides name an option: a change to "no option yet" would leave the guide no marker to move.
    const named = (result: AssessmentResult) => outcomeOptions(result.score.outcome).length > 0;
    if (named(beforeResult) && named(afterResult) && !sameOutcome(beforeResult.score.outcome, afterResult.score.outcome)) {
      return { before: current, itemIndex, itemId: item.id, answerId, after: next, beforeResult, afterResult };
    }
    current = next;
  }
  throw new Error(`${definition.id}: moving every answer from ${from} to ${to} never changed the outcome`);
}

/** One planned run: the answer id per item in order, undefined where the reader skips the item. */
export type Plan = readonly (string | undefined)[];

/** A plan from answers (items missing from `answers` are skipped). */
export const planOf = (definition: AssessmentDefinition, answers: Answers): Plan => definition.items.map((item) => answers[item.id]);

/** The answers a plan gives. */
export const answersOf = (definition: AssessmentDefinition, plan: Plan): Record<string, string> =>
  Object.fromEntries(definition.items.flatMap((item, index) => (plan[index] === undefined ? [] : [[item.id, plan[index]]])));

/** The options an outcome names, for the guide's "your result" markers. */
export const optionsOf = (result: AssessmentResult): readonly OptionId[] => outcomeOptions(result.score.outcome);
