/**
 * What moved between two results of one assessment in a reader's history. Pure.
 *
 * Results are always compared by what they said (option, steps, traits), which stays meaningful
 * when the questions change. Answers are compared only when both results were answered on the
 * current version of the questions: another version's answers belong to other questions.
 */
import type { HistoryEntry } from './history.ts';

export interface TraitMove {
  trait: string;
  then: number | null;
  now: number | null;
  /** now − then, or null when either is unknown. */
  change: number | null;
}

export interface AnswerMove {
  itemId: string;
  then: string | undefined;
  now: string | undefined;
}

export interface Movement {
  then: HistoryEntry;
  now: HistoryEntry;
  /** The outcome or the options it names differ. */
  outcomeChanged: boolean;
  /** Path: steps shown as taken now but not then, and the reverse, in the model's order. */
  stepsTaken: readonly string[];
  stepsNoLonger: readonly string[];
  /** Mirror: every trait either result has, by id (the model's order). */
  traits: readonly TraitMove[];
  /** False when either result was answered on another version of the questions than `currentVersion`. */
  byAnswers: boolean;
  /** The answers that differ (only when `byAnswers`), in `itemOrder`. */
  answers: readonly AnswerMove[];
  /** Anything at all moved. */
  moved: boolean;
}

const stepOrder = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * What moved from `then` to `now`. `itemOrder` lists the current version's items, so changed answers
 * read in question order. Symmetric: comparing the other way round swaps then and now, taken and
 * no longer taken, and the sign of each change, and says the same about whether anything moved.
 */
export function compareEntries(then: HistoryEntry, now: HistoryEntry, currentVersion: number, itemOrder: readonly string[] = []): Movement {
  const options = (entry: HistoryEntry) => `${entry.result.outcome}:${entry.result.options.join(',')}`;
  const outcomeChanged = options(then) !== options(now);

  const stepsThen = new Set(then.result.steps ?? []);
  const stepsNow = new Set(now.result.steps ?? []);
  const stepsTaken = [...stepsNow].filter((step) => !stepsThen.has(step)).sort(stepOrder);
  const stepsNoLonger = [...stepsThen].filter((step) => !stepsNow.has(step)).sort(stepOrder);

  const strength = (entry: HistoryEntry, trait: string) => entry.result.traits?.find((mark) => mark.trait === trait)?.strength ?? null;
  const traitIds = [...new Set([...(then.result.traits ?? []), ...(now.result.traits ?? [])].map((mark) => mark.trait))].sort(stepOrder);
  const traits = traitIds.map((trait) => {
    const before = strength(then, trait);
    const after = strength(now, trait);
    return { trait, then: before, now: after, change: before === null || after === null ? null : after - before };
  });
  const traitMoved = traits.some((entry) => (entry.then === null) !== (entry.now === null) || (entry.change !== null && entry.change !== 0));

  const byAnswers = then.version === currentVersion && now.version === currentVersion;
  const position = (id: string) => {
    const index = itemOrder.indexOf(id);
    return index < 0 ? itemOrder.length : index;
  };
  const answers = byAnswers
    ? [...new Set([...Object.keys(then.answers), ...Object.keys(now.answers)])]
        .sort((a, b) => position(a) - position(b) || (a < b ? -1 : a > b ? 1 : 0))
        .map((itemId) => ({ itemId, then: own(then.answers, itemId), now: own(now.answers, itemId) }))
        .filter((entry) => entry.then !== entry.now)
    : [];

  return {
    then,
    now,
    outcomeChanged,
    stepsTaken,
    stepsNoLonger,
    traits,
    byAnswers,
    answers,
    moved: outcomeChanged || stepsTaken.length > 0 || stepsNoLonger.length > 0 || traitMoved || answers.length > 0,
  };
}

const own = (record: Readonly<Record<string, string>>, key: string): string | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** The earlier and the later of two entries, by date (the earlier first when they share one). */
export function inOrder(a: HistoryEntry, b: HistoryEntry): [HistoryEntry, HistoryEntry] {
  return Date.parse(b.at) < Date.parse(a.at) ? [b, a] : [a, b];
}
