import { getCollection } from 'astro:content';
import { inReadingOrder, type GuideLink } from './order.ts';

/** Every guide page with what the navigation needs, in reading order. */
export async function guideLinks(): Promise<GuideLink[]> {
  const entries = await getCollection('guide');
  return inReadingOrder(
    entries.map((entry) => ({
      slug: entry.id === 'index' ? '' : entry.id,
      title: entry.data.navTitle ?? entry.data.title,
      order: entry.data.order,
    })),
  );
}
