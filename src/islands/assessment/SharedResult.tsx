import { useMemo } from 'preact/hooks';
import type { AssessmentDefinition } from '../../schemas/assessment.ts';
import { decodeShareCode, type ShareCodeResult } from '../../lib/assessment/share-code.ts';
import { readShareLink, shareFragment } from '../../lib/assessment/share-fragment.ts';
import { ownValue } from '../../lib/site/own.ts';
import { assess } from '../../lib/assessment/result.ts';
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
}

/** A result someone sent: read-only, checked before use, and with a clear word when the link is bad. */
export function SharedResult({ definition, elements, fragment, query, assessmentPages }: Props) {
  const decoded = useMemo((): ShareCodeResult => {
    const read = readShareLink(fragment, query);
    return read.kind === 'code' ? decodeShareCode(read.code, [definition]) : { ok: false, reason: 'malformed', message: lookalikeMessage };
  }, [definition, fragment, query]);
  const takeIt = (
    <p>
      <a class="button primary" href={location.pathname}>
        Take it yourself
      </a>
    </p>
  );

  if (!decoded.ok) {
    // Own properties only: a code naming "constructor" must not find Object's constructor.
    const elsewhere = decoded.assessmentId === undefined || decoded.assessmentId === definition.id ? undefined : ownValue(assessmentPages, decoded.assessmentId);
    if (elsewhere) {
      const code = readShareLink(fragment, query);
      return (
        <div class="notice" role="status" data-pagefind-ignore>
          <h2>This result belongs to another assessment</h2>
          <p>
            <a href={`${elsewhere}${code.kind === 'code' ? shareFragment(code.code) : ''}`}>Open it on its own page</a>.
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

const lookalikeMessage =
  'This link looks damaged: it seems meant to show a shared result, but it is not in the form this site writes. It may have been changed when it was sent; ask for the link again, copied whole.';
