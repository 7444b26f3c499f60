import { describe, expect, it } from 'vitest';
import { optionIds } from '../../../src/schemas/assessment.ts';
import { weightTable } from '../../../src/lib/assessment/method.ts';
import { score } from '../../../src/lib/assessment/scoring.ts';
import { answersByPosition, loadDefinitions } from '../../helpers/assessments.ts';

describe.each(loadDefinitions().map((definition) => [definition.id, definition] as const))('weightTable(%s)', (_id, definition) => {
  const table = weightTable(definition);

  it('has one block per item and one row per answer, with the scored weights', () => {
    expect(table.items.map((item) => item.itemId)).toEqual(definition.items.map((item) => item.id));
    table.items.forEach((row, index) => {
      const item = definition.items[index]!;
      expect(row).toMatchObject({ number: index + 1, prompt: item.prompt, about: item.about });
      expect(row.answers).toEqual(
        item.answers.map((answer) => ({
          answerId: answer.id,
          label: answer.label,
          weights: answer.weights,
          ...(answer.reached === undefined ? {} : { reached: answer.reached }),
          ...(answer.strength === undefined ? {} : { strength: answer.strength }),
          ...(answer.evidence === undefined ? {} : { evidence: answer.evidence }),
          ...(answer.member ? { member: true } : {}),
        })),
      );
    });
  });

  it('publishes the same maximum per option that scoring divides by once every item is answered', () => {
    const scored = score(definition, answersByPosition(definition, () => 0));
    for (const option of optionIds) {
      expect(table.maximum[option]).toBe(scored.scores.find((entry) => entry.option === option)?.maximum);
    }
  });
});
