/**
 * A reader's own history of one assessment, kept in this browser: the actions on the results they
 * have seen (keep a new one, delete one and put it back, delete all). The stored value is the
 * session's `$history`, read and written only here, so a browser that keeps nothing still shows
 * this visit's results and says once (through the session's `keep`) that they will not be kept.
 *
 * Loaded only when a result is shown or earlier results exist, and on purpose without a store
 * library import of its own: the page's first view then carries none of it (README, Performance).
 */
import type { Answers } from '../schemas/assessment.ts';
import { assess } from '../lib/assessment/result.ts';
import { addEntry, decodeHistory, encodeHistory, removeEntry, restoreEntry, summarize, type HistoryEntry, type ReadHistory } from '../lib/assessment/history.ts';
import type { Session } from './assessment-session.ts';

type HistoryOwner = Pick<Session, 'definition' | '$history' | 'keep'>;

/** The kept results that can be read (oldest first), and how many cannot. */
export function readHistory({ definition, $history }: HistoryOwner): ReadHistory {
  return decodeHistory($history.get(), definition.id);
}

// An empty history removes the key, so a reader who deleted everything leaves nothing behind.
function put({ definition, $history, keep }: HistoryOwner, entries: readonly HistoryEntry[]): void {
  keep(() => $history.set(entries.length > 0 ? encodeHistory(definition.id, entries) : undefined));
}

/** Keeps the result of `answers` as the latest entry of the run begun at `run`. */
export function recordResult(owner: HistoryOwner, answers: Answers, run: string, at = new Date()): void {
  const { definition } = owner;
  const entry: HistoryEntry = { at: at.toISOString(), run, version: definition.version, answers: { ...answers }, result: summarize(assess(definition, answers)) };
  const before = readHistory(owner);
  const after = addEntry(before.entries, entry);
  // The same result seen again: the stored value, and any part of it that cannot be read, stay as they are.
  if (before.unreadable === 0 && after.length === before.entries.length && after.at(-1) === before.entries.at(-1)) return;
  put(owner, after);
}

/** Deletes the entry seen at `at`; returns it, so that it can be put back. */
export function removeResult(owner: HistoryOwner, at: string): HistoryEntry | undefined {
  const { entries } = readHistory(owner);
  const entry = entries.find((candidate) => candidate.at === at);
  if (entry) put(owner, removeEntry(entries, at));
  return entry;
}

/** Puts a deleted entry back in its place (Undo). */
export function restoreResult(owner: HistoryOwner, entry: HistoryEntry): void {
  put(owner, restoreEntry(readHistory(owner).entries, entry));
}

/** Deletes every kept result of this assessment (and anything unreadable stored with them). */
export function clearHistory(owner: HistoryOwner): void {
  put(owner, []);
}
