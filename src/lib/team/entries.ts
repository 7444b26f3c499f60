/**
 * The team view's state, as a pure reducer: the list of links, the day the team was made, whether
 * its link carries labels, and the earlier team link it is compared with. The team store keeps it
 * (and saves it in the browser); every change goes through {@link teamEntries}.
 *
 * Labels are kept as typed (so a reader can type a space between two names) and cleaned with
 * normalizeLabel wherever they are used; they are cut to a generous length here only so that a
 * huge paste cannot grow the state without end.
 */
import type { Day } from './day.ts';
import { MAX_LABEL_LENGTH, MAX_TEAM_ENTRIES } from './link.ts';
import type { LineProblem, PastedEntry } from './paste.ts';

export interface TeamEntry {
  /** Stable for the entry's life in the list: a key for rendering, not a position. */
  id: number;
  code: string;
  label: string;
  /** Entries added in one paste share a batch; each entry of a team link has its own (aggregate.ts, rule 2). */
  batch: number;
  /** A pasted line that held no result, and what it was. */
  problem?: LineProblem;
}

export interface TeamEntriesState {
  entries: readonly TeamEntry[];
  nextId: number;
  nextBatch: number;
  /** Entries the last change could not take because the list was full. */
  refused: number;
  /** The day the team's latest result was added; undefined when not known (an undated link). */
  madeOn?: Day;
  /** Whether the team link carries the labels: only when the reader chooses. */
  labelsInLink: boolean;
  /** The earlier team link the team is compared with, as given. */
  earlier?: string;
}

export type TeamEntriesAction =
  /** A paste: `today` becomes the team's day when anything was taken. */
  | { type: 'add'; entries: readonly PastedEntry[]; today: Day }
  /** A team link opened: its entries, each a person of its own, and its day. */
  | { type: 'replace'; entries: readonly PastedEntry[]; madeOn?: Day | undefined }
  | { type: 'relabel'; id: number; label: string }
  | { type: 'remove'; id: number }
  | { type: 'clear' }
  /** Puts back a state kept aside (undo). */
  | { type: 'restore'; state: TeamEntriesState }
  | { type: 'labels-in-link'; on: boolean }
  | { type: 'earlier'; link: string | undefined };

export const emptyTeam: TeamEntriesState = { entries: [], nextId: 1, nextBatch: 1, refused: 0, labelsInLink: false };

/** Typing room for a label: twice what is kept, so cutting happens where the reader can see it. */
export const MAX_TYPED_LABEL = MAX_LABEL_LENGTH * 2;

export function teamEntries(state: TeamEntriesState, action: TeamEntriesAction): TeamEntriesState {
  switch (action.type) {
    case 'add': {
      const next = append(state, action.entries);
      return next.entries.length > state.entries.length ? { ...next, madeOn: action.today } : next;
    }
    case 'replace': {
      const fresh: TeamEntriesState = { ...emptyTeam, nextId: state.nextId, nextBatch: state.nextBatch, labelsInLink: state.labelsInLink };
      const next = append(fresh, action.entries.map((entry) => ({ ...entry, fromTeamLink: true as const })));
      return action.madeOn === undefined ? next : { ...next, madeOn: action.madeOn };
    }
    case 'relabel':
      return {
        ...state,
        refused: 0,
        entries: state.entries.map((entry) => (entry.id === action.id ? { ...entry, label: action.label.slice(0, MAX_TYPED_LABEL) } : entry)),
      };
    case 'remove':
      return { ...state, refused: 0, entries: state.entries.filter((entry) => entry.id !== action.id) };
    case 'clear':
      // Everything goes, the choice to share labels too (undo brings it back with the rest).
      return { ...emptyTeam, nextId: state.nextId, nextBatch: state.nextBatch };
    case 'restore':
      // Ids and batches stay ahead of any used since, so no key is given twice.
      return { ...action.state, refused: 0, nextId: Math.max(state.nextId, action.state.nextId), nextBatch: Math.max(state.nextBatch, action.state.nextBatch) };
    case 'labels-in-link':
      return { ...state, labelsInLink: action.on };
    case 'earlier': {
      const { earlier: _, ...rest } = state;
      return action.link === undefined ? rest : { ...rest, earlier: action.link };
    }
  }
}

/** Adds `incoming` up to the limit: one batch for the lines of a paste, one each for a team link's entries. */
function append(state: TeamEntriesState, incoming: readonly PastedEntry[]): TeamEntriesState {
  const room = Math.max(0, MAX_TEAM_ENTRIES - state.entries.length);
  let nextBatch = state.nextBatch;
  let pasteBatch: number | undefined;
  const taken = incoming.slice(0, room).map((entry, index): TeamEntry => {
    const batch = entry.fromTeamLink ? nextBatch++ : (pasteBatch ??= nextBatch++);
    const kept: TeamEntry = { id: state.nextId + index, code: entry.code, label: (entry.label ?? '').slice(0, MAX_TYPED_LABEL), batch };
    return entry.problem === undefined ? kept : { ...kept, problem: entry.problem };
  });
  return {
    ...state,
    entries: [...state.entries, ...taken],
    nextId: state.nextId + taken.length,
    nextBatch,
    refused: incoming.length - taken.length,
  };
}
