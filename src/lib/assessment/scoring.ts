/**
 * Scores a reader's answers against an assessment definition: pure, no DOM, no Astro, no storage.
 *
 * The rules, which the method page publishes:
 * 1. Evidence. Each answer gives each option a whole-number weight. Answers that report an absence
 *    ("no one comes to mind") or "not sure" weigh nothing for every option (the schema enforces it).
 *    An option's score is the sum of the weights of the chosen answers.
 * 2. Option 2 needs a group. It counts only when one of the chosen answers says the reader belongs
 *    to a group its members chose (`member`); otherwise its score is 0 and the result says why.
 * 3. The minimum. A result needs every item answered and at most {@link allowedUnsure} of them
 *    answered "not sure". Below that, the outcome is `insufficient`, with what is missing.
 * 3a. Not for you. An answer marked `outside` (only ever on the first item) says the assessment does
 *    not apply to the reader: the outcome is `outside`, whatever else is answered.
 * 4. Enough evidence for an option. An option can be named only when its evidence comes from at
 *    least {@link MIN_EVIDENCE_ITEMS} different items and reaches {@link MIN_SHARE_OF_MAXIMUM} of the
 *    most it could score in this assessment (`meetsMinimum`). An option is a pattern in the model
 *    (Option 1 is a path of steps, Option 2 a group living five traits, Option 3 acting as a group
 *    would in several ways), so one answer is a sign, never a pattern; the share scales the bar
 *    with how many signs an assessment asks about, without asking for most of them, since absences
 *    weigh nothing rather than against.
 * 5. The result. When no option meets rule 4, the outcome is `none` ("no option yet"), and options
 *    with some evidence below it are listed (`belowMinimum`). Otherwise, among the options that
 *    meet it, every one whose score is more than half the highest of them ({@link BETWEEN_SHARE})
 *    is named: one option is the result; two or three are "between". Scores are whole numbers
 *    compared exactly, so no rounding decides, and options are taken in the model's order: list
 *    order never decides.
 */
import type { Answers, AssessmentDefinition, AssessmentItem } from '../../schemas/assessment.ts';
import { optionIds, type OptionId } from './options.ts';

/** An option is named in the result when its score is more than this share of the top score. */
export const BETWEEN_SHARE = 1 / 2;

/** How many answers {@link ScoreResult.decisive} lists, and "why" lists per named option. */
export const DECISIVE_COUNT = 3;

/** Rule 4: the fewest different items an option's evidence must come from before it can be named. */
export const MIN_EVIDENCE_ITEMS = 2;

/** Rule 4: the share of its maximum an option must score before it can be named. */
export const MIN_SHARE_OF_MAXIMUM = 1 / 4;

/** Rule 4 in whole numbers: evidence from enough items, and `raw ÷ maximum ≥ 1/4` without rounding. */
export function meetsMinimum(raw: number, items: number, maximum: number): boolean {
  return items >= MIN_EVIDENCE_ITEMS && raw > 0 && raw * 4 >= maximum;
}

/** Rule 3: at most a third of the items, rounded down, may be answered "not sure". */
export const allowedUnsure = (items: number): number => Math.floor(items / 3);

/** One option's score. */
export interface OptionScore {
  option: OptionId;
  /** Sum of the chosen answers' weights for this option (0 for option 2 without membership, rule 2). */
  raw: number;
  /** Highest score the option can reach in this assessment: every item's largest weight for it. */
  maximum: number;
  /** raw ÷ maximum, 0..1. */
  normalized: number;
  /** How many different items gave this option evidence (rule 4). */
  items: number;
  /** True when the option meets the minimum of evidence for being named (rule 4). */
  enough: boolean;
}

/** How much one chosen answer added to one option. */
export interface Contribution {
  itemId: string;
  answerId: string;
  option: OptionId;
  weight: number;
}

/** What the answers are worth as evidence, and whether that is enough for a result (rule 3). */
export interface Evidence {
  /** Items with a valid answer, "not sure" included. */
  answered: number;
  /** Items answered "not sure". */
  unsure: number;
  /** How many "not sure" a result allows. */
  allowedUnsure: number;
  /** Items not answered yet, in the definition's order. */
  missing: readonly string[];
  /** True when the minimum is met. */
  enough: boolean;
}

/** The recommendation: too little evidence, no option, one option, or between two or three. */
export type Outcome =
  | { kind: 'insufficient' }
  | { kind: 'outside' }
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
  evidence: Evidence;
  /** All three options, in the model's order (option-1, option-2, option-3), for bars. */
  scores: readonly OptionScore[];
  /** Options from highest to lowest score; equal scores in the model's order (display only). */
  ranking: readonly OptionId[];
  /** The top score's lead over the next, as a share of the top score (0..1; 0 with no evidence). */
  margin: number;
  outcome: Outcome;
  /** True when answers weighed for option 2 but none showed membership, so they were not counted (rule 2). */
  optionTwoNeedsGroup: boolean;
  /** True when a chosen answer says the reader belongs to a group its members chose. */
  member: boolean;
  /** Options with some evidence that falls short of the minimum (rule 4), in the model's order. */
  belowMinimum: readonly OptionId[];
  /**
   * Counted answers for options that are not named although the outcome names some: answers that
   * pull against the result, so that the reader can check them. Membership first, then by weight.
   */
  against: readonly Contribution[];
  /** Every counted contribution, largest weight first (ties in item order). */
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

/** Rule 3a: whether an answer says the assessment is not for this reader, which ends the run there. */
export function endsRun(definition: AssessmentDefinition, answers: Answers): boolean {
  return definition.items.some((item) => chosenAnswer(item, answers)?.outside === true);
}

/** Rule 3: how much evidence the answers give, and whether it is enough for a result. */
export function evidenceOf(definition: AssessmentDefinition, answers: Answers): Evidence {
  const chosen = definition.items.map((item) => chosenAnswer(item, answers));
  const answered = chosen.filter((answer) => answer !== undefined).length;
  const unsure = chosen.filter((answer) => answer?.evidence === 'unsure').length;
  const allowed = allowedUnsure(definition.items.length);
  const missing = definition.items.filter((_, index) => chosen[index] === undefined).map((item) => item.id);
  // Rule 3a: a reader the assessment is not for owes no further answers.
  if (chosen.some((answer) => answer?.outside === true)) return { answered, unsure, allowedUnsure: allowed, missing: [], enough: true };
  return { answered, unsure, allowedUnsure: allowed, missing, enough: missing.length === 0 && unsure <= allowed };
}

/** Scores `answers` (item id → answer id, any subset of items) against `definition`. */
export function score(definition: AssessmentDefinition, answers: Answers): ScoreResult {
  const chosen = definition.items.flatMap((item) => {
    const answer = chosenAnswer(item, answers);
    return answer ? [{ item, answer }] : [];
  });
  const member = chosen.some(({ answer }) => answer.member === true);
  const counts = (option: OptionId) => option !== 'option-2' || member;

  const contributions = chosen
    .flatMap(({ item, answer }) =>
      optionIds
        .filter((option) => answer.weights[option] > 0 && counts(option))
        .map((option) => ({ itemId: item.id, answerId: answer.id, option, weight: answer.weights[option] })),
    )
    // A stable sort: equal weights stay in item order, then the model's option order.
    .sort((a, b) => b.weight - a.weight);

  const scores = optionIds.map((option) => {
    const own = contributions.filter((entry) => entry.option === option);
    const raw = own.reduce((sum, entry) => sum + entry.weight, 0);
    const items = new Set(own.map((entry) => entry.itemId)).size;
    const maximum = definition.items.reduce((sum, item) => sum + Math.max(...item.answers.map((answer) => answer.weights[option])), 0);
    return { option, raw, maximum, normalized: maximum > 0 ? raw / maximum : 0, items, enough: meetsMinimum(raw, items, maximum) };
  });
  const raw = Object.fromEntries(scores.map((entry) => [entry.option, entry.raw])) as Record<OptionId, number>;
  const supported = scores.filter((entry) => entry.enough).map((entry) => entry.option);
  const ranking = [...optionIds].sort((a, b) => raw[b] - raw[a]);
  const [top = 0, second = 0] = ranking.map((option) => raw[option]);
  const evidence = evidenceOf(definition, answers);
  const outside = chosen.some(({ answer }) => answer.outside === true);
  const outcome: Outcome = outside ? { kind: 'outside' } : evidence.enough ? decide(raw, supported) : { kind: 'insufficient' };
  const decidedFor = outcomeOptions(outcome);
  const memberAnswer = (entry: Contribution) => chosen.some(({ item, answer }) => item.id === entry.itemId && answer.member === true);
  const against =
    decidedFor.length === 0
      ? []
      : contributions
          .filter((entry) => !decidedFor.includes(entry.option))
          // A stable sort: the membership answer first, the rest keep their order (largest weight first).
          .sort((a, b) => Number(memberAnswer(b)) - Number(memberAnswer(a)));

  return {
    answered: chosen.length,
    total: definition.items.length,
    complete: chosen.length === definition.items.length,
    evidence,
    scores,
    ranking,
    margin: top > 0 ? (top - second) / top : 0,
    outcome,
    optionTwoNeedsGroup: !member && chosen.some(({ answer }) => answer.weights['option-2'] > 0),
    member,
    belowMinimum:
      outcome.kind === 'insufficient' || outcome.kind === 'outside'
        ? []
        : scores.filter((entry) => entry.raw > 0 && !entry.enough).map((entry) => entry.option),
    against,
    contributions,
    decisive: contributions.filter((entry) => decidedFor.includes(entry.option)).slice(0, DECISIVE_COUNT),
    ignored: ignoredKeys(definition, answers),
  };
}

/**
 * Rule 5, on answers that met the minimum of answers: among the `supported` options (rule 4; every
 * option when left out), those scoring more than half the highest of them. Whole numbers, so
 * `2 × score > top` is exact.
 */
export function decide(raw: Readonly<Record<OptionId, number>>, supported: readonly OptionId[] = optionIds): Outcome {
  const candidates = optionIds.filter((option) => supported.includes(option) && raw[option] > 0);
  const top = Math.max(0, ...candidates.map((option) => raw[option]));
  if (top <= 0) return { kind: 'none' };
  const named = candidates.filter((option) => raw[option] > top * BETWEEN_SHARE);
  if (named.length === 1) return { kind: 'single', option: named[0] as OptionId };
  return { kind: 'between', options: named as [OptionId, OptionId] | [OptionId, OptionId, OptionId] };
}

/** Keys of `answers` the scoring could not use, so a caller can say that something was dropped. */
function ignoredKeys(definition: AssessmentDefinition, answers: Answers): string[] {
  return Object.keys(answers).filter((itemId) => {
    const item = definition.items.find((candidate) => candidate.id === itemId);
    return !item || !chosenAnswer(item, answers);
  });
}

/** The answers that counted for `option`, largest first, at most {@link DECISIVE_COUNT}: its "why". */
export function reasonsFor(result: Pick<ScoreResult, 'contributions'>, option: OptionId): readonly Contribution[] {
  return result.contributions.filter((entry) => entry.option === option).slice(0, DECISIVE_COUNT);
}

/** The outcome's options as a list: one, two or three ids, or none. */
export function outcomeOptions(outcome: Outcome): readonly OptionId[] {
  if (outcome.kind === 'single') return [outcome.option];
  if (outcome.kind === 'between') return outcome.options;
  return [];
}
