/**
 * The booklet (/booklet/): every guide page's rendered HTML, one after another, on one page. Each
 * page's headings were given ids for a page of their own ("in-short" may be on several of them), so
 * here the ids of headings that are not model elements get the part's slug before them, and links
 * into parts the booklet holds stay inside the booklet. Model elements keep their permanent ids: the
 * booklet holds each once. Pure string work over the HTML the build wrote; no DOM.
 */

export interface BookletPartOptions {
  /** The part's page slug ("traits"). */
  slug: string;
  /** The site's base path ("/" or "/guide/"). */
  base: string;
  /** The slugs of every page the booklet holds. */
  parts: ReadonlySet<string>;
  /** The model elements' permanent ids, which stay as they are. */
  elementIds: ReadonlySet<string>;
  /** An element's short address, absolute ("https://example.org/to/trait-3/"). */
  shortAddress: (id: string) => string;
  /** Put h2-h5 one level down, below the part's own h2 title. */
  shiftHeadings?: boolean;
}

/** The id of a part's own heading in the booklet. */
export const partAnchor = (slug: string): string => `part-${slug}`;

/** A heading id of one part, made unique on the booklet; element ids are kept. */
export function scopedId(slug: string, id: string, elementIds: ReadonlySet<string>): string {
  return elementIds.has(id) ? id : `${slug}--${id}`;
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Where a link of the guide goes in the booklet: `#…` within the booklet when it points at a page
 * the booklet holds (or at a place on the current part), else unchanged.
 */
export function bookletHref(href: string, { slug, base, parts, elementIds }: Pick<BookletPartOptions, 'slug' | 'base' | 'parts' | 'elementIds'>): string {
  if (href.startsWith('#')) return href.length > 1 ? `#${scopedId(slug, href.slice(1), elementIds)}` : href;
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!href.startsWith(root)) return href;
  const match = /^([^#?]*?)\/?(?:#(.*))?$/.exec(href.slice(root.length));
  if (!match) return href;
  const [, target = '', hash] = match;
  if (!parts.has(target)) return href;
  if (hash === undefined || hash === '') return `#${partAnchor(target)}`;
  return `#${scopedId(target, hash, elementIds)}`;
}

/**
 * One guide page's HTML made fit for the booklet: ids scoped, links kept inside, and each model
 * element's short address shown under its heading (for a reader of the printed page).
 */
export function bookletPart(html: string, options: BookletPartOptions): string {
  const { slug, elementIds, shortAddress, shiftHeadings = false } = options;
  const shifted = shiftHeadings ? html.replace(/<(\/?)h([2-5])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`) : html;
  const withIds = shifted
    .replace(/(<[a-z][a-z0-9]*\b[^>]*?\sid=")([^"]+)(")/g, (_, before: string, id: string, after: string) => `${before}${scopedId(slug, id, elementIds)}${after}`)
    .replace(/(\saria-(?:labelledby|describedby|controls)=")([^"]+)(")/g, (_, before: string, ids: string, after: string) =>
      `${before}${ids.split(/\s+/).map((id) => scopedId(slug, id, elementIds)).join(' ')}${after}`,
    );
  const withLinks = withIds.replace(/(<a\b[^>]*?\shref=")([^"]*)(")/g, (_, before: string, href: string, after: string) => `${before}${bookletHref(href, options)}${after}`);
  // The heading of an element's section is the first heading-wrap in it; its address follows it.
  return withLinks.replace(
    /(<section\b[^>]*\sdata-element="([^"]+)"[^>]*>\s*<div class="heading-wrap">[\s\S]*?<\/a>\s*<\/div>)/g,
    (whole: string, _section: string, id: string) => {
      if (!elementIds.has(id)) return whole;
      const address = escapeHtml(shortAddress(id));
      return `${whole}<p class="element-address">Short address: <a href="${address}">${address}</a></p>`;
    },
  );
}
