/**
 * Build-time helpers for the search index. No DOM: the integration runs them over built HTML
 * before handing it to Pagefind; the files served to readers stay as Astro wrote them.
 */

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The permanent ids of the model elements whose sections a built page holds (`data-element="…"`). */
export function elementIdsIn(html: string): string[] {
  return [...new Set([...html.matchAll(/\sdata-element="([^"]+)"/g)].map((match) => match[1] ?? ''))].filter(Boolean);
}

/**
 * Makes each model element's heading index its own `id` too, so that a search for a permanent id
 * such as "trait-2" finds the section itself. Pagefind's `data-pagefind-index-attrs` puts the
 * attribute's value into the index at the heading's place, inside the heading's sub-result, which
 * therefore links to `#trait-2`; the reader sees nothing of it.
 */
export function indexElementIds(html: string): string {
  let marked = html;
  for (const id of elementIdsIn(html)) {
    const heading = new RegExp(`<(h[1-6])((?:\\s[^>]*)?\\sid="${escapeRegExp(id)}"[^>]*)>`);
    marked = marked.replace(heading, (whole, tag: string, attributes: string) =>
      attributes.includes('data-pagefind-index-attrs') ? whole : `<${tag}${attributes} data-pagefind-index-attrs="id">`,
    );
  }
  return marked;
}
