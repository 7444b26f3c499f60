/**
 * Scores a reader's answers against an assessment definition: pure, no DOM, no Astro, no storage.
 *
 * The rules, which the method page publishes:
 * 1. Each answer gives each option a weight (0 or more). An option's raw score is the sum of the
 *    weights of the chosen answers.
 * 2. An option's maximum is the sum, over the items answered so far, of the largest weight any answer
 *    of that item gives it. Unanswered items count for neither, so a half-finished assessment is
 *    scored on what the reader has said, not penalised for what they have not. Once every item is
 *    answered this is the maximum over the whole assessment.
 * 3. The normalised score is raw ÷ maximum (0 when the maximum is 0), so an option that few answers
 *    point to is not at a disadvantage against one that many answers point to.
 * 4. Options are ranked by normalised score. If the top option leads the next by more than
 *    {@link NEAR_TIE}, it is the result. Otherwise the result is "between" every option within
 *    NEAR_TIE of the top, named in the model's order: list order in the definition never decides.
 * 5. If no answered item points anywhere (every normalised score is 0), there is no result yet.
 */
import type { Answers, AssessmentDefinition, AssessmentItem } from '../../schemas/assessment.ts';
import { optionIds, type OptionId } from './options.ts';

/** Normalised scores at most this far apart (on the 0..1 scale) are too close to call. */
export const NEAR_TIE = 0.1;

/** How many answers {@link ScoreResult.decisive} lists. */
export const DECISIVE_COUNT = 3;

/** Sums of decimal weights are not exact; differences smaller than this are treated as equal. */
const EPSILON = 1e-9;

/** One option's score. */
export interface OptionScore {
  option: OptionId;
  /** Sum of the chosen answers' weights for this option. */
  raw: number;
  /** Highest raw score possible given the items answered (rule 2). */
  maximum: number;
  /** raw ÷ maximum, 0..1; 0 when maximum is 0. */
  normalised: number;
}

/** How much one chosen answer added to one option. */
export interface Contribution {
  itemId: string;
  answerId: string;
  option: OptionId;
  /** The answer's weight for the option. */
  weight: number;
  /** weight ÷ the option's maximum: an option's contributions add up to its normalised score. */
  share: number;
}

/** The recommendation: one option, a near-tie between two or three, or nothing yet. */
export type Outcome =
  | { kind: 'none' }
  | { kind: 'single'; option: OptionId }
  | { kind: 'between'; options: readonly [OptionId, OptionId] | readonly [OptionId, OptionId, OptionId] };

export interface ScoreResult {
  /** Items with a valid answer. */
  answered: number;
  /** Items in the definition. */
  total: number;
  /** True when every item is answered. */
  complete: boolean;
  /** All three options, in the model's order (option-1, option-2, option-3), for bars. */
  scores: readonly OptionScore[];
  /** Options from highest to lowest normalised score; equal scores in the model's order. */
  ranking: readonly OptionId[];
  /** Normalised score of the first in `ranking` minus the second's. */
  margin: number;
  outcome: Outcome;
  /** Every non-zero contribution, largest share first (ties in item order). */
  contributions: readonly Contribution[];
  /** The {@link DECISIVE_COUNT} largest contributions to the outcome's option(s): the "why". */
  decisive: readonly Contribution[];
  /** Item ids in `answers` that are not in the definition or whose answer id is unknown: ignored. */
  ignored: readonly string[];
}

/** The answer the reader chose for `item`, if it is one of the item's answers. */
export function chosenAnswer(item: AssessmentItem, answers: Answers) {
  if (!Object.hasOwn(answers, item.id)) return undefined;
  const answerId = answers[item.id];
  return item.answers.find((answer) => answer.id === answerId);
}

/** Scores `answers` (item id → answer id, any subset of items) against `definition`. */
export function score(definition: AssessmentDefinition, answers: Answers): ScoreResult {
  const raw = zeroes();
  const maximum = zeroes();
  const chosen: { item: AssessmentItem; answerId: string; weights: Record<OptionId, number> }[] = [];

  for (const item of definition.items) {
    const answer = chosenAnswer(item, answers);
    if (!answer) continue;
    chosen.push({ item, answerId: answer.id, weights: answer.weights });
    for (const option of optionIds) {
      raw[option] += answer.weights[option];
      maximum[option] += Math.max(...item.answers.map((candidate) => candidate.weights[option]));
    }
  }

  const scores = optionIds.map((option) => ({
    option,
    raw: raw[option],
    maximum: maximum[option],
    normalised: maximum[option] > 0 ? raw[option] / maximum[option] : 0,
  }));
  const normalised = Object.fromEntries(scores.map((entry) => [entry.option, entry.normalised])) as Record<OptionId, number>;
  const ranking = rank(normalised);
  const [first, second] = ranking.map((option) => normalised[option]) as [number, number, number];
  const outcome = decide(normalised, ranking);

  const contributions = chosen
    .flatMap(({ item, answerId, weights }) =>
      optionIds
        .filter((option) => weights[option] > 0)
        .map((option) => ({ itemId: item.id, answerId, option, weight: weights[option], share: weights[option] / maximum[option] })),
    )
    // A stable sort: equal shares stay in item order, then the model's option order.
    .sort((a, b) => b.share - a.share);
  const decidedFor = outcomeOptions(outcome);
  const decisive = contributions.filter((entry) => decidedFor.includes(entry.option)).slice(0, DECISIVE_COUNT);

  return {
    answered: chosen.length,
    total: definition.items.length,
    complete: chosen.length === definition.items.length,
    scores,
    ranking,
    margin: first - second,
    outcome,
    contributions,
    decisive,
    ignored: ignoredKeys(definition, answers),
  };
}

/** Options by normalised score, highest first; equal scores keep the model's order (display only). */
function rank(normalised: Record<OptionId, number>): OptionId[] {
  return [...optionIds].sort((a, b) => {
    const difference = normalised[b] - normalised[a];
    return Math.abs(difference) < EPSILON ? 0 : difference;
  });
}

/** Rules 4 and 5 of the module comment. */
export function decide(normalised: Readonly<Record<OptionId, number>>, ranking: readonly OptionId[] = rank({ ...normalised })): Outcome {
  const top = ranking[0];
  if (top === undefined || normalised[top] <= EPSILON) return { kind: 'none' };
  const close = optionIds.filter((option) => normalised[top] - normalised[option] <= NEAR_TIE + EPSILON);
  if (close.length === 1) return { kind: 'single', option: top };
  return { kind: 'between', options: close as [OptionId, OptionId] | [OptionId, OptionId, OptionId] };
}

/** Keys of `answers` the scoring could not use, so a caller can say that something was dropped. */
function ignoredKeys(definition: AssessmentDefinition, answers: Answers): string[] {
  return Object.keys(answers).filter((itemId) => {
    const item = definition.items.find((candidate) => candidate.id === itemId);
    return !item || !chosenAnswer(item, answers);
  });
}

function zeroes(): Record<OptionId, number> {
  return { 'option-1': 0, 'option-2': 0, 'option-3': 0 };
}

/** The outcome's options as a list: one, two or three ids, or none. */
export function outcomeOptions(outcome: Outcome): readonly OptionId[] {
  if (outcome.kind === 'single') return [outcome.option];
  if (outcome.kind === 'between') return outcome.options;
  return [];
}
