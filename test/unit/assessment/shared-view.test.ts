import { describe, expect, it } from 'vitest';
import { encodeShareCode } from '../../../src/lib/assessment/share-code.ts';
import { sharedView } from '../../../src/lib/assessment/shared-view.ts';
import { answersByPosition, loadDefinitions } from '../../helpers/assessments.ts';

const definitions = loadDefinitions();
const which = definitions.find((definition) => definition.id === 'which-option')!;
const mirror = definitions.find((definition) => definition.id === 'group-mirror')!;
const pages = Object.fromEntries(definitions.map((definition) => [definition.id, `/assess/${definition.id}/`]));

describe('sharedView', () => {
  it('shows a valid code as a result', () => {
    const view = sharedView(`#share=${encodeShareCode(which, answersByPosition(which, () => 0))}`, '', which, pages);
    expect(view.kind).toBe('result');
  });

  it('points a code for another assessment to its own page, with the code', () => {
    const code = encodeShareCode(mirror, answersByPosition(mirror, () => 1));
    expect(sharedView(`#share=${code}`, '', which, pages)).toEqual({ kind: 'elsewhere', href: `/assess/group-mirror/#share=${code}` });
  });

  it('hands a plain anchor, or an address that only mentions the word, back to the reader’s own run', () => {
    for (const [hash, search] of [['', ''], ['#main', ''], ['#shared-work', ''], ['', '?highlight=share']]) {
      expect(sharedView(hash!, search!, which, pages), `${hash}${search}`).toEqual({ kind: 'none' });
    }
  });

  it('names a look-alike address as damaged', () => {
    const view = sharedView('#share', '', which, pages);
    expect(view).toMatchObject({ kind: 'message', reason: 'lookalike' });
  });

  it('never finds a page for an inherited name, even with assessment pages as a plain object', () => {
    const view = sharedView('#share=v1.constructor.1.0', '', which, pages);
    expect(view.kind).toBe('message');
  });
});
