import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The guide's MDX pages. */
export const guideDir = fileURLToPath(new URL('../../content/guide/', import.meta.url));

/**
 * The words a reader reads on a guide page: the MDX source without its frontmatter and without its
 * tags (a component's name and attributes are no reading), split on white space. Markdown link
 * targets still count, as they do in the project's shell measure of the budget.
 */
export function proseWords(mdx: string): number {
  const body = mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const text = body.replace(/<[^>]*>/g, ' ');
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

export interface PageWords {
  file: string;
  words: number;
}

/** Each guide page's word count, by file name, sorted. */
export function guideWordCounts(dir: string = guideDir): PageWords[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => ({ file, words: proseWords(readFileSync(join(dir, file), 'utf8')) }));
}
