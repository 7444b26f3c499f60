import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { base, guidePageFiles, modelElements, readDist, readPage, requireDist } from '../helpers/dist.ts';
import { allIds, attr, byTag, hasToken, textContent } from '../helpers/html.ts';
import { guideDir } from '../helpers/guide-words.ts';

/** Issue 19: the whole guide on one page, as built. */
beforeAll(() => requireDist());

const bookletFile = 'booklet/index.html';
const linkText = 'The whole guide on one page: print it or save it as PDF';
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the booklet', () => {
  it.each(guidePageFiles())('%s links to it', (file) => {
    const links = byTag(readPage(file), 'a').filter((a) => squash(textContent(a)) === linkText);
    expect(links.map((a) => attr(a, 'href'))).toEqual([`${base}booklet/`]);
  });

  it('is left out of the search index: it does not opt in with data-pagefind-body', () => {
    expect(readDist(bookletFile)).not.toMatch(/data-pagefind-body/);
  });

  it('holds every guide page but the home page, in reading order, each an article headed by its title', () => {
    const titles = byTag(readPage(bookletFile), 'article')
      .filter((article) => hasToken(article, 'class', 'booklet-part'))
      .map((article) => squash(textContent(byTag(article, 'h2')[0]!)));
    // The reading order as the frontmatter gives it (order, then the file name).
    const pages = readdirSync(guideDir)
      .filter((name) => name.endsWith('.mdx') && name !== 'index.mdx')
      .map((name) => {
        const source = readFileSync(join(guideDir, name), 'utf8');
        const field = (key: string) => new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(source)?.[1]?.trim().replace(/^(['"])(.*)\\1$/, '$2') ?? '';
        return { name, title: field('title'), order: Number(field('order')) };
      })
      .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
    expect(titles).toEqual(pages.map((page) => page.title));
  });

  it.each(modelElements().map((element) => [element.id, element] as const))('%s reads as on its guide page: the same MDX, rendered once more', (id, element) => {
    const sectionText = (file: string) => {
      const section = byTag(readPage(file), 'section').find((s) => attr(s, 'data-element') === id)!;
      const paragraphs = byTag(section, 'p').filter((p) => !hasToken(p, 'class', 'element-address'));
      return paragraphs.map((p) => squash(textContent(p)));
    };
    const own = sectionText(element.page === 'index' ? 'index.html' : `${element.page}/index.html`);
    expect(own.length).toBeGreaterThan(0);
    expect(sectionText(bookletFile)).toEqual(own);
  });

  it('keeps its links inside the booklet where it holds their target, and every one of those resolves', () => {
    const tree = readPage(bookletFile);
    const ids = new Set(allIds(tree));
    const inPage = byTag(tree, 'a').map((a) => attr(a, 'href') ?? '').filter((href) => href.startsWith('#') && href.length > 1);
    expect(inPage.length).toBeGreaterThan(modelElements().length);
    expect(inPage.filter((href) => !ids.has(href.slice(1)))).toEqual([]);
    // The guide's links to its own parts (for example "/traits/#trait-2") now lead within the booklet.
    const guidePaths = guidePageFiles()
      .filter((file) => file !== 'index.html')
      .map((file) => `${base}${file.replace(/index\.html$/, '')}`);
    const leaving = byTag(byTag(tree, 'main')[0]!, 'a')
      .map((a) => attr(a, 'href') ?? '')
      .filter((href) => guidePaths.some((path) => href === path || href.startsWith(`${path}#`)));
    expect(leaving).toEqual([]);
  });
});
