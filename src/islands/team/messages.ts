import type { TeamPicture } from '../../lib/team/aggregate.ts';
import { MAX_LABEL_LENGTH, MAX_TEAM_ENTRIES, type ReadingReport } from '../../lib/team/link.ts';
import { MAX_PASTE_LENGTH } from '../../lib/team/paste.ts';
import type { TeamAddress } from '../../lib/team/address.ts';
import { dayInWords, isFutureDay, type Day } from '../../lib/team/day.ts';
import type { TeamNotice } from '../../stores/team.ts';

/** What reading a team link or a paste could not take as it was, in words for the list of problems. */
export function readingNotes(report: Partial<ReadingReport>, source: 'link' | 'paste'): string[] {
  const { leftOut = 0, unreadableLabels = 0, overlongLabels = 0, pastLimit = 0, escapedSeparators = 0, unreadableDays = 0 } = report;
  const notes: string[] = [];
  const were = (count: number) => (count === 1 ? 'was' : 'were');
  const stillCount = (count: number) => (count === 1 ? 'the result itself still counts.' : 'the results themselves still count.');
  if (pastLimit > 0) {
    notes.push(
      source === 'paste'
        ? `The paste was longer than ${MAX_PASTE_LENGTH.toLocaleString('en')} characters, so its last ${pastLimit === 1 ? 'line was' : `${pastLimit} lines were`} not read. Paste ${pastLimit === 1 ? 'it' : 'them'} again on ${pastLimit === 1 ? 'its' : 'their'} own.`
        : `The team link is longer than any this site writes, so ${pastLimit} ${pastLimit === 1 ? 'entry' : 'entries'} at its end ${were(pastLimit)} not read.`,
    );
  }
  if (leftOut > 0) {
    notes.push(`${leftOut} more ${leftOut === 1 ? 'link was' : 'links were'} left out: the team view holds at most ${MAX_TEAM_ENTRIES}.`);
  }
  if (overlongLabels > 0) {
    notes.push(
      `${overlongLabels} ${overlongLabels === 1 ? 'label' : 'labels'} in the team link ${were(overlongLabels)} longer than any label this site writes (at most ${MAX_LABEL_LENGTH} characters) and ${were(overlongLabels)} dropped; ${stillCount(overlongLabels)}`,
    );
  }
  if (unreadableLabels > 0) {
    notes.push(
      `${unreadableLabels} ${unreadableLabels === 1 ? 'label' : 'labels'} in the team link could not be read and ${were(unreadableLabels)} dropped; ${stillCount(unreadableLabels)}`,
    );
  }
  if (unreadableDays > 0) {
    notes.push('The date in the team link could not be read, so the team is shown without one; its results still count.');
  }
  if (escapedSeparators > 0) {
    notes.push('The commas between results in the team link were written as "%2C" (some mail programs do this); they were read as commas.');
  }
  return notes;
}

/** The notes for what the page's address carried (none for a single share link or a plain page). */
export function addressNotes(address: TeamAddress, today?: Day): string[] {
  if (address.kind === 'damaged') return [damagedLinkNote];
  if (address.kind !== 'team') return [];
  const notes = readingNotes(address.parsed, 'link');
  const { madeOn } = address.parsed;
  if (madeOn !== undefined && today !== undefined && isFutureDay(madeOn, today)) notes.unshift(futureLinkNote(madeOn, today));
  return address.parsed.entries.length === 0 ? [emptyTeamLinkNote, ...notes] : notes;
}

/** Said when the opened team link is dated after today: it is shown, but its date is doubtful. */
export function futureLinkNote(madeOn: Day, today: Day): string {
  return `This team link is dated ${dayInWords(madeOn)}, which is after today (${dayInWords(today)} on this device). Its results are shown, but its date may be wrong: check the date on this device, or ask whoever made the link.`;
}

/** What the page says about keeping the team in this browser, if anything. */
export function storageNotes(notice: TeamNotice | null): string | undefined {
  if (notice === 'unreadable') return 'The team kept in this browser could not be read, so the page starts empty. Paste the share links again, or open the team link.';
  if (notice === 'unkept') return 'This browser keeps nothing for this site (storage is turned off or full), so the team lasts only while this page is open. Copy the team link to keep it.';
  return undefined;
}

/** Said when a team link in the address holds no result at all (`#team=`, `#team=,,,`). */
export const emptyTeamLinkNote = 'The team link in the address holds no results: it may have been cut off when it was copied. Ask for it again, or paste the share links into the box above.';

/** Said when the address looks like a team or share link but is not in the form this site writes. */
export const damagedLinkNote = 'The link in the address looks damaged: it seems meant to carry results, but it is not in the form this site writes. Ask for it again, copied whole, or paste the share links into the box above.';

/** Said, and shown beside the box, when "Add" finds nothing to add. */
export const nothingToAdd = 'Nothing to add: the box is empty. Paste at least one share link.';

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
