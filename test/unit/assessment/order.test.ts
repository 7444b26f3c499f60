import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessmentOrder, inAssessmentOrder } from '../../../src/lib/assessment/order.ts';

describe('inAssessmentOrder', () => {
  it('lists the assessments in the site order, whatever order they come in, and leaves its input alone', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...assessmentOrder]), (ids) => {
        const entries = ids.map((id) => ({ id }));
        const copy = [...entries];
        const sorted = inAssessmentOrder(entries).map((entry) => entry.id);
        expect(sorted).toEqual(assessmentOrder.filter((id) => ids.includes(id)));
        expect(entries).toEqual(copy);
      }),
    );
  });

  it('names the file of an assessment the order does not place', () => {
    expect(() => inAssessmentOrder([{ id: 'which-option' }, { id: 'new-one' }])).toThrow(/content\/assessments\/new-one\.json: add "new-one" to assessmentOrder/);
  });
});
