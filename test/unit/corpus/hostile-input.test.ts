/**
 * The whole hostile corpus (test/helpers/hostile-corpus.ts), decoded by the pure logic the pages
 * use: every case ends in the expected result or a message, and nothing throws.
 */
import { persistentAtom, setPersistentEngine, useTestStorageEngine } from '@nanostores/persistent';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedView } from '../../../src/lib/assessment/shared-view.ts';
import { aggregateTeam } from '../../../src/lib/team/aggregate.ts';
import { readTeamAddress } from '../../../src/lib/team/address.ts';
import { readPastedLinks } from '../../../src/lib/team/paste.ts';
import { emptyTeam, teamEntries } from '../../../src/lib/team/entries.ts';
import { addressNotes, readingNotes } from '../../../src/islands/team/messages.ts';
import { createSession } from '../../../src/stores/assessment-session.ts';
import { $storageKept, safeEngine, storageWorks, type StorageLike } from '../../../src/stores/storage.ts';
import { corpusDefinitions, shareCorpus, storageCorpus, teamCorpus, type StorageMode } from '../../helpers/hostile-corpus.ts';

const definitionOf = (id: string) => corpusDefinitions.find((definition) => definition.id === id)!;
const pages = Object.fromEntries(corpusDefinitions.map((definition) => [definition.id, `/assess/${definition.id}/`]));

describe('the corpus', () => {
  it('has at least 100 share links, 50 storage states and 50 team inputs', () => {
    expect(shareCorpus.length).toBeGreaterThanOrEqual(100);
    expect(storageCorpus.length).toBeGreaterThanOrEqual(50);
    expect(teamCorpus.length).toBeGreaterThanOrEqual(50);
  });
});

describe('tampered share links', () => {
  it.each(shareCorpus.map((entry) => [`${entry.category}: ${entry.name}`, entry] as const))('%s', (_name, entry) => {
    // What the page sees: the address as the browser parses it (it escapes some characters).
    const url = new URL(`https://example.org/assess/${entry.page}/${entry.suffix}`);
    const view = sharedView(url.hash, url.search, definitionOf(entry.page), pages);
    expect(view.kind).toBe(entry.expect);
    if (view.kind === 'message') {
      expect(view.message.length).toBeGreaterThan(30);
      expect(view.message).not.toMatch(/[<>]|function|native code|undefined/);
    }
    if (view.kind === 'elsewhere') expect(view.href).toMatch(/^\/assess\/[a-z-]+\/#share=v2\.[a-z0-9.-]+$/);
    if (view.kind === 'result') expect(view.decoded.definition.id).toBe(entry.page);
  });
});

/** A Storage that behaves as `mode` says, over `values`. */
export function fakeStorage(mode: StorageMode, values: Record<string, string>): StorageLike | null {
  if (mode === 'null') return null;
  const fail = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  if (mode === 'throwing' || mode === 'getter-throws') return { getItem: fail, setItem: fail, removeItem: fail };
  const data = new Map(Object.entries(values));
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      if (mode === 'full') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key) => {
      if (mode === 'full') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.delete(key);
    },
  };
}

describe('corrupt or refused storage', () => {
  afterEach(() => {
    useTestStorageEngine();
    $storageKept.set(true);
  });

  it.each(storageCorpus.map((entry) => [`${entry.category}: ${entry.name}`, entry] as const))('%s', (_name, entry) => {
    const storage = fakeStorage(entry.mode, entry.values);
    $storageKept.set(storageWorks(storage));
    setPersistentEngine(safeEngine(storage, () => $storageKept.set(false)), { addEventListener() {}, removeEventListener() {} });
    const definition = definitionOf(entry.page);
    const session = createSession(definition);
    expect(session.$notice.get() ?? 'none').toBe(entry.expect);
    // A new run is possible, and it is the reader's own, whatever was stored.
    session.startOver();
    session.start();
    const first = definition.items[0]!;
    session.answer(first.id, first.answers[0]!.id);
    expect(session.$answers.get()).toEqual({ [first.id]: first.answers[0]!.id });
    expect(session.$screen.get()).toEqual({ name: 'item', index: 0 });
    // Nothing unusable is left behind where storage takes writes.
    if (entry.expect === 'corrupt' || entry.expect === 'outdated') {
      const stored = persistentAtom<string | undefined>(`sowg:progress:${entry.page}`, undefined, { listen: false }).get();
      expect(stored === undefined || !stored.includes('__pwned')).toBe(true);
    }
  });
});

describe('tampered team links and pastes', () => {
  it.each(teamCorpus.map((entry) => [`${entry.category}: ${entry.name}`, entry] as const))('%s', (_name, entry) => {
    let notes: string[];
    let entries;
    if (entry.via === 'address') {
      const url = new URL(`https://example.org/team/${entry.text}`);
      const address = readTeamAddress(url.hash, url.search);
      notes = addressNotes(address);
      // As the team view takes them: each result of a team link a person of its own.
      const linked = address.kind === 'team' ? address.parsed.entries : address.kind === 'share' ? [{ code: address.code }] : [];
      entries = teamEntries(emptyTeam, { type: 'replace', entries: linked }).entries;
    } else {
      const pasted = readPastedLinks(entry.text);
      const nothing = pasted.entries.length === 0 && pasted.leftOut === 0 && pasted.pastLimit === 0;
      notes = nothing ? ['nothing to add'] : readingNotes(pasted, 'paste');
      entries = teamEntries(emptyTeam, { type: 'add', entries: pasted.entries, today: '2026-12-04' }).entries;
    }
    const picture = aggregateTeam(entries, corpusDefinitions);
    expect(picture.counted.length).toBe(entry.counted);
    const shown = notes.length + picture.rejected.length + picture.duplicates.length + picture.twins.length;
    expect(shown > 0, `a message is ${entry.message ? '' : 'not '}expected`).toBe(entry.message);
    for (const rejected of picture.rejected) expect(rejected.message).not.toMatch(/function|native code/);
  });
});
