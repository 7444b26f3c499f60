import { useLayoutEffect, useRef } from 'preact/hooks';
import type { AssessmentResult } from '../../lib/assessment/result.ts';
import type { Session } from '../../stores/assessment-session.ts';
import { ResultView } from './ResultView.tsx';
import { ResultActions } from './ResultActions.tsx';
import type { ElementRefs } from './types.ts';

interface Props {
  session: Session;
  result: AssessmentResult;
  elements: ElementRefs;
}

/** The reader's own result with what they can do with it; it arrives after the screen changed, so it takes focus itself. */
export function ResultScreen({ session, result, elements }: Props) {
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    root.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);
  return (
    <div ref={root}>
      <ResultView definition={session.definition} result={result} elements={elements} onChangeAnswer={(index) => session.goTo(index, true)}>
        <ResultActions session={session} />
      </ResultView>
    </div>
  );
}
