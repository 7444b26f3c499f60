/**
 * Share codes: a reader's answers (never their scores) in a short string for a URL fragment.
 *
 * Format, version 2:
 *
 *     v2.<assessment id>.<definition version>.<answers>.<questions key><check>
 *     v2.which-option.1.20-130123-21.5jbs   (12 items; the 3rd and 10th unanswered)
 *
 * - `v2` names this format. Codes of format 1 (`v1.…`, no check) are recognized and refused with
 *   "made for an earlier version of the questions"; any other `v<n>` is another edition's format.
 * - The assessment id is the definition's slug ([a-z0-9-]); the version is its positive integer.
 * - `<answers>` has exactly one character per item, in the definition's item order: the chosen
 *   answer's position in the item, 0-based, as a base-36 digit (0-9, then a-z), or `-` when the
 *   item is unanswered. Definitions allow at most 6 answers, so in practice the digits are 0-5.
 * - `<questions key>`: two base-36 characters, a digest of the definition's item ids and, per item,
 *   its answer ids in order ({@link questionsKey}). Positions mean something only against the items
 *   they were written for: if the items or answers change and `version` is not bumped, the key
 *   differs and the code is refused as made for other questions instead of being read against the
 *   wrong answers (a one-in-1296 chance of missing it, where the version alone would always miss).
 * - `<check>`: two base-36 characters over everything before them ({@link checkOf}): a weighted sum
 *   modulo the prime 1291 of each character's value. Every single changed character and every swap
 *   of two neighboring (or next-but-one) characters changes the sum, so such a link is always said
 *   to be damaged; any other damage slips through about once in 1291 times, and then still has to
 *   be a well-formed code of the right length for a known assessment to be shown. One character
 *   could not do this: no single check symbol out of 36 can tell apart all 38 symbols a code uses.
 *
 * Every character is in [a-z0-9.-], all unreserved in URLs, so the code needs no escaping in a
 * fragment.
 *
 * Decoding never throws and never evaluates anything: it reads the string character by character,
 * checks it against the known definitions (by exact id: `constructor` or `__proto__` is simply an
 * unknown assessment) and says in plain words what is wrong, without echoing the input back (a
 * tampered link could carry markup).
 */
import type { Answers, AssessmentDefinition } from '../../schemas/assessment.ts';

export const SHARE_CODE_FORMAT = 'v2';
/** The format before check characters: recognized only to be refused with a clear message. */
export const EARLIER_SHARE_CODE_FORMAT = 'v1';

/** Far above any real code (about 25 characters plus one per item); longer input is refused unread. */
export const MAX_SHARE_CODE_LENGTH = 200;

const UNANSWERED = '-';
/** Every character a code can have, in the order that gives each its value for the check. */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz.-';
/** The largest prime below 36² (two base-36 characters). */
const CHECK_MODULUS = 1291;
const KEY_RANGE = 36 * 36;

export type ShareCodeProblem =
  /** Nothing there, or only unanswered items. */
  | 'empty'
  /** Not shaped like a share code at all, or characters a code never has: damaged or cut off. */
  | 'malformed'
  /** Shaped like a code, but its check characters do not match: a character was changed or lost. */
  | 'damaged'
  /** A code of format 1, made before the questions were last revised. */
  | 'earlier-format'
  /** Shaped like a code of a later format version (`v3.…`). */
  | 'unsupported-format'
  /** No definition with that id among those given. */
  | 'unknown-assessment'
  /** Made for an older version of the definition: the questions have changed since. */
  | 'outdated'
  /** Made for a newer version than the one given, for example a page cached before an update. */
  | 'newer-version'
  /** Same version, but written for other items or answers (a definition changed without a new version). */
  | 'changed-questions'
  /** More or fewer answer characters than the definition has items. */
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
  | {
      ok: false;
      reason: ShareCodeProblem;
      message: string;
      /** With 'unknown-assessment': the id of an intact code, to point the reader to its own page. */
      assessmentId?: string;
    };

/** The part of a definition that answer positions depend on. */
type QuestionShape = Pick<AssessmentDefinition, 'items'>;

/** Two base-36 characters that change whenever the items, their order or their answers' ids do. */
export function questionsKey(definition: QuestionShape): string {
  const shape = definition.items.map((item) => `${item.id}:${item.answers.map((answer) => answer.id).join(',')}`).join(';');
  // FNV-1a over UTF-16 units: small, and every unit stirs all the bits.
  let hash = 0x811c9dc5;
  for (let index = 0; index < shape.length; index++) {
    hash = Math.imul(hash ^ shape.charCodeAt(index), 0x01000193) >>> 0;
  }
  return (hash % KEY_RANGE).toString(36).padStart(2, '0');
}

/**
 * The two check characters for `text` (a code without its check). Horner's rule with the base 38
 * gives position k the weight 38^k mod 1291, never 0 and never equal for neighbors (or for
 * positions two apart), so one changed character or one such swap always changes the value.
 * Values are 1..38, so a leading `0` still counts.
 */
export function checkOf(text: string): string {
  let sum = 1;
  for (const character of text) sum = (sum * ALPHABET.length + ALPHABET.indexOf(character) + 1) % CHECK_MODULUS;
  return sum.toString(36).padStart(2, '0');
}

/** The share code for `answers`; answers that are not in the definition are left out (encoded as unanswered). */
export function encodeShareCode(definition: AssessmentDefinition, answers: Answers): string {
  const characters = definition.items.map((item) => {
    const index = Object.hasOwn(answers, item.id) ? item.answers.findIndex((answer) => answer.id === answers[item.id]) : -1;
    return index >= 0 ? index.toString(36) : UNANSWERED;
  });
  const body = [SHARE_CODE_FORMAT, definition.id, String(definition.version), characters.join(''), questionsKey(definition)].join('.');
  return `${body}${checkOf(body)}`;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const VERSION = /^[1-9][0-9]{0,8}$/;

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
  const format = parts[0] ?? '';
  if (format === EARLIER_SHARE_CODE_FORMAT) return problem('earlier-format', messages.earlierFormat(findDefinition(definitions, parts[1])));
  if (format !== SHARE_CODE_FORMAT) {
    return /^v[0-9]+$/.test(format) ? problem('unsupported-format', messages.unsupportedFormat) : problem('malformed', messages.malformed);
  }
  const [, assessmentId, versionText, answerText, tail] = parts;
  if (parts.length !== 5 || assessmentId === undefined || versionText === undefined || answerText === undefined || tail === undefined || !/^[0-9a-z]{4}$/.test(tail)) {
    return problem('malformed', messages.malformed);
  }
  // Checked before anything is looked up, so a mistyped id or version reads as damage, not as another assessment.
  if (checkOf(code.slice(0, -2)) !== tail.slice(2)) return problem('damaged', messages.damaged);
  if (!SLUG.test(assessmentId) || !VERSION.test(versionText)) return problem('malformed', messages.malformed);

  const definition = findDefinition(definitions, assessmentId);
  if (!definition) return { ok: false, reason: 'unknown-assessment', message: messages.unknownAssessment, assessmentId };
  const version = Number(versionText);
  if (version < definition.version) return problem('outdated', messages.outdated(definition, version));
  if (version > definition.version) return problem('newer-version', messages.newerVersion(definition));
  if (tail.slice(0, 2) !== questionsKey(definition)) return problem('changed-questions', messages.changedQuestions(definition));
  if (answerText.length !== definition.items.length) return problem('wrong-length', messages.wrongLength(definition, answerText.length));

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

/** The definition whose id is exactly `id`: a comparison of strings, never a property lookup. */
function findDefinition(definitions: readonly AssessmentDefinition[], id: string | undefined): AssessmentDefinition | undefined {
  return id === undefined ? undefined : definitions.find((candidate) => candidate.id === id);
}

function problem(reason: ShareCodeProblem, message: string): ShareCodeResult {
  return { ok: false, reason, message };
}

/** Reader-facing messages; only the definition's own title and numbers go into them, never the input. */
const messages = {
  empty: 'This link has no answers in it. Part of it may have been lost when it was copied.',
  malformed: 'This link looks damaged: it does not contain answers this site can read. It may have been changed, or cut off when it was copied.',
  damaged: 'This link looks damaged: a character in it was changed or lost, perhaps when it was copied or typed. Ask for the link again, copied whole.',
  earlierFormat: (definition: AssessmentDefinition | undefined) =>
    `This link was made for an earlier version of the questions${definition ? ` of "${definition.title}"` : ''}, so its answers cannot be shown against the current ones. You can take the current version yourself.`,
  unsupportedFormat: 'This link was made by a different edition of this site and cannot be read here.',
  unknownAssessment: 'This link is for an assessment that is not available here, or part of it was changed when it was copied.',
  outdated: (definition: AssessmentDefinition, version: number) =>
    `This link holds answers to an earlier version of "${definition.title}" (version ${version}; the current one is version ${definition.version}). The questions have changed since, so those answers cannot be scored. You can take the current version yourself.`,
  newerVersion: (definition: AssessmentDefinition) =>
    `This link was made with a newer version of "${definition.title}" than this page has. Reloading the page may fix this.`,
  changedQuestions: (definition: AssessmentDefinition) =>
    `This link was made for other questions than the ones "${definition.title}" asks now, so its answers cannot be scored. You can take it yourself.`,
  wrongLength: (definition: AssessmentDefinition, found: number) =>
    `This link has room for ${found} answers, but "${definition.title}" has ${definition.items.length} questions, so it cannot be read.`,
  invalidAnswer: (questionNumber: number) =>
    `The answer this link gives to question ${questionNumber} is not one of that question's answers. The link may have been changed.`,
  noAnswers: (definition: AssessmentDefinition) => `This link does not include any answers to "${definition.title}".`,
};
