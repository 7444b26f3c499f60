import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The guide's pages and the model's texts use one style of quotes and apostrophes: straight (' and "),
 * as they are typed. A curly one among them would show as a mix on the page.
 */
const root = fileURLToPath(new URL('../../../content/', import.meta.url));
const files = [
  ...readdirSync(join(root, 'guide')).filter((file) => file.endsWith('.mdx')).map((file) => `guide/${file}`),
  'model/elements.json',
];
const curly = /[\u2018\u2019\u201C\u201D]/g;

describe('quotes and apostrophes in the guide and the model', () => {
  it.each(files)('content/%s uses straight ones only', (file) => {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    const found = lines.flatMap((line, index) => ([...line.matchAll(curly)].length > 0 ? [`line ${index + 1}: ${line.trim().slice(0, 80)}`] : []));
    expect(found, `curly quotes in content/${file}`).toEqual([]);
  });

  it('reads every guide page and the model', () => {
    expect(files.length).toBeGreaterThan(2);
  });
});
