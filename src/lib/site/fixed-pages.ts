/**
 * The title and description of the pages written in src/pages/ rather than made from a collection.
 * The page's head and its preview image (src/lib/og/pages.ts) both read them from here, so the two
 * say the same thing by construction.
 */
export interface PageText {
  title: string;
  description: string;
}

export const fixedPageText = {
  assess: {
    title: 'Self-assessments',
    description:
      "Three short self-assessments that run only in your browser and say which of the model's three options your answers point to, and why.",
  },
  'assess/method': {
    title: 'How the self-assessments work',
    description:
      'How the self-assessments work: what the questions look for, the minimum of answers and of evidence, when a result is between options; every weight and the people we checked them with on pages of their own.',
  },
  'assess/personas': {
    title: 'The people we checked the questions with',
    description:
      'People described in a few sentences, the answers each would give to the three self-assessments, the result a careful reader expects, and what the assessments give.',
  },
  'assess/weights': {
    title: 'Every weight of the self-assessments',
    description:
      'Every question of the three self-assessments, every answer, and what each answer weighs for each of the three options.',
  },
  team: {
    title: 'Team view',
    description:
      "Put colleagues' self-assessment results side by side and see the group's picture, in your browser only, with no names unless you add them.",
  },
  booklet: {
    title: 'The whole guide on one page',
    description:
      'Every page of the field guide in reading order on one page, with the model diagram and contents: print it or save it as a PDF.',
  },
  '404': {
    title: 'Page not found',
    description: 'This address does not lead to a page of the guide. Here is where you can go instead.',
  },
} as const satisfies Record<string, PageText>;

export type FixedPageKey = keyof typeof fixedPageText;
