/**
 * The result of a reader's own run, worked out from the session's answers. A module of its own so
 * that scoring loads with the result screen, never on the assessment's first view (README, Performance).
 */
import { computed, type ReadableAtom } from 'nanostores';
import { assess, type AssessmentResult } from '../lib/assessment/result.ts';
import { outcomeOptions } from '../lib/assessment/scoring.ts';
import type { Session } from './assessment-session.ts';

type ResultOwner = Pick<Session, 'definition' | '$answers'>;

const results = new WeakMap<ResultOwner, ReadableAtom<AssessmentResult>>();

/** The session's result, kept up to date with its answers: one store per session. */
export function resultOf(session: ResultOwner): ReadableAtom<AssessmentResult> {
  let $result = results.get(session);
  if (!$result) {
    $result = computed(session.$answers, (answers) => assess(session.definition, answers));
    results.set(session, $result);
  }
  return $result;
}

/** Keeps the options of the result now shown, for the guide's marker (see `keepOutcome`). */
export function keepShownOutcome(session: ResultOwner & Pick<Session, 'keepOutcome'>): void {
  session.keepOutcome(outcomeOptions(resultOf(session).get().score.outcome));
}
