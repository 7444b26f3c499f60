import fc from 'fast-check';
import { persistentAtom, setPersistentEngine, useTestStorageEngine } from '@nanostores/persistent';
import { afterEach, describe, expect, it } from 'vitest';
import { $storageKept, safeEngine, storageWorks, type StorageLike } from '../../../src/stores/storage.ts';

const noEvents = { addEventListener() {}, removeEventListener() {} };

/** A working storage, backed by a Map. */
function workingStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/** Every use throws, as a storage blocked by the browser's settings does. */
const throwingStorage: StorageLike = new Proxy({} as StorageLike, {
  get() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
});

/** Reads work, writes throw: a full storage. */
function fullStorage(saved: Record<string, string>): StorageLike {
  return {
    getItem: (key) => saved[key] ?? null,
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
    removeItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  };
}

afterEach(() => {
  useTestStorageEngine();
  $storageKept.set(true);
});

describe('storageWorks', () => {
  it('is true for a storage that takes a write and gives it back, and leaves nothing behind', () => {
    const storage = workingStorage();
    expect(storageWorks(storage)).toBe(true);
    expect(storage.data.size).toBe(0);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a storage that throws on every use', throwingStorage],
    ['a full storage', fullStorage({})],
  ])('is false for %s', (_what, storage) => {
    expect(storageWorks(storage)).toBe(false);
  });
});

describe('safeEngine under a persistent store', () => {
  const cases: Array<[string, () => StorageLike | null | undefined, boolean]> = [
    ['a working storage', workingStorage, true],
    ['null (Firefox with storage turned off)', () => null, false],
    ['undefined', () => undefined, false],
    ['a storage that throws on every use', () => throwingStorage, false],
    ['a full storage', () => fullStorage({}), false],
  ];

  it.each(cases)('with %s: reads, writes and removes without throwing, and keeps values for the visit', (_what, make, keeps) => {
    let refusals = 0;
    setPersistentEngine(safeEngine(make(), () => (refusals += 1)), noEvents);
    const store = persistentAtom<string | undefined>('sowg:test', undefined, { listen: false });
    expect(store.get()).toBeUndefined();
    expect(() => store.set('a value')).not.toThrow();
    expect(store.get()).toBe('a value');
    // A second store on the same key (a later session on the same page) sees the value too.
    expect(persistentAtom<string | undefined>('sowg:test', undefined, { listen: false }).get()).toBe('a value');
    expect(() => store.set(undefined)).not.toThrow();
    expect(persistentAtom<string | undefined>('sowg:test', undefined, { listen: false }).get()).toBeUndefined();
    expect(refusals > 0).toBe(!keeps);
  });

  it('reads what a full storage already holds, and a removal it refuses still hides the old value', () => {
    let refusals = 0;
    const engine = safeEngine(fullStorage({ 'sowg:x': 'saved' }), () => (refusals += 1));
    expect(engine['sowg:x']).toBe('saved');
    expect('sowg:x' in engine).toBe(true);
    delete engine['sowg:x'];
    expect(engine['sowg:x']).toBeUndefined();
    expect('sowg:x' in engine).toBe(false);
    expect(refusals).toBe(1);
  });

  it('writes through to a working storage', () => {
    const storage = workingStorage();
    const engine = safeEngine(storage, () => {
      throw new Error('no refusal expected');
    });
    engine['sowg:y'] = 'kept';
    expect(storage.data.get('sowg:y')).toBe('kept');
    delete engine['sowg:y'];
    expect(storage.data.has('sowg:y')).toBe(false);
  });

  it('finds nothing inherited: constructor, __proto__ and toString are just absent keys', () => {
    const engine = safeEngine(null, () => {});
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(engine[key]).toBeUndefined();
      expect(key in engine).toBe(false);
    }
  });

  it('never throws, whatever is done in whatever order, and always reads back the last write', () => {
    const operation = fc.record({ key: fc.constantFrom('a', 'b', '__proto__', 'constructor'), value: fc.option(fc.string(), { nil: undefined }) });
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.array(operation, { maxLength: 20 }), ([, make], operations) => {
        const engine = safeEngine(make(), () => {});
        const expected = new Map<string, string>();
        for (const { key, value } of operations) {
          if (value === undefined) {
            delete engine[key];
            expected.delete(key);
          } else {
            engine[key] = value;
            expected.set(key, value);
          }
          expect(engine[key]).toBe(expected.get(key));
        }
      }),
      { numRuns: 300 },
    );
  });
});
