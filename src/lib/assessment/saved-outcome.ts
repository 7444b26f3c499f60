import { optionIds, type OptionId } from './options.ts';

/** The one thing the guide's pages learn of a finished assessment: which option(s) it pointed to. */
export interface SavedOutcome {
  assessment: string;
  options: readonly OptionId[];
}

export function encodeSavedOutcome(outcome: SavedOutcome): string {
  return JSON.stringify(outcome);
}

/** Reads a saved outcome back; anything malformed reads as no outcome at all. */
export function decodeSavedOutcome(raw: string | null | undefined): SavedOutcome | undefined {
  if (!raw) return undefined;
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null) return undefined;
    const { assessment, options } = data as Record<string, unknown>;
    if (typeof assessment !== 'string' || !Array.isArray(options)) return undefined;
    const known = options.filter((option): option is OptionId => (optionIds as readonly unknown[]).includes(option));
    if (known.length !== options.length || known.length === 0) return undefined;
    return { assessment, options: known };
  } catch {
    return undefined;
  }
}
