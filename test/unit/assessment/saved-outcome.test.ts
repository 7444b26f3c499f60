import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSavedOutcome, encodeSavedOutcome, type SavedOutcome } from '../../../src/lib/assessment/saved-outcome.ts';
import { optionIds } from '../../../src/schemas/assessment.ts';

/** Any assessment id, and one to three of the model's options (as an outcome names them). */
const outcomeArb: fc.Arbitrary<SavedOutcome> = fc.record({
  assessment: fc.string(),
  options: fc.subarray([...optionIds], { minLength: 1 }),
});

describe('decodeSavedOutcome', () => {
  it('reads nothing saved as no outcome', () => {
    expect(decodeSavedOutcome(null)).toBeUndefined();
    expect(decodeSavedOutcome(undefined)).toBeUndefined();
    expect(decodeSavedOutcome('')).toBeUndefined();
  });

  it('reads back what it encoded: one option, or the two or three of a near-tie', () => {
    fc.assert(
      fc.property(outcomeArb, (outcome) => {
        expect(decodeSavedOutcome(encodeSavedOutcome(outcome))).toEqual(outcome);
      }),
    );
  });

  it('keeps the options in the order they were saved', () => {
    const outcome: SavedOutcome = { assessment: 'which-option', options: ['option-3', 'option-1'] };
    expect(decodeSavedOutcome(encodeSavedOutcome(outcome))?.options).toEqual(['option-3', 'option-1']);
  });

  it('returns only the two known fields, whatever else the saved object carries', () => {
    const decoded = decodeSavedOutcome('{"assessment":"which-option","options":["option-2"],"scores":[1,2,3],"html":"<b>x</b>"}');
    expect(decoded).toEqual({ assessment: 'which-option', options: ['option-2'] });
    expect(Object.keys(decoded ?? {}).sort()).toEqual(['assessment', 'options']);
  });

  it.each([
    ['not JSON', '{not json'],
    ['cut-off JSON', '{"assessment":"which-option","options":["option-1"'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['a string', '"option-1"'],
    ['a boolean', 'true'],
    ['an array', '["option-1"]'],
    ['an empty object', '{}'],
    ['a missing assessment', '{"options":["option-1"]}'],
    ['an assessment that is not a string', '{"assessment":7,"options":["option-1"]}'],
    ['missing options', '{"assessment":"which-option"}'],
    ['options that are a string', '{"assessment":"which-option","options":"option-1"}'],
    ['options that are an object', '{"assessment":"which-option","options":{"0":"option-1"}}'],
    ['no options at all', '{"assessment":"which-option","options":[]}'],
    ['an unknown option', '{"assessment":"which-option","options":["option-4"]}'],
    ['a known option next to an unknown one', '{"assessment":"which-option","options":["option-1","option-9"]}'],
    ['an option that is not a string', '{"assessment":"which-option","options":[1]}'],
    ['an option id in another case', '{"assessment":"which-option","options":["Option-1"]}'],
    ['markup instead of an option', '{"assessment":"which-option","options":["<img src=x onerror=alert(1)>"]}'],
    ['a prototype key', '{"assessment":"which-option","options":["__proto__"]}'],
  ])('reads %s as no outcome', (_, raw) => {
    expect(decodeSavedOutcome(raw)).toBeUndefined();
  });

  it('never throws, and anything it returns names only known options', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ assessment: 'x', options: value }))), (raw) => {
        const decoded = decodeSavedOutcome(raw);
        if (decoded === undefined) return;
        expect(typeof decoded.assessment).toBe('string');
        expect(decoded.options.length).toBeGreaterThan(0);
        for (const option of decoded.options) expect(optionIds).toContain(option);
      }),
    );
  });

  it('accepts an arbitrary list of options only when every entry is a known option', () => {
    const entryArb = fc.oneof(fc.constantFrom(...optionIds), fc.string(), fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(fc.string(), fc.array(entryArb, { maxLength: 5 }), (assessment, options) => {
        const decoded = decodeSavedOutcome(JSON.stringify({ assessment, options }));
        const allKnown = options.length > 0 && options.every((option) => (optionIds as readonly unknown[]).includes(option));
        expect(decoded).toEqual(allKnown ? { assessment, options } : undefined);
      }),
    );
  });
});
