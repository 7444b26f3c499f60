import { useState } from 'preact/hooks';

/** The paste box: share links one per line, added to the team with one button. `more`: the team already has links. */
export function AddLinks({ onAdd, refusal, more = false }: { onAdd: (text: string) => boolean; refusal: string; more?: boolean }) {
  const [text, setText] = useState('');
  const [refused, setRefused] = useState(false);
  const submit = (event: Event) => {
    event.preventDefault();
    const added = onAdd(text);
    setRefused(!added);
    if (added) setText('');
  };
  return (
    <form class="team-add no-print" onSubmit={submit} aria-labelledby={more ? 'team-add-heading' : undefined}>
      {more && <h2 id="team-add-heading">Add more links</h2>}
      <label for="team-paste" class="field-label">
        Share links, one per line
      </label>
      <p class="help" id="team-paste-help">
        Paste the links colleagues copied with "Copy share link" on their results. To label one, write a name before the
        link on the same line ("Ana: https://…"); without a label it stays anonymous. A team link pasted here adds all of
        its results.
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
