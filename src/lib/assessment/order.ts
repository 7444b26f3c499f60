/** The order in which the site lists its assessments: which option fits, then the path, then the group. */
export const assessmentOrder: readonly string[] = ['which-option', 'individual-path', 'group-mirror'];

/**
 * Assessments in the site's order. One the order does not name would otherwise land somewhere by
 * chance: the build stops and names its file instead.
 */
export function inAssessmentOrder<T extends { id: string }>(entries: readonly T[]): T[] {
  const unplaced = entries.find((entry) => !assessmentOrder.includes(entry.id));
  if (unplaced) {
    throw new Error(`content/assessments/${unplaced.id}.json: add "${unplaced.id}" to assessmentOrder in src/lib/assessment/order.ts, where the site lists it`);
  }
  return [...entries].sort((a, b) => assessmentOrder.indexOf(a.id) - assessmentOrder.indexOf(b.id));
}
