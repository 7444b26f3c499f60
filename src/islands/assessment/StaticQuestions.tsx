import type { AssessmentDefinition } from '../../schemas/assessment.ts';
import { elementRef, type ElementRefs } from './types.ts';

/**
 * What the page shows before (or without) JavaScript: every question and its answers, readable
 * and searchable, with a plain note that working out a result needs JavaScript.
 */
export function StaticQuestions({ definition, elements }: { definition: AssessmentDefinition; elements: ElementRefs }) {
  return (
    <div class="static-questions">
      {/* The same paragraph the intro screen shows, so the page's main text is drawn from the HTML at once. */}
      <p>{definition.intro}</p>
      <p class="callout js-note">
        Working out your result happens in your browser and needs JavaScript. Without it you can still read
        every question below and think them through.
      </p>
      <ol class="question-list">
        {definition.items.map((item) => (
          <li key={item.id}>
            <p class="question-prompt">{item.prompt}</p>
            <ul>
              {item.answers.map((answer) => (
                <li key={answer.id}>{answer.label}</li>
              ))}
            </ul>
            {elementRef(elements, item.about) && (
              <p class="about-link">
                About <a href={elementRef(elements, item.about)?.href}>{elementRef(elements, item.about)?.label}</a>
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
