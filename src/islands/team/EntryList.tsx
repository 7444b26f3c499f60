import type { TeamEntry } from '../../lib/team/entries.ts';
import type { TeamPicture } from '../../lib/team/aggregate.ts';
import { MAX_LABEL_LENGTH } from '../../lib/team/link.ts';
import { ownValue } from '../../lib/site/own.ts';

interface Props {
  entries: readonly TeamEntry[];
  picture: TeamPicture;
  titles: Readonly<Record<string, string>>;
  onRelabel: (id: number, label: string) => void;
  onRemove: (id: number) => void;
}

/** The links in the team, in the order added, each with its status, an optional label and "remove". */
export function EntryList({ entries, picture, titles, onRelabel, onRemove }: Props) {
  if (entries.length === 0) return null;
  const statusOf = (position: number): { kind: string; text: string } => {
    const counted = picture.counted.find((entry) => entry.position === position);
    if (counted) {
      const twins = picture.twins.find((set) => set.some((entry) => entry.position === position));
      const others = twins?.filter((entry) => entry.position !== position).map((entry) => entry.position) ?? [];
      const same = others.length > 0 ? ` · same answers as link ${others.join(', ')}` : '';
      return { kind: 'counted', text: `Counted · ${ownValue(titles, counted.assessmentId) ?? counted.assessmentId}${same}` };
    }
    const duplicate = picture.duplicates.find((entry) => entry.position === position);
    if (duplicate) return { kind: 'duplicate', text: `Same link as link ${duplicate.of.position}: counted once` };
    const rejected = picture.rejected.find((entry) => entry.position === position);
    const isLine = rejected !== undefined && ['not-a-link', 'result-page', 'team-page', 'site-page', 'other-site'].includes(rejected.reason);
    return { kind: 'unreadable', text: isLine ? 'Not a result: left out' : 'Could not be read: left out' };
  };
  return (
    <div class="team-entries no-print">
      <h2 id="team-entries-heading" tabIndex={-1}>Links in this team</h2>
      <p class="help">
        A label helps you tell the links apart. It is optional, stays in this browser (the team link carries it only if you
        choose), and never appears in the picture. Leave it empty to keep everyone anonymous.
      </p>
      <ol aria-labelledby="team-entries-heading">
        {entries.map((entry, index) => {
          const position = index + 1;
          const status = statusOf(position);
          const inputId = `team-label-${entry.id}`;
          return (
            <li key={entry.id} class="team-entry" data-status={status.kind} data-position={position}>
              <p class="entry-head">
                <span class="entry-number">Link {position}</span> <span class="entry-status">{status.text}</span>
              </p>
              <div class="entry-controls">
                <label for={inputId}>
                  Label <span class="sr-only">for link {position}</span> <span class="optional">(optional)</span>
                </label>
                <input
                  id={inputId}
                  type="text"
                  value={entry.label}
                  maxLength={MAX_LABEL_LENGTH}
                  autoComplete="off"
                  spellcheck={false}
                  onInput={(event) => onRelabel(entry.id, event.currentTarget.value)}
                />
                <button type="button" class="button" onClick={() => onRemove(entry.id)}>
                  Remove<span class="sr-only"> link {position}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
