/**
 * The persona suite: people described in plain sentences, with the answers each would honestly give
 * and the result a careful reader of the model would expect (content/assessments/method/personas.json,
 * published on the method page). Every persona is asserted on every assessment.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { score } from '../../../src/lib/assessment/scoring.ts';
import { outcomeNotation } from '../../../src/lib/assessment/personas.ts';
import { placeOnPath } from '../../../src/lib/assessment/path-placement.ts';
import { personasSchema } from '../../../src/schemas/assessment.ts';
import { assessmentsDir, loadDefinitions } from '../../helpers/assessments.ts';

const definitions = loadDefinitions();
const { personas } = personasSchema.parse(JSON.parse(readFileSync(`${assessmentsDir}/method/personas.json`, 'utf8')));

describe('the persona suite', () => {
  it('covers every option clearly, every "between" pair and the situations the issue names', () => {
    const expected = personas.flatMap((persona) => Object.values(persona.checks).map((check) => check.expect));
    for (const want of ['option-1', 'option-2', 'option-3', 'option-1+option-2', 'option-1+option-3', 'option-2+option-3', 'none', 'insufficient', 'outside']) {
      expect(expected, want).toContain(want);
    }
    const covers = personas.flatMap((persona) => persona.covers);
    for (const situation of ['start', 'pair', 'assigned team', 'conformist group', 'settled', 'leader', 'new hire', 'newcomer', 'team lead', 'long-time member']) {
      expect(covers, situation).toContain(situation);
    }
  });

  it('shows every long-time member of a group the path as behind them, whatever they recall of steps 1 and 2', () => {
    const path = definitions.find((definition) => definition.id === 'individual-path')!;
    const members = personas.filter((persona) => persona.covers.includes('long-time member'));
    expect(members.length).toBeGreaterThanOrEqual(3);
    for (const persona of members) {
      const placement = placeOnPath(path, persona.checks['individual-path']!.answers);
      expect(placement, persona.id).toMatchObject({ complete: true, next: [] });
    }
  });

  it('checks every persona on every assessment', () => {
    for (const persona of personas) expect(Object.keys(persona.checks).sort(), persona.id).toEqual(definitions.map((definition) => definition.id).sort());
  });

  describe.each(personas.map((persona) => [persona.id, persona] as const))('%s', (_id, persona) => {
    it.each(definitions.map((definition) => [definition.id, definition] as const))('on %s gets the result a careful reader expects', (_assessment, definition) => {
      const check = persona.checks[definition.id];
      if (!check) throw new Error(`${persona.id} has no check for ${definition.id}`);
      // A reader the assessment is not for answers only the first question, which ends it there;
      // everyone else answers every item.
      const first = definition.items[0];
      const endsAtFirst = first?.answers.some((answer) => answer.outside === true && answer.id === check.answers[first.id]) === true;
      const asked = endsAtFirst && first ? [first] : definition.items;
      // Every item asked is answered with one of its own answers: a typo must not pass as "not answered".
      for (const item of asked) {
        const answerId = check.answers[item.id];
        expect(item.answers.map((answer) => answer.id), `${persona.id}, ${definition.id}, ${item.id}`).toContain(answerId);
      }
      expect(Object.keys(check.answers).sort()).toEqual(asked.map((item) => item.id).sort());
      const result = score(definition, check.answers);
      expect(outcomeNotation(result.outcome), `${persona.id} on ${definition.id}: ${check.reason}`).toBe(check.expect);
    });
  });
});
