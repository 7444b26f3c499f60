/**
 * The link-preview images, one PNG per page (og/index.png, og/traits.png, og/to/trait-4.png, …), drawn
 * at build time from the collections the pages use. OG_IMAGES=off leaves them out (the bench times
 * the build both ways).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { OgCard } from '../../lib/og/cards.ts';
import { ogImagesEnabled } from '../../lib/og/meta.ts';
import { ogCards } from '../../lib/og/pages.ts';
import { renderCard } from '../../lib/og/render.ts';
import { siteName } from '../../lib/site/site.ts';

export const getStaticPaths = (async () => {
  if (!ogImagesEnabled(process.env)) return [];
  const [elements, guide, assessments] = await Promise.all([getCollection('elements'), getCollection('guide'), getCollection('assessments')]);
  const cards = ogCards({
    siteName,
    elements: elements.map((entry) => entry.data),
    guidePages: guide.map((entry) => ({ slug: entry.id, title: entry.data.title, description: entry.data.description })),
    assessments: assessments.map((entry) => ({ id: entry.id, title: entry.data.title, summary: entry.data.summary })),
  });
  return [...cards].map(([key, card]) => ({ params: { key }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response(await renderCard(props.card), { headers: { 'Content-Type': 'image/png' } });
