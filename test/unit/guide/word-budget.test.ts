import { describe, expect, it } from 'vitest';
import { guideWordCounts } from '../../helpers/guide-words.ts';

/** The whole guide, home page included: the model first, then depth, readable in about fifteen minutes. */
const guideBudget = 3000;

describe('the guide', () => {
  it(`stays within ${guideBudget} words in all`, () => {
    const pages = guideWordCounts();
    expect(pages.length, 'MDX pages in content/guide/').toBeGreaterThan(1);
    const total = pages.reduce((sum, page) => sum + page.words, 0);
    const byPage = pages.map((page) => `${page.file}: ${page.words}`).join(', ');
    expect(total, `words in content/guide/*.mdx (${byPage})`).toBeLessThanOrEqual(guideBudget);
  });
});
