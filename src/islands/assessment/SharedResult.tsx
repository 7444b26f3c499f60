import { useMemo } from 'preact/hooks';
import type { AssessmentDefinition } from '../../schemas/assessment.ts';
import { decodeShareCode } from '../../lib/share-code.ts';
import { readShareFragment } from '../../lib/share-fragment.ts';
import { assess } from '../../lib/assessment-result.ts';
import { ResultView } from './ResultView.tsx';
import type { ElementRefs } from './types.ts';

interface Props {
  definition: AssessmentDefinition;
  elements: ElementRefs;
  fragment: string;
}

/** A result someone sent: read-only, checked before use, and with a clear word when the link is bad. */
export function SharedResult({ definition, elements, fragment }: Props) {
  const decoded = useMemo(() => decodeShareCode(readShareFragment(fragment) ?? '', [definition]), [definition, fragment]);
  const takeIt = (
    <p>
      <a class="button primary" href={location.pathname}>
        Take it yourself
      </a>
    </p>
  );

  if (!decoded.ok) {
    return (
      <div class="shared-error" role="alert" data-pagefind-ignore>
        <h2>This share link cannot be shown</h2>
        <p>{decoded.message}</p>
        {takeIt}
      </div>
    );
  }
  const result = assess(definition, decoded.value.answers);
  return (
    <div class="shared" data-pagefind-ignore>
      <p class="notice" role="status">
        Someone shared this result with you. It is read-only: it shows their answers, not yours.
      </p>
      <ResultView definition={definition} result={result} elements={elements}>
        {takeIt}
      </ResultView>
    </div>
  );
}
