import type { ModelElement } from '../../schemas/model.ts';
import { fixedPageText, type FixedPageKey } from '../site/fixed-pages.ts';
import { elementCard, homeCard, pageCard, type OgCard } from './cards.ts';

/** What the preview images are made from: the same collections the pages are built from. */
export interface OgSources {
  siteName: string;
  elements: ModelElement[];
  /** Guide pages by slug ("index" for the home page), with their frontmatter's title and description. */
  guidePages: Array<{ slug: string; title: string; description: string }>;
  assessments: Array<{ id: string; title: string; summary: string }>;
}

/** The eyebrow each page's preview image shows above its title. */
const fixedPageEyebrows: Record<FixedPageKey, string> = {
  assess: 'Self-assessment',
  'assess/method': 'Self-assessment',
  'assess/personas': 'Self-assessment',
  'assess/weights': 'Self-assessment',
  team: 'Team view',
  booklet: 'Field guide',
  '404': 'Field guide',
};

/**
 * The pages whose title and description are written for the page itself (src/pages/), not in a
 * collection: the text comes from src/lib/site/fixed-pages.ts, which those pages read too.
 */
export const fixedPages: ReadonlyArray<{ key: FixedPageKey; eyebrow: string; title: string; description: string }> = (
  Object.keys(fixedPageText) as FixedPageKey[]
).map((key) => ({ key, eyebrow: fixedPageEyebrows[key], ...fixedPageText[key] }));

/** Every preview image the site has, by key (see ogImageKey): one for each page the build makes. */
export function ogCards(sources: OgSources): Map<string, OgCard> {
  const cards = new Map<string, OgCard>();
  const add = (key: string, card: OgCard): void => {
    if (cards.has(key)) throw new Error(`Two pages would share the preview image "og/${key}.png"`);
    cards.set(key, card);
  };
  for (const page of sources.guidePages) {
    add(page.slug, page.slug === 'index' ? homeCard(sources.elements, sources.siteName) : pageCard({ eyebrow: 'Guide', ...page }, sources.siteName));
  }
  for (const element of sources.elements) add(`to/${element.id}`, elementCard(element, sources.siteName));
  for (const assessment of sources.assessments) {
    add(`assess/${assessment.id}`, pageCard({ eyebrow: 'Self-assessment', title: assessment.title, description: assessment.summary }, sources.siteName));
  }
  for (const page of fixedPages) add(page.key, pageCard(page, sources.siteName));
  return cards;
}
