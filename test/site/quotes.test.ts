import { beforeAll, describe, expect, it } from 'vitest';
import { guidePageFiles, htmlPages, isPermalinkPage, readPage, requireDist } from '../helpers/dist.ts';
import { byTag, textContent } from '../helpers/html.ts';

beforeAll(() => requireDist());

/** The guide shows one style of quotes and apostrophes, straight, in its prose and in the model's texts alike. */
const curly = /[\u2018\u2019\u201C\u201D]/g;

describe('quotes and apostrophes as the guide shows them', () => {
  const pages = [...guidePageFiles(), ...htmlPages().filter(isPermalinkPage)];

  it.each(pages)('%s: straight in the text of its main content', (file) => {
    const main = byTag(readPage(file), 'main')[0];
    expect(main, `<main> on ${file}`).toBeDefined();
    const text = textContent(main!).replace(/\s+/g, ' ');
    const found = [...text.matchAll(curly)].map((match) => text.slice(Math.max(0, (match.index ?? 0) - 25), (match.index ?? 0) + 25));
    expect(found, `curly quotes on ${file}`).toEqual([]);
    // Not vacuous: the guide's prose has apostrophes, straight ones.
    if (!isPermalinkPage(file) && file !== 'index.html') expect(text).toMatch(/\w'\w/);
  });
});
