import { useEffect, useState } from 'preact/hooks';
import type { TeamPicture } from '../../lib/team/aggregate.ts';
import { describeTeamLink } from '../../lib/team/link.ts';
import { identifyingLabels } from '../../lib/team/privacy.ts';

interface Props {
  picture: TeamPicture;
  url: string;
  labelsInLink: boolean;
  onLabelsInLink: (on: boolean) => void;
  onCopy: () => void;
  onClear: () => void;
  /** Entries that are not in the link (unreadable or duplicate). */
  leftOut: number;
  status: string;
}

/** The combined team link: shown, copied, printed, or cleared. Says what the link contains. */
export function ShareTeam({ picture, url, labelsInLink, onLabelsInLink, onCopy, onClear, leftOut, status }: Props) {
  const [confirming, setConfirming] = useState(false);
  // The question takes the focus, on its "Yes" button, so a keyboard reader answers it at once.
  useEffect(() => {
    if (confirming) document.getElementById('team-clear-yes')?.focus();
  }, [confirming]);
  const inLink = labelsInLink ? picture.counted : picture.counted.map(({ code }) => ({ code }));
  const named = labelsInLink ? identifyingLabels(picture) : [];
  const labeled = picture.counted.some((entry) => entry.label !== undefined);
  return (
    <div class="team-share no-print">
      <h2>Share or print the picture</h2>
      {labeled && (
        <div class="team-labels-choice">
          <input
            type="checkbox"
            id="team-labels-in-link"
            checked={labelsInLink}
            aria-describedby="team-labels-hint"
            onChange={(event) => onLabelsInLink(event.currentTarget.checked)}
          />
          <label for="team-labels-in-link">Put the labels in the team link</label>
          <p class="help" id="team-labels-hint">
            Off, the link carries the results only and the labels stay in this browser. On, whoever opens the link sees
            each label beside its result.
          </p>
        </div>
      )}
      {named.length > 0 && (
        <p class="notice team-identifies" data-warning="identifies">
          With the labels in the link, anyone who opens it can tell whose answers these are:{' '}
          {named.map((entry, index) => (
            <span key={`${entry.label}-${entry.title}`}>
              {index > 0 && '; '}"{entry.label}" is {entry.people === 1 ? 'the only person' : `one of ${entry.people} people`} in "{entry.title}"
            </span>
          ))}
          . Leave the labels out unless everyone named has agreed.
        </p>
      )}
      <label for="team-link" class="field-label">
        Team link
      </label>
      <input id="team-link" class="team-link" type="text" readOnly value={url} aria-describedby="team-link-contents" />
      <p class="help" id="team-link-contents">
        This link carries <strong data-contents>{describeTeamLink(inLink)}</strong>
        {leftOut > 0 && ` (the ${leftOut} ${leftOut === 1 ? 'link' : 'links'} left out above ${leftOut === 1 ? 'is' : 'are'} not in it)`} and
        the day the team was made. It travels in the part after "#", which browsers do not send to any server; whoever
        opens it sees this picture.
      </p>
      <div class="button-row">
        <button type="button" class="button primary" onClick={onCopy}>
          Copy team link
        </button>
        <button type="button" class="button" onClick={() => print()}>
          Print
        </button>
        {!confirming && (
          <button type="button" id="team-clear" class="button" onClick={() => setConfirming(true)}>
            Remove all links
          </button>
        )}
      </div>
      {status && <p class="copy-status">{status}</p>}
      {confirming && (
        <div class="notice team-confirm" id="team-clear-confirm" role="group" aria-labelledby="team-clear-question">
          <p id="team-clear-question">
            Remove all {picture.counted.length + leftOut} links and their labels from this browser? You can undo it right after.
          </p>
          <div class="button-row">
            <button
              type="button"
              class="button danger"
              id="team-clear-yes"
              onClick={() => {
                setConfirming(false);
                onClear();
              }}
            >
              Yes, remove all
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => document.getElementById('team-clear')?.focus());
              }}
            >
              Keep them
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
