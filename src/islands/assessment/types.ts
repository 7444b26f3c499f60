/** How an island links to a model element: its label and where its section is. */
export interface ElementRef {
  label: string;
  href: string;
}

export type ElementRefs = Readonly<Record<string, ElementRef>>;

/** The element with this id, by own properties only (an id like `constructor` finds nothing). */
export function elementRef(elements: ElementRefs, id: string): ElementRef | undefined {
  return Object.hasOwn(elements, id) ? elements[id] : undefined;
}
