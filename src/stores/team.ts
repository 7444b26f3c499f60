import { atom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { emptyTeam, teamEntries, type TeamEntriesAction, type TeamEntriesState } from '../lib/team/entries.ts';
import { encodeSavedTeam, restoreSavedTeam } from '../lib/team/saved-team.ts';
import { $storageKept, installSafeStorage } from './storage.ts';

export const TEAM_KEY = 'sowg:team';

/** Why the team view greets the reader: the kept team could not be read, or this browser keeps nothing. */
export type TeamNotice = 'unreadable' | 'unkept';

/**
 * The team view's state, kept in this browser (localStorage, through the safe engine of
 * storage.ts) so that it is there again when the reader comes back from another page. The island
 * reads these stores and calls these actions. Validation of what is read is in saved-team.ts.
 */
export function createTeamStore() {
  installSafeStorage();
  // listen: false: another tab's changes must not swap the team under the reader's hands.
  const $saved = persistentAtom<string | undefined>(TEAM_KEY, undefined, { listen: false });
  const $state = atom<TeamEntriesState>(emptyTeam);
  const $notice = atom<TeamNotice | null>(null);

  function write(state: TeamEntriesState): void {
    try {
      $saved.set(encodeSavedTeam(state));
    } catch {
      $storageKept.set(false);
    }
    if (!$storageKept.get() && state.entries.length > 0 && $notice.get() === null) $notice.set('unkept');
  }

  return {
    $state,
    $notice,
    /** The team kept in this browser (empty when there is none or it cannot be read). Call after mounting. */
    kept(): TeamEntriesState {
      const restored = restoreSavedTeam($saved.get());
      if (restored.status === 'unreadable') {
        $notice.set('unreadable');
        // Dropped now, so it does not greet the reader again.
        write(emptyTeam);
        return emptyTeam;
      }
      return restored.status === 'restored' ? restored.state : emptyTeam;
    },
    /** Shows `state` and keeps it. */
    show(state: TeamEntriesState): void {
      $state.set(state);
      write(state);
    },
    dispatch(action: TeamEntriesAction): TeamEntriesState {
      const next = teamEntries($state.get(), action);
      $state.set(next);
      write(next);
      return next;
    },
    dismissNotice(): void {
      $notice.set(null);
    },
  };
}

export type TeamStore = ReturnType<typeof createTeamStore>;
