import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, readDist, readPage, requireDist } from '../helpers/dist.ts';
import { islandScripts, readerText, stringLiterals } from '../helpers/reader-text.ts';
import { britishSpellings } from '../helpers/spelling.ts';

beforeAll(() => requireDist());

describe('American English on every built page', () => {
  it.each(htmlPages())('%s shows no British spelling', (page) => {
    const found = britishSpellings(readerText(readPage(page)));
    expect([...new Set(found)], `British spellings on ${page}: ${found.join(', ')}`).toEqual([]);
  });
});

describe('American English in what the islands show', () => {
  it('finds the islands\' scripts', () => {
    expect(islandScripts().length).toBeGreaterThan(0);
  });

  it.each(islandScripts())('%s writes no British spelling', (file) => {
    const found = britishSpellings(stringLiterals(readDist(file)));
    expect([...new Set(found)], `British spellings in ${file}`).toEqual([]);
  });
});
