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

/** Words that a section answers to though its text does not use them: the words a reader searches for. */
export interface SearchTerms {
  /** The id of the section's heading. */
  id: string;
  words: string;
}

/**
 * Makes a heading index extra words at its place, as for element ids above, so that a search for
 * them finds its section ("privacy" finds "Your answers stay with you", which the footer's "your
 * privacy" links to). When the heading is missing, the page's h1 takes them: the page is still found.
 */
export function indexSearchTerms(html: string, { id, words }: SearchTerms): string {
  const attribute = ` data-search-terms="${words.replace(/[&"<>]/g, '')}"`;
  const addTo = (pattern: RegExp): string | undefined => {
    if (!pattern.test(html)) return undefined;
    return html.replace(pattern, (_whole, tag: string, attributes: string) => {
      const indexed = /\sdata-pagefind-index-attrs="([^"]*)"/.exec(attributes);
      const withAttrs = indexed
        ? attributes.replace(indexed[0], ` data-pagefind-index-attrs="${indexed[1]},data-search-terms"`)
        : `${attributes} data-pagefind-index-attrs="data-search-terms"`;
      return `<${tag}${withAttrs}${attribute}>`;
    });
  };
  return addTo(new RegExp(`<(h[1-6])((?:\\s[^>]*)?\\sid="${escapeRegExp(id)}"[^>]*)>`)) ?? addTo(/<(h1)((?:\s[^>]*)?)>/) ?? html;
}
