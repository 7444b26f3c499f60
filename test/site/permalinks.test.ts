import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { elementHref, permalinkHref } from '../../src/lib/site/paths.ts';
import { elementLabel } from '../../src/schemas/model.ts';
import { elementScope, standaloneSummary } from '../../src/lib/guide/element-scope.ts';
import { base, distDir, distFiles, htmlPages, modelElements, readPage, requireDist } from '../helpers/dist.ts';
import { attr, byTag, linkHref, metaContent, refreshTarget, textContent } from '../helpers/html.ts';
import { resolveLink, urlPathForFile } from '../helpers/link-check.ts';

beforeAll(() => requireDist());

const elements = modelElements();

describe.each(elements.map((element) => [element.id, element] as const))('/to/%s/', (id, element) => {
  const file = `to/${id}/index.html`;
  const label = `${elementLabel(element)}: ${element.name}`;
  const page = () => {
    expect(existsSync(join(distDir, file)), `dist/${file}`).toBe(true);
    return readPage(file);
  };

  it('is built at the short permanent URL', () => {
    expect(urlPathForFile(file, base)).toBe(permalinkHref(base, id));
    expect(existsSync(join(distDir, file)), `dist/${file}`).toBe(true);
  });

  it('sends the reader at once to the section, on a page that has it', () => {
    const refresh = metaContent(page(), { httpEquiv: 'refresh' });
    expect(refresh, '<meta http-equiv="refresh">').toBeDefined();
    expect(refresh).toMatch(/^\s*0\s*;/);
    const url = refreshTarget(refresh!);
    expect(url).toBe(elementHref(base, element));
    const target = resolveLink(url!, file, new Set(distFiles()), { base });
    expect(target.kind).toBe('internal');
    if (target.kind !== 'internal') return;
    expect(target.file, `a page at ${target.path}`).toBeDefined();
    expect(target.fragment).toBe(id);
    const section = byTag(readPage(target.file!), 'section').find((s) => attr(s, 'data-element') === id);
    expect(section, `<section data-element="${id}"> on ${target.file}`).toBeDefined();
    expect(byTag(section!, 'h2', 'h3').some((h) => attr(h, 'id') === id)).toBe(true);
  });

  it('also offers a plain link there, for when the refresh does not happen', () => {
    const links = byTag(page(), 'a').filter((a) => attr(a, 'href') === elementHref(base, element));
    expect(links.length).toBeGreaterThan(0);
    expect(textContent(links[0]!)).toContain(element.name);
  });

  it('previews as the element: title, description, og:*, canonical', () => {
    const tree = page();
    const title = textContent(byTag(tree, 'title')[0] ?? { type: 'root', children: [] });
    expect(title).toContain(label);
    expect(metaContent(tree, { property: 'og:title' })).toContain(label);
    expect(metaContent(tree, { name: 'description' })).toBe(standaloneSummary(element));
    expect(metaContent(tree, { property: 'og:description' })).toBe(standaloneSummary(element));
    const canonical = linkHref(tree, 'canonical');
    expect(canonical).toBeDefined();
    expect(new URL(canonical!).pathname).toBe(permalinkHref(base, id));
    expect(metaContent(tree, { property: 'og:url' })).toBe(canonical);
  });

  it('keeps the essay\'s scope in what it shows and what a link preview shows', () => {
    const tree = page();
    const shown = textContent(byTag(tree, 'main')[0]!).replace(/\s+/g, ' ');
    const described = metaContent(tree, { name: 'description' }) ?? '';
    for (const text of [shown, described]) {
      expect(text).toContain(elementScope[element.kind]);
      if (element.kind === 'step') expect(text).toMatch(/17 groups the author has studied so far/);
      if (element.kind === 'trait') expect(text).toMatch(/groups the author has studied and been part of/);
    }
  });

  it('shows the element, not some other one', () => {
    const main = byTag(page(), 'main')[0];
    expect(main).toBeDefined();
    const others = elements.filter((other) => other.id !== id && textContent(main!).includes(`${elementLabel(other)}:`));
    expect(others.map((other) => other.id)).toEqual([]);
    expect(byTag(main!, 'h1').map((h) => textContent(h))).toEqual([label]);
  });
});

describe('the /to/ directory', () => {
  it('has a page for every element and nothing else', () => {
    const permalinks = htmlPages()
      .filter((file) => file.startsWith('to/'))
      .map((file) => file.replace(/^to\/|\/index\.html$/g, ''))
      .sort();
    expect(permalinks).toEqual(elements.map((element) => element.id).sort());
  });
});
