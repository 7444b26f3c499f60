/**
 * The dialog's code arriving (added by the page loader, see search-open.ts): it starts fetching
 * Pagefind and its index, and takes over the dialog whenever the loader opens it, including an
 * opening that came before this code did.
 */
import type { SearchDialog, SearchOpenedEvent } from './search-handoff.ts';
import { startSearch, warmSearch } from './search-dialog.ts';

const searchOpened: SearchOpenedEvent = 'search-opened';

function startIfOpen(): void {
  const dialog = document.querySelector<SearchDialog>('dialog[data-search-dialog]');
  if (dialog?.open) startSearch(dialog, dialog.searchOpener ?? null);
}

warmSearch();
document.addEventListener(searchOpened, startIfOpen);
startIfOpen();
