import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'hast';
import { loadModel } from '../../src/plugins/load-model.ts';
import type { ModelElement } from '../../src/schemas/model.ts';
import { parseHtml } from './html.ts';
import { normaliseBase, pageLinks, type PageLinks, type SiteSnapshot } from './link-check.ts';

/** The built site that the site and browser tests read: dist/, or DIST_DIR when set (for example a second build). */
export const distDir = process.env['DIST_DIR'] ? resolve(process.env['DIST_DIR']) : fileURLToPath(new URL('../../dist/', import.meta.url));

/** The base path the site was built for: the same BASE variable the build reads. */
export const base = normaliseBase(process.env['BASE'] ?? '/');

/** Fails with an instruction when there is no built site to test. */
export function requireDist(): void {
  if (!existsSync(distDir) || !existsSync(join(distDir, 'index.html'))) {
    throw new Error(`There is no built site in ${distDir} (or it has no index.html): run npm run build first.`);
  }
}

/** Every file of the built site as a relative path with "/" separators, sorted. */
export function distFiles(): string[] {
  requireDist();
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Every HTML page of the built site, sorted. */
export function htmlPages(): string[] {
  return distFiles().filter((file) => file.endsWith('.html'));
}

/** Permalink pages live under to/: they redirect and have no sections of their own. */
export const isPermalinkPage = (file: string): boolean => file.startsWith('to/');

export function readDist(file: string): string {
  return readFileSync(join(distDir, file), 'utf8');
}

const parsed = new Map<string, Root>();

/** A built page parsed by a real HTML parser (cached for the test file's run). */
export function readPage(file: string): Root {
  let tree = parsed.get(file);
  if (!tree) {
    tree = parseHtml(readDist(file));
    parsed.set(file, tree);
  }
  return tree;
}

/** What the link checker needs to know about the built site. */
export function readSite(): SiteSnapshot {
  const files = distFiles();
  const pages = new Map<string, PageLinks>(files.filter((file) => file.endsWith('.html')).map((file) => [file, pageLinks(readPage(file))]));
  return { files: new Set(files), pages };
}

const contentGuideDir = fileURLToPath(new URL('../../content/guide/', import.meta.url));

/** The built file of each guide page in content/guide/: `index.mdx` → `index.html`, `path.mdx` → `path/index.html`. */
export function guidePageFiles(): string[] {
  return readdirSync(contentGuideDir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => (name === 'index.mdx' ? 'index.html' : `${name.replace(/\.mdx$/, '')}/index.html`))
    .sort();
}

/** The slug of a guide page's built file: `index.html` → `index`, `path/index.html` → `path`. */
export const slugOfFile = (file: string): string => (file === 'index.html' ? 'index' : file.replace(/\/index\.html$/, ''));

/** The model's elements, validated as the build validates them. */
export function modelElements(): ModelElement[] {
  return loadModel(fileURLToPath(new URL('../../content/model/elements.json', import.meta.url)));
}
