import { useState } from 'preact/hooks';
import type { Session } from '../../stores/assessment-session.ts';
import { encodeShareCode } from '../../lib/assessment/share-code.ts';
import { shareFragment } from '../../lib/assessment/share-fragment.ts';
import { announce } from '../../scripts/announce.ts';
import { StartOver } from './StartOver.tsx';

/** What a reader can do with their own result: change, print, share, or clear everything. */
export function ResultActions({ session }: { session: Session }) {
  const [uncopied, setUncopied] = useState<string | undefined>();
  const [copied, setCopied] = useState(false);
  const copyLink = async () => {
    const code = encodeShareCode(session.definition, session.$answers.get());
    const url = new URL(shareFragment(code), location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      setUncopied(undefined);
      setCopied(true);
      announce('Share link copied. It carries your answers, not your name.');
    } catch {
      // Not into the address bar: reloading would then show the reader's own result as someone else's.
      setCopied(false);
      setUncopied(url);
      announce('Could not copy the link; it is shown below to copy by hand.');
    }
  };

  return (
    <div class="result-actions no-print">
      <h3>Keep, share or change it</h3>
      <p class="help">
        The share link carries your answers in the part of the address after "#", which browsers do not send to any
        server. Whoever opens it sees this result, read-only.
      </p>
      <div class="button-row">
        <button type="button" class="button" onClick={session.review}>
          Change answers
        </button>
        <button type="button" class="button" onClick={() => print()}>
          Print
        </button>
        <button type="button" class="button primary" onClick={copyLink}>
          Copy share link
        </button>
        <StartOver session={session} />
      </div>
      {/* Seen by everyone; the live region above says the same to screen readers, so this one is not live. */}
      {copied && <p class="copied">Copied: the share link is on your clipboard. It carries your answers, not your name.</p>}
      {uncopied && (
        <p>
          <label>
            Share link (select and copy it)
            <input class="share-url" type="text" readOnly value={uncopied} onFocus={(event) => event.currentTarget.select()} />
          </label>
        </p>
      )}
    </div>
  );
}
