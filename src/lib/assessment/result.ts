import type { Answers, AssessmentDefinition } from '../../schemas/assessment.ts';
import { placeOnPath, type PathPlacement } from './path-placement.ts';
import { score, type ScoreResult } from './scoring.ts';
import { traitProfile, type TraitProfile } from './trait-profile.ts';

/** Everything a result page shows, by kind of assessment: the option scores, plus placement or profile. */
export type AssessmentResult =
  | { kind: 'situation'; score: ScoreResult }
  | { kind: 'path'; score: ScoreResult; path: PathPlacement }
  | { kind: 'mirror'; score: ScoreResult; traits: TraitProfile };

/** Scores `answers` and adds what the definition's kind calls for. */
export function assess(definition: AssessmentDefinition, answers: Answers): AssessmentResult {
  const scored = score(definition, answers);
  switch (definition.kind) {
    case 'situation':
      return { kind: 'situation', score: scored };
    case 'path':
      return { kind: 'path', score: scored, path: placeOnPath(definition, answers) };
    case 'mirror':
      return { kind: 'mirror', score: scored, traits: traitProfile(definition, answers) };
  }
}
