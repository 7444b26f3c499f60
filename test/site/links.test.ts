import { beforeAll, describe, expect, it } from 'vitest';
import { base, readPage, readSite, requireDist } from '../helpers/dist.ts';
import { linkHref } from '../helpers/html.ts';
import { checkLinks, formatProblems, resolveLink, type SiteSnapshot } from '../helpers/link-check.ts';

let site: SiteSnapshot;
let origin: string;

beforeAll(() => {
  requireDist();
  site = readSite();
  const canonical = linkHref(readPage('index.html'), 'canonical');
  if (canonical === undefined) throw new Error('index.html has no canonical link to learn the site origin from');
  origin = new URL(canonical).origin;
});

describe('links in dist/', () => {
  it('finds pages and links to check', () => {
    expect(site.pages.size).toBeGreaterThan(5);
    const count = [...site.pages.values()].reduce((sum, page) => sum + page.links.length, 0);
    expect(count).toBeGreaterThan(site.pages.size * 5);
  });

  it('every internal link, anchor, asset, canonical and og:url resolves', () => {
    const problems = checkLinks(site, { base, site: origin });
    expect(problems, `broken links:\n${formatProblems(problems)}`).toEqual([]);
  });

  it('no page loads a stylesheet, script, font or image from another origin', () => {
    const foreign: string[] = [];
    for (const [page, { links }] of site.pages) {
      for (const { url, source } of links) {
        if (source.startsWith('<a>') || source.startsWith('<area>') || source.includes('rel=canonical') || source.startsWith('<meta')) continue;
        const target = resolveLink(url, page, site.files, { base, site: origin });
        if (target.kind === 'external') foreign.push(`${page}: ${source} ${url}`);
      }
    }
    expect(foreign).toEqual([]);
  });
});
