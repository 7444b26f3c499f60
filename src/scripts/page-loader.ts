/**
 * The one script of a page's first view, inlined by Astro (it imports no module that another script
 * shares, so the build inlines it): search opens from the first press of "/" or Ctrl/Cmd+K, the theme
 * button and the sections' copy-links work at once, the contents mark the section being read, and nothing else is fetched until a reader asks
 * for it. What is fetched then (search's dialog and its styles, the highlighter of searched words)
 * waits in <template data-on-demand> elements (see PageScripts.astro), inert until cloned: neither a browser nor
 * Lighthouse's simulation waits for it before painting.
 */
import { initCopyLinks } from './copy-link.ts';
import { initSearchOpen } from './search-open.ts';
import { initThemeToggle } from './theme-toggle.ts';
import { initTocCurrent } from './toc-current.ts';

/**
 * Adds what waits in <template data-on-demand="name"> (scripts, a stylesheet), once: a cloned script
 * runs as one the page has just added. `onError` hears of any of them failing to load.
 */
function addOnDemand(name: string, onError: () => void = () => {}): void {
  const template = document.querySelector<HTMLTemplateElement>(`template[data-on-demand="${name}"]`);
  if (!template) return;
  const content = template.content.cloneNode(true) as DocumentFragment;
  for (const element of content.querySelectorAll('script, link')) element.addEventListener('error', onError);
  template.replaceWith(content);
}

initSearchOpen(addOnDemand);
initThemeToggle();
initCopyLinks();
initTocCurrent();
// A page opened from a search result carries the words to highlight (highlightParam in lib/search/highlight.ts).
if (new URLSearchParams(location.search).has('highlight')) addOnDemand('highlight');
