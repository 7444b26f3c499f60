/**
 * The team picture: many people's share codes, decoded and put side by side. Pure: no DOM.
 *
 * The rules, which the team page states:
 * 1. Each entry is decoded against the current definitions. One that cannot be read (tampered,
 *    cut off, made for an earlier version of the questions, another site's) is named with the
 *    reason and skipped; every other entry still counts.
 * 2. Two people can answer every question alike, and their links are then the same code. So an
 *    entry with the same answers as an earlier one counts as a person of its own when it carries
 *    a label of its own, or came in another paste or from a team link (which counted it); the
 *    page says plainly that such entries may be one person ({@link TeamPicture.twins}). Only an
 *    unlabeled repeat within one paste (or with the same label) is taken for the same link pasted
 *    twice: it is named as a duplicate and counts once.
 * 3. Results are grouped by assessment and definition version, in the site's order of
 *    assessments. Groups are never mixed: their questions differ, so their answers cannot be.
 * 4. Every group shows where people land among the three options. A "between" result counts for
 *    each of its options, but only as "between", never as a clear result, so the clear counts
 *    plus the people between plus those with no result yet add up to the group.
 *    A result below the assessment's minimum of evidence counts as no result yet.
 * 5. How decided each result is: each person's lead of their top option over the next, as a share
 *    of the top score ({@link ScoreResult.margin}), falls in one band: between options (the next
 *    option has more than half the top score), narrow lead (a lead up to {@link CLEAR_MARGIN}),
 *    or clear lead (more).
 * 6. Group mirror: per trait, how many people see the group at each level, the lowest, highest,
 *    mean and median strength, and the spread (highest minus lowest). The group sees a trait
 *    differently when its spread is at least {@link DIVIDED_FROM}; the traits within
 *    {@link SPREAD_MARGIN} of the largest such spread are named. The traits that most want
 *    attention are those whose mean is within {@link WEAKEST_MARGIN} of the lowest mean, unless
 *    that is every trait (a flat picture), as for one person's profile.
 * 7. Individual path: per step, how many have taken it, have it next, or have taken it ahead of
 *    an earlier gap; and per stage, how many are at it now (the first stage they have not finished).
 * 8. People are never ranked or named in the picture: it holds counts and spreads only. Labels
 *    belong to the list of links, where they help the facilitator tell entries apart, and to the
 *    notes that name a duplicate or unreadable entry.
 *
 * Every figure is computed from sorted values, so the order links come in never changes a number.
 */
import type { AssessmentDefinition, OptionId } from '../../schemas/assessment.ts';
import { optionIds } from '../assessment/options.ts';
import { assess, type AssessmentResult } from '../assessment/result.ts';
import { pathStages } from '../assessment/path-placement.ts';
import { outcomeOptions } from '../assessment/scoring.ts';
import { decodeShareCode, encodeShareCode, type ShareCodeProblem } from '../assessment/share-code.ts';
import { levelOf, traitIds, WEAKEST_MARGIN } from '../assessment/trait-profile.ts';
import { normalizeLabel, type TeamLinkEntry } from './link.ts';
import { lineProblemMessages, type LineProblem } from './paste.ts';

/** A lead of more than this share of the top score is a clear call (the next option has under a quarter of it); a smaller lead that is not "between", a close one. */
export const CLEAR_MARGIN = 0.75;

/** A trait whose strengths range at least this far (a third of the scale: about one level) is seen differently. */
export const DIVIDED_FROM = 1 / 3;

/** Spreads this close to the largest are named with it. */
export const SPREAD_MARGIN = 0.1;

const EPSILON = 1e-9;

/** An entry as the reader sees it in their list: its 1-based position, and its label if any. */
export interface EntryRef {
  position: number;
  label?: string;
}

export interface RejectedEntry extends EntryRef {
  reason: ShareCodeProblem | LineProblem;
  message: string;
}

/** An entry as the team view keeps it: a code, and where it came from, which decides rule 2. */
export interface TeamInput extends TeamLinkEntry {
  /** Entries added together (one paste) share a batch; a team link's entries each have their own. Missing: all one batch. */
  batch?: number;
  /** A pasted line that held no result, and what it was. */
  problem?: LineProblem;
}

export interface DuplicateEntry extends EntryRef {
  /** The entry that counts in its place. */
  of: EntryRef;
}

export interface OptionCount {
  option: OptionId;
  /** People whose single result is this option. */
  clear: number;
  /** People whose result is between this option and another. */
  between: number;
}

export interface OptionTally {
  /** All three options, in the model's order. */
  counts: readonly OptionCount[];
  /** People whose result is between two or three options (each counted once here). */
  between: number;
  /** People whose answers point to no option yet. */
  none: number;
  /** People who said the assessment is not for them (the group mirror, by someone in no group or team). */
  outside: number;
  /** People with too few answers for a result (only a hand-made link can carry so few). */
  insufficient: number;
  /** Rule 5: how many calls were too close to call, close, or clear. */
  closeness: { tooClose: number; close: number; clear: number };
}

export type TraitLevelCounts = { weak: number; partly: number; strong: number };

export interface TraitSpread {
  trait: string;
  /** People who answered at least one question about the trait. */
  answered: number;
  /** People who answered none of its questions (people in no group are not counted here). */
  unknown: number;
  levels: TraitLevelCounts;
  /** Each answering person's strength, lowest first: the shape of the spread, with no one named. */
  strengths: readonly number[];
  /** 0..1 each; null when nobody answered. */
  min: number | null;
  max: number | null;
  mean: number | null;
  median: number | null;
  /** max − min; 0 when one person or nobody answered. */
  spread: number;
}

export interface TraitTally {
  /** The five traits, in the model's order. */
  traits: readonly TraitSpread[];
  /** Rule 6: the traits with the lowest mean, lowest first; empty when the picture is flat. */
  attention: readonly string[];
  /** True when every trait's mean is within WEAKEST_MARGIN of the lowest (and at least two are known). */
  flat: boolean;
  /** Rule 6: where members see the group most differently, widest first. */
  divided: readonly string[];
}

export interface StepTally {
  step: string;
  /** On the path up to this step: taken, in unbroken order from the start. */
  taken: number;
  /** This step is (one of) their next. */
  next: number;
  /** Taken, but beyond an earlier gap. */
  ahead: number;
}

export interface StageTally {
  /** The steps of the stage (steps 1 and 2 share one: it appears they may come in either order). */
  steps: readonly string[];
  /** People whose first unfinished stage this is. */
  at: number;
}

export interface PathTally {
  steps: readonly StepTally[];
  stages: readonly StageTally[];
  /** People who have taken all five steps. */
  complete: number;
}

interface GroupBase {
  definition: AssessmentDefinition;
  version: number;
  /** People counted in this group. */
  people: number;
  options: OptionTally;
}

export type TeamGroup =
  | (GroupBase & { kind: 'situation' })
  | (GroupBase & { kind: 'path'; path: PathTally })
  | (GroupBase & { kind: 'mirror'; traits: TraitTally });

/** An entry that counts, in the form a team link carries: its canonical code and label. */
export interface CountedEntry extends TeamLinkEntry {
  position: number;
  assessmentId: string;
}

export interface TeamPicture {
  /** One group per assessment and version, in the order of the definitions given. */
  groups: readonly TeamGroup[];
  /** Entries that count, in list order. */
  counted: readonly CountedEntry[];
  rejected: readonly RejectedEntry[];
  duplicates: readonly DuplicateEntry[];
  /** Rule 2: counted entries with exactly the same answers, each set in list order: they may be one person. */
  twins: readonly (readonly EntryRef[])[];
}

/** Puts `entries` side by side (rules in the module comment). Never throws on any entry. */
export function aggregateTeam(entries: readonly TeamInput[], definitions: readonly AssessmentDefinition[]): TeamPicture {
  const counted: CountedEntry[] = [];
  const rejected: RejectedEntry[] = [];
  const duplicates: DuplicateEntry[] = [];
  const firstBySource = new Map<string, EntryRef>();
  const countedByCode = new Map<string, EntryRef[]>();
  const results = new Map<string, { definition: AssessmentDefinition; version: number; results: AssessmentResult[] }>();

  entries.forEach((entry, index) => {
    const ref = entryRef(index + 1, entry.label);
    if (entry.problem !== undefined) {
      rejected.push({ ...ref, reason: entry.problem, message: lineProblemMessages[entry.problem] ?? lineProblemMessages['not-a-link'] });
      return;
    }
    const decoded = decodeShareCode(entry.code, definitions);
    if (!decoded.ok) {
      rejected.push({ ...ref, reason: decoded.reason, message: decoded.message });
      return;
    }
    const { definition, answers, version } = decoded.value;
    // Re-encoded, so the same answers give the same key however the code was written.
    const code = encodeShareCode(definition, answers);
    // The same link pasted twice: same answers, same paste, same label (or none).
    const source = JSON.stringify([code, entry.batch ?? 0, ref.label ?? '']);
    const first = firstBySource.get(source);
    if (first) {
      duplicates.push({ ...ref, of: first });
      return;
    }
    firstBySource.set(source, ref);
    countedByCode.set(code, [...(countedByCode.get(code) ?? []), ref]);
    counted.push({ ...ref, code, assessmentId: definition.id });
    const key = `${definition.id}@${version}`;
    const group = results.get(key) ?? { definition, version, results: [] };
    group.results.push(assess(definition, answers));
    results.set(key, group);
  });

  const groups = definitions.flatMap((definition) =>
    [...results.values()]
      .filter((group) => group.definition.id === definition.id)
      .sort((a, b) => a.version - b.version)
      .map((group) => teamGroup(group.definition, group.version, group.results)),
  );
  const twins = [...countedByCode.values()].filter((refs) => refs.length > 1).sort((a, b) => (a[0]?.position ?? 0) - (b[0]?.position ?? 0));
  return { groups, counted, rejected, duplicates, twins };
}

function entryRef(position: number, label: string | undefined): EntryRef {
  const clean = normalizeLabel(label ?? '');
  return clean === '' ? { position } : { position, label: clean };
}

function teamGroup(definition: AssessmentDefinition, version: number, results: readonly AssessmentResult[]): TeamGroup {
  const base = { definition, version, people: results.length, options: tallyOptions(results) };
  switch (definition.kind) {
    case 'situation':
      return { ...base, kind: 'situation' };
    case 'path':
      return { ...base, kind: 'path', path: tallyPath(results) };
    case 'mirror':
      return { ...base, kind: 'mirror', traits: tallyTraits(results) };
  }
}

/** Rules 4 and 5. */
export function tallyOptions(results: readonly AssessmentResult[]): OptionTally {
  const counts = optionIds.map((option) => ({ option, clear: 0, between: 0 }));
  const closeness = { tooClose: 0, close: 0, clear: 0 };
  const unplaced = { none: 0, outside: 0, insufficient: 0 };
  let between = 0;
  for (const { score } of results) {
    const { outcome } = score;
    if (outcome.kind === 'none' || outcome.kind === 'insufficient' || outcome.kind === 'outside') {
      unplaced[outcome.kind] += 1;
      continue;
    }
    const chosen = outcomeOptions(outcome);
    for (const count of counts) {
      if (!chosen.includes(count.option)) continue;
      if (outcome.kind === 'single') count.clear += 1;
      else count.between += 1;
    }
    if (outcome.kind === 'between') {
      between += 1;
      closeness.tooClose += 1;
    } else if (score.margin <= CLEAR_MARGIN + EPSILON) closeness.close += 1;
    else closeness.clear += 1;
  }
  return { counts, between, ...unplaced, closeness };
}

/** Rule 6. */
export function tallyTraits(results: readonly AssessmentResult[]): TraitTally {
  // Someone in no group has no group to describe: they are counted apart (OptionTally.outside), not as unanswered.
  const profiles = results.flatMap((result) => (result.kind === 'mirror' && result.score.outcome.kind !== 'outside' ? [result.traits] : []));
  const traits = traitIds.map((trait) => {
    const strengths = profiles
      .map((profile) => profile.traits.find((entry) => entry.trait === trait)?.strength ?? null)
      .filter((strength): strength is number => strength !== null)
      .sort((a, b) => a - b);
    return traitSpread(trait, strengths, profiles.length - strengths.length);
  });

  const known = traits.filter((entry): entry is TraitSpread & { mean: number } => entry.mean !== null);
  const lowest = Math.min(...known.map((entry) => entry.mean));
  const weakest = known
    .filter((entry) => entry.mean - lowest <= WEAKEST_MARGIN + EPSILON)
    .sort((a, b) => a.mean - b.mean)
    .map((entry) => entry.trait);
  const flat = known.length >= 2 && weakest.length === known.length;

  const widest = Math.max(0, ...traits.map((entry) => entry.spread));
  const divided =
    widest + EPSILON < DIVIDED_FROM
      ? []
      : traits
          .filter((entry) => entry.spread >= DIVIDED_FROM - EPSILON && widest - entry.spread <= SPREAD_MARGIN + EPSILON)
          .sort((a, b) => b.spread - a.spread)
          .map((entry) => entry.trait);

  return { traits, attention: flat ? [] : weakest, flat, divided };
}

function traitSpread(trait: string, strengths: readonly number[], unknown: number): TraitSpread {
  const levels: TraitLevelCounts = { weak: 0, partly: 0, strong: 0 };
  for (const strength of strengths) {
    const level = levelOf(strength);
    if (level !== 'unknown') levels[level] += 1;
  }
  const min = strengths[0] ?? null;
  const max = strengths.at(-1) ?? null;
  return {
    trait,
    answered: strengths.length,
    unknown,
    levels,
    strengths,
    min,
    max,
    mean: strengths.length === 0 ? null : strengths.reduce((sum, value) => sum + value, 0) / strengths.length,
    median: median(strengths),
    spread: min === null || max === null ? 0 : max - min,
  };
}

/** The middle of sorted values (the mean of the middle two for an even count); null for none. */
function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** Rule 7. */
export function tallyPath(results: readonly AssessmentResult[]): PathTally {
  const placements = results.flatMap((result) => (result.kind === 'path' ? [result.path] : []));
  const steps = pathStages.flat().map((step) => ({
    step,
    taken: placements.filter((placement) => placement.onPath.includes(step)).length,
    next: placements.filter((placement) => placement.next.includes(step)).length,
    ahead: placements.filter((placement) => placement.ahead.includes(step)).length,
  }));
  const stages = pathStages.map((stage) => ({
    steps: stage,
    at: placements.filter((placement) => placement.next.some((step) => stage.includes(step))).length,
  }));
  return { steps, stages, complete: placements.filter((placement) => placement.complete).length };
}
