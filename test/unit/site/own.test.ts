import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownValue } from '../../../src/lib/site/own.ts';

describe('ownValue', () => {
  const record: Record<string, string> = { 'which-option': '/assess/which-option/' };

  it('finds own keys', () => {
    expect(ownValue(record, 'which-option')).toBe('/assess/which-option/');
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'])('finds nothing for the inherited %s', (key) => {
    expect(ownValue(record, key)).toBeUndefined();
  });

  it('finds nothing for undefined or any key the record does not have', () => {
    expect(ownValue(record, undefined)).toBeUndefined();
    fc.assert(
      fc.property(fc.string().filter((key) => key !== 'which-option'), (key) => {
        expect(ownValue(record, key)).toBeUndefined();
      }),
    );
  });
});
