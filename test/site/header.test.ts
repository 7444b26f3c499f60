import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { htmlPages, isPermalinkPage, readPage } from '../helpers/dist.ts';
import { allElements, hasToken } from '../helpers/html.ts';

/**
 * The header's buttons sit right-aligned side by side. Were anything between them in the HTML, a first
 * paint made while the parser was there would show the first button alone, then move it left when the
 * second arrived: a layout shift (Lighthouse saw one when the search dialog's template lay between them).
 */
describe('the header tools', () => {
  it.each(htmlPages().filter((file) => !isPermalinkPage(file)))('%s: the search and theme buttons are all the tools hold, next to each other', (file) => {
    const tools = allElements(readPage(file)).filter((element) => hasToken(element, 'class', 'header-tools'));
    expect(tools, 'one .header-tools').toHaveLength(1);
    const children = tools[0]!.children.filter((child): child is Element => child.type === 'element');
    expect(children.map((child) => `${child.tagName}.${String(child.properties['className'] ?? '')}`)).toEqual(['button.search-open', 'button.theme-toggle']);
  });
});
