import type { Element, Root, RootContent } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { distFiles, htmlPages, readDist, readPage, requireDist } from '../helpers/dist.ts';
import { attr, byTag, metaContent } from '../helpers/html.ts';
import { britishSpellings } from '../helpers/spelling.ts';

beforeAll(() => requireDist());

/** Attributes whose text a reader meets: shown as a tooltip, read aloud, or shown in a field. */
const readAttributes = ['alt', 'title', 'aria-label', 'placeholder', 'aria-description'];
const unread = new Set(['script', 'style']);

/** What a reader of a built page sees or hears: text outside scripts and styles, and the attributes above. */
function readerText(tree: Root): string {
  const parts: string[] = [];
  const walk = (node: Root | RootContent): void => {
    if (node.type === 'text') parts.push(node.value);
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (unread.has(node.tagName)) return;
      for (const name of readAttributes) {
        const value = attr(node as Element, name);
        if (value) parts.push(value);
      }
      // A <template>'s content (the search dialog) is shown later: it counts too.
      const content = (node as Element & { content?: Root }).content;
      if (content) walk(content);
    }
    node.children.forEach(walk);
  };
  walk(tree);
  // What a link preview shows of the page.
  for (const key of [{ name: 'description' }, { property: 'og:title' }, { property: 'og:description' }, { property: 'og:image:alt' }]) {
    parts.push(metaContent(tree, key) ?? '');
  }
  parts.push(...byTag(tree, 'title').map((title) => title.children.map((child) => (child.type === 'text' ? child.value : '')).join('')));
  return parts.join(' ');
}

describe('American English on every built page', () => {
  it.each(htmlPages())('%s shows no British spelling', (page) => {
    const found = britishSpellings(readerText(readPage(page)));
    expect([...new Set(found)], `British spellings on ${page}: ${found.join(', ')}`).toEqual([]);
  });
});

/** The string literals in a built script: where the islands keep what they show once they run. */
function stringLiterals(js: string): string {
  return [...js.matchAll(/(["'`])((?:\\.|(?!\1)[^\\])*)\1/g)].map((match) => match[2]).join(' ');
}

const islandScripts = (): string[] => distFiles().filter((file) => file.startsWith('_astro/') && file.endsWith('.js'));

describe('American English in what the islands show', () => {
  it('finds the islands\' scripts', () => {
    expect(islandScripts().length).toBeGreaterThan(0);
  });

  it.each(islandScripts())('%s writes no British spelling', (file) => {
    const found = britishSpellings(stringLiterals(readDist(file)));
    expect([...new Set(found)], `British spellings in ${file}`).toEqual([]);
  });
});
