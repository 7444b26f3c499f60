import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Answers, AssessmentDefinition } from '../../schemas/assessment.ts';
import type { Session } from '../../stores/assessment-session.ts';
import { chosenAnswer, evidenceOf, type Evidence } from '../../lib/assessment/scoring.ts';
import { StartOver } from './StartOver.tsx';

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
        {evidence.unsure > 0 && `, ${evidence.unsure} of them "not sure"`}. Change any answer
        {evidence.enough ? ', then see your result.' : '.'}
      </p>
      {!evidence.enough && <StillNeeded definition={definition} answers={answers} evidence={evidence} session={session} />}
      <ol class="review-list">
        {definition.items.map((item, index) => {
          const answer = item.answers.find((candidate) => candidate.id === answers[item.id]);
          const unsure = answer?.evidence === 'unsure';
          return (
            <li key={item.id} id={`review-${item.id}`}>
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
      <div class="button-row">
        <button type="button" class="button" onClick={() => session.back()}>
          Back
        </button>
        {evidence.enough && (
          <button type="button" class="button primary" onClick={() => session.showResult()}>
            See your result
          </button>
        )}
        <StartOver session={session} />
      </div>
    </div>
  );
}

/**
 * Why there is no result yet, at the top of the review, with a way to each question concerned (as
 * GOV.UK's error summary links to each field): the questions not answered, and, when there are more
 * "not sure" answers than a result allows, the questions answered so.
 */
function StillNeeded({ definition, answers, evidence, session }: { definition: AssessmentDefinition; answers: Answers; evidence: Evidence; session: Session }) {
  const extraUnsure = evidence.unsure - evidence.allowedUnsure;
  const unsure = definition.items.flatMap((item, index) => (chosenAnswer(item, answers)?.evidence === 'unsure' ? [index] : []));
  const missing = definition.items.flatMap((item, index) => (evidence.missing.includes(item.id) ? [index] : []));
  const link = (index: number, what: string) => (
    <li key={index}>
      <button type="button" class="button link" onClick={() => session.goTo(index, true)}>
        Question {index + 1}: {definition.items[index]?.prompt} ({what})
      </button>
    </li>
  );
  return (
    <div class="still-needed">
      <h3>What a result still needs</h3>
      <p>
        A result needs every question answered, with at most {evidence.allowedUnsure} "not sure".
      </p>
      {missing.length > 0 && (
        <>
          <p>
            {missing.length === 1 ? 'One question is' : `${missing.length} questions are`} not answered yet:
          </p>
          <ul>{missing.map((index) => link(index, 'not answered'))}</ul>
        </>
      )}
      {extraUnsure > 0 && (
        <>
          <p>
            You answered "not sure" {evidence.unsure} times: change at least {extraUnsure} of these to the answer that fits
            best.
          </p>
          <ul>{unsure.map((index) => link(index, '"not sure"'))}</ul>
        </>
      )}
    </div>
  );
}
