import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { elementSchema } from './schemas/model.ts';
import { guidePageSchema } from './schemas/guide.ts';
import { assessmentSchema } from './schemas/assessment.ts';
import modelElements from '../content/model/elements.json';

const elements = defineCollection({
  loader: file('content/model/elements.json'),
  schema: elementSchema,
});

const guide = defineCollection({
  loader: glob({ base: './content/guide', pattern: '*.mdx' }),
  schema: guidePageSchema,
});

// The definitions are checked against the model's ids, so an item about "trait-6" fails the build.
const assessments = defineCollection({
  loader: glob({ base: './content/assessments', pattern: '*.json' }),
  schema: assessmentSchema(modelElements.map((element) => element.id)),
});

export const collections = { elements, guide, assessments };
