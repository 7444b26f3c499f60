import type { ElementKind, ModelElement } from '../../schemas/model.ts';

/**
 * Where each kind of element comes from in the essay, said once for every place that shows an element
 * on its own (its permalink page, its description, its preview image). A shared link must carry the
 * essay's scope, or a step or trait would read as a law for every group. The home page and the guide
 * say it once per part instead, above the elements' summaries.
 */
export const elementScope: Readonly<Record<ElementKind, string>> = {
  step: 'Seen in each member of the 17 groups the author has studied so far, as they created and joined their group.',
  response: "One of three responses, in the author's account, among some of the people drawn to a self-organizing work group.",
  trait: 'Shared by the groups the author has studied and been part of.',
  option: 'One of the three options the author sees today for fostering self-organizing work groups.',
};

/** An element's text for a page or a preview of its own: its scope, then its summary. */
export function standaloneSummary(element: Pick<ModelElement, 'kind' | 'summary' | 'aloneNote'>): string {
  return [elementScope[element.kind], element.summary.trim(), element.aloneNote?.trim()].filter(Boolean).join(' ');
}
