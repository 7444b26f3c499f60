import { beforeAll, describe, expect, it } from 'vitest';
import { guidePageFiles, htmlPages, readDist, readPage, requireDist } from '../helpers/dist.ts';
import { islandScripts, readerText, stringLiterals } from '../helpers/reader-text.ts';

beforeAll(() => requireDist());

/** The site shows one style of quotes and apostrophes, straight: in the guide, the assessments, the team view and the islands alike. */
const curly = /[\u2018\u2019\u201C\u201D]/g;

function curlyIn(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ');
  return [...flat.matchAll(curly)].map((match) => flat.slice(Math.max(0, (match.index ?? 0) - 25), (match.index ?? 0) + 25));
}

describe('quotes and apostrophes, straight on every page', () => {
  it.each(htmlPages())('%s: straight in all a reader sees or hears', (file) => {
    expect(curlyIn(readerText(readPage(file))), `curly quotes on ${file}`).toEqual([]);
  });

  // American style, as the essay writes: a comma or period that ends a quotation goes inside it.
  it.each(guidePageFiles())('%s: commas and periods inside closing quotes', (file) => {
    const text = readerText(readPage(file)).replace(/\s+/g, ' ');
    const outside = [...text.matchAll(/[\w!?)]"[,.]/g)].map((match) => text.slice(Math.max(0, (match.index ?? 0) - 30), (match.index ?? 0) + 5));
    expect(outside, `punctuation outside quotes on ${file}`).toEqual([]);
  });

  it.each(guidePageFiles().filter((file) => file !== 'index.html'))('%s: not vacuous, its prose has straight apostrophes', (file) => {
    expect(readerText(readPage(file))).toMatch(/\w'\w/);
  });
});

describe('quotes and apostrophes, straight in what the islands show', () => {
  it.each(islandScripts())('%s', (file) => {
    expect(curlyIn(stringLiterals(readDist(file))), `curly quotes in ${file}`).toEqual([]);
  });
});
