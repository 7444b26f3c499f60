/** What a reader typed, made fit to search for and to highlight. No DOM. */

/** Long pastes would only slow the search down; no useful query is longer. */
export const maxQueryLength = 100;

/** Trims, collapses runs of white space and caps the length; an empty result means "nothing to search". */
export function normaliseQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, maxQueryLength).trim();
}

/**
 * The words of a query, lower-cased, without the punctuation around them, each once.
 * Inner hyphens stay, so a permanent id such as "trait-2" remains one term.
 */
export function queryTerms(query: string): string[] {
  const terms = normaliseQuery(query)
    .toLocaleLowerCase('en')
    .split(' ')
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0);
  return [...new Set(terms)];
}
