/**
 * The only search code on a page's first view, kept tiny: it shows the header button, listens for
 * the shortcuts, and opens the dialog, whose markup waits in a <template> in the page. Everything else (the
 * dialog's logic, Pagefind and its index) is fetched on the first sign of intent: resting the
 * pointer or the focus on the button, or opening search.
 */

type DialogModule = typeof import('./search-dialog.ts');

let dialogModule: Promise<DialogModule> | undefined;
const loadDialog = (): Promise<DialogModule> => (dialogModule ??= import('./search-dialog.ts'));

/** Typing "/" into a field must type a slash, not open search (on a radio button or checkbox it may open it). */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.matches('textarea, select, input:not([type=radio], [type=checkbox], [type=button], [type=submit], [type=reset], [type=range])'))
  );
}

/** The dialog, made from its template the first time it is needed. */
function searchDialog(): HTMLDialogElement | null {
  const template = document.querySelector<HTMLTemplateElement>('template[data-search-template]');
  if (template) template.replaceWith(template.content.cloneNode(true));
  return document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
}

function open(): void {
  const dialog = searchDialog();
  if (!dialog) return;
  if (!dialog.open) {
    const opener = document.activeElement;
    // Opened at once, so that keys typed while the rest loads land in the field.
    dialog.showModal();
    loadDialog().then(
      (module) => module.startSearch(dialog, opener),
      () => {
        const status = dialog.querySelector('[role=status]');
        if (status) status.textContent = 'Search could not load. Check your connection, then try again.';
      },
    );
  }
  dialog.querySelector('input')?.focus();
}

export function initSearchTrigger(): void {
  // Intent is a pointer or focus that stays on the button a moment, not one passing over it on the
  // way elsewhere (tabbing through the header must not fetch the index).
  let warming = 0;
  const warmSoon = () => {
    warming = window.setTimeout(() => loadDialog().then((module) => module.warmSearch(), () => {}), 150);
  };
  const dontWarm = () => clearTimeout(warming);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-search-open]')) {
    // Hidden in the HTML: without JavaScript it could not work.
    button.hidden = false;
    button.addEventListener('click', open);
    button.addEventListener('pointerenter', warmSoon);
    button.addEventListener('focus', warmSoon);
    button.addEventListener('pointerleave', dontWarm);
    button.addEventListener('blur', dontWarm);
  }
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
}

/** A page opened from a search result carries the words to highlight; only then is the highlighter fetched. */
export function highlightArrival(): void {
  if (new URLSearchParams(location.search).has('highlight') /* highlightParam in lib/search/highlight.ts */) {
    import('./search-highlight-page.ts').then((module) => module.highlightSearchTerms(), () => {});
  }
}
