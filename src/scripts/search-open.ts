/**
 * Search's part of the inline page loader: opens the dialog at once on "/", Ctrl/Cmd+K or the header
 * button, so that what is typed next lands in its field, and has the dialog's code (search-start.ts)
 * added on the first sign of intent: opening search, or a pointer or focus resting on the button.
 */
import type { SearchDialog, SearchOpenedEvent } from './search-handoff.ts';

const searchOpened: SearchOpenedEvent = 'search-opened';
const unavailable = 'Search could not load. Check your connection, then try again.';

/** Typing "/" into a field must type a slash, not open search (on a radio button or checkbox it may open it). */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.matches('textarea, select, input:not([type=radio], [type=checkbox], [type=button], [type=submit], [type=reset], [type=range])'))
  );
}

/** The dialog, made from its template the first time it is needed. */
function searchDialog(): SearchDialog | null {
  const template = document.querySelector<HTMLTemplateElement>('template[data-search-template]');
  if (template) template.replaceWith(template.content.cloneNode(true));
  return document.querySelector<SearchDialog>('dialog[data-search-dialog]');
}

/** `addOnDemand(name, onError)` adds what waits in <template data-on-demand="name">, once. */
export function initSearchOpen(addOnDemand: (name: string, onError: () => void) => void): void {
  let failed = false;
  // Without its code or styles, the dialog still shows (unstyled) and says why search does not work.
  const showFailure = (dialog: Element | null) => {
    if (!failed || !dialog) return;
    dialog.setAttribute('data-unstyled', '');
    const status = dialog.querySelector('[role=status]');
    if (status) status.textContent = unavailable;
  };
  const addSearchCode = () =>
    addOnDemand('search', () => {
      failed = true;
      showFailure(document.querySelector('dialog[data-search-dialog]'));
    });

  const open = (): void => {
    const dialog = searchDialog();
    if (!dialog) return;
    if (!dialog.open) {
      dialog.searchOpener = document.activeElement;
      // Opened at once, so that keys typed while the rest loads land in the field.
      dialog.showModal();
      addSearchCode();
      showFailure(dialog);
      document.dispatchEvent(new Event(searchOpened));
    }
    dialog.querySelector('input')?.focus();
  };

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey) return;
    // A regular expression, not key.toLowerCase(): Chromium's autofill sends keydown events without a key.
    const commandK = (event.ctrlKey || event.metaKey) && /^k$/i.test(event.key);
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
    if (commandK || slash) {
      event.preventDefault();
      open();
    }
  });

  // Intent is a pointer or focus that stays on the button a moment, not one passing over it on the
  // way elsewhere (tabbing through the header must not fetch the index).
  let warming = 0;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-search-open]')) {
    button.addEventListener('click', open);
    for (const rest of ['pointerenter', 'focus']) button.addEventListener(rest, () => (warming = window.setTimeout(addSearchCode, 150)));
    for (const leave of ['pointerleave', 'blur']) button.addEventListener(leave, () => clearTimeout(warming));
  }
}
