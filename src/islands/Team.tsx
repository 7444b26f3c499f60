import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { AssessmentDefinition } from '../schemas/assessment.ts';
import { aggregateTeam } from '../lib/team/aggregate.ts';
import { dayOf } from '../lib/team/day.ts';
import type { EarlierRead } from '../lib/team/earlier.ts';
import type { TeamEntriesState } from '../lib/team/entries.ts';
import { describeTeamLink, teamFragment } from '../lib/team/link.ts';
import { readTeamAddress } from '../lib/team/address.ts';
import { readPastedLinks } from '../lib/team/paste.ts';
import { startingTeam } from '../lib/team/saved-team.ts';
import { createTeamStore } from '../stores/team.ts';
import { announce } from '../scripts/announce.ts';
import { AddLinks } from './team/AddLinks.tsx';
import { CompareTeams } from './team/CompareTeams.tsx';
import { EntryList } from './team/EntryList.tsx';
import { HowItWorks, type HowItWorksLinks } from './team/HowItWorks.tsx';
import { Problems } from './team/Problems.tsx';
import { ShareTeam } from './team/ShareTeam.tsx';
import { TeamHolds } from './team/TeamHolds.tsx';
import { TeamPicture } from './team/TeamPicture.tsx';
import { addedMessage, addressNotes, nothingToAdd, readingNotes, storageNotes } from './team/messages.ts';
import type { ElementRefs } from './assessment/types.ts';

interface Props {
  /** The current definitions, in the site's order: links are decoded and grouped against them. */
  definitions: AssessmentDefinition[];
  elements: ElementRefs;
  links: HowItWorksLinks;
}

type Comparison = typeof import('./team/comparison.ts');

const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * The team view: links in (pasted, or from a team link in the address), the group's picture out,
 * and an earlier team link beside it. All logic lives in src/lib/team/; the team store keeps the
 * state in this browser; this keeps the address bar, focus and the clipboard.
 */
export default function Team({ definitions, elements, links }: Props) {
  const store = useMemo(createTeamStore, []);
  const state = useStore(store.$state);
  const notice = useStore(store.$notice);
  const [notes, setNotes] = useState<string[]>([]);
  const [pageUrl, setPageUrl] = useState('');
  const [touched, setTouched] = useState(false);
  const [fromLink, setFromLink] = useState(false);
  const [copied, setCopied] = useState('');
  /** A team kept aside so the reader can take it back: after "Remove all links", or one a link replaced. */
  const [undo, setUndo] = useState<{ kind: 'cleared' | 'replaced'; state: TeamEntriesState } | null>(null);
  const [today, setToday] = useState('');
  const [compared, setCompared] = useState(false);
  const picture = useMemo(() => aggregateTeam(state.entries, definitions), [state.entries, definitions]);
  const titles = useMemo(() => Object.fromEntries(definitions.map((definition) => [definition.id, definition.title])), [definitions]);
  const linkOptions = { madeOn: state.madeOn, labels: state.labelsInLink };
  const fragment = teamFragment(picture.counted, linkOptions);
  const leftOut = picture.rejected.length + picture.duplicates.length;
  const [comparison, setComparison] = useState<Comparison | undefined>(undefined);
  const loadComparison = async (): Promise<Comparison> => {
    const loaded = comparison ?? (await import('./team/comparison.ts'));
    setComparison(() => loaded);
    return loaded;
  };
  // A kept earlier link brings the comparison's code with it.
  useEffect(() => {
    if (state.earlier !== undefined && comparison === undefined) void loadComparison();
  }, [state.earlier]);
  const earlier = useMemo(
    (): EarlierRead | undefined =>
      state.earlier === undefined || today === '' || comparison === undefined
        ? undefined
        : comparison.readEarlierLink(state.earlier, definitions, { picture, madeOn: state.madeOn }, today),
    [state.earlier, definitions, picture, state.madeOn, today, comparison],
  );

  // Read after mounting, so the server's HTML and the first render agree.
  useEffect(() => {
    const load = (first: boolean) => {
      setPageUrl(`${location.origin}${location.pathname}`);
      setToday(dayOf(new Date()));
      const address = readTeamAddress(location.hash, location.search);
      const kept = first ? store.kept() : store.$state.get();
      const start = startingTeam(kept, address, (candidate) => aggregateTeam(candidate.entries, definitions).counted.map((entry) => entry.code));
      store.show(start.state);
      setFromLink(start.fromLink);
      setTouched(false);
      setUndo(start.replaced ? { kind: 'replaced', state: start.replaced } : null);
      setNotes(addressNotes(address, dayOf(new Date())));
    };
    load(true);
    const onHashChange = () => load(false);
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);

  // After the reader changes the team, the address bar carries its link (as "Copy team link" would).
  useEffect(() => {
    if (!touched) return;
    const target = picture.counted.length > 0 ? fragment : `${location.pathname}${location.search}`;
    history.replaceState(null, '', target);
    setCopied('');
  }, [touched, fragment, picture.counted.length]);

  const change = () => {
    setTouched(true);
    setFromLink(false);
  };

  const add = (text: string): boolean => {
    const pasted = readPastedLinks(text, { siteOrigin: location.origin });
    if (pasted.entries.length === 0 && pasted.leftOut === 0 && pasted.pastLimit === 0) {
      // Said once through the live region; the box shows the same words beside it.
      announce(nothingToAdd);
      return false;
    }
    const before = state.entries.length;
    const next = store.dispatch({ type: 'add', entries: pasted.entries, today: dayOf(new Date()) });
    change();
    setUndo(null);
    setNotes(readingNotes({ ...pasted, leftOut: pasted.leftOut + next.refused }, 'paste'));
    const added = next.entries.length - before;
    announce(addedMessage(added, before, aggregateTeam(next.entries, definitions)));
    if (before === 0) focusSoon('team-holds');
    return true;
  };

  const remove = (id: number) => {
    store.dispatch({ type: 'remove', id });
    change();
    setNotes([]);
    announce('Link removed.');
    // The removed entry's button is gone: put focus somewhere that makes sense to continue from.
    focusSoon(state.entries.length > 1 ? 'team-entries-heading' : 'team-paste');
  };

  const clear = () => {
    const before = state;
    store.dispatch({ type: 'clear' });
    change();
    setNotes([]);
    setUndo({ kind: 'cleared', state: before });
    announce(`All links removed. To bring them back, use "Undo".`);
    focusSoon('team-undo');
  };

  const takeBack = () => {
    if (!undo) return;
    store.dispatch({ type: 'restore', state: undo.state });
    change();
    setUndo(null);
    setNotes([]);
    announce(undo.kind === 'cleared' ? 'The links are back.' : 'This is the team you had in this browser again.');
    focusSoon('team-holds');
  };

  const copy = async () => {
    const url = `${pageUrl}${fragment}`;
    const contents = describeTeamLink(state.labelsInLink ? picture.counted : picture.counted.map(({ code }) => ({ code })));
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

  const compare = async (text: string): Promise<string | undefined> => {
    let loaded: Comparison;
    try {
      loaded = await loadComparison();
    } catch {
      const message = 'The comparison could not be loaded. Check the connection and try again.';
      announce(message);
      return message;
    }
    const read = loaded.readEarlierLink(text, definitions, { picture, madeOn: state.madeOn }, dayOf(new Date()));
    if (!read.ok) {
      announce(read.message);
      return read.message;
    }
    store.dispatch({ type: 'earlier', link: text.trim() });
    announce(read.same ? 'Both links hold the same results: nothing moved.' : 'Then and now are shown below the picture.');
    setCompared(true);
    return undefined;
  };

  const hasTeam = state.entries.length > 0;
  const storageNote = storageNotes(notice);
  return (
    <div class="team" data-pagefind-ignore>
      {hasTeam ? (
        <div key="team" class="team-now">
          <TeamHolds picture={picture} madeOn={state.madeOn} fromLink={fromLink} labelsInLink={state.labelsInLink} titles={titles} />
          {undo?.kind === 'replaced' && (
            <div class="notice team-replaced" data-notice="replaced">
              <p>
                This link replaced the team you had in this browser ({undo.state.entries.length}{' '}
                {undo.state.entries.length === 1 ? 'link' : 'links'}).
              </p>
              <div class="button-row">
                <button type="button" id="team-undo" class="button" onClick={takeBack}>
                  Go back to the team you had
                </button>
              </div>
            </div>
          )}
          {storageNote && <p class="notice" data-notice={notice ?? ''}>{storageNote}</p>}
          <Problems picture={picture} notes={notes} />
          <TeamPicture picture={picture} elements={elements} />
          <CompareTeams earlier={earlier} madeOn={state.madeOn} Result={comparison?.CompareResult} focus={compared} onCompare={compare} onStop={() => store.dispatch({ type: 'earlier', link: undefined })} elements={elements} />
          {picture.counted.length > 0 && (
            <ShareTeam
              picture={picture}
              url={`${pageUrl}${fragment}`}
              labelsInLink={state.labelsInLink}
              onLabelsInLink={(on) => {
                store.dispatch({ type: 'labels-in-link', on });
                change();
              }}
              onCopy={copy}
              onClear={clear}
              leftOut={leftOut}
              status={copied}
            />
          )}
          <AddLinks onAdd={add} refusal={nothingToAdd} more />
          <EntryList
            entries={state.entries}
            picture={picture}
            titles={titles}
            onRelabel={(id, label) => {
              store.dispatch({ type: 'relabel', id, label });
              change();
            }}
            onRemove={remove}
          />
        </div>
      ) : (
        <div key="empty" class="team-start">
          {undo?.kind === 'cleared' && (
            <div class="notice team-cleared" data-notice="cleared">
              <p>
                All {undo.state.entries.length} {undo.state.entries.length === 1 ? 'link was' : 'links were'} removed from this
                browser.
              </p>
              <div class="button-row">
                <button type="button" id="team-undo" class="button" onClick={takeBack}>
                  Undo
                </button>
              </div>
            </div>
          )}
          {storageNote && <p class="notice" data-notice={notice ?? ''}>{storageNote}</p>}
          <Problems picture={picture} notes={notes} />
          <AddLinks onAdd={add} refusal={nothingToAdd} />
          <HowItWorks links={links} />
        </div>
      )}
    </div>
  );
}
