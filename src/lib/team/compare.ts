/**
 * A team then and now: two team pictures side by side, counts and spreads only. Pure: no DOM.
 *
 * - Groups are matched by assessment and version: only the same questions can be compared. A
 *   group that only one side has is named ({@link TeamComparison.onlyThen}, `onlyNow`), never
 *   set against another assessment's.
 * - Nobody is followed from one moment to the other: the two sides are counted apart, and labels
 *   are never looked at. A count that went from 3 to 4 says that, not who moved.
 * - Every change is now minus then, so comparing a picture with itself moves nothing, and
 *   comparing the other way round gives every change with its sign turned.
 */
import type { AssessmentDefinition, OptionId } from '../../schemas/assessment.ts';
import type { TeamGroup, TeamPicture, TraitSpread } from './aggregate.ts';

/** A count then and now. */
export interface Change {
  then: number;
  now: number;
  /** now − then. */
  change: number;
}

export interface OptionChange {
  option: OptionId;
  /** People whose single result is this option. */
  clear: Change;
  /** People whose result is between this option and another. */
  between: Change;
}

/** One side of a trait: how many answered, at which level, and the spread of their strengths (0..1). */
export interface TraitSide {
  answered: number;
  weak: number;
  partly: number;
  strong: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  spread: number;
}

export interface TraitChange {
  trait: string;
  then: TraitSide;
  now: TraitSide;
  /** Change of the mean strength; null when either side has no answer. */
  mean: number | null;
  /** Change of the spread (highest − lowest). */
  spread: number;
}

export interface StepChange {
  step: string;
  taken: Change;
  next: Change;
  ahead: Change;
}

export interface StageChange {
  steps: readonly string[];
  at: Change;
}

interface GroupComparisonBase {
  definition: AssessmentDefinition;
  version: number;
  people: Change;
  options: readonly OptionChange[];
  /** People between options (each once), with no option yet, not in a group, with too few answers. */
  between: Change;
  none: Change;
  outside: Change;
  insufficient: Change;
}

export type GroupComparison =
  | (GroupComparisonBase & { kind: 'situation' })
  | (GroupComparisonBase & { kind: 'path'; stages: readonly StageChange[]; complete: Change; steps: readonly StepChange[] })
  | (GroupComparisonBase & { kind: 'mirror'; traits: readonly TraitChange[] });

export interface GroupRef {
  definition: AssessmentDefinition;
  version: number;
  people: number;
}

export interface TeamComparison {
  /** Groups both sides have, in the order of the later picture. */
  groups: readonly GroupComparison[];
  /** Groups only the earlier picture has. */
  onlyThen: readonly GroupRef[];
  /** Groups only the later picture has. */
  onlyNow: readonly GroupRef[];
  /** False when every count and spread of every group the two share is the same. */
  moved: boolean;
}

const EPSILON = 1e-9;

const keyOf = (group: TeamGroup) => `${group.definition.id}@${group.version}`;
const refOf = (group: TeamGroup): GroupRef => ({ definition: group.definition, version: group.version, people: group.people });

/** A count then and now. */
export function change(then: number, now: number): Change {
  return { then, now, change: now - then };
}

/** `then` beside `now` (rules in the module comment). */
export function compareTeams(then: TeamPicture, now: TeamPicture): TeamComparison {
  const earlier = new Map(then.groups.map((group) => [keyOf(group), group]));
  const later = new Map(now.groups.map((group) => [keyOf(group), group]));
  const groups = now.groups.flatMap((group) => {
    const before = earlier.get(keyOf(group));
    return before ? [compareGroups(before, group)] : [];
  });
  return {
    groups,
    onlyThen: then.groups.filter((group) => !later.has(keyOf(group))).map(refOf),
    onlyNow: now.groups.filter((group) => !earlier.has(keyOf(group))).map(refOf),
    moved: groups.some(groupMoved),
  };
}

function compareGroups(then: TeamGroup, now: TeamGroup): GroupComparison {
  const base: GroupComparisonBase = {
    definition: now.definition,
    version: now.version,
    people: change(then.people, now.people),
    options: now.options.counts.map((count) => {
      const before = then.options.counts.find((entry) => entry.option === count.option);
      return { option: count.option, clear: change(before?.clear ?? 0, count.clear), between: change(before?.between ?? 0, count.between) };
    }),
    between: change(then.options.between, now.options.between),
    none: change(then.options.none, now.options.none),
    outside: change(then.options.outside, now.options.outside),
    insufficient: change(then.options.insufficient, now.options.insufficient),
  };
  if (now.kind === 'path' && then.kind === 'path') {
    return {
      ...base,
      kind: 'path',
      stages: now.path.stages.map((stage, index) => ({ steps: stage.steps, at: change(then.path.stages[index]?.at ?? 0, stage.at) })),
      complete: change(then.path.complete, now.path.complete),
      steps: now.path.steps.map((step) => {
        const before = then.path.steps.find((entry) => entry.step === step.step);
        return { step: step.step, taken: change(before?.taken ?? 0, step.taken), next: change(before?.next ?? 0, step.next), ahead: change(before?.ahead ?? 0, step.ahead) };
      }),
    };
  }
  if (now.kind === 'mirror' && then.kind === 'mirror') {
    return {
      ...base,
      kind: 'mirror',
      traits: now.traits.traits.map((trait) => {
        const before = then.traits.traits.find((entry) => entry.trait === trait.trait);
        const sideThen = side(before);
        const sideNow = side(trait);
        return {
          trait: trait.trait,
          then: sideThen,
          now: sideNow,
          mean: sideThen.mean === null || sideNow.mean === null ? null : sideNow.mean - sideThen.mean,
          spread: sideNow.spread - sideThen.spread,
        };
      }),
    };
  }
  return { ...base, kind: 'situation' };
}

function side(spread: TraitSpread | undefined): TraitSide {
  if (!spread) return { answered: 0, weak: 0, partly: 0, strong: 0, min: null, max: null, mean: null, spread: 0 };
  const { answered, levels, min, max, mean } = spread;
  return { answered, ...levels, min, max, mean, spread: spread.spread };
}

function counts(group: GroupComparison): Change[] {
  const list = [group.people, group.between, group.none, group.outside, group.insufficient, ...group.options.flatMap((option) => [option.clear, option.between])];
  if (group.kind === 'path') list.push(group.complete, ...group.stages.map((stage) => stage.at), ...group.steps.flatMap((step) => [step.taken, step.next, step.ahead]));
  if (group.kind === 'mirror') {
    for (const trait of group.traits) {
      for (const key of ['answered', 'weak', 'partly', 'strong'] as const) list.push(change(trait.then[key], trait.now[key]));
    }
  }
  return list;
}

function groupMoved(group: GroupComparison): boolean {
  if (counts(group).some((count) => count.change !== 0)) return true;
  if (group.kind !== 'mirror') return false;
  return group.traits.some(
    (trait) =>
      Math.abs(trait.spread) > EPSILON ||
      (trait.mean !== null && Math.abs(trait.mean) > EPSILON) ||
      !sameValue(trait.then.min, trait.now.min) ||
      !sameValue(trait.then.max, trait.now.max),
  );
}

function sameValue(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : Math.abs(a - b) <= EPSILON;
}

/** "+2", "−1", "same": a change in words that a screen reader says right. */
export function signed(value: number): string {
  if (value === 0) return 'same';
  return value > 0 ? `+${value}` : `−${Math.abs(value)}`;
}
