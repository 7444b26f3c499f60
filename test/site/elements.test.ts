import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { elementLabel } from '../../src/schemas/model.ts';
import { distDir, guidePageFiles, htmlPages, isPermalinkPage, modelElements, readPage, requireDist, slugOfFile } from '../helpers/dist.ts';
import { allElements, allIds, attr, byTag, hasToken, textContent } from '../helpers/html.ts';

// Fails the whole file with an instruction when the site has not been built.
beforeAll(() => requireDist());

const elements = modelElements();
/** The whole guide on one page (issue 19): it holds every element's section a second time, on purpose. */
const bookletFile = 'booklet/index.html';
/** The pages that can carry sections: everything but the /to/ redirects and the booklet. */
const pagesWithSections = () => htmlPages().filter((file) => !isPermalinkPage(file) && file !== bookletFile);

describe('the guide pages', () => {
  it.each(guidePageFiles())('%s is built from content/guide/', (file) => {
    expect(existsSync(join(distDir, file)), `dist/${file}`).toBe(true);
  });

  it('every page an element names exists as a guide page', () => {
    const slugs = new Set(guidePageFiles().map(slugOfFile));
    const missing = elements.filter((element) => !slugs.has(element.page)).map((element) => `${element.id} → ${element.page}`);
    expect(missing, 'elements whose page has no content/guide/<page>.mdx').toEqual([]);
  });
});

describe.each(elements.map((element) => [element.id, element] as const))('%s', (id, element) => {
  it('is an id exactly once across the site, the booklet apart', () => {
    const where = pagesWithSections().flatMap((file) => allIds(readPage(file)).filter((found) => found === id).map(() => file));
    expect(where, `pages with id="${id}"`).toHaveLength(1);
  });

  it('is an id exactly once in the booklet, on its section, with its short address', () => {
    const tree = readPage(bookletFile);
    expect(allIds(tree).filter((found) => found === id), `id="${id}" on ${bookletFile}`).toHaveLength(1);
    const sections = byTag(tree, 'section').filter((section) => attr(section, 'data-element') === id);
    expect(sections).toHaveLength(1);
    const addresses = byTag(sections[0]!, 'a').filter((a) => (attr(a, 'href') ?? '').endsWith(`/to/${id}/`));
    expect(addresses.map((a) => textContent(a)), 'the short address, shown and linked').toEqual([attr(addresses[0]!, 'href')]);
    expect(attr(addresses[0]!, 'href')).toMatch(/^https?:\/\//);
  });

  it(`is a section of its own on the page "${element.page}", headed by its label and name`, () => {
    const file = element.page === 'index' ? 'index.html' : `${element.page}/index.html`;
    const tree = readPage(file);
    const sections = byTag(tree, 'section').filter((section) => attr(section, 'data-element') === id);
    expect(sections, `<section data-element="${id}"> on ${file}`).toHaveLength(1);
    const section = sections[0]!;
    expect(attr(section, 'aria-labelledby')).toBe(id);
    const heading = byTag(section, 'h2', 'h3').find((h) => attr(h, 'id') === id);
    expect(heading, `a heading with id="${id}" inside its section`).toBeDefined();
    expect(textContent(heading!).replace(/\s+/g, ' ').trim()).toBe(`${elementLabel(element)}: ${element.name}`);
  });

  it('has more in its section than a heading: an explanation', () => {
    const file = element.page === 'index' ? 'index.html' : `${element.page}/index.html`;
    const section = byTag(readPage(file), 'section').find((s) => attr(s, 'data-element') === id);
    expect(section, `<section data-element="${id}">`).toBeDefined();
    const paragraphs = byTag(section!, 'p').filter((p) => !hasToken(p, 'class', 'aside-title'));
    expect(paragraphs.length, `paragraphs in the section of ${id}`).toBeGreaterThan(0);
  });
});

describe('ids and headings on every page', () => {
  it.each(htmlPages())('%s has no id twice', (file) => {
    const ids = allIds(readPage(file));
    const repeated = [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
    expect(repeated).toEqual([]);
  });

  it.each(guidePageFiles())('%s gives every heading of its text an id and a copy link to it', (file) => {
    const tree = readPage(file);
    const article = byTag(tree, 'main').flatMap((main) => byTag(main, 'article'))[0];
    expect(article, `<main> <article> on ${file}`).toBeDefined();
    const headings = byTag(article!, 'h2', 'h3');
    const links = allElements(article!).filter((a) => a.tagName === 'a' && hasToken(a, 'class', 'heading-link'));
    const linked = new Set(links.filter((a) => attr(a, 'data-copy-link') !== undefined).map((a) => attr(a, 'href')));
    const problems = headings
      .map((heading) => ({ text: textContent(heading).trim(), id: attr(heading, 'id') }))
      .filter(({ id }) => id === undefined || !linked.has(`#${id}`))
      .map(({ text, id }) => `"${text}" (id ${id ?? 'missing'})`);
    expect(problems, 'headings without a copy link').toEqual([]);
  });
});
