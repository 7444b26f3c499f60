import { getCollection } from 'astro:content';
import { elementLabel } from '../../schemas/model.ts';
import { elementHref } from '../site/paths.ts';
import type { ElementRefs } from '../../islands/assessment/types.ts';

/** Every model element's label and section URL, for islands that link into the guide. */
export async function elementRefs(base: string): Promise<ElementRefs> {
  const elements = await getCollection('elements');
  return Object.fromEntries(
    elements.map(({ data }) => [data.id, { label: `${elementLabel(data)}: ${data.name}`, href: elementHref(base, data) }]),
  );
}
