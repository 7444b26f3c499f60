import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { elementSchema } from './schemas/model.ts';
import { guidePageSchema } from './schemas/guide.ts';

const elements = defineCollection({
  loader: file('content/model/elements.json'),
  schema: elementSchema,
});

const guide = defineCollection({
  loader: glob({ base: './content/guide', pattern: '*.mdx' }),
  schema: guidePageSchema,
});

export const collections = { elements, guide };
