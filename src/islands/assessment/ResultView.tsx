import type { AssessmentResult } from '../../lib/assessment/result.ts';
import { outcomeOptions } from '../../lib/assessment/scoring.ts';
import type { AssessmentDefinition } from '../../schemas/assessment.ts';
import { optionIds } from '../../lib/assessment/options.ts';
import { OptionBars } from './OptionBars.tsx';
import { EvidenceNeeded } from './EvidenceNeeded.tsx';
import { PathSummary, TraitSummary } from './KindSummary.tsx';
import { elementRef, type ElementRefs } from './types.ts';

interface Props {
  definition: AssessmentDefinition;
  result: AssessmentResult;
  elements: ElementRefs;
  /** Shared results are read-only: they have no actions, only a way to take the assessment. */
  children?: preact.ComponentChildren;
}

/** "A and B", "A, B and C". */
function listInWords(words: readonly string[]): string {
  return words.length <= 2 ? words.join(' and ') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The result, in the order a reader needs it: outcome, all three scores, why, next, then actions. */
export function ResultView({ definition, result, elements, children }: Props) {
  const { outcome, scores, decisive } = result.score;
  const chosen = outcomeOptions(outcome);
  const outcomes = chosen.flatMap((option) => definition.outcomes.filter((entry) => entry.element === option));
  const others = optionIds.flatMap((option) =>
    chosen.includes(option) ? [] : definition.outcomes.filter((entry) => entry.element === option),
  );
  const label = (id: string) => elementRef(elements, id)?.label ?? id;

  if (outcome.kind === 'outside') {
    // The reader said the assessment is not for them: no option, no bar, and where to go instead.
    return (
      <div class="result">
        <h2 tabIndex={-1} data-autofocus class="result-heading">
          This assessment is for people in a group or team
        </h2>
        <p>
          The answer to the first question says that you are in no group or team, so the questions about how a group
          behaves do not apply, and no option is named from them. The other two assessments are written for you as an
          individual:{' '}
          <a href="../which-option/">which option fits you now</a> and <a href="../individual-path/">where you are on the
          individual path</a>. If you later work with others, this one will apply.
        </p>
        {children}
      </div>
    );
  }
  if (outcome.kind === 'insufficient') {
    // Below the published minimum no option is named and no bar is drawn: only what is missing.
    return (
      <div class="result">
        <h2 tabIndex={-1} data-autofocus class="result-heading">
          Not enough answers for a result yet
        </h2>
        <EvidenceNeeded evidence={result.score.evidence} itemIds={definition.items.map((item) => item.id)} who="you" />
        {children}
      </div>
    );
  }
  const points = (option: string) => scores.find((entry) => entry.option === option)?.raw ?? 0;

  return (
    <div class="result">
      <h2 tabIndex={-1} data-autofocus class="result-heading">
        {outcome.kind === 'none'
          ? 'Your answers point to no option yet'
          : outcome.kind === 'single'
            ? `Your result is ${label(outcome.option)}`
            : chosen.length === 2
              ? `Your result is between ${listInWords(chosen.map(label))}`
              : 'Your result is between all three options'}
      </h2>
      {outcome.kind === 'none' && (
        <p>
          None of your answers is evidence for any of the three options: none of them describes steps of the path under
          way, a group you belong to, or acting on your own as such a group would. That is a fair place to be, and the
          model does not rank it; how each option could serve you is below.
        </p>
      )}
      {outcome.kind === 'between' && (
        <p>
          {chosen.length === 2
            ? `Your answers point to both of these options: ${listInWords(chosen.map((option) => `${label(option)} scored ${points(option)}`))}, each more than half of the top score. So we show both rather than pick one for you.`
            : `Your answers point to all three options: each scored more than half of the top score (${listInWords(chosen.map((option) => `${points(option)}`))} points). So we show all three rather than pick one for you.`}
        </p>
      )}
      {result.score.optionTwoNeedsGroup && (
        <p class="help">
          Some of your answers mention a group, but none of them is an answer the guide takes as showing that you belong
          to one (the method marks those), so they do not count for Option 2.
        </p>
      )}
      {outcomes.map((entry) => (
        <div class="outcome" key={entry.element}>
          <h3>{entry.headline}</h3>
          <p>{entry.explanation}</p>
          <p>
            <a href={elementRef(elements, entry.element)?.href}>Read about {label(entry.element)} in the guide</a>
          </p>
        </div>
      ))}

      <h3>How each option fits</h3>
      <OptionBars scores={scores} elements={elements} />

      {decisive.length > 0 && (
        <>
          <h3>Why</h3>
          <p>The answers that counted most towards this result:</p>
          <ul class="why">
            {decisive.map((entry) => {
              const item = definition.items.find((candidate) => candidate.id === entry.itemId);
              const answer = item?.answers.find((candidate) => candidate.id === entry.answerId);
              if (!item || !answer) return null;
              return (
                <li key={`${entry.itemId}-${entry.option}`}>
                  To “{item.prompt}” you answered “{answer.label}” — see{' '}
                  <a href={elementRef(elements, item.about)?.href}>{label(item.about)}</a>.
                </li>
              );
            })}
          </ul>
        </>
      )}

      {result.kind === 'path' && <PathSummary placement={result.path} elements={elements} />}
      {result.kind === 'mirror' && <TraitSummary profile={result.traits} elements={elements} />}

      {outcomes.length > 0 && (
        <>
          <h3>What to try next</h3>
          <ul>
            {outcomes.flatMap((entry) => entry.next.map((step) => <li key={step}>{step}</li>))}
          </ul>
        </>
      )}

      {others.length > 0 && (
        <>
          <h3>{outcome.kind === 'none' ? 'How each option could serve you' : 'The other options still apply'}</h3>
          <p>
            The model's author uses all three options and finds that all three work. How{' '}
            {outcome.kind === 'none' ? 'each' : 'the others'} could serve you:
          </p>
          <ul>
            {others.map((entry) => (
              <li key={entry.element}>
                <a href={elementRef(elements, entry.element)?.href}>{label(entry.element)}</a>: {entry.stillApplies}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="answered-count">
        Based on {result.score.answered} of {result.score.total} questions answered
        {result.score.evidence.unsure > 0 && `, ${result.score.evidence.unsure} of them “not sure” (no evidence either way)`}. Each
        assessment asks about different things, so another may point elsewhere: the method sets out what each counts.
      </p>
      {children}
    </div>
  );
}
