import { optionIds, type AssessmentDefinition, type AssessmentKind, type OptionId } from '../../src/schemas/assessment.ts';

/** One answer's weights as [option-1, option-2, option-3]. */
export type WeightRow = readonly [number, number, number];

/** "not sure": no evidence, no weight. */
export const UNSURE = 'unsure';
export type FixtureAnswer = WeightRow | typeof UNSURE;

/**
 * A minimal valid-shaped definition for scoring tests: item i is `q<i>`, its answer j is `a<j>`,
 * with the given weights (or "not sure"). It skips the schema on purpose, so tests can build edge
 * cases freely. By default every answer weighing for option 2 also shows membership, so option 2
 * counts; `membership: false` leaves that out, to test the rule that option 2 needs a group.
 */
export function fixtureDefinition(
  items: readonly (readonly FixtureAnswer[])[],
  kind: AssessmentKind = 'situation',
  { membership = true }: { membership?: boolean } = {},
): AssessmentDefinition {
  return {
    id: 'fixture',
    kind,
    version: 1,
    title: 'Fixture assessment',
    summary: 'A definition built in a test, with weights chosen to exercise one rule.',
    minutes: 1,
    intro: "Built in a test; never shown to a reader. The link is the guide's reading of the model.",
    items: items.map((answers, itemIndex) => ({
      id: `q${itemIndex}`,
      prompt: `Question number ${itemIndex}?`,
      about: 'option-1',
      answers: answers.map((row, answerIndex) => {
        const weights = row === UNSURE ? [0, 0, 0] : row;
        const weighs = weights.some((weight) => weight > 0);
        return {
          id: `a${answerIndex}`,
          label: `Answer number ${answerIndex}`,
          weights: { 'option-1': weights[0], 'option-2': weights[1], 'option-3': weights[2] },
          ...(row === UNSURE ? { evidence: 'unsure' as const } : weighs ? {} : { evidence: 'none' as const }),
          ...(membership && weights[1] > 0 ? { member: true as const } : {}),
        };
      }),
    })),
    outcomes: optionIds.map((option) => ({
      element: option,
      explanation: 'An explanation long enough to pass the minimum length of the schema.',
      next: ['Something to try next'],
      stillApplies: 'How this option still applies when it is not the result.',
    })),
  };
}

/** Answers choosing answer `a<j>` for item `q<i>` from a list of answer indexes (undefined skips the item). */
export function fixtureAnswers(indexes: readonly (number | undefined)[]): Record<string, string> {
  return Object.fromEntries(indexes.flatMap((index, item) => (index === undefined ? [] : [[`q${item}`, `a${index}`]])));
}

/** A copy of `definition` with the options renamed by `rename` in every weight and outcome. */
export function renameOptions(definition: AssessmentDefinition, rename: Readonly<Record<OptionId, OptionId>>): AssessmentDefinition {
  return {
    ...definition,
    items: definition.items.map((item) => ({
      ...item,
      answers: item.answers.map((answer) => ({
        ...answer,
        weights: {
          [rename['option-1']]: answer.weights['option-1'],
          [rename['option-2']]: answer.weights['option-2'],
          [rename['option-3']]: answer.weights['option-3'],
        } as Record<OptionId, number>,
      })),
    })),
    outcomes: definition.outcomes.map((outcome) => ({ ...outcome, element: rename[outcome.element] })),
  };
}
