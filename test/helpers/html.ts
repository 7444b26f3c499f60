import type { Element, ElementContent, Root, RootContent } from 'hast';
import { htmlToHast } from 'satteri';

/**
 * A real HTML5 parser (Satteri's, already a dependency of the site) and a few queries over its hast
 * tree: enough for tests to read built pages the way a browser would, without regexes.
 */
export function parseHtml(html: string, options: { fragment?: boolean } = {}): Root {
  return htmlToHast(html, { fragment: options.fragment ?? false }) as Root;
}

type Node = Root | RootContent | ElementContent;

/** Every element in document order, the root's descendants only. */
export function allElements(node: Node): Element[] {
  const found: Element[] = [];
  const walk = (current: Node): void => {
    if (current.type === 'element') found.push(current);
    if ('children' in current) for (const child of current.children) walk(child);
    if (current.type === 'element' && current.tagName === 'template' && current.content) walk(current.content);
  };
  walk(node);
  return found;
}

/** Elements with one of the given tag names. */
export function byTag(node: Node, ...tags: string[]): Element[] {
  return allElements(node).filter((element) => tags.includes(element.tagName));
}

const normalise = (name: string): string => name.replace(/-/g, '').toLowerCase();
const renamed: Record<string, string> = { class: 'className', for: 'htmlFor' };

/** The attribute as it appears in HTML (`http-equiv`, `aria-labelledby`, `class`), or undefined. */
export function attr(element: Element, name: string): string | undefined {
  const wanted = renamed[name] ?? name;
  const key = Object.keys(element.properties ?? {}).find((candidate) => candidate === wanted || normalise(candidate) === normalise(wanted));
  if (key === undefined) return undefined;
  const value = element.properties[key];
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  if (Array.isArray(value)) return value.join(' ');
  return String(value);
}

/** Whether the element carries the attribute at all (boolean attributes included). */
export function hasAttr(element: Element, name: string): boolean {
  return attr(element, name) !== undefined;
}

/** Whether the space-separated attribute (class, rel) contains the token. */
export function hasToken(element: Element, name: string, token: string): boolean {
  return (attr(element, name) ?? '').split(/\s+/).includes(token);
}

/** The concatenated text inside a node, as `textContent` would give it. */
export function textContent(node: Node): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => textContent(child)).join('');
  return '';
}

/** `<meta name=…>` or `<meta property=…>` content. */
export function metaContent(tree: Root, key: { name: string } | { property: string } | { httpEquiv: string }): string | undefined {
  const [attribute, value] = 'name' in key ? ['name', key.name] : 'property' in key ? ['property', key.property] : ['http-equiv', key.httpEquiv];
  const meta = byTag(tree, 'meta').find((element) => attr(element, attribute)?.toLowerCase() === value.toLowerCase());
  return meta ? attr(meta, 'content') : undefined;
}

/** `<link rel=…>` href, the first one. */
export function linkHref(tree: Root, rel: string): string | undefined {
  const link = byTag(tree, 'link').find((element) => hasToken(element, 'rel', rel));
  return link ? attr(link, 'href') : undefined;
}

/** Every `id` attribute value in the document, with repetitions. */
export function allIds(tree: Root): string[] {
  return allElements(tree)
    .map((element) => attr(element, 'id'))
    .filter((id): id is string => id !== undefined);
}

/** The URL in a `<meta http-equiv="refresh" content="0; url=…">`, or undefined. */
export function refreshTarget(content: string): string | undefined {
  const match = /^\s*\d+(?:\.\d+)?\s*[;,]\s*url\s*=\s*(['"]?)(.*?)\1\s*$/i.exec(content);
  return match?.[2] === undefined || match[2] === '' ? undefined : match[2];
}
