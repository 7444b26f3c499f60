import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Session } from '../../stores/assessment-session.ts';
import { clearHistory, removeResult, restoreResult } from '../../stores/assessment-history.ts';
import { decodeHistory, type HistoryEntry, type ResultSummary } from '../../lib/assessment/history.ts';
import { compareEntries, inOrder, type Movement } from '../../lib/assessment/history-compare.ts';
import { announce } from '../../scripts/announce.ts';
import { elementRef, type ElementRefs } from './types.ts';
import { Confirm } from './Confirm.tsx';

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const when = (entry: HistoryEntry) => dateFormat.format(new Date(entry.at));

/** "A and B", "A, B and C". */
const inWords = (words: readonly string[]) => (words.length <= 2 ? words.join(' and ') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);

interface Props {
  session: Session;
  elements: ElementRefs;
  /** The stored history as the session holds it now (the parent subscribes to it). */
  stored: string | undefined;
}

/** The reader's earlier results: when, what each said, what moved between any two, and deleting them. */
export function HistoryPanel({ session, elements, stored }: Props) {
  const { definition } = session;
  const read = useMemo(() => decodeHistory(stored, definition.id), [stored, definition.id]);
  // The entry deleted last, until it is put back: what "Undo" restores.
  const [removed, setRemoved] = useState<HistoryEntry | undefined>();
  const [cleared, setCleared] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const label = (id: string) => elementRef(elements, id)?.label ?? id;
  const resultText = (summary: ResultSummary) => describe(summary, label);
  // Newest first, as a reader looks back.
  const entries = [...read.entries].reverse();

  useEffect(() => {
    if (cleared) heading.current?.focus();
  }, [cleared]);

  if (entries.length === 0 && read.unreadable === 0 && !removed && !cleared) return null;

  const remove = (entry: HistoryEntry) => {
    setRemoved(removeResult(session, entry.at));
    setCleared(false);
    announce(`Deleted the result of ${when(entry)}.`);
    // The button pressed is gone: the list's heading takes focus, so the reader is not left on <body>.
    requestAnimationFrame(() => heading.current?.focus());
  };

  return (
    <section class="history" aria-labelledby="history-heading" data-pagefind-ignore>
      <h2 id="history-heading" tabIndex={-1} ref={heading}>
        Results over time
      </h2>
      <p class="help">
        Kept only in this browser, each with its date and the version of the questions. Nothing of it is sent anywhere.
      </p>
      {read.unreadable !== 0 && (
        <p class="notice" role="status" data-history-problem>
          {read.unreadable === 'all'
            ? 'Your earlier results kept in this browser could not be read (the stored data is damaged), so none can be listed.'
            : `${read.unreadable === 1 ? 'One earlier result' : `${read.unreadable} earlier results`} kept in this browser could not be read (the stored data is damaged), so ${read.unreadable === 1 ? 'it is' : 'they are'} not listed.`}{' '}
          Your answers and the other results are not affected.
        </p>
      )}
      {removed && (
        <p class="undo" role="status">
          Deleted the result of {when(removed)}.{' '}
          <button
            type="button"
            class="button link"
            onClick={() => {
              restoreResult(session, removed);
              setRemoved(undefined);
            }}
          >
            Undo
          </button>
        </p>
      )}
      {cleared && entries.length === 0 && <p>All your kept results are deleted.</p>}
      {entries.length > 0 && (
        <ol class="history-list" reversed>
          {entries.map((entry) => (
            <li key={entry.at}>
              <span class="history-date">{when(entry)}</span>: {resultText(entry.result)}
              {entry.version !== definition.version && <span class="help"> (an earlier version of the questions)</span>}{' '}
              <button type="button" class="button link" onClick={() => remove(entry)}>
                Delete<span class="sr-only"> the result of {when(entry)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {entries.length >= 2 && <Comparison session={session} entries={entries} label={label} />}
      {entries.length > 0 && (
        <div class="button-row">
          <Confirm
            action="Delete all results"
            question={`Delete ${entries.length === 1 ? 'the one result' : `all ${entries.length} results`} kept in this browser? This cannot be undone.`}
            yes="Yes, delete them"
            onYes={() => {
              clearHistory(session);
              setRemoved(undefined);
              setCleared(true);
              announce('All your kept results are deleted.');
            }}
          />
        </div>
      )}
    </section>
  );
}

/** What one kept result said, in a few words. */
function describe(summary: ResultSummary, label: (id: string) => string): string {
  switch (summary.outcome) {
    case 'outside':
      return 'not for you then: you were in no group or team';
    case 'none':
      return 'no option yet';
    case 'single':
      return label(summary.options[0] ?? '');
    case 'between':
      return `between ${inWords(summary.options.map(label))}`;
  }
}

interface ComparisonProps {
  session: Session;
  /** Newest first. */
  entries: readonly HistoryEntry[];
  label: (id: string) => string;
}

/** Two kept results side by side: the latest two unless the reader picks others. */
function Comparison({ session, entries, label }: ComparisonProps) {
  const [picked, setPicked] = useState<[string, string] | undefined>();
  const find = (at: string | undefined) => entries.find((entry) => entry.at === at);
  const first = find(picked?.[0]) ?? entries[1];
  const second = find(picked?.[1]) ?? entries[0];
  if (!first || !second) return null;
  const [then, now] = inOrder(first, second);
  const { definition } = session;
  const movement = compareEntries(then, now, definition.version, definition.items.map((item) => item.id));

  const choose = (side: 0 | 1) => (event: Event) => {
    const value = (event.currentTarget as HTMLSelectElement).value;
    setPicked(side === 0 ? [value, second.at] : [first.at, value]);
  };
  const picker = (side: 0 | 1, name: string, selected: HistoryEntry) => (
    <label>
      {name}{' '}
      <select value={selected.at} onChange={choose(side)}>
        {entries.map((entry, index) => (
          <option key={entry.at} value={entry.at}>
            {/* Numbered as the list is (oldest 1), so two results of one minute can be told apart. */}
            {entries.length - index}. {when(entry)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div class="comparison">
      <h3>What moved</h3>
      <div class="pickers">
        {picker(0, 'Compare the result of', first)} {picker(1, 'with', second)}
      </div>
      <Moves movement={movement} session={session} label={label} />
    </div>
  );
}

function Moves({ movement, session, label }: { movement: Movement; session: Session; label: (id: string) => string }) {
  const { then, now } = movement;
  const { definition } = session;
  if (then === now) return <p>These are the same result: pick two different dates to see what moved.</p>;
  const older = [then, now].filter((entry) => entry.version !== definition.version);
  const percent = (strength: number | null) => (strength === null ? 'not sure' : `${Math.round(strength * 100)}%`);
  const answerLabel = (itemId: string, answerId: string | undefined) =>
    definition.items.find((item) => item.id === itemId)?.answers.find((answer) => answer.id === answerId)?.label ?? 'not answered';

  return (
    <div class="moves">
      <p>
        From {when(then)} to {when(now)}
        {movement.moved ? ':' : ': nothing moved. The result and the answers are the same.'}
      </p>
      {!movement.byAnswers && (
        <p class="help" data-by-result>
          {older.length === 2 ? 'Both results were' : `The result of ${when(older[0] ?? then)} was`} answered on an earlier
          version of the questions, so the two are compared by result, not by answer.
        </p>
      )}
      {movement.moved && (
        <dl class="move-list">
          <dt>Result</dt>
          <dd>{movement.outcomeChanged ? `then ${describe(then.result, label)}; now ${describe(now.result, label)}` : `the same: ${describe(now.result, label)}`}</dd>
          {(then.result.steps || now.result.steps) && (
            <>
              <dt>Steps taken since</dt>
              <dd>{movement.stepsTaken.length > 0 ? <StepList steps={movement.stepsTaken} label={label} /> : 'none'}</dd>
              {movement.stepsNoLonger.length > 0 && (
                <>
                  <dt>Steps your answers no longer show as taken</dt>
                  <dd>
                    <StepList steps={movement.stepsNoLonger} label={label} />
                  </dd>
                </>
              )}
            </>
          )}
          {movement.traits.length > 0 && (
            <>
              <dt>Each trait, then and now</dt>
              <dd>
                <ul>
                  {movement.traits.map((trait) => (
                    <li key={trait.trait}>
                      {label(trait.trait)}: {percent(trait.then)} then, {percent(trait.now)} now
                      {trait.change !== null &&
                        (Math.round(trait.change * 100) === 0
                          ? ' (no change)'
                          : ` (${trait.change > 0 ? 'up' : 'down'} ${Math.abs(Math.round(trait.change * 100))} points)`)}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {movement.byAnswers && (
            <>
              <dt>Answers that changed</dt>
              <dd>
                {movement.answers.length === 0 ? (
                  'none'
                ) : (
                  <ul>
                    {movement.answers.map((answer) => {
                      const index = definition.items.findIndex((item) => item.id === answer.itemId);
                      return (
                        <li key={answer.itemId}>
                          Question {index + 1}, "{definition.items[index]?.prompt}": then "{answerLabel(answer.itemId, answer.then)}", now "
                          {answerLabel(answer.itemId, answer.now)}"
                        </li>
                      );
                    })}
                  </ul>
                )}
              </dd>
            </>
          )}
        </dl>
      )}
    </div>
  );
}

/** Steps one a line: their names carry commas and colons of their own. */
function StepList({ steps, label }: { steps: readonly string[]; label: (id: string) => string }) {
  return (
    <ul>
      {steps.map((step) => (
        <li key={step}>{label(step)}</li>
      ))}
    </ul>
  );
}
