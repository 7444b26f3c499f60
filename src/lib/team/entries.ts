/**
 * The team view's list of links, as a pure reducer: the island keeps its state with it and
 * renders; every change to the list goes through {@link teamEntries}.
 *
 * Labels are kept as typed (so a reader can type a space between two names) and cleaned with
 * normaliseLabel wherever they are used; they are cut to a generous length here only so that a
 * huge paste cannot grow the state without end.
 */
import { MAX_LABEL_LENGTH, MAX_TEAM_ENTRIES, type TeamLinkEntry } from './link.ts';

export interface TeamEntry {
  /** Stable for the entry's life in the list: a key for rendering, not a position. */
  id: number;
  code: string;
  label: string;
}

export interface TeamEntriesState {
  entries: readonly TeamEntry[];
  nextId: number;
  /** Entries the last change could not take because the list was full. */
  refused: number;
}

export type TeamEntriesAction =
  | { type: 'add'; entries: readonly TeamLinkEntry[] }
  | { type: 'replace'; entries: readonly TeamLinkEntry[] }
  | { type: 'relabel'; id: number; label: string }
  | { type: 'remove'; id: number }
  | { type: 'clear' };

export const emptyTeam: TeamEntriesState = { entries: [], nextId: 1, refused: 0 };

/** Typing room for a label: twice what is kept, so cutting happens where the reader can see it. */
const MAX_TYPED_LABEL = MAX_LABEL_LENGTH * 2;

export function teamEntries(state: TeamEntriesState, action: TeamEntriesAction): TeamEntriesState {
  switch (action.type) {
    case 'add':
      return append(state, action.entries);
    case 'replace':
      return append({ ...emptyTeam, nextId: state.nextId }, action.entries);
    case 'relabel':
      return {
        ...state,
        refused: 0,
        entries: state.entries.map((entry) => (entry.id === action.id ? { ...entry, label: action.label.slice(0, MAX_TYPED_LABEL) } : entry)),
      };
    case 'remove':
      return { ...state, refused: 0, entries: state.entries.filter((entry) => entry.id !== action.id) };
    case 'clear':
      return { ...emptyTeam, nextId: state.nextId };
  }
}

function append(state: TeamEntriesState, incoming: readonly TeamLinkEntry[]): TeamEntriesState {
  const room = Math.max(0, MAX_TEAM_ENTRIES - state.entries.length);
  const taken = incoming.slice(0, room).map((entry, index) => ({
    id: state.nextId + index,
    code: entry.code,
    label: (entry.label ?? '').slice(0, MAX_TYPED_LABEL),
  }));
  return {
    entries: [...state.entries, ...taken],
    nextId: state.nextId + taken.length,
    refused: incoming.length - taken.length,
  };
}
