import { describe, expect, it } from 'vitest';
import { elementScope, standaloneSummary } from '../../../src/lib/guide/element-scope.ts';
import { modelElements } from '../../helpers/dist.ts';

const elements = modelElements();

describe('an element shown on its own', () => {
  it.each(elements.filter((e) => e.kind === 'step').map((e) => [e.id, e] as const))('%s says it is what the author saw in the 17 groups studied so far', (_id, element) => {
    const text = standaloneSummary(element);
    expect(text).toMatch(/\b17 groups\b/);
    expect(text).toMatch(/\bstudied so far\b/);
    expect(text.indexOf('17 groups'), 'the scope comes first').toBeLessThan(text.indexOf(element.summary.trim()));
  });

  it.each(elements.filter((e) => e.kind === 'trait').map((e) => [e.id, e] as const))('%s says it is shared by the groups the author has studied and been part of', (_id, element) => {
    const text = standaloneSummary(element);
    expect(text).toMatch(/\bgroups the author has studied and been part of\b/);
    expect(text.indexOf('studied and been part of')).toBeLessThan(text.indexOf(element.summary.trim()));
  });

  it.each(elements.map((e) => [e.id, e] as const))('%s keeps its whole summary after the scope, as one text', (_id, element) => {
    const note = element.aloneNote ? ` ${element.aloneNote.trim()}` : '';
    expect(standaloneSummary(element)).toBe(`${elementScope[element.kind]} ${element.summary.trim()}${note}`);
    expect(standaloneSummary(element)).not.toMatch(/\s{2}/);
  });

  it('keeps, for Step 1 alone, the essay\'s hedged note that Steps 1 and 2 may come in either order', () => {
    const stepOne = elements.find((e) => e.id === 'step-1')!;
    expect(standaloneSummary(stepOne)).toMatch(/It appears .*either order/);
    // The guide's sections say it once, with Step 2: the note is for the element shown alone.
    expect(stepOne.summary).not.toMatch(/either order/);
    expect(elements.find((e) => e.id === 'step-2')!.summary).toMatch(/It appears .*either order/);
  });

  it('gives options the hedge "the options the author sees today"', () => {
    expect(elementScope.option).toMatch(/options the author sees today/);
  });
});
