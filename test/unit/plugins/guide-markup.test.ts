import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Element, Root } from 'hast';
import { evaluate, markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { elementHref } from '../../../src/lib/site/paths.ts';
import { guideMarkup, headingWithLink } from '../../../src/plugins/guide-markup.ts';
import { loadModel } from '../../../src/plugins/load-model.ts';
import { elementLabel, type ModelElement } from '../../../src/schemas/model.ts';
import { allElements, attr, byTag, hasToken, parseHtml, textContent } from '../../helpers/html.ts';

const elements = loadModel(fileURLToPath(new URL('../../../content/model/elements.json', import.meta.url)));
const element = (id: string): ModelElement => {
  const found = elements.find((e) => e.id === id);
  if (!found) throw new Error(`no element ${id} in the model`);
  return found;
};

const guideFile = (page: string) => pathToFileURL(`/site/content/guide/${page}.mdx`);

/** A JSX runtime that renders straight to an HTML string: enough to see what an MDX page becomes. */
const Fragment = Symbol('Fragment');
interface VNode {
  type: unknown;
  props: Record<string, unknown>;
}
const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function render(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return escapeHtml(String(node));
  if (Array.isArray(node)) return node.map(render).join('');
  const { type, props } = node as VNode;
  if (type === Fragment) return render(props['children']);
  if (typeof type === 'function') return render((type as (props: object) => unknown)(props));
  if (typeof type !== 'string') throw new Error(`cannot render a node of type ${String(type)}`);
  const attributes = Object.entries(props)
    .filter(([name]) => name !== 'children')
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('');
  return `<${type}${attributes}>${render(props['children'])}</${type}>`;
}
const jsx = (type: unknown, props: unknown): VNode => ({ type, props: props as Record<string, unknown> });

const testSite = 'https://guide.example.org';

/** Compiles an MDX guide page with the plugin, as the build does, and parses the HTML it renders. */
function compileMdx(source: string, page: string, base = '/'): Root {
  const exports = evaluate(source, {
    Fragment,
    jsx,
    jsxs: jsx,
    elementAttributeNameCase: 'html',
    hastPlugins: [guideMarkup({ elements, base, site: testSite })],
    fileURL: guideFile(page),
  });
  if (exports instanceof Promise) throw new Error('the plugin is expected to run synchronously');
  return parseHtml(render({ type: exports['default'], props: {} }), { fragment: true });
}

/** Plain Markdown through the plugin (headings only: no JSX there). */
function compileMarkdown(source: string, page = 'path'): Root {
  const result = markdownToHtml(source, { hastPlugins: [guideMarkup({ elements, base: '/', site: testSite })], fileURL: guideFile(page) });
  if (result instanceof Promise) throw new Error('the plugin is expected to run synchronously');
  return parseHtml(result.html, { fragment: true });
}

const headingLinks = (tree: Root | Element) => allElements(tree).filter((e) => e.tagName === 'a' && hasToken(e, 'class', 'heading-link'));
const sectionFor = (tree: Root, id: string): Element | undefined =>
  byTag(tree, 'section').find((section) => attr(section, 'data-element') === id);

describe('<Element id>', () => {
  it.each(elements.map((e) => [e.id, e.page] as const))('%s on its page "%s" becomes a labelled section with a linked heading', (id, page) => {
    const tree = compileMdx(`<Element id="${id}">\nWhat it means.\n</Element>\n`, page);
    const section = sectionFor(tree, id);
    expect(section, 'a <section data-element> for the id').toBeDefined();
    expect(attr(section!, 'aria-labelledby')).toBe(id);
    expect(hasToken(section!, 'class', 'element')).toBe(true);
    expect(hasToken(section!, 'class', `element-${element(id).kind}`)).toBe(true);

    const [heading, ...others] = byTag(section!, 'h2');
    expect(others).toHaveLength(0);
    expect(attr(heading!, 'id')).toBe(id);
    expect(textContent(heading!).replace(/\s+/g, ' ').trim()).toBe(`${elementLabel(element(id))}: ${element(id).name}`);

    const [link, ...moreLinks] = headingLinks(section!);
    expect(moreLinks).toHaveLength(0);
    expect(attr(link!, 'href')).toBe(`#${id}`);
    expect(hasAttr(link!, 'data-copy-link')).toBe(true);
    // The element's "#" copies its permanent address, absolute on the site's origin (issue 20, item 22).
    expect(attr(link!, 'data-copy-url')).toBe(`${testSite}/to/${id}/`);
    expect(textContent(link!)).toContain(`Copy permanent link: ${elementLabel(element(id))}: ${element(id).name}`);

    expect(byTag(section!, 'p').map((p) => textContent(p))).toContain('What it means.');
  });

  it('puts the id on the page exactly once', () => {
    const tree = compileMdx('<Element id="step-2">\nText.\n</Element>\n', 'path');
    expect(allElements(tree).filter((e) => attr(e, 'id') === 'step-2')).toHaveLength(1);
  });

  it('takes an h3 when asked for level 3', () => {
    const tree = compileMdx('<Element id="trait-1" level="3">\nText.\n</Element>\n', 'traits');
    const section = sectionFor(tree, 'trait-1');
    expect(byTag(section!, 'h2')).toHaveLength(0);
    expect(byTag(section!, 'h3').map((h) => attr(h, 'id'))).toEqual(['trait-1']);
  });

  it('keeps headings inside a section linkable, each with one copy link', () => {
    const tree = compileMdx('<Element id="option-1">\n### In practice\n\nText.\n</Element>\n', 'options');
    const inner = byTag(tree, 'h3');
    expect(inner.map((h) => attr(h, 'id'))).toEqual(['in-practice']);
    expect(headingLinks(tree).map((a) => attr(a, 'href'))).toEqual(['#option-1', '#in-practice']);
  });

  it('fails on an unknown id, naming the file and the id', () => {
    expect(() => compileMdx('<Element id="step-9">\nText.\n</Element>\n', 'path')).toThrow(/\/site\/content\/guide\/path\.mdx: <Element id="step-9"> names no element of the model/);
  });

  it('fails on a missing id, naming the file', () => {
    expect(() => compileMdx('<Element>\nText.\n</Element>\n', 'path')).toThrow(/path\.mdx: <Element id=""> names no element/);
  });

  it('fails on an element placed on the wrong page, naming the file, the id and the right page', () => {
    expect(() => compileMdx('<Element id="trait-2">\nText.\n</Element>\n', 'path')).toThrow(
      /\/site\/content\/guide\/path\.mdx: <Element id="trait-2"> belongs on the page "traits"/,
    );
  });
});

describe('<ElementLink id>', () => {
  it('links to the section on its page, named from the model', () => {
    const tree = compileMdx('See <ElementLink id="trait-2" />.\n', 'index');
    const [link] = byTag(tree, 'a');
    expect(attr(link!, 'href')).toBe(elementHref('/', element('trait-2')));
    expect(attr(link!, 'href')).toBe(`/${element('trait-2').page}/#trait-2`);
    expect(textContent(link!)).toBe(`Trait 2: ${element('trait-2').name}`);
  });

  it('keeps the words the author gave it', () => {
    const tree = compileMdx('Read <ElementLink id="option-3">the third option</ElementLink> next.\n', 'index');
    const [link] = byTag(tree, 'a');
    expect(textContent(link!)).toBe('the third option');
    expect(attr(link!, 'href')).toBe(`/${element('option-3').page}/#option-3`);
  });

  it('works alone on a line, where MDX reads it as a block', () => {
    const tree = compileMdx('Before.\n\n<ElementLink id="response-2" />\n\nAfter.\n', 'index');
    const links = byTag(tree, 'a');
    expect(links.map((a) => attr(a, 'href'))).toEqual([`/${element('response-2').page}/#response-2`]);
    expect(textContent(links[0]!)).toBe(`Response 2: ${element('response-2').name}`);
  });

  it('links under the base path', () => {
    const tree = compileMdx('See <ElementLink id="step-4" />.\n', 'index', '/guide/');
    expect(attr(byTag(tree, 'a')[0]!, 'href')).toBe(`/guide/${element('step-4').page}/#step-4`);
  });

  it('fails on an unknown id, naming the file and the id', () => {
    expect(() => compileMdx('See <ElementLink id="trait-6" />.\n', 'traits')).toThrow(/\/site\/content\/guide\/traits\.mdx: <ElementLink id="trait-6"> names no element/);
  });
});

describe('links written by authors', () => {
  it('get the base path when written from the root', () => {
    const tree = compileMdx('See [the traits](/traits/) and [a trait](/traits/#trait-2), [here](#x) or [there](https://example.org/).\n', 'index', '/guide/');
    expect(byTag(tree, 'a').map((a) => attr(a, 'href'))).toEqual(['/guide/traits/', '/guide/traits/#trait-2', '#x', 'https://example.org/']);
  });

  it('stay as written under the root base', () => {
    const tree = compileMdx('See [the traits](/traits/).\n', 'index', '/');
    expect(byTag(tree, 'a').map((a) => attr(a, 'href'))).toEqual(['/traits/']);
  });

  it('keep element links and copy links right under a base path', () => {
    const tree = compileMdx('<Element id="trait-3">\nSee <ElementLink id="trait-1" />.\n</Element>\n', 'traits', '/guide/');
    const hrefs = byTag(tree, 'a').map((a) => attr(a, 'href'));
    expect(hrefs).toEqual(['#trait-3', '/guide/traits/#trait-1']);
  });
});

describe('heading links', () => {
  it('gives every h2 and h3 an id and one copy link to it', () => {
    const tree = compileMarkdown('## What the model says\n\nText.\n\n### Where it comes from\n\n#### Not this one\n');
    expect(byTag(tree, 'h2').map((h) => attr(h, 'id'))).toEqual(['what-the-model-says']);
    expect(byTag(tree, 'h3').map((h) => attr(h, 'id'))).toEqual(['where-it-comes-from']);
    expect(headingLinks(tree).map((a) => attr(a, 'href'))).toEqual(['#what-the-model-says', '#where-it-comes-from']);
    expect(attr(byTag(tree, 'h4')[0]!, 'id')).toBeUndefined();
  });

  it('keeps the copy link outside the heading text', () => {
    const tree = compileMarkdown('## Overview\n');
    const [heading] = byTag(tree, 'h2');
    expect(textContent(heading!)).toBe('Overview');
    expect(byTag(heading!, 'a')).toHaveLength(0);
  });

  it('gives repeated headings distinct ids', () => {
    const tree = compileMarkdown('## In practice\n\n## In practice\n\n## In practice\n');
    const ids = byTag(tree, 'h2').map((h) => attr(h, 'id'));
    expect(ids).toEqual(['in-practice', 'in-practice-1', 'in-practice-2']);
  });

  it('starts slugs afresh for each file', () => {
    const first = compileMarkdown('## Overview\n');
    const second = compileMarkdown('## Overview\n');
    expect(attr(byTag(first, 'h2')[0]!, 'id')).toBe('overview');
    expect(attr(byTag(second, 'h2')[0]!, 'id')).toBe('overview');
  });

  it('headingWithLink wraps a heading with a copy link naming it', () => {
    const wrap = headingWithLink({ type: 'element', tagName: 'h2', properties: { id: 'x' }, children: [] }, 'x', 'Label');
    expect(wrap.properties['className']).toEqual(['heading-wrap']);
    const link = wrap.children[1] as Element;
    expect(link.properties['href']).toBe('#x');
    expect(textContent(link)).toContain('Copy link to section: Label');
  });
});

function hasAttr(e: Element, name: string): boolean {
  return attr(e, name) !== undefined;
}
