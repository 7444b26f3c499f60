/** How an island links to a model element: its label and where its section is. */
export interface ElementRef {
  label: string;
  href: string;
}

export type ElementRefs = Readonly<Record<string, ElementRef>>;
