import type { Element, Root, RootContent } from 'hast';
import { distFiles } from './dist.ts';
import { attr, byTag, metaContent } from './html.ts';

/** Attributes whose text a reader meets: shown as a tooltip, read aloud, or shown in a field. */
const readAttributes = ['alt', 'title', 'aria-label', 'placeholder', 'aria-description'];
const unread = new Set(['script', 'style']);

/** What a reader of a built page sees or hears: text outside scripts and styles, and the attributes above. */
export function readerText(tree: Root): string {
  const parts: string[] = [];
  const walk = (node: Root | RootContent): void => {
    if (node.type === 'text') parts.push(node.value);
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (unread.has(node.tagName)) return;
      for (const name of readAttributes) {
        const value = attr(node as Element, name);
        if (value) parts.push(value);
      }
      // A <template>'s content (the search dialog) is shown later: it counts too.
      const content = (node as Element & { content?: Root }).content;
      if (content) walk(content);
    }
    node.children.forEach(walk);
  };
  walk(tree);
  // What a link preview shows of the page.
  for (const key of [{ name: 'description' }, { property: 'og:title' }, { property: 'og:description' }, { property: 'og:image:alt' }]) {
    parts.push(metaContent(tree, key) ?? '');
  }
  parts.push(...byTag(tree, 'title').map((title) => title.children.map((child) => (child.type === 'text' ? child.value : '')).join('')));
  return parts.join(' ');
}

/** The string literals in a built script: where the islands keep what they show once they run. */
export function stringLiterals(js: string): string {
  return [...js.matchAll(/(["'`])((?:\\.|(?!\1)[^\\])*)\1/g)].map((match) => match[2]).join(' ');
}

export const islandScripts = (): string[] => distFiles().filter((file) => file.startsWith('_astro/') && file.endsWith('.js'));
