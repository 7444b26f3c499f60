/** A guide page as the navigation needs it. */
export interface GuideLink {
  slug: string;
  /** The page's title, as its heading says it (the home page: its short title, "Overview"). */
  title: string;
  /** A shorter name where space is tight (the model map's tiles); the title when there is none. */
  short?: string;
  order: number;
}

/** Sorts pages into reading order; pages with equal order keep a stable alphabetical order. */
export function inReadingOrder<T extends GuideLink>(pages: readonly T[]): T[] {
  return [...pages].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/** The pages before and after `slug` in reading order, where there are any. */
export function neighbors<T extends GuideLink>(pages: readonly T[], slug: string): { previous?: T; next?: T } {
  const ordered = inReadingOrder(pages);
  const index = ordered.findIndex((page) => page.slug === slug);
  if (index === -1) return {};
  const previous = ordered[index - 1];
  const next = ordered[index + 1];
  return { ...(previous && { previous }), ...(next && { next }) };
}
