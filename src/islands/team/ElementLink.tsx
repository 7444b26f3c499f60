import { elementRef, type ElementRefs } from '../assessment/types.ts';

/** A link to a model element's section in the guide, labeled as the guide labels it. */
export function ElementLink({ id, elements }: { id: string; elements: ElementRefs }) {
  const ref = elementRef(elements, id);
  return ref ? <a href={ref.href}>{ref.label}</a> : <>{id}</>;
}
