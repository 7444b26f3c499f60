/**
 * How strongly a group shows each of the five traits, from a group mirror's answers.
 *
 * The rules, which the method page publishes:
 * 1. Each answer to an item about a trait has a strength from 0 (not at all) to 1 (fully).
 *    A trait's strength is the mean strength of its answered items; unknown when none is answered.
 * 2. Levels: "strong" from {@link STRONG_FROM}, "weak" below {@link WEAK_BELOW}, "partly" between.
 * 3. Traits to grow: among the answered traits that are not strong, those within {@link WEAKEST_MARGIN}
 *    of the lowest strength, at most {@link MAX_TO_GROW}. A profile where every answered trait is
 *    strong has none (`allStrong`). When more traits than that are equally low, or the rule would
 *    name every answered trait, none is singled out (`flat`): the items, two or three per trait, cannot rank
 *    them, and list order must not. "Not sure" answers give no strength: a trait answered only so
 *    is unknown.
 */
import type { Answers, AssessmentDefinition } from '../../schemas/assessment.ts';
import { chosenAnswer } from './scoring.ts';

/** The model's five traits, in order. */
export const traitIds = ['trait-1', 'trait-2', 'trait-3', 'trait-4', 'trait-5'] as const;

export const STRONG_FROM = 3 / 4;
export const WEAK_BELOW = 1 / 3;
/** Strengths this close to the lowest count as weakest too: the items are not precise enough to split them. */
export const WEAKEST_MARGIN = 0.1;

/**
 * "First" means a focus: naming three of five traits, or more, is most of the profile, not where to
 * start. Two still lets a group see two equally low traits side by side rather than have one picked
 * for it by list order.
 */
export const MAX_TO_GROW = 2;

const EPSILON = 1e-9;

export type TraitLevel = 'strong' | 'partly' | 'weak' | 'unknown';

export interface TraitStrength {
  trait: string;
  /** Mean strength of the answered items, 0..1; null when none is answered. */
  strength: number | null;
  level: TraitLevel;
  /** Items about this trait that are answered, and in all. */
  answered: number;
  total: number;
}

export interface TraitProfile {
  /** All five traits, in the model's order. */
  traits: readonly TraitStrength[];
  /** Rule 3: weakest first, then in the model's order. */
  weakest: readonly string[];
  /**
   * True when no trait is singled out though some are not strong: every answered trait is within the
   * margin of the lowest (at least two answered), or more than {@link MAX_TO_GROW} are.
   */
  flat: boolean;
  /** True when at least one trait is answered and every answered trait is strong: nothing to single out. */
  allStrong: boolean;
}

/** The group's strength on each trait (rules in the module comment). */
export function traitProfile(definition: AssessmentDefinition, answers: Answers): TraitProfile {
  const traits = traitIds.map((trait) => traitStrength(definition, answers, trait));
  const known = traits.filter((entry): entry is TraitStrength & { strength: number } => entry.strength !== null);
  const growable = known.filter((entry) => entry.level !== 'strong');
  const allStrong = known.length > 0 && growable.length === 0;
  const lowest = Math.min(...growable.map((entry) => entry.strength));
  const weakest = growable
    .filter((entry) => entry.strength - lowest <= WEAKEST_MARGIN + EPSILON)
    .sort((a, b) => a.strength - b.strength)
    .map((entry) => entry.trait);
  const flat = (known.length >= 2 && weakest.length === known.length) || weakest.length > MAX_TO_GROW;
  return { traits, weakest: flat ? [] : weakest, flat, allStrong };
}

function traitStrength(definition: AssessmentDefinition, answers: Answers, trait: string): TraitStrength {
  const items = definition.items.filter((item) => item.about === trait);
  const strengths = items
    .map((item) => chosenAnswer(item, answers)?.strength)
    .filter((strength): strength is number => strength !== undefined);
  const strength = strengths.length > 0 ? strengths.reduce((sum, value) => sum + value, 0) / strengths.length : null;
  return { trait, strength, level: levelOf(strength), answered: strengths.length, total: items.length };
}

/** Rule 2. */
export function levelOf(strength: number | null): TraitLevel {
  if (strength === null) return 'unknown';
  if (strength >= STRONG_FROM - EPSILON) return 'strong';
  if (strength < WEAK_BELOW - EPSILON) return 'weak';
  return 'partly';
}
