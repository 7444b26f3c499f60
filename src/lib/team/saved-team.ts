/**
 * The team as this browser keeps it between pages (localStorage, through the team store), and
 * which team the page starts with. Pure: the store passes the stored text and the address.
 *
 * Stored text: JSON `{ "format": 1, "entries": [{ "code", "label", "batch", "problem"? }],
 * "madeOn"?, "labelsInLink", "earlier"? }`. Anything else (edited by hand, written by a later
 * format, cut short) is refused whole as unreadable, never half-read: the page then starts empty
 * and says so.
 */
import { isDay, type Day } from './day.ts';
import type { TeamAddress } from './address.ts';
import { emptyTeam, MAX_TYPED_LABEL, teamEntries, type TeamEntriesState, type TeamEntry } from './entries.ts';
import { MAX_TEAM_ENTRIES, type TeamLinkEntry } from './link.ts';
import { lineProblemMessages, type LineProblem } from './paste.ts';

export const SAVED_TEAM_FORMAT = 1;

/** Longest earlier team link kept: far more than 60 entries with labels need. */
export const MAX_SAVED_EARLIER_LENGTH = 40_000;

/** Longest code kept (share-code.ts refuses anything longer). */
const MAX_SAVED_CODE = 201;

/** The stored form of `state`; undefined when there is nothing to keep (the key is then removed). */
export function encodeSavedTeam(state: TeamEntriesState): string | undefined {
  if (state.entries.length === 0 && state.earlier === undefined) return undefined;
  return JSON.stringify({
    format: SAVED_TEAM_FORMAT,
    entries: state.entries.map(({ code, label, batch, problem }) => (problem === undefined ? { code, label, batch } : { code, label, batch, problem })),
    ...(state.madeOn === undefined ? {} : { madeOn: state.madeOn }),
    labelsInLink: state.labelsInLink,
    ...(state.earlier === undefined ? {} : { earlier: state.earlier }),
  });
}

export type RestoredTeam = { status: 'empty' } | { status: 'restored'; state: TeamEntriesState } | { status: 'unreadable' };

/** The team kept in the browser, validated field by field. Never throws. */
export function restoreSavedTeam(text: unknown): RestoredTeam {
  if (text === undefined || text === null || text === '') return { status: 'empty' };
  if (typeof text !== 'string') return { status: 'unreadable' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { status: 'unreadable' };
  }
  if (!isRecord(value) || value.format !== SAVED_TEAM_FORMAT || !Array.isArray(value.entries) || value.entries.length > MAX_TEAM_ENTRIES) return { status: 'unreadable' };
  if (typeof value.labelsInLink !== 'boolean') return { status: 'unreadable' };
  if (value.madeOn !== undefined && !isDay(value.madeOn)) return { status: 'unreadable' };
  if (value.earlier !== undefined && (typeof value.earlier !== 'string' || value.earlier.length > MAX_SAVED_EARLIER_LENGTH)) return { status: 'unreadable' };
  const entries: TeamEntry[] = [];
  for (const [index, entry] of value.entries.entries()) {
    if (!isRecord(entry)) return { status: 'unreadable' };
    const { code, label, batch, problem } = entry;
    if (typeof code !== 'string' || code.length > MAX_SAVED_CODE) return { status: 'unreadable' };
    if (typeof label !== 'string' || label.length > MAX_TYPED_LABEL) return { status: 'unreadable' };
    if (typeof batch !== 'number' || !Number.isSafeInteger(batch) || batch < 1) return { status: 'unreadable' };
    if (problem !== undefined && !isLineProblem(problem)) return { status: 'unreadable' };
    const kept: TeamEntry = { id: index + 1, code, label, batch };
    entries.push(problem === undefined ? kept : { ...kept, problem });
  }
  const nextBatch = Math.max(0, ...entries.map((entry) => entry.batch)) + 1;
  const state: TeamEntriesState = { ...emptyTeam, entries, nextId: entries.length + 1, nextBatch, labelsInLink: value.labelsInLink };
  if (value.madeOn !== undefined) state.madeOn = value.madeOn as string;
  if (value.earlier !== undefined) state.earlier = value.earlier as string;
  return { status: 'restored', state };
}

/**
 * Whether a team link holds the results of `state`: the same codes in the same order and the same
 * day. Then the link is this browser's own team (written to the address bar, or copied), and the
 * kept team, labels and all, is the one to show.
 */
export function holdsSameTeam(state: TeamEntriesState, counted: readonly string[], link: { entries: readonly TeamLinkEntry[]; madeOn?: Day | undefined }): boolean {
  const linked = link.entries.map((entry) => entry.code);
  return state.madeOn === link.madeOn && counted.length === linked.length && counted.every((code, index) => code === linked[index]);
}

/** The team the page starts with, and the kept team a link replaced (so the reader can go back to it). */
export interface StartingTeam {
  state: TeamEntriesState;
  /** The team kept in this browser that the opened link replaced; undefined when none was lost. */
  replaced?: TeamEntriesState;
  /** True when the team shown came from the address (a team or share link). */
  fromLink: boolean;
}

/**
 * Which team to show: a link in the address wins, unless it is the kept team itself.
 * `countedCodes` gives the codes of a state's entries that count (as its team link writes them).
 */
export function startingTeam(kept: TeamEntriesState, address: TeamAddress, countedCodes: (state: TeamEntriesState) => readonly string[]): StartingTeam {
  const link = address.kind === 'team' ? address.parsed : address.kind === 'share' ? { entries: [{ code: address.code }], madeOn: undefined } : undefined;
  if (link === undefined) return { state: kept, fromLink: false };
  if (kept.entries.length > 0 && holdsSameTeam(kept, countedCodes(kept), link)) return { state: kept, fromLink: true };
  const state = teamEntries({ ...kept, refused: 0 }, { type: 'replace', entries: link.entries, madeOn: link.madeOn });
  // The earlier link compared with belonged to the kept team, not to this one.
  const fresh = teamEntries(state, { type: 'earlier', link: undefined });
  return kept.entries.length > 0 || kept.earlier !== undefined ? { state: fresh, replaced: kept, fromLink: true } : { state: fresh, fromLink: true };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLineProblem(value: unknown): value is LineProblem {
  return typeof value === 'string' && Object.hasOwn(lineProblemMessages, value);
}
