import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { elementLabel, elementKinds } from '../../src/schemas/model.ts';
import { countWords, readableText, readingMinutes } from '../../src/lib/guide/reading-time.ts';
import { diagramLinkName } from '../../src/lib/guide/diagram.ts';
import { base, distFiles, guidePageFiles, modelElements, readPage, requireDist, slugOfFile } from '../helpers/dist.ts';
import { allElements, allIds, attr, byTag, hasToken, textContent } from '../helpers/html.ts';
import { resolveLink } from '../helpers/link-check.ts';

beforeAll(() => requireDist());

const elements = modelElements();
const pagesWithAPart = [...new Set(elements.map((element) => element.page))];
const byClass = (node: Root | Element, name: string): Element[] => allElements(node).filter((el) => hasToken(el, 'class', name));
const home = () => {
  const diagrams = allElements(readPage('index.html')).filter((el) => hasToken(el, 'class', 'model-diagram'));
  expect(diagrams, 'one .model-diagram on the home page').toHaveLength(1);
  return diagrams[0]!;
};
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the model diagram on the home page', () => {
  it('links every element of the model, once, to its section, named by its label, what the box shows and its name', () => {
    const files = new Set(distFiles());
    const links = byTag(home(), 'a').filter((a) => (attr(a, 'href') ?? '').includes('#'));
    const report = links.map((a) => {
      const href = attr(a, 'href')!;
      const target = resolveLink(href, 'index.html', files, { base });
      const id = target.kind === 'internal' ? target.fragment : undefined;
      const element = elements.find((e) => e.id === id);
      const file = target.kind === 'internal' ? target.file : undefined;
      const section = file ? byTag(readPage(file), 'section').find((s) => attr(s, 'data-element') === id) : undefined;
      return {
        href,
        element: element?.id,
        sectionFound: section !== undefined,
        name: attr(a, 'aria-label'),
        expectedName: element ? diagramLinkName(elementLabel(element), element.short, element.name) : undefined,
      };
    });
    expect(report.map((r) => r.element).sort()).toEqual(elements.map((e) => e.id).sort());
    expect(report.filter((r) => !r.sectionFound || r.name !== r.expectedName)).toEqual([]);
    for (const { name, element } of report) {
      const found = elements.find((e) => e.id === element)!;
      expect(name, 'the accessible name holds the element’s label and name').toContain(elementLabel(found));
      expect(name).toContain(found.name);
    }
  });

  it('links each part to its page', () => {
    const titles = byClass(home(), 'model-part-title').map((title) => attr(byTag(title, 'a')[0]!, 'href'));
    expect(titles).toEqual(elementKinds.map((kind) => `${base}${elements.find((e) => e.kind === kind)!.page}/`));
  });

  it('gives screen readers its structure: four named parts, each a list of its elements', () => {
    const diagram = home();
    expect(attr(diagram, 'role')).toBe('group');
    expect(attr(diagram, 'aria-label')).toMatch(/model/i);
    const parts = byClass(diagram, 'model-part');
    expect(parts).toHaveLength(elementKinds.length);
    parts.forEach((part, index) => {
      const kind = elementKinds[index]!;
      const lists = allElements(part).filter((el) => el.tagName === 'ul' || attr(el, 'role') === 'list');
      expect(lists, `one list in the ${kind} part`).toHaveLength(1);
      const items = allElements(lists[0]!).filter((el) => el.tagName === 'li' || attr(el, 'role') === 'listitem');
      expect(items, `list items in the ${kind} part`).toHaveLength(elements.filter((e) => e.kind === kind).length);
      for (const item of items) expect(byTag(item, 'a'), 'one link per list item').toHaveLength(1);
      const svg = byTag(part, 'svg')[0];
      if (svg) expect(attr(svg, 'aria-label') ?? '', `the ${kind} part's drawing has a name`).not.toBe('');
      // What is only drawing (lines, the group's circle) is hidden from screen readers.
      for (const g of byTag(part, 'g').filter((el) => attr(el, 'role') === undefined)) expect(attr(g, 'aria-hidden')).toBe('true');
    });
  });

  it('carries no id (each element id belongs to its section) and no script', () => {
    const diagram = home();
    expect(allIds({ type: 'root', children: [diagram] })).toEqual([]);
    expect(byTag(diagram, 'script')).toEqual([]);
    expect(allElements(diagram).filter((el) => Object.keys(el.properties ?? {}).some((key) => /^on/i.test(key)))).toEqual([]);
  });

  it('draws each element with its short label from the model data', () => {
    const text = squash(textContent(home()));
    for (const element of elements) expect(text).toContain(elementLabel(element));
    // An SVG box may wrap a short label over lines: compare the words, in order.
    const words = text.replace(/\s/g, '');
    for (const element of elements) expect(words).toContain(element.short.replace(/\s/g, ''));
  });
});

describe('the home page beside the diagram', () => {
  it('shows every element’s summary, linked to its section, grouped by part', () => {
    const lists = byClass(readPage('index.html'), 'element-summaries');
    expect(lists).toHaveLength(elementKinds.length);
    lists.forEach((list, index) => {
      const kind = elementKinds[index]!;
      const expected = elements.filter((e) => e.kind === kind);
      const items = byTag(list, 'li');
      expect(items.map((li) => attr(byTag(li, 'a')[0]!, 'href'))).toEqual(expected.map((e) => `${base}${e.page}/#${e.id}`));
      expect(items.map((li) => squash(textContent(byClass(li, 'element-summary')[0]!)))).toEqual(expected.map((e) => squash(e.summary)));
    });
  });

  it('offers the three things a reader can do: read, assess, send a link', () => {
    const hrefs = byTag(readPage('index.html'), 'main').flatMap((main) => byTag(main, 'a')).map((a) => attr(a, 'href'));
    expect(hrefs).toContain(`${base}path/`);
    expect(hrefs).toContain(`${base}assess/`);
    expect(hrefs.some((href) => href?.startsWith(`${base}to/`))).toBe(true);
    expect(hrefs).toContain(`${base}about/`);
  });

  it('keeps its own text short (at most 600 words of MDX)', () => {
    const source = readFileSync(fileURLToPath(new URL('../../content/guide/index.mdx', import.meta.url)), 'utf8');
    expect(countWords(readableText(source))).toBeLessThanOrEqual(600);
  });
});

describe('the model map at the top of a guide page', () => {
  it.each(guidePageFiles())('%s shows the four parts, marking its own, if it holds one', (file) => {
    const slug = slugOfFile(file);
    const maps = byClass(readPage(file), 'model-map');
    if (!pagesWithAPart.includes(slug)) {
      expect(maps, `no map on ${file}: it holds no part of the model`).toEqual([]);
      return;
    }
    expect(maps).toHaveLength(1);
    const links = byTag(maps[0]!, 'a');
    expect(links.map((a) => attr(a, 'href'))).toEqual(elementKinds.map((kind) => `${base}${elements.find((e) => e.kind === kind)!.page}/`));
    const current = links.filter((a) => attr(a, 'aria-current') === 'page');
    expect(current.map((a) => attr(a, 'href'))).toEqual([`${base}${slug}/`]);
    expect(attr(maps[0]!, 'aria-label')).toBeTruthy();
    expect(allIds({ type: 'root', children: [maps[0]!] })).toEqual([]);
  });
});

describe('reading time', () => {
  /** The words of a built page's text: the article, without the copy-link controls, the map and the reading time. */
  const articleWords = (file: string): number => {
    const article = byTag(readPage(file), 'article')[0]!;
    const skip = (el: Element) => ['heading-link', 'model-map', 'reading-time'].some((name) => hasToken(el, 'class', name));
    const text = (node: Element): string =>
      node.children.map((child) => (child.type === 'text' ? ` ${child.value} ` : child.type === 'element' && !skip(child) ? text(child) : ' ')).join('');
    return countWords(text(article));
  };

  it.each(guidePageFiles().filter((file) => file !== 'index.html'))('%s shows its reading time, as its text would take', (file) => {
    const shown = byClass(readPage(file), 'reading-time');
    expect(shown, `.reading-time on ${file}`).toHaveLength(1);
    const match = /^(\d+) minutes? to read$/.exec(squash(textContent(shown[0]!)));
    expect(match, `"${textContent(shown[0]!)}"`).not.toBeNull();
    const minutes = Number(match![1]);
    // Counted from the MDX source at build time; the built text differs a little (the texts of links
    // that take their words from the model data), so allow a minute either way.
    const fromPage = readingMinutes(articleWords(file));
    expect(Math.abs(minutes - fromPage), `shown ${minutes}, the built text takes ${fromPage}`).toBeLessThanOrEqual(1);
  });
});
