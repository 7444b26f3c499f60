import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assessmentSchema, type Answers, type AssessmentDefinition } from '../../src/schemas/assessment.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const assessmentsDir = `${root}content/assessments`;

/** The model's element ids, read from the same file the build uses. */
export const modelElementIds: readonly string[] = (
  JSON.parse(readFileSync(`${root}content/model/elements.json`, 'utf8')) as { id: string }[]
).map((element) => element.id);

/** The schema exactly as the content collection builds it. */
export const definitionSchema = assessmentSchema(modelElementIds);

/** Every definition file's name without `.json`, so a new assessment is tested without editing the tests. */
export const assessmentFileIds: readonly string[] = readdirSync(assessmentsDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort();

/** The raw JSON of one definition file, for tests that break it on purpose. */
export function readDefinitionJson(fileId: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${assessmentsDir}/${fileId}.json`, 'utf8')) as Record<string, unknown>;
}

/** One definition file, validated; throws with the schema's issues if it is invalid. */
export function loadDefinition(fileId: string): AssessmentDefinition {
  return definitionSchema.parse(readDefinitionJson(fileId));
}

/** All definitions, validated. */
export function loadDefinitions(): AssessmentDefinition[] {
  return assessmentFileIds.map(loadDefinition);
}

/** Answers choosing, for every item, the answer at the position `pick` returns for its answer count. */
export function answersByPosition(definition: AssessmentDefinition, pick: (answerCount: number) => number): Record<string, string> {
  return Object.fromEntries(
    definition.items.map((item) => {
      const answer = item.answers[pick(item.answers.length)];
      if (!answer) throw new Error(`item ${item.id} has no answer at that position`);
      return [item.id, answer.id];
    }),
  );
}

/** Every item answered with the answer at `pick(index)` (wrapping round the item's answers). */
export function answersAt(definition: AssessmentDefinition, pick: (index: number) => number): Answers {
  return Object.fromEntries(definition.items.map((item, index) => [item.id, item.answers[pick(index) % item.answers.length]!.id]));
}
