import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Session } from '../../stores/assessment-session.ts';
import { NoticeBar } from './NoticeBar.tsx';
import { ItemView } from './ItemView.tsx';
import { useLazy } from './useLazy.ts';
import { Intro } from './Intro.tsx';
import type { ElementRefs } from './types.ts';

/** The reader's own run: a short note about saved answers, then the screen the session is on. */
export function OwnRun({ session, elements }: { session: Session; elements: ElementRefs }) {
  const screen = useStore(session.$screen);
  const answers = useStore(session.$answers);
  const notice = useStore(session.$notice);
  const history = useStore(session.$history);
  const { definition } = session;
  const root = useRef<HTMLDivElement>(null);
  const shown = useRef(false);
  const screenKey = screen.name === 'item' ? `item-${screen.index}` : screen.name;

  useLayoutEffect(() => {
    const stage = root.current?.closest<HTMLElement>('.assessment-stage');
    if (shown.current) {
      // Each new screen puts keyboard and screen reader users at its heading, not on a stale button,
      // and a new question at the top of the screen, so that it and its Next are in view on a phone
      // (as a new page would be). A layout effect: focus moves before any further keystroke.
      const heading = root.current?.querySelector<HTMLElement>('[data-autofocus]');
      heading?.focus({ preventScroll: true });
      const form = root.current?.querySelector('form');
      // The reader has moved: the island needs no reserved height any more (see below)...
      if (stage) stage.style.minHeight = '0';
      // ...unless a question goes to the top, which needs a screen's height below it to get there.
      // Below the sticky header: the page's scroll-padding says how far down that is.
      const top = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
      if (heading && form && (heading.getBoundingClientRect().top < top || form.getBoundingClientRect().bottom > innerHeight)) {
        if (stage) stage.style.minHeight = `${innerHeight}px`;
        heading.scrollIntoView();
      }
    } else if (stage) {
      // The static questions were taller than the screen the island now shows. What follows the island
      // stays just below the fold, where it was (no layout shift), and no lower: a first screen with no
      // empty band below it beyond what the window has left.
      stage.style.minHeight = `${Math.max(0, Math.ceil(innerHeight - stage.getBoundingClientRect().top))}px`;
    }
    shown.current = true;
  }, [screenKey]);

  // The review (with its check of the minimum) loads only once the reader is answering, off the first view.
  useEffect(() => {
    if (screen.name === 'item') void import('./Review.tsx');
  }, [screen.name]);

  return (
    <div class="assessment-run" ref={root} data-pagefind-ignore>
      {notice && <NoticeBar notice={notice} />}
      {screen.name === 'intro' && <Intro definition={definition} onStart={session.start} />}
      {screen.name === 'intro' && history && <LazyHistory session={session} elements={elements} stored={history} />}
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
      {screen.name === 'result' && <LazyResult session={session} elements={elements} takeFocus={shown.current} history={history} />}
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

/** Earlier results, only when there are some: their code stays off the first view otherwise. */
function LazyHistory(props: Parameters<typeof import('./HistoryPanel.tsx').HistoryPanel>[0]) {
  const HistoryPanel = useLazy(() => import('./HistoryPanel.tsx').then((module) => module.HistoryPanel));
  return HistoryPanel ? <HistoryPanel {...props} /> : null;
}
