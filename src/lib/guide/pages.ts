import { getCollection } from 'astro:content';
import { inReadingOrder, type GuideLink } from './order.ts';

/** Every guide page with what the navigation needs, in reading order. */
export async function guideLinks(): Promise<GuideLink[]> {
  const entries = await getCollection('guide');
  return inReadingOrder(
    entries.map((entry) => ({
      slug: entry.id === 'index' ? '' : entry.id,
      // The navigation names each page by its heading, so a link and the page it opens agree; the
      // home page, whose heading is the site's name, is the overview.
      title: entry.id === 'index' ? (entry.data.navTitle ?? entry.data.title) : entry.data.title,
      short: entry.data.navTitle ?? entry.data.title,
      order: entry.data.order,
    })),
  );
}
