/** Joins the site's base path and a page slug into a root-relative URL ending in "/". */
export function pageHref(base: string, slug: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = slug === '' || slug === 'index' ? '' : `${slug.replace(/^\/+|\/+$/g, '')}/`;
  return `${root}${path}`;
}

/** Joins the site's base path and a file at the site's root ("404.html") into a root-relative URL. */
export function fileHref(base: string, file: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${file.replace(/^\/+/, '')}`;
}

/** Where an element's section lives: its guide page plus the element id as the hash. */
export function elementHref(base: string, element: { id: string; page: string }): string {
  return `${pageHref(base, element.page)}#${element.id}`;
}

/** The element's short permanent URL, `/to/<id>/`, which survives any reshuffle of the guide. */
export function permalinkHref(base: string, id: string): string {
  return pageHref(base, `to/${id}`);
}

/** Puts the base path before a root-relative link ("/traits/"); other links are returned unchanged. */
export function withBase(base: string, href: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const root = base.endsWith('/') ? base : `${base}/`;
  if (root === '/' || href.startsWith(root)) return href;
  return `${root}${href.slice(1)}`;
}
