import type { AssessmentDefinition, Persona } from '../../schemas/assessment.ts';
import { outcomeOptions, score, type Outcome } from './scoring.ts';

/** An outcome in the personas file's notation: "option-2", "option-1+option-3", "none", "insufficient" or "outside". */
export function outcomeNotation(outcome: Outcome): string {
  if (outcome.kind === 'single' || outcome.kind === 'between') return outcomeOptions(outcome).join('+');
  return outcome.kind;
}

/** One persona on one assessment: what a careful reader expects, and what the scoring gives. */
export interface PersonaCheck {
  assessmentId: string;
  expected: string;
  actual: string;
  reason: string;
}

/** Scores every persona's answers on every definition, for the method page's published table. */
export function checkPersona(persona: Persona, definitions: readonly AssessmentDefinition[]): PersonaCheck[] {
  return definitions.map((definition) => {
    const check = persona.checks[definition.id];
    if (!check) return { assessmentId: definition.id, expected: 'missing', actual: 'missing', reason: '' };
    return {
      assessmentId: definition.id,
      expected: check.expect,
      actual: outcomeNotation(score(definition, check.answers).outcome),
      reason: check.reason,
    };
  });
}
