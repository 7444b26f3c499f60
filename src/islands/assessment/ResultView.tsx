import type { AssessmentResult } from '../../lib/assessment/result.ts';
import { DECISIVE_COUNT, outcomeOptions, reasonsFor, type Contribution, type ScoreResult } from '../../lib/assessment/scoring.ts';
import type { AssessmentDefinition } from '../../schemas/assessment.ts';
import { optionIds, type OptionId } from '../../lib/assessment/options.ts';
import { OptionBars } from './OptionBars.tsx';
import { EvidenceNeeded } from './EvidenceNeeded.tsx';
import { PathSummary, TraitSummary, pathHeading } from './KindSummary.tsx';
import { elementRef, type ElementRefs } from './types.ts';
import { voiceOf, type Audience, type Voice } from './voice.ts';

interface Props {
  definition: AssessmentDefinition;
  result: AssessmentResult;
  elements: ElementRefs;
  /** Whose result it is: the reader's own (default), or one someone shared with the reader. */
  audience?: Audience;
  /** The reader's own result only: go back to question `index` (0-based) to change its answer. */
  onChangeAnswer?: (index: number) => void;
  /** Shared results are read-only: they have no actions, only a way to take the assessment. */
  children?: preact.ComponentChildren;
}

/** "A and B", "A, B and C". */
function listInWords(words: readonly string[]): string {
  return words.length <= 2 ? words.join(' and ') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** "Option 2" from "Option 2: See yourself as groups…", for sentences that name an option again. */
const shortName = (label: string) => label.split(':')[0] ?? label;

/** The result, in the order a reader needs it: where they are, each named option with its reasons, then the rest. */
export function ResultView({ definition, result, elements, audience = 'own', onChangeAnswer, children }: Props) {
  const voice = voiceOf(audience);
  const { outcome, scores } = result.score;
  const chosen = outcomeOptions(outcome);
  const outcomeOf = (option: OptionId) => definition.outcomes.find((entry) => entry.element === option);
  const label = (id: string) => elementRef(elements, id)?.label ?? id;

  if (outcome.kind === 'outside') {
    // The reader said the assessment is not for them: no option, no bar, and where to go instead.
    return (
      <div class="result">
        <h2 tabIndex={-1} data-autofocus class="result-heading">
          This assessment is for people in a group or team
        </h2>
        <p>
          The answer to the first question says that {voice.you} {voice.are} in no group or team, so the questions about
          how a group behaves do not apply, and no option is named from them. The other two assessments are written for
          an individual: <a href="../which-option/">which option fits now</a> and{' '}
          <a href="../individual-path/">where someone is on the individual path</a>. Once {voice.you} work with others,
          this one will apply.
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
        <EvidenceNeeded evidence={result.score.evidence} itemIds={definition.items.map((item) => item.id)} who={audience === 'own' ? 'you' : 'they'} />
        {children}
      </div>
    );
  }

  const named = chosen.map(label);
  const optionLine =
    outcome.kind === 'none'
      ? 'no option yet'
      : chosen.length === 1
        ? named[0]
        : chosen.length === 2
          ? `between ${listInWords(named)}`
          : 'between all three options';
  const heading =
    result.kind === 'path'
      ? pathHeading(result.path, elements, voice)
      : outcome.kind === 'none'
        ? `${voice.Your} answers point to no option yet`
        : `${voice.resultIs} ${optionLine}`;
  const others = optionIds.filter((option) => !chosen.includes(option));
  const nextSteps = chosen.flatMap((option) => outcomeOf(option)?.next ?? []);

  return (
    <div class="result">
      <h2 tabIndex={-1} data-autofocus class="result-heading">
        {heading}
      </h2>

      {result.kind === 'path' && <PathSummary placement={result.path} elements={elements} advice={definition.stepAdvice ?? []} voice={voice} />}
      {result.kind === 'path' && (
        <p class="option-line">
          <strong>
            {outcome.kind === 'none'
              ? `Of the three options, ${voice.your} answers point to none yet.`
              : chosen.length === 1
                ? `Of the three options, ${voice.your} answers point to ${named[0]}.`
                : `Of the three options, ${voice.your} answers point to ${chosen.length === 2 ? `both ${listInWords(named)}` : 'all three'}.`}
          </strong>
        </p>
      )}

      {outcome.kind === 'none' && <NoOptionYet score={result.score} definition={definition} label={label} voice={voice} onChangeAnswer={onChangeAnswer} />}
      {outcome.kind === 'between' && (
        <p>
          {voice.Your} answers point to {chosen.length === 2 ? 'both of these options' : 'all three options'}:{' '}
          {listInWords(chosen.map((option) => `${shortName(label(option))} scored ${scores.find((entry) => entry.option === option)?.raw ?? 0}`))}, each
          more than half of the top score. So the result names {chosen.length === 2 ? 'both' : 'all three'} rather than
          pick one.
        </p>
      )}
      {result.score.optionTwoNeedsGroup && (
        <p class="help">
          Some of {voice.your} answers mention a group, but none of them is an answer the guide takes as showing membership
          of one (the weights page marks those), so they do not count for Option 2.
        </p>
      )}

      {chosen.map((option) => {
        const entry = outcomeOf(option);
        if (!entry) return null;
        const reasons = reasonsFor(result.score, option);
        const more = result.score.contributions.filter((contribution) => contribution.option === option).length - reasons.length;
        return (
          <div class="outcome" key={option} data-option={option}>
            <h3>{label(option)}</h3>
            <p>{entry.explanation}</p>
            <h4>Why</h4>
            <p>
              The answers that count most for {shortName(label(option))}
              {more > 0 && ` (${more} more ${more === 1 ? 'counts' : 'count'} too)`}:
            </p>
            <ul class="why">
              {reasons.map((contribution) => (
                <AnswerLine key={contribution.itemId} definition={definition} contribution={contribution} elements={elements} voice={voice} />
              ))}
            </ul>
            <p>
              <a href={elementRef(elements, option)?.href}>Read about {label(option)} in the guide</a>
            </p>
          </div>
        );
      })}

      {result.score.against.length > 0 && (
        <Against score={result.score} definition={definition} elements={elements} label={label} voice={voice} onChangeAnswer={onChangeAnswer} />
      )}

      <h3>How each option fits</h3>
      <OptionBars scores={scores} elements={elements} label={`How well each option fits ${voice.your} answers`} />
      <p class="help">
        All three bars use one scale: each track is as long as the most its option can score here, and its fill is the
        score.
      </p>

      {result.kind === 'mirror' && <TraitSummary profile={result.traits} elements={elements} voice={voice} />}

      {nextSteps.length > 0 && (
        <>
          <h3>{audience === 'own' ? 'What to try next' : 'What the result suggests trying next'}</h3>
          <ul>
            {nextSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </>
      )}

      {others.length > 0 && (
        <>
          <h3>{outcome.kind === 'none' ? `How each option could serve ${voice.them}` : 'The other options still apply'}</h3>
          <p>
            The model's author uses all three options and finds that all three work. How{' '}
            {outcome.kind === 'none' ? 'each' : 'the others'} could serve {voice.them}:
          </p>
          <ul>
            {others.map((option) => (
              <li key={option}>
                <a href={elementRef(elements, option)?.href}>{label(option)}</a>:{' '}
                {option === 'option-2' && result.score.member
                  ? `${voice.Your} answers say ${voice.you} belong to a group ${voice.you} chose, so acting as that group is open to ${voice.them} now; too few of ${voice.your} other answers point to it for the result to name it.`
                  : outcomeOf(option)?.stillApplies}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="answered-count">
        Based on {result.score.answered} of {result.score.total} questions answered
        {result.score.evidence.unsure > 0 && `, ${result.score.evidence.unsure} of them "not sure" (no evidence either way)`}. Each
        assessment asks about different things, so another may point elsewhere: the method sets out what each counts.
      </p>
      {children}
    </div>
  );
}

/** One answer as a line of a list: the question, the answer given, and the model element it is about. */
function AnswerLine({
  definition,
  contribution,
  elements,
  voice,
  children,
}: {
  definition: AssessmentDefinition;
  contribution: Contribution;
  elements: ElementRefs;
  voice: Voice;
  children?: preact.ComponentChildren;
}) {
  const index = definition.items.findIndex((candidate) => candidate.id === contribution.itemId);
  const item = definition.items[index];
  const answer = item?.answers.find((candidate) => candidate.id === contribution.answerId);
  if (!item || !answer) return null;
  return (
    <li>
      Question {index + 1}, "{item.prompt}": {voice.you} answered "{answer.label}" (see{' '}
      <a href={elementRef(elements, item.about)?.href}>{elementRef(elements, item.about)?.label ?? item.about}</a>).
      {children}
    </li>
  );
}

/** A button back to the question, for the reader's own result only. */
function ChangeButton({ index, onChangeAnswer }: { index: number; onChangeAnswer: (index: number) => void }) {
  return (
    <>
      {' '}
      <button type="button" class="button link change-answer" onClick={() => onChangeAnswer(index)}>
        Change the answer to question {index + 1}
      </button>
    </>
  );
}

/**
 * Answers that point to an option the result does not name: the answer that says the reader is in
 * a group comes first. Each says why it did not carry, and the reader's own result offers a way back
 * to the question, in case the answer does not describe them.
 */
function Against({
  score,
  definition,
  elements,
  label,
  voice,
  onChangeAnswer,
}: {
  score: ScoreResult;
  definition: AssessmentDefinition;
  elements: ElementRefs;
  label: (id: string) => string;
  voice: Voice;
  onChangeAnswer: ((index: number) => void) | undefined;
}) {
  const shown = score.against.slice(0, DECISIVE_COUNT);
  const rest = score.against.length - shown.length;
  const why = (option: OptionId) => {
    const entry = score.scores.find((candidate) => candidate.option === option);
    const name = shortName(label(option));
    if (entry && !entry.enough) {
      return entry.items <= 1
        ? `It is the only answer that points to ${name}, and one answer does not name an option.`
        : `It points to ${name}, but too few answers do for it to be named.`;
    }
    return `It points to ${name}, which scored less than half of the top score.`;
  };
  return (
    <section class="against" aria-labelledby="against-heading">
      <h3 id="against-heading">Answers that point elsewhere</h3>
      <p>
        {voice.audience === 'own'
          ? 'These answers point to an option the result does not name. If one does not describe you, change it, and the result will follow.'
          : 'These answers point to an option the result does not name. If one does not describe them, they can change it and share the result again.'}
      </p>
      <ul>
        {shown.map((contribution) => {
          const index = definition.items.findIndex((item) => item.id === contribution.itemId);
          return (
            <AnswerLine key={`${contribution.itemId}-${contribution.option}`} definition={definition} contribution={contribution} elements={elements} voice={voice}>
              {' '}
              {why(contribution.option)}
              {onChangeAnswer && index >= 0 && <ChangeButton index={index} onChangeAnswer={onChangeAnswer} />}
            </AnswerLine>
          );
        })}
      </ul>
      {rest > 0 && <p>{rest === 1 ? 'One more answer points' : `${rest} more answers point`} elsewhere; the bars below show every option's score.</p>}
    </section>
  );
}

/** "No option yet": what evidence there is, and why it is not enough to name an option. */
function NoOptionYet({
  score,
  definition,
  label,
  voice,
  onChangeAnswer,
}: {
  score: ScoreResult;
  definition: AssessmentDefinition;
  label: (id: string) => string;
  voice: Voice;
  onChangeAnswer: ((index: number) => void) | undefined;
}) {
  if (score.belowMinimum.length === 0) {
    return (
      <p>
        None of {voice.your} answers is evidence for any of the three options: none of them describes steps of the path
        under way, a group {voice.you} belong to, or acting on {voice.your} own as such a group would. That is a fair place
        to be, and the model does not rank it; how each option could serve {voice.them} is below.
      </p>
    );
  }
  const counted = score.contributions.filter((entry) => score.belowMinimum.includes(entry.option));
  return (
    <>
      <p>
        Some of {voice.your} answers point to {listInWords(score.belowMinimum.map((option) => shortName(label(option))))}, but
        too few to name an option: an option is named only when answers to at least two questions point to it, adding up
        to at least a quarter of the most it can score (<a href="../method/#rules">how the result is worked out</a>). That
        is a fair place to be, and the model does not rank it.
      </p>
      <ul class="some-evidence">
        {counted.map((entry) => {
          const index = definition.items.findIndex((item) => item.id === entry.itemId);
          const item = definition.items[index];
          const answer = item?.answers.find((candidate) => candidate.id === entry.answerId);
          if (!item || !answer) return null;
          return (
            <li key={`${entry.itemId}-${entry.option}`}>
              Question {index + 1}, "{item.prompt}": {voice.you} answered "{answer.label}", which points to{' '}
              {shortName(label(entry.option))}.
              {onChangeAnswer && <ChangeButton index={index} onChangeAnswer={onChangeAnswer} />}
            </li>
          );
        })}
      </ul>
    </>
  );
}
