import { useEffect, useMemo, useReducer, useState } from 'preact/hooks';
import type { AssessmentDefinition } from '../schemas/assessment.ts';
import { aggregateTeam } from '../lib/team/aggregate.ts';
import { emptyTeam, teamEntries } from '../lib/team/entries.ts';
import { describeTeamLink, teamFragment } from '../lib/team/link.ts';
import { readTeamAddress } from '../lib/team/address.ts';
import { readPastedLinks } from '../lib/team/paste.ts';
import { announce } from '../scripts/announce.ts';
import { AddLinks } from './team/AddLinks.tsx';
import { EntryList } from './team/EntryList.tsx';
import { Problems } from './team/Problems.tsx';
import { ShareTeam } from './team/ShareTeam.tsx';
import { TeamPicture } from './team/TeamPicture.tsx';
import { addedMessage, addressNotes, nothingToAdd, readingNotes } from './team/messages.ts';
import type { ElementRefs } from './assessment/types.ts';

interface Props {
  /** The current definitions, in the site's order: links are decoded and grouped against them. */
  definitions: AssessmentDefinition[];
  elements: ElementRefs;
}

/**
 * The team view: links in (pasted, or from a team link in the fragment), the group's picture out.
 * All logic lives in src/lib/team/; this keeps the list's state, the address bar and the
 * clipboard. Nothing is stored and nothing is sent: the fragment is the only place labels go.
 */
export default function Team({ definitions, elements }: Props) {
  const [state, dispatch] = useReducer(teamEntries, emptyTeam);
  const [notes, setNotes] = useState<string[]>([]);
  const [pageUrl, setPageUrl] = useState('');
  const [touched, setTouched] = useState(false);
  const [copied, setCopied] = useState('');
  const picture = useMemo(() => aggregateTeam(state.entries, definitions), [state.entries, definitions]);
  const titles = useMemo(() => Object.fromEntries(definitions.map((definition) => [definition.id, definition.title])), [definitions]);
  const fragment = teamFragment(picture.counted);
  const leftOut = picture.rejected.length + picture.duplicates.length;

  // The fragment is read after mounting, so the server's HTML and the first render agree.
  useEffect(() => {
    const load = () => {
      setPageUrl(`${location.origin}${location.pathname}`);
      const address = readTeamAddress(location.hash, location.search);
      if (address.kind === 'team') dispatch({ type: 'replace', entries: address.parsed.entries });
      else if (address.kind === 'share') dispatch({ type: 'replace', entries: [{ code: address.code }] });
      if (address.kind !== 'none') setNotes(addressNotes(address));
    };
    load();
    addEventListener('hashchange', load);
    return () => removeEventListener('hashchange', load);
  }, []);

  // After the reader changes the list, the address bar carries the team too, so a reload keeps it.
  useEffect(() => {
    if (!touched) return;
    const target = picture.counted.length > 0 ? fragment : `${location.pathname}${location.search}`;
    history.replaceState(null, '', target);
    setCopied('');
  }, [touched, fragment, picture.counted.length]);

  const add = (text: string): boolean => {
    const pasted = readPastedLinks(text);
    if (pasted.entries.length === 0 && pasted.leftOut === 0 && pasted.pastLimit === 0) {
      // Said once through the live region; the box shows the same words beside it.
      announce(nothingToAdd);
      return false;
    }
    const action = { type: 'add', entries: pasted.entries } as const;
    // The reducer is pure, so the announcement can be worked out from the state it will produce.
    const next = teamEntries(state, action);
    dispatch(action);
    setTouched(true);
    setNotes(readingNotes({ ...pasted, leftOut: pasted.leftOut + next.refused }, 'paste'));
    const added = next.entries.length - state.entries.length;
    announce(addedMessage(added, state.entries.length, aggregateTeam(next.entries, definitions)));
    return true;
  };

  const remove = (id: number) => {
    dispatch({ type: 'remove', id });
    setTouched(true);
    setNotes([]);
    announce('Link removed.');
    // The removed entry's button is gone: put focus somewhere that makes sense to continue from.
    requestAnimationFrame(() => document.getElementById(state.entries.length > 1 ? 'team-entries-heading' : 'team-paste')?.focus());
  };

  const clear = () => {
    dispatch({ type: 'clear' });
    setTouched(true);
    setNotes([]);
    announce('All links removed.');
    requestAnimationFrame(() => document.getElementById('team-paste')?.focus());
  };

  const copy = async () => {
    const url = `${pageUrl}${fragment}`;
    const contents = describeTeamLink(picture.counted);
    try {
      await navigator.clipboard.writeText(url);
      setCopied(`Copied: ${contents}.`);
      announce(`Team link copied: ${contents}.`);
    } catch {
      history.replaceState(null, '', fragment);
      setCopied('Could not copy; the team link is in the box above and in the address bar.');
      announce(`Could not copy. The team link, with ${contents}, is in the address bar.`);
    }
  };

  return (
    <div class="team" data-pagefind-ignore>
      <AddLinks onAdd={add} refusal={nothingToAdd} />
      <Problems rejected={picture.rejected} duplicates={picture.duplicates} notes={notes} />
      <TeamPicture picture={picture} elements={elements} />
      {picture.counted.length > 0 && (
        <ShareTeam entries={picture.counted} url={`${pageUrl}${fragment}`} onCopy={copy} onClear={clear} leftOut={leftOut} status={copied} />
      )}
      <EntryList
        entries={state.entries}
        picture={picture}
        titles={titles}
        onRelabel={(id, label) => {
          dispatch({ type: 'relabel', id, label });
          setTouched(true);
        }}
        onRemove={remove}
      />
    </div>
  );
}
