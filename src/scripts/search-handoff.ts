/**
 * What the inline page loader (search-open.ts) hands to the dialog's code (search-start.ts) once it
 * has opened the dialog. Types only: the loader must stay one inline script with no imports,
 * so neither side imports code from the other.
 */

/** Dispatched on the document each time the loader opens search. */
export type SearchOpenedEvent = 'search-opened';

/** The dialog remembers who opened it, for the dialog's code that may arrive later. */
export interface SearchDialog extends HTMLDialogElement {
  searchOpener?: Element | null;
}
