import type { Notice } from '../../stores/assessment-session.ts';

const messages: Record<Notice, string> = {
  restored: 'Welcome back: you are where you left off, with your earlier answers.',
  outdated: 'This assessment has changed since you last took it, so your earlier answers were cleared rather than scored against different questions.',
  corrupt: 'Answers saved in this browser could not be read, so they were cleared. You can start afresh.',
  unkept: 'This browser keeps nothing for this site: your answers and results last only while this page is open. Everything else works as usual.',
};

/**
 * A short note on what happened to answers saved earlier, above the screen the reader is on. It
 * has no controls of its own: the screen below is the live one, and the note goes once they move.
 */
export function NoticeBar({ notice }: { notice: Notice }) {
  return (
    <p class="notice" role="status" data-notice={notice}>
      {messages[notice]}
    </p>
  );
}
