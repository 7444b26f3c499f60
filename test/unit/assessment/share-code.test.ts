import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessmentDefinition } from '../../../src/schemas/assessment.ts';
import { MAX_SHARE_CODE_LENGTH, decodeShareCode, encodeShareCode, type ShareCodeProblem } from '../../../src/lib/assessment/share-code.ts';
import { loadDefinitions } from '../../helpers/assessments.ts';

const definitions = loadDefinitions();
const whichOption = definitions.find((definition) => definition.id === 'which-option')!;
const mirror = definitions.find((definition) => definition.id === 'group-mirror')!;
const itemCount = whichOption.items.length;

/** Any subset of a definition's items answered with any of their answers. */
const answersFor = (definition: AssessmentDefinition) =>
  fc.record(Object.fromEntries(definition.items.map((item) => [item.id, fc.constantFrom(...item.answers.map((answer) => answer.id))])), {
    requiredKeys: [],
  });

/** A code for `definition` with the given answer characters, valid or not. */
const codeWith = (definition: AssessmentDefinition, answerText: string) => `v1.${definition.id}.${definition.version}.${answerText}`;
const allFirst = '0'.repeat(itemCount);

/** Asserts a refusal: the reason, a non-empty message, and nothing of the input echoed into it. */
function expectRefused(input: unknown, reason: ShareCodeProblem, against: readonly AssessmentDefinition[] = definitions): string {
  const result = decodeShareCode(input, against);
  expect(result.ok, String(input)).toBe(false);
  if (result.ok) return '';
  expect(result.reason, String(input)).toBe(reason);
  expect(result.message.length).toBeGreaterThan(20);
  expect(result.message).not.toMatch(/[<>]/);
  return result.message;
}

describe('encodeShareCode', () => {
  it('writes format, id, version and one character per item', () => {
    const [first, second, third] = whichOption.items;
    const answers = { [first!.id]: first!.answers[2]!.id, [third!.id]: third!.answers[0]!.id };
    expect(second).toBeDefined();
    expect(encodeShareCode(whichOption, answers)).toBe(`v1.which-option.${whichOption.version}.2-0${'-'.repeat(itemCount - 3)}`);
  });

  it('uses only characters that need no escaping in a URL fragment', () => {
    fc.assert(
      fc.property(fc.constantFrom(...definitions), fc.infiniteStream(fc.nat()), (definition, picks) => {
        const answers = Object.fromEntries(definition.items.map((item) => [item.id, item.answers[picks.next().value % item.answers.length]!.id]));
        const code = encodeShareCode(definition, answers);
        expect(code).toMatch(/^[a-z0-9.-]+$/);
        expect(encodeURIComponent(code)).toBe(code);
        expect(code.length).toBeLessThanOrEqual(MAX_SHARE_CODE_LENGTH);
      }),
    );
  });

  it('leaves out answers that are not in the definition', () => {
    const first = whichOption.items[0]!;
    expect(encodeShareCode(whichOption, { [first.id]: 'not-an-answer', 'not-an-item': 'x' })).toBe(codeWith(whichOption, '-'.repeat(itemCount)));
  });
});

describe('decodeShareCode: round trip', () => {
  it.each(definitions.map((definition) => [definition.id, definition] as const))('%s: decode(encode(answers)) gives the answers back', (_id, definition) => {
    fc.assert(
      fc.property(answersFor(definition), fc.boolean(), (answers, withHash) => {
        fc.pre(Object.keys(answers).length > 0);
        const code = encodeShareCode(definition, answers as Record<string, string>);
        const result = decodeShareCode(withHash ? `#${code}` : code, definitions);
        expect(result).toEqual({ ok: true, value: { assessmentId: definition.id, version: definition.version, answers, definition } });
      }),
    );
  });
});

describe('decodeShareCode: every malformed form is refused with a message', () => {
  it.each([[''], ['#'], ['   ']])('refuses %j as empty', (input) => {
    expectRefused(input, 'empty');
  });

  it('refuses a code with every item unanswered', () => {
    expect(expectRefused(codeWith(whichOption, '-'.repeat(itemCount)), 'empty')).toContain('Which option fits you now?');
  });

  it.each([undefined, null, 42, {}, [], ['v1.which-option.1.0'], Symbol('x'), () => 'v1'])('refuses a non-string (%s)', (input) => {
    expectRefused(input, 'malformed');
  });

  it.each([
    ['garbage', 'garbage'],
    ['only the prefix', 'v1'],
    ['no answers part', 'v1.which-option.1'],
    ['an extra part', `${codeWith(whichOption, allFirst)}.0`],
    ['a wrong prefix', `x1.which-option.1.${allFirst}`],
    ['an upper-case prefix', `V1.which-option.1.${allFirst}`],
    ['an id that is not a slug', `v1.which--option.1.${allFirst}`],
    ['version 0', `v1.which-option.0.${allFirst}`],
    ['a version with a leading zero', `v1.which-option.01.${allFirst}`],
    ['a decimal version', `v1.which-option.1.5.${allFirst}`],
    ['an underscore among the answers', codeWith(whichOption, `0_${'0'.repeat(itemCount - 2)}`)],
    ['an upper-case answer', codeWith(whichOption, `A${'0'.repeat(itemCount - 1)}`)],
    ['a space among the answers', codeWith(whichOption, `0 ${'0'.repeat(itemCount - 2)}`)],
    ['percent-encoding', codeWith(whichOption, `%30${'0'.repeat(itemCount - 1)}`)],
    ['a script tag', '<script>alert(1)</script>'],
    ['a script tag in the answers', codeWith(whichOption, '<script>alert(1)</script>')],
    ['an image with onerror', `v1.which-option.1.<img src=x onerror=alert(1)>`],
    ['a javascript: URL', 'javascript:alert(document.cookie)'],
    ['a prototype key as id', 'v1.__proto__.1.0'],
    ['a NUL byte', `${codeWith(whichOption, allFirst)}\u0000`],
    ['look-alike Unicode digits', codeWith(whichOption, '０'.repeat(itemCount))],
    ['an over-long string', `v1.which-option.1.${'0'.repeat(10_000)}`],
  ])('refuses %s as malformed', (_what, input) => {
    expectRefused(input, 'malformed');
  });

  it('refuses a code of another format version as unsupported, not as garbage', () => {
    expectRefused(`v2.which-option.1.${allFirst}`, 'unsupported-format');
  });

  it('refuses a code for an assessment it does not know, or not among those given', () => {
    expectRefused(`v1.no-such-assessment.1.${allFirst}`, 'unknown-assessment');
    expectRefused('v1.constructor.1.0', 'unknown-assessment');
    expectRefused(codeWith(whichOption, allFirst), 'unknown-assessment', [mirror]);
  });

  it('refuses a code for an older version, saying so and naming the assessment', () => {
    const newer = { ...whichOption, version: whichOption.version + 1 };
    const message = expectRefused(codeWith(whichOption, allFirst), 'outdated', [newer]);
    expect(message).toContain('earlier version of "Which option fits you now?"');
  });

  it('refuses a code for a newer version than the page has', () => {
    expectRefused(`v1.which-option.${whichOption.version + 1}.${allFirst}`, 'newer-version');
  });

  it('refuses too short and too long codes, which is what a truncated link looks like', () => {
    expect(expectRefused(codeWith(whichOption, '0'.repeat(itemCount - 1)), 'wrong-length')).toContain(`has ${itemCount} questions`);
    expectRefused(codeWith(whichOption, '0'.repeat(itemCount + 1)), 'wrong-length');
    expectRefused(codeWith(whichOption, ''), 'wrong-length');
  });

  it('refuses an answer position the item does not have, naming the question', () => {
    const fewest = Math.min(...whichOption.items.map((item) => item.answers.length));
    const short = whichOption.items.findIndex((item) => item.answers.length === fewest);
    const answerText = [...allFirst].map((character, index) => (index === short ? String(fewest) : character)).join('');
    expect(expectRefused(codeWith(whichOption, answerText), 'invalid-answer')).toContain(`question ${short + 1}`);
    expectRefused(codeWith(whichOption, `z${'0'.repeat(itemCount - 1)}`), 'invalid-answer');
    expectRefused(codeWith(whichOption, `9${'0'.repeat(itemCount - 1)}`), 'invalid-answer');
  });

  it('refuses every truncation of a valid code', () => {
    const code = codeWith(whichOption, '0123012301'.slice(0, itemCount).padEnd(itemCount, '0'));
    expect(decodeShareCode(code, definitions).ok).toBe(true);
    for (let length = 0; length < code.length; length++) {
      expect(decodeShareCode(code.slice(0, length), definitions).ok, code.slice(0, length)).toBe(false);
    }
  });

  it('never throws, and accepts only codes whose answers fit the definition, for any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.anything()), (input) => {
        const result = decodeShareCode(input, definitions);
        if (!result.ok) expect(result.message.length).toBeGreaterThan(20);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on a valid code with one character changed, and decodes only valid answers', () => {
    const valid = encodeShareCode(mirror, Object.fromEntries(mirror.items.map((item) => [item.id, item.answers[1]!.id])));
    fc.assert(
      fc.property(fc.nat(valid.length - 1), fc.string({ minLength: 1, maxLength: 1 }), (index, character) => {
        const changed = valid.slice(0, index) + character + valid.slice(index + 1);
        const result = decodeShareCode(changed, definitions);
        if (!result.ok) return;
        for (const [itemId, answerId] of Object.entries(result.value.answers)) {
          const item = result.value.definition.items.find((candidate) => candidate.id === itemId);
          expect(item?.answers.some((answer) => answer.id === answerId)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
