import type { AssessmentDefinition } from '../../schemas/assessment.ts';
import type { Session } from '../../stores/assessment-session.ts';
import { elementRef, type ElementRefs } from './types.ts';

interface Props {
  definition: AssessmentDefinition;
  index: number;
  chosen: string | undefined;
  fromReview: boolean;
  session: Session;
  elements: ElementRefs;
}

/**
 * One question: a fieldset of native radios, with progress, back and next. A result needs every
 * question answered, so moving on without an answer is "Answer later", not "Skip".
 */
export function ItemView({ definition, index, chosen, fromReview, session, elements }: Props) {
  const item = definition.items[index];
  if (!item) return null;
  const total = definition.items.length;
  const about = elementRef(elements, item.about);
  const last = index === total - 1;

  return (
    <form
      class="item-view"
      onSubmit={(event) => {
        event.preventDefault();
        if (fromReview) session.review();
        else session.next();
      }}
    >
      {/* One compact line: where the reader is, and the bar beside it (hidden from the heading's name). */}
      <h2 class="progress-heading" tabIndex={-1} data-autofocus>
        Question {index + 1} of {total}
        <progress max={total} value={index + 1} aria-hidden="true" />
      </h2>
      <fieldset>
        <legend>{item.prompt}</legend>
        {item.help && <p class="help">{item.help}</p>}
        <div class="answers">
          {item.answers.map((answer) => (
            <label class="answer" key={answer.id}>
              <input
                type="radio"
                name={item.id}
                value={answer.id}
                checked={chosen === answer.id}
                onChange={() => session.answer(item.id, answer.id)}
              />
              <span>{answer.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="button-row">
        <button type="button" class="button" onClick={() => session.back()}>
          Back
        </button>
        <button type="submit" class="button primary">
          {fromReview ? 'Back to review' : last ? 'Review answers' : chosen ? 'Next' : 'Answer later'}
        </button>
      </div>
      {/* After the buttons, so that on a phone the answers and Next come first. */}
      {about && (
        <p class="about-link">
          This question is about <a href={about.href}>{about.label}</a>.
        </p>
      )}
    </form>
  );
}
