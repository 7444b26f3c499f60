/**
 * Turning Pagefind's results into what the dialog shows: one group per page, each with the sections
 * (headings) where the words were found, best first. No DOM.
 */
import type { PagefindResultData, PagefindSubResult } from './pagefind.ts';

/** One place to go: a section of a page, or the page's top when the match is before its first heading. */
export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
}

export interface SearchGroup {
  url: string;
  title: string;
  /** The page's kind filter ("Guide", "Assessment"), when it has one. */
  kind: string | undefined;
  hits: SearchHit[];
  /** Sections that matched too, beyond the listed ones: offered as links by title alone, to keep the list short. */
  more: SearchHit[];
  /** How many those are. */
  moreHits: number;
}

export interface GroupOptions {
  /** At most this many sections per page; the rest are counted in `moreHits`. */
  maxHitsPerPage: number;
}

const hasHash = (url: string): boolean => url.includes('#');

function relevance(sub: PagefindSubResult): number {
  const scores = sub.weighted_locations?.map((location) => location.balanced_score);
  // Without Pagefind's scores, count the marked words instead.
  return scores ? scores.reduce((sum, score) => sum + score, 0) : (sub.excerpt.match(/<mark>/g)?.length ?? 0);
}

/**
 * The permanent id that the index holds at each model element's heading ("trait-2", see
 * search-indexing.ts) would show at the start of excerpts as "trait-2. Trait 2: …"; it is dropped
 * there unless it is itself what matched (then it is marked and kept).
 */
export function tidyExcerpt(excerpt: string): string {
  return excerpt.replace(/(^|\s)([a-z]+)-\d+\.\s+(?=(?:<mark>)?\2\b)/gi, '$1');
}

/** Groups results by page, keeping Pagefind's order of pages and ordering each page's sections by relevance. */
export function groupResults(results: readonly PagefindResultData[], { maxHitsPerPage }: GroupOptions): SearchGroup[] {
  return results.map((result) => {
    const title = result.meta['title'] ?? result.url;
    const subs = result.sub_results ?? [];
    const ranked = subs
      .map((sub, index) => ({ sub, index, score: relevance(sub) }))
      .sort((a, b) => b.score - a.score || a.index - b.index);
    // The text before a page's first heading is named by the page's own title, as a reader knows it.
    const hits: SearchHit[] = ranked.map(({ sub }) => ({
      url: sub.url,
      title: hasHash(sub.url) && sub.title.trim() !== '' ? sub.title : title,
      excerpt: tidyExcerpt(sub.excerpt),
    }));
    // A page without sub-results (no headings with ids) is itself the one place to go.
    if (hits.length === 0) hits.push({ url: result.url, title, excerpt: tidyExcerpt(result.excerpt) });
    const more = hits.slice(maxHitsPerPage);
    return {
      url: result.url,
      title,
      kind: result.filters?.['kind']?.[0],
      hits: hits.slice(0, maxHitsPerPage),
      more,
      moreHits: more.length,
    };
  });
}

/** Where Enter in the search field leads: the best place in the best page, if there is one. */
export function bestHit(groups: readonly SearchGroup[]): SearchHit | undefined {
  return groups[0]?.hits[0];
}

/** A piece of an excerpt: plain text, or a word that matched. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decode = (text: string): string => text.replace(/&(?:lt|gt|amp|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity);

/**
 * Splits an excerpt at Pagefind's `<mark>` tags into text parts, so that the dialog can build it with
 * text nodes: nothing of an excerpt (which holds page text, and echoes the reader's words) is ever
 * parsed as HTML. Any other tag-like text stays text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const add = (text: string, marked: boolean) => {
    if (text === '') return;
    const previous = parts.at(-1);
    if (previous && previous.marked === marked) previous.text += text;
    else parts.push({ text, marked });
  };
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (marked) {
      // Pagefind marks a word with the punctuation after it ("difference,"); only the word is highlighted.
      const [, word = '', after = ''] = /^(.*?)([^\p{L}\p{N}]*)$/su.exec(decode(piece)) ?? [];
      add(word, true);
      add(after, false);
    } else add(decode(piece), false);
  }
  return parts;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** The sentence the live region says and the dialog shows after a search. */
export function resultsMessage(groups: readonly SearchGroup[], query: string, kind: string | undefined): string {
  const scope = kind ? ` among ${kind} pages` : '';
  if (groups.length === 0) return `No results for "${query}"${scope}. Try another word, or fewer words.`;
  const places = groups.reduce((sum, group) => sum + group.hits.length + group.moreHits, 0);
  return `${plural(groups.length, 'page', 'pages')}, ${plural(places, 'place', 'places')} found for "${query}"${scope}.`;
}

/** The filter's choices: the kinds the index holds, most pages first, so the guide leads. */
export function kindChoices(counts: Record<string, number> | undefined): string[] {
  return Object.entries(counts ?? {})
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .map(([kind]) => kind);
}
