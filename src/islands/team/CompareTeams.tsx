import { useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { EarlierRead } from '../../lib/team/earlier.ts';
import type { Day } from '../../lib/team/day.ts';
import type { ElementRefs } from '../assessment/types.ts';
import type { CompareResult } from './CompareResult.tsx';

interface Props {
  earlier: EarlierRead | undefined;
  madeOn: Day | undefined;
  /** The drawing of then and now, loaded when first needed (it is most of the comparison's code). */
  Result: typeof CompareResult | undefined;
  /** The reader has just asked for this comparison: take them to it. */
  focus: boolean;
  /** Reads an earlier team link; resolves to the message to show when it cannot be compared. */
  onCompare: (text: string) => Promise<string | undefined>;
  onStop: () => void;
  elements: ElementRefs;
}

/** Then and now: the form for an earlier team link, and the two pictures side by side once given. */
export function CompareTeams({ earlier, madeOn, Result, focus, onCompare, onStop, elements }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const message = await onCompare(text);
    setError(message ?? '');
    if (message === undefined) setText('');
  };
  const shown = earlier?.ok ? earlier : undefined;
  const View = Result as ComponentType<Parameters<typeof CompareResult>[0]> | undefined;
  return (
    <section class="team-compare" aria-labelledby="team-compare-heading">
      <h2 id="team-compare-heading">Then and now</h2>
      {shown && View && <View shown={shown} madeOn={madeOn} elements={elements} focus={focus} />}
      {earlier && !earlier.ok && (
        <p class="notice" data-compare-problem={earlier.problem}>
          The earlier team link kept with this team cannot be compared now: {earlier.message}
        </p>
      )}
      <form class="team-compare-form no-print" onSubmit={submit}>
        <label for="team-earlier" class="field-label">
          {shown ? 'Compare with another earlier team link' : 'Earlier team link'}
        </label>
        <p class="help" id="team-earlier-help">
          Paste the team link from an earlier meeting, made with the same assessments, to see what moved since.
        </p>
        <input
          id="team-earlier"
          type="text"
          autoComplete="off"
          spellcheck={false}
          value={text}
          aria-describedby={error ? 'team-earlier-help team-earlier-error' : 'team-earlier-help'}
          aria-invalid={error ? 'true' : undefined}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setError('');
          }}
        />
        {error && (
          <p class="field-error" id="team-earlier-error" data-problem="earlier">
            {error}
          </p>
        )}
        <div class="button-row">
          <button type="submit" class="button">
            Compare
          </button>
          {earlier && (
            <button type="button" class="button" onClick={onStop}>
              Stop comparing
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

