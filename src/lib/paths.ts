/** Joins the site's base path and a page slug into a root-relative URL ending in "/". */
export function pageHref(base: string, slug: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = slug === '' || slug === 'index' ? '' : `${slug.replace(/^\/+|\/+$/g, '')}/`;
  return `${root}${path}`;
}

/** Where an element's section lives: its guide page plus the element id as the hash. */
export function elementHref(base: string, element: { id: string; page: string }): string {
  return `${pageHref(base, element.page)}#${element.id}`;
}

/** The element's short permanent URL, `/to/<id>/`, which survives any reshuffle of the guide. */
export function permalinkHref(base: string, id: string): string {
  return pageHref(base, `to/${id}`);
}
