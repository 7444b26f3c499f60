import type { Answers } from '../../schemas/assessment.ts';

/** What the browser keeps of an assessment in progress: enough to resume, nothing more. */
export interface SavedProgress {
  assessment: string;
  version: number;
  answers: Answers;
  /** Index of the item the reader was on. */
  position: number;
  /** The reader was on the result when they left: the page reopens there. */
  finished?: true;
  /** When this run began (ISO 8601): a result seen again in the same run replaces its history entry. */
  started?: string;
}

/** What a saved value turned out to be when read back. */
export type RestoredProgress =
  | { status: 'empty' }
  | { status: 'restored'; progress: SavedProgress }
  /** Saved for another version of the assessment: its answers would be scored against the wrong items. */
  | { status: 'outdated'; savedVersion: number }
  /** Unreadable, or naming items and answers this assessment does not have. */
  | { status: 'corrupt' };

/** The part of a definition that saved progress is checked against. */
export interface ProgressShape {
  id: string;
  version: number;
  items: ReadonlyArray<{ id: string; answers: ReadonlyArray<{ id: string }> }>;
}

export function encodeProgress(progress: SavedProgress): string {
  return JSON.stringify(progress);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads saved progress back, trusting nothing: storage can hold another version's answers, another
 * tab's experiments or plain garbage, and none of it may be scored as if it were the reader's.
 */
export function restoreProgress(raw: string | null | undefined, definition: ProgressShape): RestoredProgress {
  if (raw === null || raw === undefined || raw === '') return { status: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'corrupt' };
  }
  if (!isRecord(data) || data['assessment'] !== definition.id) return { status: 'corrupt' };
  const version = data['version'];
  if (typeof version !== 'number' || !Number.isInteger(version)) return { status: 'corrupt' };
  if (version !== definition.version) return { status: 'outdated', savedVersion: version };

  const answers = data['answers'];
  if (!isRecord(answers)) return { status: 'corrupt' };
  const valid: Record<string, string> = {};
  for (const [itemId, answerId] of Object.entries(answers)) {
    const item = definition.items.find((candidate) => candidate.id === itemId);
    if (!item || typeof answerId !== 'string' || !item.answers.some((answer) => answer.id === answerId)) {
      return { status: 'corrupt' };
    }
    valid[itemId] = answerId;
  }
  const position = data['position'];
  if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= definition.items.length) {
    return { status: 'corrupt' };
  }
  const { finished, started } = data;
  if (finished !== undefined && finished !== true) return { status: 'corrupt' };
  if (started !== undefined && (typeof started !== 'string' || Number.isNaN(Date.parse(started)))) return { status: 'corrupt' };
  return {
    status: 'restored',
    progress: { assessment: definition.id, version, answers: valid, position, ...(finished && { finished }), ...(started !== undefined && { started }) },
  };
}
