import type { Root } from 'hast';
import { allElements, allIds, attr, refreshTarget } from './html.ts';

/**
 * A link checker for a built static site, pure: it works on a snapshot (which files exist, and for
 * each HTML page its ids and the links it makes) so that it can be unit-tested on made-up sites and
 * reused for any base path (`/` or a sub-path such as `/guide/`).
 */

/** A URL that a page refers to, and where on the page it came from (for messages). */
export interface FoundLink {
  url: string;
  source: string;
}

export interface PageLinks {
  ids: ReadonlySet<string>;
  links: readonly FoundLink[];
}

export interface SiteSnapshot {
  /** Every file of the site, as a path relative to its root with "/" separators: `path/index.html`. */
  files: ReadonlySet<string>;
  /** Every HTML page of the site by the same relative path. */
  pages: ReadonlyMap<string, PageLinks>;
}

export interface LinkCheckOptions {
  /** The path the site is served under, "/" or "/sub/path/". */
  base: string;
  /** The site's public origin (from Astro's `site`): absolute URLs there are checked like internal ones. */
  site?: string;
}

export type Resolution =
  /** A URL that should be served by this site: `file` is what a static host would serve, if anything. */
  | { kind: 'internal'; path: string; file: string | undefined; fragment: string | undefined }
  /** A root-relative URL that leaves the base path, or one that cannot be decoded. */
  | { kind: 'invalid'; reason: string }
  /** Another origin over http(s). */
  | { kind: 'external'; url: string }
  /** mailto:, tel:, data: and the like: nothing to check. */
  | { kind: 'other' };

export interface LinkProblem {
  page: string;
  url: string;
  source: string;
  problem: string;
}

const placeholderOrigin = 'http://site.invalid';

/** The base path with exactly one leading and one trailing slash. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The URL path a static host serves a file at: `path/index.html` → `/base/path/`, `404.html` → `/base/404.html`. */
export function urlPathForFile(file: string, base: string): string {
  const root = normaliseBase(base);
  if (file === 'index.html') return root;
  if (file.endsWith('/index.html')) return `${root}${file.slice(0, -'index.html'.length)}`;
  return `${root}${file}`;
}

/**
 * The file a static host serves for a decoded URL path, the way test/helpers/static-server.ts and
 * common hosts do: the file itself, or the directory's index.html. Undefined when nothing is there.
 */
export function fileForPath(path: string, files: ReadonlySet<string>, base: string): string | undefined {
  const root = normaliseBase(base);
  if (!path.startsWith(root) && `${path}/` !== root) return undefined;
  const relative = path.slice(root.length);
  if (relative.split('/').includes('..')) return undefined;
  const candidates = relative === '' ? ['index.html'] : relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/** Works out what a URL written on page `fromFile` points at. */
export function resolveLink(url: string, fromFile: string, files: ReadonlySet<string>, options: LinkCheckOptions): Resolution {
  const base = normaliseBase(options.base);
  let resolved: URL;
  try {
    resolved = new URL(url, `${placeholderOrigin}${urlPathForFile(fromFile, base)}`);
  } catch {
    return { kind: 'invalid', reason: 'is not a valid URL' };
  }
  const siteOrigin = options.site === undefined ? undefined : new URL(options.site).origin;
  const internal = resolved.origin === placeholderOrigin || (siteOrigin !== undefined && resolved.origin === siteOrigin);
  if (!internal) {
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? { kind: 'external', url: resolved.href } : { kind: 'other' };
  }
  let path: string;
  let fragment: string | undefined;
  try {
    path = decodeURIComponent(resolved.pathname);
    fragment = resolved.hash.length > 1 ? decodeURIComponent(resolved.hash.slice(1)) : undefined;
  } catch {
    return { kind: 'invalid', reason: 'has a malformed percent-encoding' };
  }
  if (!path.startsWith(base) && `${path}/` !== base) {
    return { kind: 'invalid', reason: `leaves the base path ${base}` };
  }
  return { kind: 'internal', path, file: fileForPath(path, files, base), fragment };
}

/** Every broken internal link and anchor on the site; an empty list when all resolve. */
export function checkLinks(site: SiteSnapshot, options: LinkCheckOptions): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const [page, { links }] of site.pages) {
    for (const { url, source } of links) {
      const report = (problem: string) => problems.push({ page, url, source, problem });
      const target = resolveLink(url, page, site.files, options);
      if (target.kind === 'invalid') report(target.reason);
      if (target.kind !== 'internal') continue;
      if (target.file === undefined) {
        report(`no file is served at ${target.path}`);
        continue;
      }
      if (target.fragment === undefined || !target.file.endsWith('.html')) continue;
      const ids = site.pages.get(target.file)?.ids;
      if (ids === undefined) report(`${target.file} was not read as a page`);
      else if (!ids.has(target.fragment)) report(`${target.file} has no element with id "${target.fragment}"`);
    }
  }
  return problems;
}

/** One line per problem, for a failure message a reader can act on. */
export function formatProblems(problems: readonly LinkProblem[]): string {
  return problems.map((p) => `${p.page}: ${p.source} "${p.url}" ${p.problem}`).join('\n');
}

const urlAttributes: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href'],
  image: ['href'],
};

const urlMeta = new Set(['og:url', 'og:image', 'twitter:image']);

/** The URLs in a srcset: "a.png 1x, b.png 2x" → ["a.png", "b.png"]. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((candidate) => candidate !== '');
}

/** What a parsed page offers the checker: its ids and every URL it refers to. */
export function pageLinks(tree: Root): PageLinks {
  const links: FoundLink[] = [];
  for (const element of allElements(tree)) {
    for (const name of urlAttributes[element.tagName] ?? []) {
      const value = attr(element, name);
      if (value === undefined) continue;
      const rel = element.tagName === 'link' ? ` rel=${attr(element, 'rel') ?? ''}` : '';
      const source = `<${element.tagName}${rel}> ${name}`;
      if (name === 'srcset') for (const url of srcsetUrls(value)) links.push({ url, source });
      else links.push({ url: value, source });
    }
    if (element.tagName === 'meta') {
      const content = attr(element, 'content');
      if (content === undefined) continue;
      if (attr(element, 'http-equiv')?.toLowerCase() === 'refresh') {
        const target = refreshTarget(content);
        if (target !== undefined) links.push({ url: target, source: '<meta http-equiv=refresh>' });
      }
      const property = attr(element, 'property') ?? attr(element, 'name');
      if (property !== undefined && urlMeta.has(property)) links.push({ url: content, source: `<meta ${property}>` });
    }
  }
  return { ids: new Set(allIds(tree)), links };
}
