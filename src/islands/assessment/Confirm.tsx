import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';

interface Props {
  /** The button that asks first; also the name of the question's group. */
  action: string;
  question: ComponentChildren;
  /** The button that does it. */
  yes: string;
  onYes: () => void;
}

/**
 * An action that cannot be taken back, asking first. The button pressed is replaced by the question,
 * so the focus goes to its "Yes" (the question is read with it), and "Keep them" gives the focus
 * back to the button that asked: a keyboard reader is never left on <body>.
 */
export function Confirm({ action, question, yes, onYes }: Props) {
  const [confirming, setConfirming] = useState(false);
  const asker = useRef<HTMLButtonElement>(null);
  const yesButton = useRef<HTMLButtonElement>(null);
  const kept = useRef(false);
  const questionId = useId();
  useEffect(() => {
    if (confirming) yesButton.current?.focus();
    else if (kept.current) asker.current?.focus();
    kept.current = false;
  }, [confirming]);

  if (!confirming) {
    return (
      <button type="button" class="button" ref={asker} onClick={() => setConfirming(true)}>
        {action}
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-label={action} aria-describedby={questionId}>
      <p id={questionId}>{question}</p>
      <div class="button-row">
        <button
          type="button"
          class="button danger"
          ref={yesButton}
          onClick={() => {
            setConfirming(false);
            onYes();
          }}
        >
          {yes}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => {
            kept.current = true;
            setConfirming(false);
          }}
        >
          Keep them
        </button>
      </div>
    </div>
  );
}
