import type { Notice } from '../../stores/assessment-session.ts';

const messages: Record<Notice, string> = {
  restored: 'We restored the answers you gave earlier in this browser.',
  outdated: 'This assessment has changed since you last took it, so your earlier answers were cleared rather than scored against different questions.',
  corrupt: 'Answers saved in this browser could not be read, so they were cleared. You can start afresh.',
  unkept: 'This browser is not letting the site keep anything, so your answers will not be kept: they last while this page is open. Everything else works as usual.',
};

interface Props {
  notice: Notice;
  onContinue: () => void;
  onStartOver: () => void;
}

/** Tells the reader what happened to answers saved earlier, and lets them choose what to do. */
export function NoticeBar({ notice, onContinue, onStartOver }: Props) {
  return (
    <div class="notice" role="status" data-notice={notice}>
      <p>{messages[notice]}</p>
      <div class="button-row">
        {notice === 'restored' ? (
          <>
            <button type="button" class="button primary" onClick={onContinue}>
              Continue
            </button>
            <button type="button" class="button" onClick={onStartOver}>
              Start over
            </button>
          </>
        ) : (
          <button type="button" class="button" onClick={onContinue}>
            Dismiss
          </button>
        )}
      </div>
    </div>
  );
}
