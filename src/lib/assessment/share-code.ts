/**
 * Share codes: a reader's answers (never their scores) in a short string for a URL fragment.
 *
 * Format, version 1:
 *
 *     v1.<assessment id>.<definition version>.<answers>
 *     v1.which-option.1.20-130123-21   (12 items; the 3rd and 10th unanswered)
 *
 * - `v1` names this format, so a later format can be told apart and refused with a clear message.
 * - The assessment id is the definition's slug ([a-z0-9-]); the version is its positive integer.
 * - `<answers>` has exactly one character per item, in the definition's item order: the chosen
 *   answer's position in the item, 0-based, as a base-36 digit (0-9, then a-z), or `-` when the
 *   item is unanswered. Definitions allow at most 6 answers, so in practice the digits are 0-5.
 *
 * Every character is in [a-z0-9.-], all unreserved in URLs, so the code needs no escaping in a
 * fragment. Positions rather than answer ids keep the code short; the version makes that safe,
 * because the version is bumped whenever items or answers change.
 *
 * Decoding never throws and never evaluates anything: it reads the string character by character,
 * checks it against the known definitions and says in plain words what is wrong, without echoing
 * the input back (a tampered link could carry markup).
 */
import type { Answers, AssessmentDefinition } from '../../schemas/assessment.ts';

export const SHARE_CODE_FORMAT = 'v1';

/** Far above any real code (about 20 characters plus one per item); longer input is refused unread. */
export const MAX_SHARE_CODE_LENGTH = 200;

const UNANSWERED = '-';

export type ShareCodeProblem =
  /** Nothing there, or only unanswered items. */
  | 'empty'
  /** Not shaped like a share code at all, or characters a code never has. */
  | 'malformed'
  /** Shaped like a code of another format version (`v2.…`). */
  | 'unsupported-format'
  /** No definition with that id among those given. */
  | 'unknown-assessment'
  /** Made for an older version of the definition: the questions have changed since. */
  | 'outdated'
  /** Made for a newer version than the one given, for example a page cached before an update. */
  | 'newer-version'
  /** More or fewer answer characters than the definition has items: usually a truncated link. */
  | 'wrong-length'
  /** An answer position that the item does not have. */
  | 'invalid-answer';

export interface DecodedShareCode {
  assessmentId: string;
  version: number;
  /** Item id → answer id, for the answered items only. */
  answers: Answers;
  definition: AssessmentDefinition;
}

export type ShareCodeResult =
  | { ok: true; value: DecodedShareCode }
  | { ok: false; reason: ShareCodeProblem; message: string; /** With 'unknown-assessment': the (well-formed) id the code names, to point the reader to it. */ assessmentId?: string };

/** The share code for `answers`; answers that are not in the definition are left out (encoded as unanswered). */
export function encodeShareCode(definition: AssessmentDefinition, answers: Answers): string {
  const characters = definition.items.map((item) => {
    const index = Object.hasOwn(answers, item.id) ? item.answers.findIndex((answer) => answer.id === answers[item.id]) : -1;
    return index >= 0 ? index.toString(36) : UNANSWERED;
  });
  return [SHARE_CODE_FORMAT, definition.id, String(definition.version), characters.join('')].join('.');
}

/**
 * Reads a share code (with or without the leading `#`) and checks it against `definitions`.
 * Accepts any value, so a caller can pass `location.hash` or anything from storage as it is.
 */
export function decodeShareCode(input: unknown, definitions: readonly AssessmentDefinition[]): ShareCodeResult {
  if (typeof input !== 'string') return problem('malformed', messages.malformed);
  const code = input.startsWith('#') ? input.slice(1) : input;
  if (code.trim() === '') return problem('empty', messages.empty);
  if (code.length > MAX_SHARE_CODE_LENGTH || !/^[a-z0-9.-]+$/.test(code)) return problem('malformed', messages.malformed);

  const parts = code.split('.');
  const [format, assessmentId, versionText, answerText] = parts;
  if (parts.length !== 4 || format === undefined || assessmentId === undefined || versionText === undefined || answerText === undefined) {
    return problem('malformed', messages.malformed);
  }
  if (format !== SHARE_CODE_FORMAT) {
    return /^v[0-9]+$/.test(format) ? problem('unsupported-format', messages.unsupportedFormat) : problem('malformed', messages.malformed);
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(assessmentId) || !/^[1-9][0-9]{0,8}$/.test(versionText)) {
    return problem('malformed', messages.malformed);
  }

  const definition = definitions.find((candidate) => candidate.id === assessmentId);
  if (!definition) return { ok: false, reason: 'unknown-assessment', message: messages.unknownAssessment, assessmentId };
  const version = Number(versionText);
  if (version < definition.version) return problem('outdated', messages.outdated(definition, version));
  if (version > definition.version) return problem('newer-version', messages.newerVersion(definition));
  if (answerText.length !== definition.items.length) {
    return problem('wrong-length', messages.wrongLength(definition, answerText.length));
  }

  const answers: Record<string, string> = {};
  for (const [index, item] of definition.items.entries()) {
    const character = answerText[index];
    if (character === UNANSWERED) continue;
    // Only [0-9a-z] can remain here: '.' was split off and the rest was refused above.
    const position = character === undefined ? Number.NaN : parseInt(character, 36);
    const answer = item.answers[position];
    if (!answer) return problem('invalid-answer', messages.invalidAnswer(index + 1));
    answers[item.id] = answer.id;
  }
  if (Object.keys(answers).length === 0) return problem('empty', messages.noAnswers(definition));

  return { ok: true, value: { assessmentId, version, answers, definition } };
}

function problem(reason: ShareCodeProblem, message: string): ShareCodeResult {
  return { ok: false, reason, message };
}

/** Reader-facing messages; only the definition's own title and numbers go into them, never the input. */
const messages = {
  empty: 'This link has no answers in it. Part of it may have been lost when it was copied.',
  malformed: 'This link does not contain answers this site can read. It may have been changed, or cut off when it was copied.',
  unsupportedFormat: 'This link was made by a different edition of this site and cannot be read here.',
  unknownAssessment: 'This link is for an assessment that is not available here.',
  outdated: (definition: AssessmentDefinition, version: number) =>
    `This link holds answers to an earlier version of "${definition.title}" (version ${version}; the current one is version ${definition.version}). The questions have changed since, so those answers cannot be scored. You can take the current version yourself.`,
  newerVersion: (definition: AssessmentDefinition) =>
    `This link was made with a newer version of "${definition.title}" than this page has. Reloading the page may fix this.`,
  wrongLength: (definition: AssessmentDefinition, found: number) =>
    `This link has room for ${found} answers, but "${definition.title}" has ${definition.items.length} questions. It may have been cut off when it was copied.`,
  invalidAnswer: (questionNumber: number) =>
    `The answer this link gives to question ${questionNumber} is not one of that question's answers. The link may have been changed.`,
  noAnswers: (definition: AssessmentDefinition) => `This link does not include any answers to "${definition.title}".`,
};
