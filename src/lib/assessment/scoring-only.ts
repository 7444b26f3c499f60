import type { AssessmentDefinition } from '../../schemas/assessment.ts';

/**
 * A definition with only what reading share codes and scoring use: ids, versions, titles, weights,
 * steps and strengths. The words a reader answers (prompts, answers, intro, outcomes) are left
 * out, so a page that only tallies results does not carry every assessment's text in its HTML.
 */
export function scoringOnly({ stepAdvice: _stepAdvice, ...definition }: AssessmentDefinition): AssessmentDefinition {
  return {
    ...definition,
    summary: '',
    intro: '',
    outcomes: [],
    items: definition.items.map(({ help: _help, ...item }) => ({
      ...item,
      prompt: '',
      answers: item.answers.map((answer) => ({ ...answer, label: '' })),
    })),
  };
}
