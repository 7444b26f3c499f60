/**
 * What an assessment page shows for its address: a shared result (decoded answers), a pointer to
 * the assessment's own page, a message for a damaged or refused link, or (none) the reader's own run. Pure: the island passes
 * `location.hash` and `location.search`.
 */
import type { AssessmentDefinition } from '../../schemas/assessment.ts';
import { ownValue } from '../site/own.ts';
import { decodeShareCode, type DecodedShareCode, type ShareCodeProblem } from './share-code.ts';
import { readShareLink, shareFragment } from './share-fragment.ts';

export type SharedView =
  | { kind: 'result'; decoded: DecodedShareCode }
  /** An intact code for another assessment: its own page, with the code. */
  | { kind: 'elsewhere'; href: string }
  | { kind: 'message'; reason: ShareCodeProblem | 'lookalike'; message: string }
  /** No share link, damaged or not (a plain anchor): the reader's own run. */
  | { kind: 'none' };

export const lookalikeMessage =
  'This link looks damaged: it seems meant to show a shared result, but it is not in the form this site writes. It may have been changed when it was sent; ask for the link again, copied whole.';

/**
 * `assessmentPages` maps every assessment id to its page; it is looked up by own properties only,
 * so a code naming `constructor` is an unknown assessment, never a link to Object's constructor.
 */
export function sharedView(hash: string, search: string, definition: AssessmentDefinition, assessmentPages: Readonly<Record<string, string>>): SharedView {
  const read = readShareLink(hash, search);
  if (read.kind === 'none') return { kind: 'none' };
  if (read.kind === 'damaged') return { kind: 'message', reason: 'lookalike', message: lookalikeMessage };
  const decoded = decodeShareCode(read.code, [definition]);
  if (decoded.ok) return { kind: 'result', decoded: decoded.value };
  const elsewhere = decoded.assessmentId === undefined || decoded.assessmentId === definition.id ? undefined : ownValue(assessmentPages, decoded.assessmentId);
  if (elsewhere !== undefined) return { kind: 'elsewhere', href: `${elsewhere}${shareFragment(read.code)}` };
  return { kind: 'message', reason: decoded.reason, message: decoded.message };
}
