/**
 * Ties each definition's content to its `version`. Share codes and saved answers store answer
 * positions and are read against the version they name, so items that change under the same
 * version would silently re-score old links. content/assessments/method/versions.json records the
 * hash of every published version; this test fails, with what to do, when they disagree.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../helpers/assessment-hash.ts';
import { assessmentFileIds, assessmentsDir, readDefinitionJson } from '../../helpers/assessments.ts';

const lockFile = 'content/assessments/method/versions.json';
const lock = JSON.parse(readFileSync(`${assessmentsDir}/method/versions.json`, 'utf8')) as { versions: Record<string, Record<string, string>> };

/** What is wrong with a definition's version and hash, as a message telling the author what to do; undefined when all is well. */
function versionProblem(id: string, definition: { version: number; kind: unknown; items: unknown }, recorded: Record<string, string> | undefined): string | undefined {
  const hash = contentHash(definition);
  const file = `content/assessments/${id}.json`;
  if (!recorded) return `${file}: no versions recorded in ${lockFile}. Add "${id}": { "${definition.version}": "${hash}" }.`;
  const known = recorded[String(definition.version)];
  const latest = Math.max(...Object.keys(recorded).map(Number));
  if (known === undefined) {
    if (definition.version <= latest) return `${file}: version ${definition.version} is not after the latest recorded version ${latest}. Use version ${latest + 1}.`;
    return `${file}: version ${definition.version} is new. Record it in ${lockFile}: "${definition.version}": "${hash}".`;
  }
  if (known !== hash) {
    return (
      `${file}: its questions or answers changed, but its version is still ${definition.version} (recorded hash ${known}, now ${hash}). ` +
      `Saved answers and share links of version ${definition.version} would be scored against different questions. ` +
      `Bump "version" to ${latest + 1} and add "${latest + 1}": "${hash}" to ${lockFile}; leave the recorded hashes as they are.`
    );
  }
  if (definition.version !== latest) return `${file}: version ${definition.version} is older than the latest recorded, ${latest}. Versions only go up.`;
  return undefined;
}

describe('each definition is tied to its version', () => {
  it.each(assessmentFileIds.map((id) => [id] as const))('%s matches the hash recorded for its version', (id) => {
    const definition = readDefinitionJson(id) as { version: number; kind: unknown; items: unknown };
    expect(versionProblem(id, definition, lock.versions[id])).toBeUndefined();
  });

  it('records no assessment that does not exist', () => {
    expect(Object.keys(lock.versions).sort()).toEqual([...assessmentFileIds].sort());
  });

  it('fails, saying what to do, when an answer changes without a new version', () => {
    const definition = structuredClone(readDefinitionJson('which-option')) as any;
    definition.items[0].answers[0].weights['option-1'] = 1;
    const message = versionProblem('which-option', definition, lock.versions['which-option']);
    expect(message).toMatch(/changed, but its version is still \d+/);
    expect(message).toMatch(/Bump "version" to \d+ and add "\d+": "[0-9a-f]{16}"/);
    // A new version with its hash recorded is fine again.
    const next = Number(Object.keys(lock.versions['which-option']!).at(-1)) + 1;
    definition.version = next;
    expect(versionProblem('which-option', definition, { ...lock.versions['which-option'], [next]: contentHash(definition) })).toBeUndefined();
  });

  it('notices even a changed prompt, and ignores the order of keys', () => {
    const definition = structuredClone(readDefinitionJson('group-mirror')) as any;
    definition.items[1].prompt = `${definition.items[1].prompt} `;
    expect(versionProblem('group-mirror', definition, lock.versions['group-mirror'])).toMatch(/version is still/);
    const reordered = structuredClone(readDefinitionJson('group-mirror')) as any;
    reordered.items = reordered.items.map((item: Record<string, unknown>) => Object.fromEntries(Object.entries(item).reverse()));
    expect(versionProblem('group-mirror', reordered, lock.versions['group-mirror'])).toBeUndefined();
  });
});
