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
  return termsOf(normaliseQuery(query));
}

// Half of a surrogate pair with no other half (a cut paste, say): no URL can carry it unchanged.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// What is trimmed around a word: anything but letters and digits in front, and at the end anything
// but letters, digits and combining marks ("İ" lower-cases to "i" plus a combining dot, which stays).
const AROUND_WORD = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu;

/**
 * The terms of a text with no length cap: {@link queryTerms} without the query's cap, for text
 * that already is terms joined by spaces (lower-casing can make terms longer than what was typed).
 * Terms are lower-cased and otherwise kept as typed (highlighting compares them in NFC).
 */
export function termsOf(text: string): string[] {
  const terms = text
    .replace(LONE_SURROGATE, '')
    .toLocaleLowerCase('en')
    .split(/\s+/u)
    .map((word) => word.replace(AROUND_WORD, ''))
    .filter((word) => word.length > 0);
  return [...new Set(terms)];
}
