import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ogCards, fixedPages } from '../../src/lib/og/pages.ts';
import { cardTree, treeText } from '../../src/lib/og/tree.ts';
import { siteName } from '../../src/lib/site/site.ts';
import { elementLabel } from '../../src/schemas/model.ts';
import { elementScope, standaloneSummary } from '../../src/lib/guide/element-scope.ts';
import { base, distDir, distFiles, htmlPages, modelElements, readPage, requireDist } from '../helpers/dist.ts';
import { linkHref, metaContent } from '../helpers/html.ts';
import { fileForPath } from '../helpers/link-check.ts';
import { pngSize } from '../helpers/png.ts';

beforeAll(() => requireDist());

const maxBytes = 100 * 1024;

/** The file in dist/ that a page's og:image URL is served from, or undefined. */
function imageFile(page: string): string | undefined {
  const url = metaContent(readPage(page), { property: 'og:image' });
  if (url === undefined) return undefined;
  return fileForPath(decodeURIComponent(new URL(url).pathname), new Set(distFiles()), base);
}

describe.each(htmlPages())('%s', (page) => {
  it('names a preview image of its own: absolute, on the site, with its size, type and alt text', () => {
    const tree = readPage(page);
    const url = metaContent(tree, { property: 'og:image' });
    expect(url, 'og:image').toBeDefined();
    const canonical = new URL(linkHref(tree, 'canonical')!);
    expect(new URL(url!).origin, 'og:image on the same origin as the canonical URL').toBe(canonical.origin);
    expect(new URL(url!).pathname.startsWith(`${base}og/`), `${url} under ${base}og/`).toBe(true);
    expect(metaContent(tree, { property: 'og:image:width' })).toBe('1200');
    expect(metaContent(tree, { property: 'og:image:height' })).toBe('630');
    expect(metaContent(tree, { property: 'og:image:type' })).toBe('image/png');
    expect(metaContent(tree, { property: 'og:image:alt' })?.trim().length ?? 0).toBeGreaterThan(10);
    expect(metaContent(tree, { name: 'twitter:card' })).toBe('summary_large_image');
  });

  it('whose file exists and is a PNG of 1200×630 within 100 KB', () => {
    const file = imageFile(page);
    expect(file, `the file of ${metaContent(readPage(page), { property: 'og:image' })}`).toBeDefined();
    const bytes = readFileSync(join(distDir, file!));
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    expect(bytes.byteLength, `${file} is ${bytes.byteLength} bytes`).toBeLessThanOrEqual(maxBytes);
  });
});

describe('the preview images', () => {
  it('are one per page: no two pages share one', () => {
    const images = htmlPages().map(imageFile);
    expect(new Set(images).size).toBe(images.length);
  });

  it('are all named by some page (none left over from an old build)', () => {
    const named = new Set(htmlPages().map(imageFile));
    const unnamed = distFiles().filter((file) => file.startsWith('og/') && !named.has(file));
    expect(unnamed).toEqual([]);
  });
});

describe('the permalink of each element', () => {
  const elements = modelElements();
  const cards = ogCards({ siteName, elements, guidePages: [], assessments: [] });

  it.each(elements.map((element) => [element.id, element] as const))('/to/%s/ names an image drawn from its element', (id, element) => {
    const file = imageFile(`to/${id}/index.html`);
    expect(file).toBe(`og/to/${id}.png`);
    // The image og/to/<id>.png is rendered from the card of key to/<id>: check what it was given to draw.
    const card = cards.get(`to/${id}`);
    expect(card?.type).toBe('text');
    if (card?.type !== 'text') return;
    expect(card.title.lines.join(' ')).toBe(element.name);
    const drawn = treeText(cardTree(card));
    expect(drawn[0]).toBe(elementLabel(element));
    expect(drawn.join(' ')).toContain(element.name);
    expect(drawn.join(' ')).toContain(standaloneSummary(element).split(/\s+/).join(' '));
    // The image travels without the site: it carries the essay's scope (for a step, the 17 groups studied so far).
    expect(drawn.join(' ')).toContain(elementScope[element.kind]);
    expect(drawn.at(-1)).toBe(siteName);
    expect(metaContent(readPage(`to/${id}/index.html`), { property: 'og:image:alt' })).toContain(element.name);
  });
});

describe('the pages whose title and description live in src/lib/site/fixed-pages.ts', () => {
  it.each(fixedPages.map((page) => [page.key, page] as const))('%s says what its page says', (key, fixed) => {
    const file = key === '404' ? '404.html' : `${key}/index.html`;
    const tree = readPage(file);
    expect(metaContent(tree, { property: 'og:title' })).toBe(fixed.title);
    expect(metaContent(tree, { name: 'description' })).toBe(fixed.description);
    expect(imageFile(file)).toBe(`og/${key}.png`);
  });
});
