import type { DuplicateEntry, EntryRef, RejectedEntry } from '../../lib/team/aggregate.ts';

/** "link 3 (Ana)": how the reader's list names an entry; the label is text, never markup. */
export function entryName(entry: EntryRef): string {
  return entry.label ? `link ${entry.position} (${entry.label})` : `link ${entry.position}`;
}

interface Props {
  rejected: readonly RejectedEntry[];
  duplicates: readonly DuplicateEntry[];
  /** Notes from reading a team link or a paste: entries left out, labels that could not be read. */
  notes: readonly string[];
}

/** Names every entry that does not count, and why; the rest of the picture stands without them. */
export function Problems({ rejected, duplicates, notes }: Props) {
  if (rejected.length === 0 && duplicates.length === 0 && notes.length === 0) return null;
  return (
    <div class="notice team-problems">
      {rejected.length === 0 && duplicates.length === 0 ? (
        <p>
          <strong>About the links read</strong>
        </p>
      ) : (
        <p>
          <strong>Left out of the picture</strong> (everything else still counts):
        </p>
      )}
      <ul>
        {rejected.map((entry) => (
          <li key={`r${entry.position}`} data-problem="unreadable" data-position={entry.position}>
            {capitalise(entryName(entry))} could not be read: {entry.message}
          </li>
        ))}
        {duplicates.map((entry) => (
          <li key={`d${entry.position}`} data-problem="duplicate" data-position={entry.position}>
            {capitalise(entryName(entry))} has exactly the same answers as {entryName(entry.of)}, so it counts once. (Two
            people who answered every question alike also count once: the page cannot tell them apart.)
          </li>
        ))}
        {notes.map((note) => (
          <li key={note} data-problem="note">
            {note}
          </li>
        ))}
      </ul>
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
