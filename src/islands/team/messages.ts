import type { TeamPicture } from '../../lib/team/aggregate.ts';
import { MAX_TEAM_ENTRIES } from '../../lib/team/link.ts';

/** What reading a team link or a paste left out, in words for the list of problems. */
export function readingNotes(leftOut: number, unreadableLabels: number): string[] {
  const notes: string[] = [];
  if (leftOut > 0) {
    notes.push(`${leftOut} more ${leftOut === 1 ? 'link was' : 'links were'} left out: the team view holds at most ${MAX_TEAM_ENTRIES}.`);
  }
  if (unreadableLabels > 0) {
    notes.push(
      `${unreadableLabels} ${unreadableLabels === 1 ? 'label' : 'labels'} in the team link could not be read and ${unreadableLabels === 1 ? 'was' : 'were'} dropped; the results themselves still count.`,
    );
  }
  return notes;
}

/** What an "add" did, for the live region: how many of the new links count, and why others do not. */
export function addedMessage(added: number, before: number, picture: TeamPicture): string {
  const isNew = (entry: { position: number }) => entry.position > before && entry.position <= before + added;
  const counted = picture.counted.filter(isNew).length;
  const duplicates = picture.duplicates.filter(isNew).length;
  const rejected = picture.rejected.filter(isNew).length;
  const parts = [`${counted} ${counted === 1 ? 'counts' : 'count'}`];
  if (duplicates > 0) parts.push(`${duplicates} ${duplicates === 1 ? 'is a duplicate' : 'are duplicates'}`);
  if (rejected > 0) parts.push(`${rejected} could not be read`);
  const total = picture.counted.length;
  return `Added ${added} ${added === 1 ? 'link' : 'links'}: ${parts.join(', ')}. The picture now shows ${total} ${total === 1 ? 'result' : 'results'}.`;
}
