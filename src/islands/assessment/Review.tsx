import type { Answers, AssessmentDefinition } from '../../schemas/assessment.ts';
import type { Session } from '../../stores/assessment-session.ts';

interface Props {
  definition: AssessmentDefinition;
  answers: Answers;
  session: Session;
}

/** Every answer at a glance, each with a way back to change it, before the result. */
export function Review({ definition, answers, session }: Props) {
  const answered = definition.items.filter((item) => answers[item.id] !== undefined).length;
  return (
    <div class="review">
      <h2 tabIndex={-1} data-autofocus>
        Review your answers
      </h2>
      <p>
        You answered {answered} of {definition.items.length} questions. Change any answer, then see your result.
      </p>
      <ol class="review-list">
        {definition.items.map((item, index) => {
          const answer = item.answers.find((candidate) => candidate.id === answers[item.id]);
          return (
            <li key={item.id}>
              <p class="question-prompt">{item.prompt}</p>
              <p class={answer ? 'review-answer' : 'review-answer unanswered'}>{answer ? answer.label : 'Not answered'}</p>
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
        <button type="button" class="button primary" onClick={() => session.showResult()} disabled={answered === 0}>
          See your result
        </button>
      </div>
    </div>
  );
}
