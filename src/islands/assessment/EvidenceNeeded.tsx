import type { Evidence } from '../../lib/assessment/scoring.ts';

/** "questions 2, 5 and 7" from 1-based numbers. */
function questions(numbers: readonly number[]): string {
  const words = numbers.map(String);
  const list = words.length <= 2 ? words.join(' and ') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
  return `${numbers.length === 1 ? 'question' : 'questions'} ${list}`;
}

/**
 * What stands between the answers and a result (the published minimum): which questions are still
 * unanswered and how many "not sure" are too many. Shared by the review and a refused shared link.
 */
export function EvidenceNeeded({ evidence, itemIds, who }: { evidence: Evidence; itemIds: readonly string[]; who: 'you' | 'they' }) {
  const missing = evidence.missing.map((id) => itemIds.indexOf(id) + 1);
  const extraUnsure = evidence.unsure - evidence.allowedUnsure;
  return (
    <div class="evidence-needed">
      <p>
        A result needs every question answered, with at most {evidence.allowedUnsure} "not sure".{' '}
        {missing.length > 0 && `Not answered yet: ${questions(missing)}. `}
        {extraUnsure > 0 &&
          `${who === 'you' ? 'You' : 'They'} answered "not sure" ${evidence.unsure} times: ${extraUnsure} fewer would be enough.`}
      </p>
    </div>
  );
}
