import { readFileSync } from 'node:fs';
import { modelSchema, type ModelElement } from '../schemas/model.ts';
import { formatSchemaError } from '../lib/site/schema-errors.ts';

/** Reads and validates the model file; throws an error naming the file and field on bad data. */
export function loadModel(file: string): ModelElement[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new Error(`${file} could not be read as JSON: ${(cause as Error).message}`);
  }
  const parsed = modelSchema.safeParse(raw);
  if (!parsed.success) throw new Error(formatSchemaError(file, parsed.error));
  return parsed.data;
}
