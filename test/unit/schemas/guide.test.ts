import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { formatSchemaError } from '../../../src/lib/site/schema-errors.ts';
import { guidePageSchema } from '../../../src/schemas/guide.ts';

const guideDir = fileURLToPath(new URL('../../../content/guide/', import.meta.url));
const guideFiles = readdirSync(guideDir).filter((name) => name.endsWith('.mdx')).sort();

/**
 * Reads flat `key: value` YAML, which is all guide frontmatter needs. Anything richer fails loudly
 * (so this reader can never quietly accept what it does not understand).
 */
function readFlatYaml(file: string, yaml: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const line of yaml.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const match = /^([A-Za-z][\w-]*):\s*(.*?)\s*$/.exec(line);
    if (!match) throw new Error(`${file}: this test only reads flat "key: value" frontmatter, not: ${line}`);
    const [, key = '', raw = ''] = match;
    if (/^-?\d+(\.\d+)?$/.test(raw)) data[key] = Number(raw);
    else if (/^(['"]).*\1$/.test(raw)) data[key] = raw.startsWith('"') ? JSON.parse(raw) : raw.slice(1, -1).replace(/''/g, "'");
    else if (raw === 'true' || raw === 'false') data[key] = raw === 'true';
    else if (/^[>|[{&*!]/.test(raw) || raw === '') throw new Error(`${file}: this test only reads plain scalars, not: ${line}`);
    else data[key] = raw;
  }
  return data;
}

function frontmatterOf(name: string): Record<string, unknown> {
  const source = readFileSync(`${guideDir}${name}`, 'utf8');
  const { frontmatter } = markdownToHtml(source);
  if (!frontmatter || frontmatter.kind !== 'yaml') throw new Error(`content/guide/${name} has no YAML frontmatter`);
  return readFlatYaml(name, frontmatter.value);
}

function problemsWith(file: string, data: unknown): string | undefined {
  const result = guidePageSchema.safeParse(data);
  return result.success ? undefined : formatSchemaError(file, result.error);
}

const valid = {
  title: 'The five traits',
  description: 'What the groups in the study have in common, trait by trait, with questions to ask of your own group.',
  order: 3,
};

describe('guide frontmatter', () => {
  it('there are guide pages to check', () => {
    expect(guideFiles).toContain('index.mdx');
  });

  it.each(guideFiles)('content/guide/%s passes the schema', (name) => {
    expect(problemsWith(`content/guide/${name}`, frontmatterOf(name))).toBeUndefined();
  });

  it('gives every page its own place in the reading order', () => {
    const orders = guideFiles.map((name) => frontmatterOf(name)['order']);
    expect(new Set(orders).size, `orders: ${orders.join(', ')}`).toBe(orders.length);
    expect(frontmatterOf('index.mdx')['order']).toBe(Math.min(...orders.map(Number)));
  });

  it('accepts the minimal fields and an optional navTitle', () => {
    expect(problemsWith('x.mdx', valid)).toBeUndefined();
    expect(problemsWith('x.mdx', { ...valid, navTitle: 'Traits' })).toBeUndefined();
  });

  it.each(['title', 'description', 'order'] as const)('rejects a page without %s, naming the file and field', (field) => {
    const { [field]: _dropped, ...rest } = valid;
    const message = problemsWith('content/guide/traits.mdx', rest);
    expect(message).toContain('content/guide/traits.mdx');
    expect(message).toMatch(new RegExp(`^\\s+${field}: `, 'm'));
  });

  it('rejects an unknown field, naming it', () => {
    const message = problemsWith('content/guide/traits.mdx', { ...valid, author: 'someone' });
    expect(message).toContain('content/guide/traits.mdx');
    expect(message).toContain('"author"');
  });

  it('rejects a misspelt field, naming the misspelling and the missing field', () => {
    const { title: _title, ...rest } = valid;
    const message = problemsWith('content/guide/traits.mdx', { ...rest, titel: valid.title });
    expect(message).toContain('"titel"');
    expect(message).toMatch(/^\s+title: /m);
  });

  it('rejects a description too short or too long for a link preview', () => {
    expect(problemsWith('p.mdx', { ...valid, description: 'Too short.' })).toMatch(/^\s+description: /m);
    expect(problemsWith('p.mdx', { ...valid, description: 'x'.repeat(201) })).toMatch(/^\s+description: /m);
  });

  it('rejects an order that is not a whole number', () => {
    expect(problemsWith('p.mdx', { ...valid, order: 1.5 })).toMatch(/^\s+order: /m);
    expect(problemsWith('p.mdx', { ...valid, order: '2' })).toMatch(/^\s+order: /m);
    expect(problemsWith('p.mdx', { ...valid, order: -1 })).toMatch(/^\s+order: /m);
  });
});
