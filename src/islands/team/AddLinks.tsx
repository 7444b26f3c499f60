import { useState } from 'preact/hooks';

/** The paste box: share links one per line, added to the team with one button. */
export function AddLinks({ onAdd, refusal }: { onAdd: (text: string) => boolean; refusal: string }) {
  const [text, setText] = useState('');
  const [refused, setRefused] = useState(false);
  const submit = (event: Event) => {
    event.preventDefault();
    const added = onAdd(text);
    setRefused(!added);
    if (added) setText('');
  };
  return (
    <form class="team-add no-print" onSubmit={submit}>
      <label for="team-paste" class="field-label">
        Share links, one per line
      </label>
      <p class="help" id="team-paste-help">
        Paste the links colleagues sent you from their results. To label one, write a name before the link on the same
        line (“Ana: https://…”); without a label it stays anonymous. A team link pasted here adds all of its results.
      </p>
      <textarea
        id="team-paste"
        name="links"
        rows={5}
        aria-describedby={refused ? 'team-paste-help team-paste-error' : 'team-paste-help'}
        aria-invalid={refused ? 'true' : undefined}
        spellcheck={false}
        autoComplete="off"
        value={text}
        onInput={(event) => {
          setText(event.currentTarget.value);
          setRefused(false);
        }}
      />
      {/* Not a live region: the page's announcer says it once; this keeps it in view. */}
      {refused && (
        <p class="field-error" id="team-paste-error" data-problem="nothing-to-add">
          {refusal}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="button primary">
          Add to the team
        </button>
      </div>
    </form>
  );
}
