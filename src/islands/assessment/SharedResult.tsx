import type { ComponentChild } from 'preact';
import { useMemo } from 'preact/hooks';
import type { AssessmentDefinition } from '../../schemas/assessment.ts';
import { sharedView } from '../../lib/assessment/shared-view.ts';
import { assess } from '../../lib/assessment/result.ts';
import { EvidenceNeeded } from './EvidenceNeeded.tsx';
import { ResultView } from './ResultView.tsx';
import type { ElementRefs } from './types.ts';

interface Props {
  definition: AssessmentDefinition;
  elements: ElementRefs;
  fragment: string;
  /** The address's query (`?…`): a share code put there by mistake is named as damage. */
  query: string;
  /** The other assessments' pages, by id: a valid link opened on the wrong page can point there. */
  assessmentPages: Readonly<Record<string, string>>;
  /** The reader's own run, for an address that turns out to carry no share link at all. */
  own: ComponentChild;
}

/** A result someone sent: read-only, checked before use, and with a clear word when the link is bad. */
export function SharedResult({ definition, elements, fragment, query, assessmentPages, own }: Props) {
  const view = useMemo(() => sharedView(fragment, query, definition, assessmentPages), [definition, fragment, query, assessmentPages]);
  const takeIt = (
    <p>
      <a class="button primary" href={location.pathname}>
        Take it yourself
      </a>
    </p>
  );

  if (view.kind === 'none') return <>{own}</>;
  if (view.kind === 'elsewhere') {
    return (
      <div class="notice" role="status" data-pagefind-ignore>
        <h2>This result belongs to another assessment</h2>
        <p>
          <a href={view.href}>Open it on its own page</a>.
        </p>
      </div>
    );
  }
  if (view.kind === 'message') {
    return (
      <div class="shared-error" role="alert" data-pagefind-ignore data-reason={view.reason}>
        <h2>This share link cannot be shown</h2>
        <p>{view.message}</p>
        {takeIt}
      </div>
    );
  }
  const result = assess(definition, view.decoded.answers);
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
        Someone shared this result with you. It is read-only: it shows the answers of the person who sent it, not yours.
      </p>
      <ResultView definition={definition} result={result} elements={elements} audience="shared">
        {takeIt}
      </ResultView>
    </div>
  );
}

