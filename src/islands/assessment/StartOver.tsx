import type { Session } from '../../stores/assessment-session.ts';
import { Confirm } from './Confirm.tsx';

/** "Start over", asking first: it clears the answers (the kept results stay). */
export function StartOver({ session }: { session: Session }) {
  return (
    <Confirm
      action="Start over"
      question="Clear your answers to this assessment from this browser? Results you have already seen stay in your history."
      yes="Yes, clear them"
      onYes={session.startOver}
    />
  );
}
