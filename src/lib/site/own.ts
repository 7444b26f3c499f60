/**
 * A value looked up by a key that may come from outside (a link, storage, a paste): only the
 * record's own properties count, so `constructor`, `__proto__` or `toString` find nothing instead
 * of something every object inherits.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string | undefined): T | undefined {
  return key !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
