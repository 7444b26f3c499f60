/**
 * On a page opened from a search result: highlights the searched words in the page's main content
 * with the CSS Custom Highlight API (styled by `::highlight(search-terms)` in Search.astro). It adds
 * no elements and no inline styles, so it cannot disturb the page or its Content Security Policy;
 * browsers without the API simply show no highlight.
 */
import { matchRanges, termsToHighlight, withoutHighlight } from '../lib/search/highlight.ts';

export const highlightName = 'search-terms';

function textNodesOf(root: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    // Only text a reader sees as content: not the copy-link controls, nor anything search ignores.
    acceptNode: (node) =>
      node.parentElement?.closest('[data-pagefind-ignore], script, style, .sr-only') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

export function highlightSearchTerms(): void {
  const terms = termsToHighlight(location.search);
  // The address keeps its hash but loses the terms, so that a copied link or a reload is clean.
  history.replaceState(history.state, '', withoutHighlight(location.href));
  const root = document.querySelector('[data-pagefind-body]');
  if (terms.length === 0 || !root || !('highlights' in CSS)) return;
  const ranges: Range[] = [];
  for (const node of textNodesOf(root)) {
    for (const { start, end } of matchRanges(node.data, terms)) {
      const range = new Range();
      range.setStart(node, start);
      range.setEnd(node, end);
      ranges.push(range);
    }
  }
  if (ranges.length > 0) CSS.highlights.set(highlightName, new Highlight(...ranges));
}
