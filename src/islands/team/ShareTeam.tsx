import { describeTeamLink, type TeamLinkEntry } from '../../lib/team/link.ts';

interface Props {
  entries: readonly TeamLinkEntry[];
  url: string;
  onCopy: () => void;
  onClear: () => void;
  leftOut: number;
  /** What the last copy did, shown next to the buttons (the live region says it too). */
  status: string;
}

/** The combined team link: shown, copied, printed, or cleared. Says what the link contains. */
export function ShareTeam({ entries, url, onCopy, onClear, leftOut, status }: Props) {
  return (
    <div class="team-share no-print">
      <h2>Share or print the picture</h2>
      <label for="team-link" class="field-label">
        Team link
      </label>
      <input id="team-link" class="team-link" type="text" readOnly value={url} aria-describedby="team-link-contents" />
      <p class="help" id="team-link-contents">
        This link carries <strong data-contents>{describeTeamLink(entries)}</strong>
        {leftOut > 0 && ` (the ${leftOut} ${leftOut === 1 ? 'link' : 'links'} left out above ${leftOut === 1 ? 'is' : 'are'} not in it)`}. The
        answers and labels travel in the part after “#”, which browsers do not send to any server; whoever opens it sees
        this picture.
      </p>
      <div class="button-row">
        <button type="button" class="button primary" onClick={onCopy}>
          Copy team link
        </button>
        <button type="button" class="button" onClick={() => print()}>
          Print
        </button>
        <button type="button" class="button" onClick={onClear}>
          Remove all links
        </button>
      </div>
      {status && <p class="copy-status">{status}</p>}
    </div>
  );
}
