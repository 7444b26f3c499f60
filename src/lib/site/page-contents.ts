/**
 * The contents of a long page built on Page.astro: its h2 headings with ids, read from the page's own
 * rendered HTML, so that the list follows whatever the page says. Pure string work; no DOM.
 */
export interface PageSection {
  id: string;
  text: string;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Every `<h2 id="…">` of the HTML, in order, with its text (tags dropped, entities read). */
export function pageSections(html: string): PageSection[] {
  return [...html.matchAll(/<h2\b[^>]*?\sid="([^"]+)"[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => ({
    id: match[1] ?? '',
    text: (match[2] ?? '')
      .replace(/<[^>]*>/g, '')
      .replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity)
      .replace(/\s+/g, ' ')
      .trim(),
  }));
}

/** The HTML split where its first h2 starts, for the contents to go between: [before, from the h2 on]. */
export function splitAtFirstSection(html: string): [string, string] {
  const at = html.search(/<h2\b/);
  return at < 0 ? [html, ''] : [html.slice(0, at), html.slice(at)];
}
