/**
 * A reader's own history of one assessment: each finished result, with its date and the version of
 * the questions it was answered on, kept in the reader's browser. Pure: no DOM, no storage.
 *
 * What an entry keeps of a result is a summary that stays readable when the questions change: the
 * outcome and the options it names, the steps reached (path), each trait's strength (mirror). The
 * answers are kept too, but they can only be compared between entries of the current version.
 */
import { optionIds, type OptionId } from './options.ts';
import type { AssessmentResult } from './result.ts';
import { outcomeOptions } from './scoring.ts';

/** The format of the stored value; a later format is read as unreadable rather than misread. */
export const HISTORY_FORMAT = 1;
/** Entries kept per assessment: the oldest go first, so the history cannot grow without end. */
export const HISTORY_LIMIT = 30;

/** A result's outcome; `insufficient` never reaches the history (no result is shown below the minimum). */
export type HistoryOutcome = 'outside' | 'none' | 'single' | 'between';

export interface TraitMark {
  trait: string;
  /** 0..1, or null when the trait's questions were answered only "not sure". */
  strength: number | null;
}

/** What a result said, kept so it can be compared when the questions have changed since. */
export interface ResultSummary {
  outcome: HistoryOutcome;
  /** The options the outcome names, in the model's order (none for `none` and `outside`). */
  options: readonly OptionId[];
  /** Path: the steps the answers show as taken, in the model's order. */
  steps?: readonly string[];
  /** Mirror: each trait's strength. */
  traits?: readonly TraitMark[];
}

export interface HistoryEntry {
  /** When the result was seen (ISO 8601). */
  at: string;
  /** When the run that gave it began (ISO 8601): a second result from the same run replaces the first. */
  run: string;
  /** The assessment's version when it was answered. */
  version: number;
  answers: Readonly<Record<string, string>>;
  result: ResultSummary;
}

/** A stored history read back: the entries that could be read, and how many could not. */
export interface ReadHistory {
  entries: readonly HistoryEntry[];
  /** Entries dropped as unreadable; `all` when the stored value as a whole could not be read. */
  unreadable: number | 'all';
}

const outcomes: readonly string[] = ['outside', 'none', 'single', 'between'];

/** The summary of a result the reader has just seen. */
export function summarize(result: AssessmentResult): ResultSummary {
  const { outcome } = result.score;
  const kind: HistoryOutcome = outcome.kind === 'insufficient' ? 'none' : outcome.kind;
  const options = [...outcomeOptions(outcome)];
  if (result.kind === 'path') return { outcome: kind, options, steps: [...result.path.reached] };
  if (result.kind === 'mirror') {
    return { outcome: kind, options, traits: result.traits.traits.map((entry) => ({ trait: entry.trait, strength: entry.strength })) };
  }
  return { outcome: kind, options };
}

export function encodeHistory(assessment: string, entries: readonly HistoryEntry[]): string {
  return JSON.stringify({ format: HISTORY_FORMAT, assessment, entries });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isDate = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 40 && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 80;

/**
 * Reads a stored history back, trusting nothing: another tab, an extension or a hand edit may have
 * left anything there. Entries that cannot be read are dropped and counted, the rest kept. Never throws.
 */
export function decodeHistory(raw: string | null | undefined, assessment: string): ReadHistory {
  if (raw === null || raw === undefined || raw === '') return { entries: [], unreadable: 0 };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { entries: [], unreadable: 'all' };
  }
  if (!isRecord(data) || data['format'] !== HISTORY_FORMAT || data['assessment'] !== assessment || !Array.isArray(data['entries'])) {
    return { entries: [], unreadable: 'all' };
  }
  const stored: unknown[] = data['entries'];
  const entries = stored.flatMap((entry) => {
    const read = decodeEntry(entry);
    return read ? [read] : [];
  });
  return { entries, unreadable: stored.length - entries.length };
}

function decodeEntry(data: unknown): HistoryEntry | undefined {
  if (!isRecord(data)) return undefined;
  const { at, run, version, answers, result } = data;
  if (!isDate(at) || !isDate(run) || typeof version !== 'number' || !Number.isInteger(version) || version < 1) return undefined;
  if (!isRecord(answers) || !Object.entries(answers).every(([item, answer]) => isId(item) && isId(answer))) return undefined;
  const summary = decodeSummary(result);
  if (!summary) return undefined;
  return { at, run, version, answers: { ...(answers as Record<string, string>) }, result: summary };
}

function decodeSummary(data: unknown): ResultSummary | undefined {
  if (!isRecord(data)) return undefined;
  const { outcome, options, steps, traits } = data;
  if (typeof outcome !== 'string' || !outcomes.includes(outcome) || !Array.isArray(options)) return undefined;
  const named = optionIds.filter((option) => options.includes(option));
  const count = { outside: [0], none: [0], single: [1], between: [2, 3] }[outcome as HistoryOutcome];
  if (named.length !== options.length || !count?.includes(named.length)) return undefined;
  const summary: ResultSummary = { outcome: outcome as HistoryOutcome, options: named };
  if (steps !== undefined) {
    if (!Array.isArray(steps) || !steps.every(isId) || new Set(steps).size !== steps.length) return undefined;
    summary.steps = [...steps];
  }
  if (traits !== undefined) {
    if (!Array.isArray(traits)) return undefined;
    const marks = traits.map((mark): TraitMark | undefined => {
      if (!isRecord(mark) || !isId(mark['trait'])) return undefined;
      const strength = mark['strength'];
      if (strength !== null && (typeof strength !== 'number' || !(strength >= 0 && strength <= 1))) return undefined;
      return { trait: mark['trait'], strength };
    });
    if (marks.some((mark) => mark === undefined) || new Set(marks.map((mark) => mark?.trait)).size !== marks.length) return undefined;
    summary.traits = marks as TraitMark[];
  }
  return summary;
}

const sameAnswers = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
};

/**
 * The history with `entry` added, oldest first. A result from the run the latest entry came from
 * replaces that entry (the reader changed an answer and looked again), unless nothing changed; a
 * new run adds an entry, even with the same answers. Beyond {@link HISTORY_LIMIT} the oldest go.
 */
export function addEntry(entries: readonly HistoryEntry[], entry: HistoryEntry, limit = HISTORY_LIMIT): HistoryEntry[] {
  const last = entries.at(-1);
  if (last && last.run === entry.run) {
    if (last.version === entry.version && sameAnswers(last.answers, entry.answers)) return [...entries];
    return [...entries.slice(0, -1), entry];
  }
  return [...entries, entry].slice(-limit);
}

/** The history without the entry seen at `at` (dates are to the millisecond: one entry each). */
export function removeEntry(entries: readonly HistoryEntry[], at: string): HistoryEntry[] {
  return entries.filter((entry) => entry.at !== at);
}

/** Puts a removed entry back in its place by date (for "Undo"). */
export function restoreEntry(entries: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  if (entries.some((candidate) => candidate.at === entry.at)) return [...entries];
  return [...entries, entry].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
