/**
 * Places a reader among the five steps of the individual path, from a path assessment's answers.
 *
 * The rules, which the method page publishes:
 * 1. Each answer to an item about a step says whether the reader has taken that step (`reached`).
 *    A step is reached when more than half of its answered items say so; "not sure" when its items
 *    were answered only "not sure" (no evidence, so not reached); unanswered when none is.
 * 2. The path is walked in stages: steps 1 and 2 together (the model lets either come first), then
 *    step 3, step 4 and step 5. The reader is on the path up to the first stage not fully reached.
 * 3. The next step is what is missing from that stage: both step 1 and step 2 when neither is
 *    reached (either may come first), the other one when only one is, otherwise the single step.
 * 4. Steps reached beyond that stage are reported as `ahead`, not silently counted: a reader who
 *    has talked informally with someone but not yet found the wish to work with them is shown both.
 * 5. A member is past steps 1 and 2. In the model, both happen within every group member. A reader
 *    whose answers show membership of a group (`member`) and steps 3, 4 and 5 taken has the path
 *    behind them, whatever they recall of steps 1 and 2 (`behindAsMember`); the result may invite
 *    them to recall the difficulty that brought them in, never send them back to step 1.
 */
import type { Answers, AssessmentDefinition } from '../../schemas/assessment.ts';
import { chosenAnswer } from './scoring.ts';

/** The path's stages in order; it appears, in the model, that the first two steps may come in either order. */
export const pathStages: readonly (readonly string[])[] = [['step-1', 'step-2'], ['step-3'], ['step-4'], ['step-5']];

/** Rule 5: the steps that, with membership, put the whole path behind a reader. */
const laterSteps: readonly string[] = ['step-3', 'step-4', 'step-5'];

export type StepStatus = 'reached' | 'not-reached' | 'unsure' | 'unanswered';

export interface StepPlacement {
  step: string;
  status: StepStatus;
}

export interface PathPlacement {
  /** Every step, in the model's order, with what the answers say about it. */
  steps: readonly StepPlacement[];
  /** Reached steps, in the model's order. */
  reached: readonly string[];
  /** Reached steps in unbroken order from the start (rule 2): how far along the path the reader is. */
  onPath: readonly string[];
  /** What to take next (rule 3); two ids only for steps 1 and 2; empty once the path is complete. */
  next: readonly string[];
  /** Reached steps beyond the first gap (rule 4). */
  ahead: readonly string[];
  /** True when all five steps are on the path, or the path is behind a member (rule 5). */
  complete: boolean;
  /** Rule 5: a member with steps 3 to 5 taken who did not report step 1 or 2 as taken. */
  behindAsMember: boolean;
}

/** Where the answers place the reader on the individual path (rules in the module comment). */
export function placeOnPath(definition: AssessmentDefinition, answers: Answers): PathPlacement {
  const steps = pathStages.flat().map((step) => ({ step, status: stepStatus(definition, answers, step) }));
  const isReached = (step: string) => steps.some((entry) => entry.step === step && entry.status === 'reached');

  const onPath: string[] = [];
  const ahead: string[] = [];
  let next: readonly string[] = [];
  for (const stage of pathStages) {
    const taken = stage.filter(isReached);
    if (next.length > 0) {
      ahead.push(...taken);
      continue;
    }
    onPath.push(...taken);
    next = stage.filter((step) => !isReached(step));
  }

  const reached = steps.filter((entry) => entry.status === 'reached').map((entry) => entry.step);
  const member = definition.items.some((item) => chosenAnswer(item, answers)?.member === true);
  const behindAsMember = next.length > 0 && member && laterSteps.every(isReached);
  if (behindAsMember) {
    return { steps, reached, onPath: pathStages.flat(), next: [], ahead: [], complete: true, behindAsMember };
  }
  return { steps, reached, onPath, next, ahead, complete: next.length === 0, behindAsMember };
}

/** Rule 1: a strict majority of the step's answered items must say it is reached. */
function stepStatus(definition: AssessmentDefinition, answers: Answers, step: string): StepStatus {
  const chosen = definition.items.filter((item) => item.about === step).map((item) => chosenAnswer(item, answers));
  const said = chosen.map((answer) => answer?.reached).filter((reached): reached is boolean => reached !== undefined);
  if (said.length === 0) return chosen.some((answer) => answer?.evidence === 'unsure') ? 'unsure' : 'unanswered';
  const yes = said.filter(Boolean).length;
  return yes * 2 > said.length ? 'reached' : 'not-reached';
}
