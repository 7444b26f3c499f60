import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeProgress, restoreProgress, type ProgressShape } from '../../../src/lib/assessment/saved-progress.ts';

const definition: ProgressShape = {
  id: 'which-option',
  version: 2,
  items: [
    { id: 'first', answers: [{ id: 'a' }, { id: 'b' }] },
    { id: 'second', answers: [{ id: 'c' }, { id: 'd' }, { id: 'e' }] },
  ],
};

describe('restoreProgress', () => {
  it('treats nothing saved as empty', () => {
    expect(restoreProgress(null, definition)).toEqual({ status: 'empty' });
    expect(restoreProgress(undefined, definition)).toEqual({ status: 'empty' });
    expect(restoreProgress('', definition)).toEqual({ status: 'empty' });
  });

  it('restores what it encoded', () => {
    const progress = { assessment: 'which-option', version: 2, answers: { first: 'b', second: 'e' }, position: 1 };
    expect(restoreProgress(encodeProgress(progress), definition)).toEqual({ status: 'restored', progress });
  });

  it('round-trips every valid combination of answers and position', () => {
    const answersArb = fc.record(
      { first: fc.constantFrom('a', 'b'), second: fc.constantFrom('c', 'd', 'e') },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 0, max: 1 }), (answers, position) => {
        const progress = { assessment: 'which-option', version: 2, answers, position };
        expect(restoreProgress(encodeProgress(progress), definition)).toEqual({ status: 'restored', progress });
      }),
    );
  });

  it('keeps whether the run had reached its result, and when it began', () => {
    const progress = { assessment: 'which-option', version: 2, answers: { first: 'b' }, position: 1, finished: true as const, started: '2026-12-04T10:00:00.000Z' };
    expect(restoreProgress(encodeProgress(progress), definition)).toEqual({ status: 'restored', progress });
    expect(restoreProgress(JSON.stringify({ ...progress, finished: 'yes' }), definition)).toEqual({ status: 'corrupt' });
    expect(restoreProgress(JSON.stringify({ ...progress, started: 'not a date' }), definition)).toEqual({ status: 'corrupt' });
  });

  it('reports another version as outdated, so it is never scored against these items', () => {
    const old = encodeProgress({ assessment: 'which-option', version: 1, answers: { first: 'a' }, position: 0 });
    expect(restoreProgress(old, definition)).toEqual({ status: 'outdated', savedVersion: 1 });
  });

  it.each([
    ['not JSON', '{"assessment":'],
    ['a string', '"hello"'],
    ['an array', '[1,2]'],
    ['another assessment', encodeProgress({ assessment: 'group-mirror', version: 2, answers: {}, position: 0 })],
    ['a version that is not a whole number', '{"assessment":"which-option","version":"2","answers":{},"position":0}'],
    ['an unknown item', '{"assessment":"which-option","version":2,"answers":{"third":"a"},"position":0}'],
    ['an unknown answer', '{"assessment":"which-option","version":2,"answers":{"first":"z"},"position":0}'],
    ['an answer that is not a string', '{"assessment":"which-option","version":2,"answers":{"first":1},"position":0}'],
    ['answers that are a list', '{"assessment":"which-option","version":2,"answers":["a"],"position":0}'],
    ['a position past the end', '{"assessment":"which-option","version":2,"answers":{},"position":2}'],
    ['a negative position', '{"assessment":"which-option","version":2,"answers":{},"position":-1}'],
    ['a missing position', '{"assessment":"which-option","version":2,"answers":{}}'],
    ['script in an answer', '{"assessment":"which-option","version":2,"answers":{"first":"<script>alert(1)</script>"},"position":0}'],
  ])('discards %s as corrupt', (_, raw) => {
    expect(restoreProgress(raw, definition)).toEqual({ status: 'corrupt' });
  });

  it('never throws, whatever the storage holds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const result = restoreProgress(raw, definition);
        expect(['empty', 'restored', 'outdated', 'corrupt']).toContain(result.status);
      }),
    );
  });
});
