/**
 * Highlighting the searched words on the page a result opens. The result link carries the terms in a
 * query parameter; the page finds them in its text. No DOM here: the page script turns the ranges
 * into a CSS Custom Highlight, which needs no change to the page's markup and no inline style.
 */
import { termsOf } from './query.ts';

/** The query parameter that carries the terms to highlight (one parameter, terms separated by spaces). */
export const highlightParam = 'highlight';

/**
 * A result's URL with the terms to highlight added as a query parameter, placed before the hash so
 * that the browser still scrolls to the section. Works on root-relative and absolute URLs alike.
 */
export function highlightHref(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const hashAt = url.indexOf('#');
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const [pathname = '', search = ''] = path.split(/\?(.*)/s);
  const params = new URLSearchParams(search);
  params.set(highlightParam, terms.join(' '));
  return `${pathname}?${params.toString()}${hash}`;
}

/** Far more than any query's terms; a longer parameter (typed into the address bar) is cut, not read whole. */
const MAX_HIGHLIGHT_LENGTH = 1000;

/** The terms a page was asked to highlight, from its `location.search`; none when the parameter is absent. */
export function termsToHighlight(search: string): string[] {
  return termsOf((new URLSearchParams(search).get(highlightParam) ?? '').slice(0, MAX_HIGHLIGHT_LENGTH));
}

/** The same address without the highlight parameter, so that a copied or reloaded link is clean. */
export function withoutHighlight(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(highlightParam);
  return url.href;
}

/** English endings that Pagefind's stemming looks past ("valued" finds "value"); trimmed to match the same way. */
const endings = ['ing', 'ed', 'es', 's', 'ly'];

/** The part of a term that a word must start with to count as a match; short terms stay whole. */
export function termStem(term: string): string {
  const lower = term.toLocaleLowerCase('en').normalize('NFC');
  for (const ending of endings) {
    if (lower.endsWith(ending) && lower.length - ending.length >= 4) return lower.slice(0, -ending.length);
  }
  return lower;
}

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Where the words that match the terms are in a text: each word that starts with a term's stem
 * (Pagefind matches prefixes too: "differ" finds "difference"). Offsets are UTF-16, as DOM Ranges use.
 */
export function matchRanges(text: string, terms: readonly string[]): TextRange[] {
  const stems = [...new Set(terms.map(termStem))].filter((stem) => stem.length > 0);
  if (stems.length === 0) return [];
  const ranges: TextRange[] = [];
  // A word: letters and digits with their combining marks, with inner hyphens or apostrophes
  // ("trait-2", "don't"). Compared in NFC, as the terms are; the range stays on the text as written.
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu)) {
    const word = match[0].toLocaleLowerCase('en').normalize('NFC');
    if (stems.some((stem) => word.startsWith(stem))) ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}
