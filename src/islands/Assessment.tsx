import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { AssessmentDefinition } from '../schemas/assessment.ts';
import { createSession } from '../stores/assessment-session.ts';
import { StaticQuestions } from './assessment/StaticQuestions.tsx';
import { OwnRun } from './assessment/OwnRun.tsx';
import { useLazy } from './assessment/useLazy.ts';
import type { ElementRefs } from './assessment/types.ts';

interface Props {
  definition: AssessmentDefinition;
  elements: ElementRefs;
  /** Every assessment's page by id, for share links opened on the wrong one. */
  assessmentPages: Readonly<Record<string, string>>;
}

/**
 * The assessment: every question as static HTML on the server (and for readers without JavaScript);
 * once mounted, either the reader's own run or a result someone shared through the URL fragment.
 * Rendering the interactive view only after mount also means restored answers are drawn fresh,
 * never left to hydration (which would not restore the radios' checked state).
 */
export default function Assessment({ definition, elements, assessmentPages }: Props) {
  const [mode, setMode] = useState<'static' | 'own' | 'shared'>('static');
  const [fragment, setFragment] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const read = () => {
      setFragment(location.hash);
      setQuery(location.search);
      // Anything that mentions "share" goes to the (lazily loaded) shared view, which also tells a
      // damaged share link from a plain anchor and hands the latter back to the reader's own run.
      setMode(/share/i.test(location.hash) || /[?&](?:%20|\+)*share/i.test(location.search) ? 'shared' : 'own');
    };
    read();
    // A share link opened in a tab that already shows this page changes only the fragment: no reload.
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);

  if (mode === 'static') return <StaticQuestions definition={definition} elements={elements} />;
  const own = <OwnSession definition={definition} elements={elements} />;
  if (mode === 'shared') return <LazySharedResult definition={definition} elements={elements} fragment={fragment} query={query} assessmentPages={assessmentPages} own={own} />;
  return own;
}

function LazySharedResult(props: Parameters<typeof import('./assessment/SharedResult.tsx').SharedResult>[0]) {
  const SharedResult = useLazy(() => import('./assessment/SharedResult.tsx').then((module) => module.SharedResult));
  return SharedResult ? <SharedResult {...props} /> : <p role="status">Opening the shared result…</p>;
}

function OwnSession({ definition, elements }: Omit<Props, 'assessmentPages'>) {
  const session = useMemo(() => createSession(definition), [definition]);
  useStore(session.$screen);
  // The browser's Back and Forward move between questions, not off the page. Its code loads on the
  // reader's first move (keeping it off the first view), and then records the screen moved from too.
  // Every screen seen until then is kept, so that none is missing from the tab's history however
  // quickly the reader moves. After a reload the tab's entries already hold screens: it binds at once.
  useEffect(() => {
    let live = true;
    let unbind: (() => void) | undefined;
    const seen = [session.$screen.get()];
    const bind = () =>
      void import('../stores/screen-history.ts').then(({ bindScreenHistory }) => {
        stop();
        if (live) unbind = bindScreenHistory(session, seen);
      });
    const stop = session.$screen.listen((screen) => {
      if (seen.push(screen) === 2) bind();
    });
    if (typeof history.state === 'object' && history.state && 'sowgScreen' in history.state) bind();
    return () => {
      live = false;
      stop();
      unbind?.();
    };
  }, [session]);
  return <OwnRun session={session} elements={elements} />;
}
