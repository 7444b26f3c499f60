import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Session } from '../../stores/assessment-session.ts';
import { NoticeBar } from './NoticeBar.tsx';
import { ItemView } from './ItemView.tsx';
import { useLazy } from './useLazy.ts';
import { Intro } from './Intro.tsx';
import type { ElementRefs } from './types.ts';

/** The reader's own run: a notice about saved answers, then the screen the session is on. */
export function OwnRun({ session, elements }: { session: Session; elements: ElementRefs }) {
  const screen = useStore(session.$screen);
  const answers = useStore(session.$answers);
  const notice = useStore(session.$notice);
  const result = useStore(session.$result);
  const { definition } = session;
  const root = useRef<HTMLDivElement>(null);
  const shown = useRef(false);
  const screenKey = screen.name === 'item' ? `item-${screen.index}` : screen.name;

  // Each new screen puts keyboard and screen reader users at its heading, not on a stale button;
  // the first screen after loading leaves focus where the browser put it.
  const focusScreen = () => root.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  // A layout effect, so focus moves in the same task as the new screen appears, before any keystroke.
  useLayoutEffect(() => {
    if (shown.current) focusScreen();
    shown.current = true;
  }, [screenKey]);

  // The review (with its check of the minimum) loads only once the reader is answering, off the first view.
  useEffect(() => {
    if (screen.name === 'item') void import('./Review.tsx');
  }, [screen.name]);

  // The notice's buttons vanish with it: focus moves on to the screen first, never back to <body>.
  const leaveNotice = (action: () => void) => () => {
    focusScreen();
    action();
  };

  return (
    <div class="assessment-run" ref={root} data-pagefind-ignore>
      {notice && <NoticeBar notice={notice} onContinue={leaveNotice(session.dismissNotice)} onStartOver={leaveNotice(session.startOver)} />}
      {screen.name === 'intro' && <Intro definition={definition} onStart={session.start} />}
      {screen.name === 'item' && (
        <ItemView
          definition={definition}
          index={screen.index}
          chosen={answers[definition.items[screen.index]?.id ?? '']}
          fromReview={screen.fromReview === true}
          session={session}
          elements={elements}
        />
      )}
      {screen.name === 'review' && <LazyReview definition={definition} answers={answers} session={session} takeFocus={shown.current} />}
      {screen.name === 'result' && <LazyResult session={session} result={result} elements={elements} />}
    </div>
  );
}

function LazyResult(props: Parameters<typeof import('./ResultScreen.tsx').ResultScreen>[0]) {
  const ResultScreen = useLazy(() => import('./ResultScreen.tsx').then((module) => module.ResultScreen));
  return ResultScreen ? <ResultScreen {...props} /> : <p role="status">Working out your result…</p>;
}

function LazyReview(props: Parameters<typeof import('./Review.tsx').Review>[0]) {
  const Review = useLazy(() => import('./Review.tsx').then((module) => module.Review));
  return Review ? <Review {...props} /> : <p role="status">Gathering your answers…</p>;
}
