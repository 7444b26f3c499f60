import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Answers, AssessmentDefinition } from '../../schemas/assessment.ts';
import type { Session } from '../../stores/assessment-session.ts';
import { evidenceOf } from '../../lib/assessment/scoring.ts';
import { EvidenceNeeded } from './EvidenceNeeded.tsx';

interface Props {
  definition: AssessmentDefinition;
  answers: Answers;
  session: Session;
  /** False when the page opens on the review: focus then stays where the browser put it, as on any first screen. */
  takeFocus?: boolean;
}

/** Every answer at a glance, each with a way back to change it, before the result. */
export function Review({ definition, answers, session, takeFocus = true }: Props) {
  const evidence = evidenceOf(definition, answers);
  const root = useRef<HTMLDivElement>(null);
  // Loaded lazily, the review may arrive after the screen changed: it takes focus itself, as the result does.
  useLayoutEffect(() => {
    if (!takeFocus) return;
    const heading = root.current?.querySelector<HTMLElement>('[data-autofocus]');
    if (heading && document.activeElement !== heading && !root.current?.contains(document.activeElement)) heading.focus();
  }, []);
  return (
    <div class="review" ref={root}>
      <h2 tabIndex={-1} data-autofocus>
        Review your answers
      </h2>
      <p>
        You answered {evidence.answered} of {definition.items.length} questions
        {evidence.unsure > 0 && `, ${evidence.unsure} of them “not sure”`}. Change any answer
        {evidence.enough ? ', then see your result.' : '.'}
      </p>
      <ol class="review-list">
        {definition.items.map((item, index) => {
          const answer = item.answers.find((candidate) => candidate.id === answers[item.id]);
          const unsure = answer?.evidence === 'unsure';
          return (
            <li key={item.id}>
              <p class="question-prompt">{item.prompt}</p>
              <p class={answer && !unsure ? 'review-answer' : 'review-answer unanswered'}>
                {answer ? answer.label : 'Not answered'}
                {unsure && ' (no evidence either way)'}
              </p>
              <button type="button" class="button link" onClick={() => session.goTo(index, true)}>
                Change<span class="sr-only"> the answer to question {index + 1}</span>
              </button>
            </li>
          );
        })}
      </ol>
      {!evidence.enough && <EvidenceNeeded evidence={evidence} itemIds={definition.items.map((item) => item.id)} who="you" />}
      <div class="button-row">
        <button type="button" class="button" onClick={() => session.back()}>
          Back
        </button>
        {evidence.enough && (
          <button type="button" class="button primary" onClick={() => session.showResult()}>
            See your result
          </button>
        )}
      </div>
    </div>
  );
}
