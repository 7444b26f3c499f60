import { useState } from 'preact/hooks';

/** The paste box: share links one per line, added to the team with one button. */
export function AddLinks({ onAdd }: { onAdd: (text: string) => boolean }) {
  const [text, setText] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    if (onAdd(text)) setText('');
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
        aria-describedby="team-paste-help"
        spellcheck={false}
        autoComplete="off"
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <div class="button-row">
        <button type="submit" class="button primary">
          Add to the team
        </button>
      </div>
    </form>
  );
}
