import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/lib/assessment/result.ts';
import { decodeShareCode, encodeShareCode } from '../../../src/lib/assessment/share-code.ts';
import { scoringOnly } from '../../../src/lib/assessment/scoring-only.ts';
import { loadDefinitions } from '../../helpers/assessments.ts';

const definitions = loadDefinitions();

describe('scoringOnly', () => {
  it.each(definitions.map((definition) => [definition.id, definition] as const))('%s: scores and reads share codes exactly as the full definition does', (_, definition) => {
    const light = scoringOnly(definition);
    const answerSets = fc.record(
      Object.fromEntries(definition.items.map((item) => [item.id, fc.constantFrom(...item.answers.map((answer) => answer.id))])),
      { requiredKeys: [] },
    ).map((record) => Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => entry[1] !== undefined)));
    fc.assert(
      fc.property(answerSets, (answers) => {
        expect(assess(light, answers)).toEqual(assess(definition, answers));
        const code = encodeShareCode(definition, answers);
        const full = decodeShareCode(code, [definition]);
        const read = decodeShareCode(code, [light]);
        expect(read.ok).toBe(full.ok);
        if (read.ok && full.ok) expect(read.value.answers).toEqual(full.value.answers);
        else if (!read.ok && !full.ok) expect(read.message).toBe(full.message);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves out the words readers answer', () => {
    for (const definition of definitions) {
      const light = JSON.stringify(scoringOnly(definition));
      expect(light.length).toBeLessThan(JSON.stringify(definition).length);
      const words = [definition.intro, definition.summary, ...definition.items.flatMap((item) => [item.prompt, ...item.answers.map((answer) => answer.label)])];
      for (const text of words) expect(light, definition.id).not.toContain(JSON.stringify(text));
    }
  });
});
