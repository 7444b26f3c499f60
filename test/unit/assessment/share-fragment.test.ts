import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHARE_PARAM, looksLikeDamagedLink, readShareFragment, readShareLink, shareFragment } from '../../../src/lib/assessment/share-fragment.ts';
import { decodeShareCode, encodeShareCode } from '../../../src/lib/assessment/share-code.ts';
import type { AssessmentDefinition } from '../../../src/schemas/assessment.ts';
import { loadDefinitions } from '../../helpers/assessments.ts';

const definitions = loadDefinitions();
const pageUrl = (definition: AssessmentDefinition) => `https://example.org/assess/${definition.id}/`;

/** Any subset of a definition's items answered, at least one of them (an empty code is refused by design). */
const answersFor = (definition: AssessmentDefinition) =>
  fc
    .record(Object.fromEntries(definition.items.map((item) => [item.id, fc.constantFrom(...item.answers.map((answer) => answer.id))])), {
      requiredKeys: [],
    })
    // Optional keys are left out, never set to undefined.
    .map((answers) => answers as Record<string, string>)
    .filter((answers) => Object.keys(answers).length > 0);

/** Characters a share code can have. */
const codeArb = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789.-'.split('')) });

describe('shareFragment and readShareFragment', () => {
  it('names the fragment key "share"', () => {
    expect(SHARE_PARAM).toBe('share');
    expect(shareFragment('v2.which-option.1.0')).toBe('#share=v2.which-option.1.0');
  });

  it('reads back every code it wrote, with or without the "#"', () => {
    fc.assert(
      fc.property(codeArb, (code) => {
        const fragment = shareFragment(code);
        expect(readShareFragment(fragment)).toBe(code);
        expect(readShareFragment(fragment.slice(1))).toBe(code);
      }),
    );
  });

  it('reads back any text after "share=", leaving validation to the decoder', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(readShareFragment(`#share=${text}`)).toBe(text);
      }),
    );
  });

  it.each([
    ['no fragment', ''],
    ['a bare "#"', '#'],
    ['a plain anchor', '#step-3'],
    ['another key', '#shared=v1.which-option.1.0'],
    ['the key in another case', '#Share=v1.which-option.1.0'],
    ['the key without "="', '#share'],
    ['the key after something else', '#x&share=v1.which-option.1.0'],
    ['a query-style key', '?share=v1.which-option.1.0'],
    ['a doubled "#"', '##share=v1.which-option.1.0'],
  ])('finds no share code in %s', (_, hash) => {
    expect(readShareFragment(hash)).toBeUndefined();
  });

  it('finds an empty code in "#share=", which the decoder then refuses as empty', () => {
    expect(readShareFragment('#share=')).toBe('');
    const decoded = decodeShareCode(readShareFragment('#share='), definitions);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.reason).toBe('empty');
  });

  it('never throws, and finds a code exactly when the fragment starts with "share="', () => {
    fc.assert(
      fc.property(fc.string(), (hash) => {
        const found = readShareFragment(hash);
        const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
        expect(found === undefined).toBe(!fragment.startsWith('share='));
      }),
    );
  });
});

describe('a share link through a real URL', () => {
  it.each(definitions.map((definition) => [definition.id, definition] as const))(
    '%s: answers survive encode → URL fragment → location.hash → decode',
    (_, definition) => {
      fc.assert(
        fc.property(answersFor(definition), (answers) => {
          const href = new URL(shareFragment(encodeShareCode(definition, answers)), pageUrl(definition)).href;
          // What the page reads: the hash of the URL as the browser parses it.
          const hash = new URL(href).hash;
          const decoded = decodeShareCode(readShareFragment(hash), definitions);
          expect(decoded.ok).toBe(true);
          if (!decoded.ok) return;
          expect(decoded.value.assessmentId).toBe(definition.id);
          expect(decoded.value.version).toBe(definition.version);
          expect(decoded.value.answers).toEqual(answers);
        }),
      );
    },
  );

  it('needs no escaping: the fragment in the URL is the fragment that was written', () => {
    for (const definition of definitions) {
      const answers = Object.fromEntries(definition.items.map((item) => [item.id, item.answers.at(-1)?.id ?? '']));
      const fragment = shareFragment(encodeShareCode(definition, answers));
      expect(new URL(fragment, pageUrl(definition)).hash).toBe(fragment);
    }
  });

  it.each([
    ['markup', '#share=v1.which-option.1.<img src=x onerror=alert(1)>'],
    ['a script element', '#share=v1.which-option.1.<script>alert(1)</script>'],
    ['a javascript: URL', '#share=javascript:alert(1)'],
    ['percent-escapes', '#share=v1.which-option.1.%30%30%30'],
    ['garbage', '#share=garbage'],
  ])('refuses %s that the browser has percent-encoded in the hash, without throwing', (_, fragment) => {
    const hash = new URL(fragment, 'https://example.org/assess/which-option/').hash;
    const decoded = decodeShareCode(readShareFragment(hash), definitions);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.reason).toBe('malformed');
      expect(decoded.message).not.toMatch(/[<>]/);
    }
  });
});

describe('readShareLink: addresses that look like share links but are not', () => {
  it.each([
    ['the key without "="', '#share', ''],
    ['an escaped "="', '#share%3Dv2.which-option.1.0', ''],
    ['an escaped "=" in lower case', '#share%3dv2.which-option.1.0', ''],
    ['a doubled "#"', '##share=v2.which-option.1.0', ''],
    ['the key in capitals', '#SHARE=v2.which-option.1.0', ''],
    ['a space before the key', '#%20share=v2', ''],
    ['the key after a colon', '#share:v2.which-option.1.0', ''],
    ['the key in the query', '', '?share=v2.which-option.1.0'],
    ['the key in the query, without a value', '', '?share'],
    ['the key in the query beside another', '#step-3', '?x=1&share=v2'],
    ['a broken escape after the key', '#share%E0%A4%A', ''],
  ])('calls %s damaged', (_what, hash, search) => {
    expect(readShareLink(hash, search)).toEqual({ kind: 'damaged' });
  });

  it.each([
    ['no fragment', '', ''],
    ['a plain anchor', '#step-3', ''],
    ['an anchor that starts with the word', '#shared-work', ''],
    ['another word', '#sharedresult', ''],
    ['another query', '#x', '?highlight=share'],
    ['a broken escape', '#%E0%A4%A', ''],
  ])('leaves %s alone', (_what, hash, search) => {
    expect(readShareLink(hash, search)).toEqual({ kind: 'none' });
  });

  it('reads a real share fragment as a code, even with a query beside it', () => {
    expect(readShareLink('#share=v2.x', '?highlight=a')).toEqual({ kind: 'code', code: 'v2.x' });
    expect(readShareLink('#share=', '')).toEqual({ kind: 'code', code: '' });
  });

  it('never throws, whatever the address', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (hash, search) => {
        const read = readShareLink(hash, search);
        expect(['code', 'damaged', 'none']).toContain(read.kind);
        expect(looksLikeDamagedLink(hash, search, 'team')).toBeTypeOf('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});
