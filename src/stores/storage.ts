/**
 * Browser storage that never breaks a visit. `window.localStorage` can be missing, `null` (Firefox
 * with storage turned off), throw on every use (blocked by the browser's settings), or refuse writes
 * (full). `@nanostores/persistent` only checks `typeof localStorage`, so on its own a `null` or a
 * throwing storage makes every persistent store throw. The engine here is given to it instead:
 * it reads and writes localStorage where it can and keeps anything it cannot write in memory for
 * the visit, and {@link $storageKept} says whether the browser is keeping what is written.
 */
import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents, type PersistentStore } from '@nanostores/persistent';

/** False once the browser has refused to keep anything written (or has no storage at all). */
export const $storageKept = atom(true);

/** The part of the Storage interface the engine uses. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PROBE_KEY = 'sowg:probe';

/**
 * A persistent-store engine over `storage` (which may be null, or throw on any use): values that
 * cannot be written live in memory for the visit, and reads see them; `onRefused` hears of each
 * refusal. Never throws.
 */
export function safeEngine(storage: StorageLike | null | undefined, onRefused: () => void): PersistentStore {
  // A key's value this visit when the storage would not take it; null marks a removal it would not take.
  const memory = new Map<string, string | null>();
  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key) ?? undefined;
    try {
      return storage?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };
  const write = (key: string, value: string | null): void => {
    try {
      if (!storage) throw new Error('no storage');
      if (value === null) storage.removeItem(key);
      else storage.setItem(key, value);
      memory.delete(key);
    } catch {
      memory.set(key, value);
      onRefused();
    }
  };
  return new Proxy({} as PersistentStore, {
    get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_, key) => typeof key === 'string' && read(key) !== undefined,
    set: (_, key, value: unknown) => {
      if (typeof key === 'string') write(key, String(value));
      return true;
    },
    deleteProperty: (_, key) => {
      if (typeof key === 'string') write(key, null);
      return true;
    },
    // Nothing here needs to list keys: enumerating storage is left out rather than half-done.
    ownKeys: () => [],
  });
}

/** Whether `storage` takes a write and gives it back; false for null and for any error. */
export function storageWorks(storage: StorageLike | null | undefined): boolean {
  try {
    if (!storage) return false;
    storage.setItem(PROBE_KEY, PROBE_KEY);
    const works = storage.getItem(PROBE_KEY) === PROBE_KEY;
    storage.removeItem(PROBE_KEY);
    return works;
  } catch {
    return false;
  }
}

let installed = false;

/**
 * In a browser, once: probes localStorage and gives the persistent stores the safe engine. Outside
 * a browser (unit tests) it leaves the engine the tests set. Returns whether storage keeps things.
 */
export function installSafeStorage(): boolean {
  if (installed || typeof window === 'undefined') return $storageKept.get();
  installed = true;
  let storage: StorageLike | null | undefined;
  try {
    storage = window.localStorage;
  } catch {
    storage = undefined;
  }
  if (!storageWorks(storage)) $storageKept.set(false);
  setPersistentEngine(
    safeEngine(storage, () => $storageKept.set(false)),
    windowPersistentEvents,
  );
  return $storageKept.get();
}
