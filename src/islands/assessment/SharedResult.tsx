import { useMemo } from 'preact/hooks';
import type { AssessmentDefinition } from '../../schemas/assessment.ts';
import { decodeShareCode } from '../../lib/assessment/share-code.ts';
import { readShareFragment } from '../../lib/assessment/share-fragment.ts';
import { assess } from '../../lib/assessment/result.ts';
import { EvidenceNeeded } from './EvidenceNeeded.tsx';
import { ResultView } from './ResultView.tsx';
import type { ElementRefs } from './types.ts';

interface Props {
  definition: AssessmentDefinition;
  elements: ElementRefs;
  fragment: string;
  /** The other assessments' pages, by id: a valid link opened on the wrong page can point there. */
  assessmentPages: Readonly<Record<string, string>>;
}

/** A result someone sent: read-only, checked before use, and with a clear word when the link is bad. */
export function SharedResult({ definition, elements, fragment, assessmentPages }: Props) {
  const decoded = useMemo(() => decodeShareCode(readShareFragment(fragment) ?? '', [definition]), [definition, fragment]);
  const takeIt = (
    <p>
      <a class="button primary" href={location.pathname}>
        Take it yourself
      </a>
    </p>
  );

  if (!decoded.ok) {
    const elsewhere = decoded.assessmentId === undefined ? undefined : assessmentPages[decoded.assessmentId];
    if (elsewhere) {
      return (
        <div class="notice" role="status" data-pagefind-ignore>
          <h2>This result belongs to another assessment</h2>
          <p>
            <a href={`${elsewhere}${fragment}`}>Open it on its own page</a>.
          </p>
        </div>
      );
    }
    return (
      <div class="shared-error" role="alert" data-pagefind-ignore>
        <h2>This share link cannot be shown</h2>
        <p>{decoded.message}</p>
        {takeIt}
      </div>
    );
  }
  const result = assess(definition, decoded.value.answers);
  if (!result.score.evidence.enough) {
    // Below the published minimum there is no result to show, whoever sent it.
    return (
      <div class="shared-error" role="alert" data-pagefind-ignore>
        <h2>This shared link has too few answers for a result</h2>
        <EvidenceNeeded evidence={result.score.evidence} itemIds={definition.items.map((item) => item.id)} who="they" />
        {takeIt}
      </div>
    );
  }
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
