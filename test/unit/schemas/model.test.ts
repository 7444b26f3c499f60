import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatSchemaError } from '../../../src/lib/site/schema-errors.ts';
import { loadModel } from '../../../src/plugins/load-model.ts';
import { elementKinds, elementLabel, expectedCounts, modelSchema } from '../../../src/schemas/model.ts';

const modelFile = fileURLToPath(new URL('../../../content/model/elements.json', import.meta.url));
const displayName = 'content/model/elements.json';
type Raw = Record<string, unknown>;
const realData = (): Raw[] => JSON.parse(readFileSync(modelFile, 'utf8')) as Raw[];

/** Validates data as the build does and returns the message an author would read, or undefined. */
function problemsWith(data: unknown): string | undefined {
  const result = modelSchema.safeParse(data);
  return result.success ? undefined : formatSchemaError(displayName, result.error);
}

/** The real data with one change applied. */
function broken(change: (data: Raw[]) => void): Raw[] {
  const data = realData();
  change(data);
  return data;
}

const at = (data: Raw[], index: number): Raw => {
  const element = data[index];
  if (!element) throw new Error(`the model has no element ${index}`);
  return element;
};

describe('the real model data', () => {
  const model = loadModel(modelFile);

  it('passes the schema', () => {
    expect(problemsWith(realData())).toBeUndefined();
  });

  it('holds 5 steps, 3 responses, 5 traits and 3 options', () => {
    const count = (kind: string) => model.filter((element) => element.kind === kind).length;
    expect({ step: count('step'), response: count('response'), trait: count('trait'), option: count('option') }).toEqual({
      step: 5,
      response: 3,
      trait: 5,
      option: 3,
    });
    expect(model).toHaveLength(16);
  });

  it('has unique ids, exactly the permanent ones', () => {
    const ids = model.map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    const expected = elementKinds.flatMap((kind) => Array.from({ length: expectedCounts[kind] }, (_, i) => `${kind}-${i + 1}`));
    expect([...ids].sort()).toEqual([...expected].sort());
  });

  it('is in reading order: kinds as the guide presents them, numbers ascending', () => {
    const rank = (kind: string) => elementKinds.indexOf(kind as (typeof elementKinds)[number]);
    for (let i = 1; i < model.length; i++) {
      const [a, b] = [model[i - 1]!, model[i]!];
      expect(rank(a.kind) < rank(b.kind) || (a.kind === b.kind && a.number < b.number), `${a.id} before ${b.id}`).toBe(true);
    }
  });

  it('keeps each kind of element on one guide page', () => {
    for (const kind of elementKinds) {
      const pages = new Set(model.filter((element) => element.kind === kind).map((element) => element.page));
      expect(pages.size, `${kind}s are spread over ${[...pages].join(', ')}`).toBe(1);
    }
  });

  it('labels elements "Step 1", "Trait 4"', () => {
    expect(elementLabel({ kind: 'step', number: 1 })).toBe('Step 1');
    expect(elementLabel({ kind: 'trait', number: 4 })).toBe('Trait 4');
    expect(elementLabel({ kind: 'option', number: 3 })).toBe('Option 3');
    expect(elementLabel({ kind: 'response', number: 2 })).toBe('Response 2');
  });
});

describe('broken model data is rejected, naming the file and the field', () => {
  it('a duplicate id', () => {
    const message = problemsWith(broken((data) => (data[1] = { ...at(data, 0) })));
    expect(message).toContain(displayName);
    expect(message).toMatch(/^\s+1\.id: duplicate id "step-1"$/m);
  });

  it('a missing element (wrong count)', () => {
    const message = problemsWith(broken((data) => data.splice(data.findIndex((e) => e['id'] === 'trait-5'), 1)));
    expect(message).toContain(displayName);
    expect(message).toMatch(/\(whole file\): expected 5 traits, found 4/);
  });

  it('an extra element (wrong count)', () => {
    const message = problemsWith(broken((data) => data.push({ ...at(data, data.length - 1), id: 'option-4', number: 4 })));
    expect(message).toMatch(/expected 3 options, found 4/);
  });

  it('an id that does not match the pattern', () => {
    const message = problemsWith(broken((data) => (at(data, 0)['id'] = 'Step 1')));
    expect(message).toContain(displayName);
    expect(message).toMatch(/^\s+0\.id: must look like "step-1"$/m);
  });

  it('an id that does not agree with kind and number', () => {
    const wrongNumber = problemsWith(broken((data) => (at(data, 2)['number'] = 4)));
    expect(wrongNumber).toMatch(/^\s+2\.id: id must be "<kind>-<number>"$/m);
    const wrongKind = problemsWith(broken((data) => (at(data, 0)['kind'] = 'trait')));
    expect(wrongKind).toMatch(/^\s+0\.id: id must be "<kind>-<number>"$/m);
  });

  it('an unknown key, naming the key', () => {
    const message = problemsWith(broken((data) => (at(data, 3)['color'] = 'teal')));
    expect(message).toContain(displayName);
    expect(message).toMatch(/^\s+3: .*"color"/m);
  });

  it('a missing field, naming it', () => {
    const message = problemsWith(broken((data) => delete at(data, 5)['summary']));
    expect(message).toMatch(/^\s+5\.summary: /m);
  });

  it('a field of the wrong type, naming it', () => {
    const message = problemsWith(broken((data) => (at(data, 7)['number'] = '3')));
    expect(message).toMatch(/^\s+7\.number: /m);
  });

  it('an unknown kind, naming it', () => {
    const message = problemsWith(broken((data) => (at(data, 0)['kind'] = 'phase')));
    expect(message).toMatch(/^\s+0\.kind: /m);
  });

  it('a page slug that is not a slug', () => {
    const message = problemsWith(broken((data) => (at(data, 4)['page'] = 'The Path')));
    expect(message).toMatch(/^\s+4\.page: /m);
  });

  it('a file that is not a list', () => {
    expect(problemsWith({ elements: realData() })).toMatch(/\(whole file\): /);
  });

  it('any id outside the pattern, wherever it is', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 15 }),
        fc.string({ minLength: 0, maxLength: 12 }).filter((id) => !/^(step|response|trait|option)-[1-9]$/.test(id)),
        (index, id) => {
          const message = problemsWith(broken((data) => (at(data, index)['id'] = id)));
          expect(message).toContain(`${index}.id: must look like "step-1"`);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('any element dropped, whichever it is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }), (index) => {
        const kind = String(at(realData(), index)['kind']);
        expect(problemsWith(broken((data) => data.splice(index, 1)))).toContain(`expected ${expectedCounts[kind as 'step']} ${kind}s, found ${expectedCounts[kind as 'step'] - 1}`);
      }),
    );
  });
});

describe('loadModel', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sowg-model-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('returns the validated elements of a good file', () => {
    const file = write('good.json', JSON.stringify(realData()));
    expect(loadModel(file).map((element) => element.id)).toEqual(realData().map((element) => element['id']));
  });

  it('throws naming the file and the field on bad data', () => {
    const file = write('bad.json', JSON.stringify(broken((data) => (at(data, 2)['id'] = 'step-x'))));
    expect(() => loadModel(file)).toThrow(file);
    expect(() => loadModel(file)).toThrow(/2\.id: must look like "step-1"/);
  });

  it('throws naming the file when it is not JSON', () => {
    const file = write('syntax.json', '[{"id": "step-1",]');
    expect(() => loadModel(file)).toThrow(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} could not be read as JSON`));
  });

  it('throws naming the file when it is missing', () => {
    expect(() => loadModel(join(dir, 'missing.json'))).toThrow(join(dir, 'missing.json'));
  });
});
