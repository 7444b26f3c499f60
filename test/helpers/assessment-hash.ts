import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so that reordering keys in a file does not change its hash. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonical(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The hash of what a definition's `version` stands for: its kind and its items (prompts, answers,
 * weights, steps, strengths, evidence). Share codes and saved answers store answer positions, so any
 * change here must come with a new version. Titles, intros and outcome texts are left out: changing
 * them does not change what an answer means.
 */
export function contentHash(definition: { kind: unknown; items: unknown }): string {
  return createHash('sha256').update(canonical({ kind: definition.kind, items: definition.items })).digest('hex').slice(0, 16);
}
