import { z } from 'astro/zod';

/** The four kinds of element in the model, in the order the guide presents them. */
export const elementKinds = ['step', 'response', 'trait', 'option'] as const;
export type ElementKind = (typeof elementKinds)[number];

/** How many elements of each kind the model has: the source fixes these numbers. */
export const expectedCounts: Record<ElementKind, number> = { step: 5, response: 3, trait: 5, option: 3 };

const kindLabel: Record<ElementKind, string> = {
  step: 'Step',
  response: 'Response',
  trait: 'Trait',
  option: 'Option',
};

/** One element of the model: a step, a response of nearby people, a trait or an option. */
export const elementSchema = z
  .object({
    /** Permanent id, `<kind>-<number>`: used in URLs, so it never changes. */
    id: z.string().regex(/^(step|response|trait|option)-[1-9]$/, 'must look like "step-1"'),
    kind: z.enum(elementKinds),
    number: z.number().int().min(1),
    /** Short name shown in headings and links; may be reworded freely. */
    name: z.string().min(3),
    /** One or two sentences used for link previews and summaries. */
    summary: z.string().min(20).max(240),
    /** Slug of the guide page that holds this element's section. */
    page: z.string().regex(/^[a-z0-9-]+$/),
    /** A few words for tight places: the model diagram and link-preview images. */
    short: z.string().min(2).max(26),
    /**
     * What a reader of the element alone needs and its guide section says elsewhere: Step 1's page
     * shared alone must keep the essay's note that Steps 1 and 2 may come in either order.
     */
    aloneNote: z.string().min(20).max(160).optional(),
  })
  .strict()
  .refine((element) => element.id === `${element.kind}-${element.number}`, {
    message: 'id must be "<kind>-<number>"',
    path: ['id'],
  });

export type ModelElement = z.infer<typeof elementSchema>;

/** The whole model: every element once, in reading order, with the counts the source gives. */
export const modelSchema = z.array(elementSchema).superRefine((elements, ctx) => {
  const seen = new Set<string>();
  elements.forEach((element, index) => {
    if (seen.has(element.id)) {
      ctx.addIssue({ code: 'custom', message: `duplicate id "${element.id}"`, path: [index, 'id'] });
    }
    seen.add(element.id);
  });
  for (const kind of elementKinds) {
    const count = elements.filter((element) => element.kind === kind).length;
    if (count !== expectedCounts[kind]) {
      ctx.addIssue({ code: 'custom', message: `expected ${expectedCounts[kind]} ${kind}s, found ${count}`, path: [] });
    }
  }
});

/** "Step 1", "Trait 4": the fixed label that goes before an element's name. */
export function elementLabel(element: Pick<ModelElement, 'kind' | 'number'>): string {
  return `${kindLabel[element.kind]} ${element.number}`;
}
