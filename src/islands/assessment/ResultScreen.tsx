import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Session } from '../../stores/assessment-session.ts';
import { ResultView } from './ResultView.tsx';
import { ResultActions } from './ResultActions.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { recordResult } from '../../stores/assessment-history.ts';
import { keepShownOutcome, resultOf } from '../../stores/assessment-result.ts';
import type { ElementRefs } from './types.ts';

interface Props {
  session: Session;
  elements: ElementRefs;
  /** False when the page opens on the result: focus then stays where the browser put it, as on any first screen. */
  takeFocus?: boolean;
  /** The stored history, which the parent subscribes to: it changes as this result is kept. */
  history: string | undefined;
}

/**
 * The reader's own result with what they can do with it, then their earlier results. It arrives
 * after the screen changed, so it takes focus itself.
 */
export function ResultScreen({ session, elements, takeFocus = true, history }: Props) {
  const result = useStore(resultOf(session));
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (takeFocus) root.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);
  // Each result the reader sees is kept in their history (the same result seen again adds nothing),
  // and its options are kept for the guide's marker.
  useEffect(() => {
    recordResult(session, session.$answers.get(), session.run());
    keepShownOutcome(session);
  }, [result]);
  return (
    <div ref={root}>
      <ResultView definition={session.definition} result={result} elements={elements} onChangeAnswer={(index) => session.goTo(index, true)}>
        <ResultActions session={session} />
      </ResultView>
      <HistoryPanel session={session} elements={elements} stored={history} />
    </div>
  );
}
