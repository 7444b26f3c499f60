import type { AssessmentDefinition } from '../../schemas/assessment.ts';

/** What the assessment is and how long it takes, with the button that starts it. */
export function Intro({ definition, onStart }: { definition: AssessmentDefinition; onStart: () => void }) {
  return (
    <div class="intro">
      <h2 tabIndex={-1} data-autofocus>
        Before you start
      </h2>
      <p>{definition.intro}</p>
      <p class="meta">
        {definition.items.length} questions · about {definition.minutes} minutes · your answers stay in this browser
      </p>
      <button type="button" class="button primary" onClick={onStart}>
        Start
      </button>
    </div>
  );
}
