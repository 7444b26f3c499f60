import { useEffect, useRef, useState } from 'preact/hooks';
import type { Session } from '../../stores/assessment-session.ts';

/** "Start over", asking first: it clears the answers (the kept results stay). */
export function StartOver({ session }: { session: Session }) {
  const [confirming, setConfirming] = useState(false);
  const group = useRef<HTMLDivElement>(null);
  // The button that opened the question is gone: focus goes to the question, never back to <body>.
  useEffect(() => {
    if (confirming) group.current?.focus();
  }, [confirming]);
  if (!confirming) {
    return (
      <button type="button" class="button" onClick={() => setConfirming(true)}>
        Start over
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-label="Start over" tabIndex={-1} ref={group}>
      <p>Clear your answers to this assessment from this browser? Results you have already seen stay in your history.</p>
      <div class="button-row">
        <button type="button" class="button danger" onClick={session.startOver}>
          Yes, clear them
        </button>
        <button type="button" class="button" onClick={() => setConfirming(false)}>
          Keep them
        </button>
      </div>
    </div>
  );
}
