/**
 * The part of Pagefind's browser API (pagefind.js, 1.x) that the site uses. Pagefind ships no types
 * for it, and the file is loaded at run time from the built site, so these are written from its docs
 * and output.
 */

export interface PagefindLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  /** The page's URL, with `#<heading id>` for a section; without a hash for the text before the first heading. */
  url: string;
  /** Text with the matching words in `<mark>`; `<` and `>` of the page's own text arrive escaped. */
  excerpt: string;
  weighted_locations?: PagefindLocation[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

/** Filter name → value → number of pages. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearchOptions {
  filters?: Record<string, string | string[]>;
}

export interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<PagefindFilterCounts>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
  /** Resolves to null when a later call superseded this one during the wait. */
  debouncedSearch(term: string, options?: PagefindSearchOptions, debounceMs?: number): Promise<PagefindSearch | null>;
}

/** Astro's `base` always ending in "/": "/" or "/guide/". */
export function siteRoot(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** Where the build puts Pagefind's bundle: `<base>pagefind/pagefind.js`. */
export function pagefindScriptUrl(base: string): string {
  return `${siteRoot(base)}pagefind/pagefind.js`;
}
