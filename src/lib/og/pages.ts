import type { ModelElement } from '../../schemas/model.ts';
import { elementCard, homeCard, pageCard, type OgCard } from './cards.ts';

/** What the preview images are made from: the same collections the pages are built from. */
export interface OgSources {
  siteName: string;
  elements: ModelElement[];
  /** Guide pages by slug ("index" for the home page), with their frontmatter's title and description. */
  guidePages: Array<{ slug: string; title: string; description: string }>;
  assessments: Array<{ id: string; title: string; summary: string }>;
}

/**
 * The pages whose title and description are written in the page itself (src/pages/), not in a
 * collection. test/site/og.test.ts checks each against the built page, so the two cannot drift apart.
 */
export const fixedPages: ReadonlyArray<{ key: string; eyebrow: string; title: string; description: string }> = [
  {
    key: 'assess',
    eyebrow: 'Self-assessment',
    title: 'Self-assessments',
    description:
      "Three short self-assessments that run only in your browser and tell you which of the model's three options fits you now, and why.",
  },
  {
    key: 'assess/method',
    eyebrow: 'Self-assessment',
    title: 'How the self-assessments work',
    description:
      'The published method of the self-assessments: every weight, how scores are normalised, and how near-ties are reported.',
  },
  {
    key: 'team',
    eyebrow: 'Team view',
    title: 'Team view',
    description:
      "Put colleagues' self-assessment results side by side and see the group's picture, in your browser only, with no names unless you add them.",
  },
  {
    key: '404',
    eyebrow: 'Field guide',
    title: 'Page not found',
    description: 'This address does not lead to a page of the guide. Here is where you can go instead.',
  },
];

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
