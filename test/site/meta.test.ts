import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { base, distDir, distFiles, guidePageFiles, htmlPages, readDist, readPage, requireDist } from '../helpers/dist.ts';
import { attr, byTag, linkHref, metaContent, textContent } from '../helpers/html.ts';
import { fileForPath, urlPathForFile } from '../helpers/link-check.ts';

beforeAll(() => requireDist());

/** The origin every absolute URL should use: SITE when the test run sets it, else the home page's. */
function siteOrigin(): string {
  if (process.env['SITE']) return new URL(process.env['SITE']).origin;
  const canonical = linkHref(readPage('index.html'), 'canonical');
  if (!canonical) throw new Error('index.html has no canonical link');
  return new URL(canonical).origin;
}

const absolute = (url: string | undefined): URL | undefined => {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
  } catch {
    return undefined;
  }
};

describe.each(htmlPages())('%s', (file) => {
  it('has a language, a viewport, one title and a description', () => {
    const tree = readPage(file);
    expect(attr(byTag(tree, 'html')[0]!, 'lang')).toBe('en');
    expect(metaContent(tree, { name: 'viewport' })).toContain('width=device-width');
    const titles = byTag(tree, 'title').map((t) => textContent(t).trim());
    expect(titles).toHaveLength(1);
    expect(titles[0]!.length).toBeGreaterThan(3);
    expect(metaContent(tree, { name: 'description' })?.trim().length ?? 0).toBeGreaterThan(20);
  });

  it('has an absolute canonical URL on the site origin that is this very page', () => {
    const canonical = absolute(linkHref(readPage(file), 'canonical'));
    expect(canonical, 'an absolute http(s) canonical link').toBeDefined();
    expect(canonical!.origin).toBe(siteOrigin());
    const served = fileForPath(decodeURIComponent(canonical!.pathname), new Set(distFiles()), base);
    expect(served, `the page served at ${canonical!.pathname}, expected ${urlPathForFile(file, base)}`).toBe(file);
  });

  it('has Open Graph title, description and absolute url (the canonical)', () => {
    const tree = readPage(file);
    expect(metaContent(tree, { property: 'og:title' })?.trim()).toBeTruthy();
    expect(metaContent(tree, { property: 'og:description' })?.trim()).toBeTruthy();
    expect(metaContent(tree, { property: 'og:description' })).toBe(metaContent(tree, { name: 'description' }));
    const ogUrl = metaContent(tree, { property: 'og:url' });
    expect(absolute(ogUrl), 'an absolute og:url').toBeDefined();
    expect(ogUrl).toBe(linkHref(tree, 'canonical'));
    const image = metaContent(tree, { property: 'og:image' });
    if (image !== undefined) expect(absolute(image), 'og:image must be absolute').toBeDefined();
  });

  it('has a favicon that exists', () => {
    const icon = byTag(readPage(file), 'link').find((link) => (attr(link, 'rel') ?? '').split(' ').includes('icon'));
    expect(icon, '<link rel="icon">').toBeDefined();
    const href = attr(icon!, 'href')!;
    const inline = /^data:image\/svg\+xml,(.*)$/s.exec(href);
    if (inline) {
      expect(decodeURIComponent(inline[1]!)).toMatch(/^<svg[\s>][\s\S]*<\/svg>$/);
      return;
    }
    const path = new URL(href, `http://x${urlPathForFile(file, base)}`).pathname;
    const served = fileForPath(path, new Set(distFiles()), base);
    expect(served, `a file at ${path}`).toBeDefined();
    if (served!.endsWith('.svg')) expect(readDist(served!)).toMatch(/<svg[\s>]/);
  });
});

describe('the guide pages have titles of their own', () => {
  it('no two pages share a title or a description', () => {
    const pages = htmlPages();
    const titles = pages.map((file) => textContent(byTag(readPage(file), 'title')[0]!));
    const descriptions = guidePageFiles().map((file) => metaContent(readPage(file), { name: 'description' }));
    expect(new Set(titles).size, titles.join('\n')).toBe(titles.length);
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });
});

describe('the sitemap', () => {
  const locs = (xml: string) => [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((match) => match[1]!);
  const sitemapUrls = () => {
    const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
    return locs(index).flatMap((url) => {
      const file = fileForPath(new URL(url).pathname, new Set(distFiles()), base);
      if (file === undefined) throw new Error(`sitemap-index.xml lists ${url}, which is not in dist/`);
      return locs(readDist(file));
    });
  };

  it('exists, and every page links to it', () => {
    expect(distFiles()).toContain('sitemap-index.xml');
    for (const file of htmlPages()) {
      const href = linkHref(readPage(file), 'sitemap');
      expect(href, `${file}: <link rel="sitemap">`).toBeDefined();
      expect(new URL(href!, 'http://x').pathname).toBe(`${base}sitemap-index.xml`);
    }
  });

  it('lists every guide page by its canonical URL', () => {
    const listed = new Set(sitemapUrls());
    const missing = guidePageFiles()
      .map((file) => linkHref(readPage(file), 'canonical')!)
      .filter((url) => !listed.has(url));
    expect(missing).toEqual([]);
  });

  it('lists only pages that exist, on the site origin, and not the 404 page', () => {
    const files = new Set(distFiles());
    for (const url of sitemapUrls()) {
      expect(new URL(url).origin).toBe(siteOrigin());
      const file = fileForPath(new URL(url).pathname, files, base);
      expect(file, url).toBeDefined();
      expect(file).not.toBe('404.html');
    }
  });
});

describe('the 404 page', () => {
  it('exists and helps: a heading and links into the guide', () => {
    const tree = readPage('404.html');
    expect(byTag(tree, 'h1').map((h) => textContent(h).trim()).join('')).not.toBe('');
    const main = byTag(tree, 'main')[0];
    expect(main).toBeDefined();
    const hrefs = byTag(main!, 'a').map((a) => attr(a, 'href'));
    expect(hrefs).toContain(base);
    expect(hrefs.length).toBeGreaterThanOrEqual(3);
  });
  it('names its own address, 404.html at the root of the base path, as canonical and og:url', () => {
    // base is normalised to end in "/", so this holds whether BASE was given with a trailing slash or not.
    const expected = new URL(`${base}404.html`, siteOrigin()).href;
    const tree = readPage('404.html');
    expect(linkHref(tree, 'canonical')).toBe(expected);
    expect(metaContent(tree, { property: 'og:url' })).toBe(expected);
  });
});
