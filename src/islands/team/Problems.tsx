import type { EntryRef, TeamPicture } from '../../lib/team/aggregate.ts';

/** "link 3 (Ana)": how the reader's list names an entry; the label is text, never markup. */
export function entryName(entry: EntryRef): string {
  return entry.label ? `link ${entry.position} (${entry.label})` : `link ${entry.position}`;
}

/** "links 2 and 5 (Bo)", naming each entry as the list does. */
export function entryNames(entries: readonly EntryRef[]): string {
  const names = entries.map((entry) => entryName(entry).replace(/^link /, ''));
  const joined = names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${entries.length === 1 ? 'link' : 'links'} ${joined}`;
}

interface Props {
  picture: Pick<TeamPicture, 'counted' | 'rejected' | 'duplicates' | 'twins'>;
  /** Notes from reading a team link or a paste: entries left out, labels that could not be read. */
  notes: readonly string[];
}

/** Names every entry that does not count, and why; entries that may be one person; what reading noticed. */
export function Problems({ picture, notes }: Props) {
  const { counted, rejected, duplicates, twins } = picture;
  const leftOut = rejected.length + duplicates.length;
  if (leftOut === 0 && twins.length === 0 && notes.length === 0) return null;
  return (
    <div class="notice team-problems">
      {leftOut > 0 && (
        <>
          <p>
            <strong>{counted.length > 0 ? 'Left out of the picture' : 'Nothing could be counted'}</strong>
            {counted.length > 0 ? ' (everything else still counts):' : ':'}
          </p>
          <ul>
            {rejected.map((entry) => (
              <li key={`r${entry.position}`} data-problem="unreadable" data-reason={entry.reason} data-position={entry.position}>
                {capitalize(entryName(entry))} could not be read: {entry.message}
              </li>
            ))}
            {duplicates.map((entry) => (
              <li key={`d${entry.position}`} data-problem="duplicate" data-position={entry.position}>
                {capitalize(entryName(entry))} has exactly the same answers as {entryName(entry.of)} and came in the same paste
                with no label of its own, so it is taken for the same link pasted twice and counts once. If they are two
                people, give each a label.
              </li>
            ))}
          </ul>
        </>
      )}
      {twins.length > 0 && (
        <>
          <p>
            <strong>May be one person</strong>
          </p>
          <ul>
            {twins.map((set) => (
              <li key={`t${set[0]?.position ?? 0}`} data-problem="twins">
                {capitalize(entryNames(set))} have exactly the same answers. They count as {set.length} people, because
                each has its own label or came separately; if they are one person's link added twice, remove all but one.
              </li>
            ))}
          </ul>
        </>
      )}
      {notes.length > 0 && (
        <>
          {leftOut === 0 && twins.length === 0 && (
            <p>
              <strong>About the links read</strong>
            </p>
          )}
          <ul>
            {notes.map((note) => (
              <li key={note} data-problem="note">
                {note}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
