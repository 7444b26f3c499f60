/**
 * The search dialog's behavior, loaded only once a reader shows intent (see search-open.ts).
 * Results are plain links in lists, one list per page: the arrow keys move focus between them, Enter
 * follows one, and every link still works as a link (middle-click, copy address).
 */
import { highlightHref } from '../lib/search/highlight.ts';
import { pagefindScriptUrl, siteRoot, type PagefindApi } from '../lib/search/pagefind.ts';
import { normaliseQuery, queryTerms } from '../lib/search/query.ts';
import { bestHit, excerptParts, groupResults, kindChoices, resultsMessage, type SearchGroup } from '../lib/search/results.ts';

/** Pages whose details are fetched per search; more would only be read by nobody. */
const maxPages = 8;
const maxHitsPerPage = 4;
/** Short: the index is small, and results should follow the keystroke within 150 ms. */
const debounceMs = 40;

let pagefind: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    // `astro dev` has no index to load: say so, rather than fetch a file that is not there.
    if (import.meta.env.DEV) throw new Error('no search index in development');
    // A variable, so that Vite leaves the import alone: the file exists only in the built site.
    const url = pagefindScriptUrl(import.meta.env.BASE_URL);
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ baseUrl: siteRoot(import.meta.env.BASE_URL), excerptLength: 24 });
    await api.init();
    return api;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** Starts fetching Pagefind and its index before the reader has typed anything. */
export function warmSearch(): void {
  loadPagefind().catch(() => {});
}

const unavailable = import.meta.env.DEV
  ? 'Search works on the built site only: the index is made by the build. Run "npm start", then search there.'
  : 'Search is not available right now: its index could not be loaded. Reload the page to try again.';

interface Ui {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  kinds: HTMLElement;
  status: HTMLElement;
  results: HTMLElement;
  /** What the results area says before anything is typed. */
  hint: Element | null;
}

function findUi(dialog: HTMLDialogElement): Ui | undefined {
  const input = dialog.querySelector<HTMLInputElement>('input[type=search]');
  const kinds = dialog.querySelector<HTMLElement>('[data-search-kinds]');
  const status = dialog.querySelector<HTMLElement>('[role=status]');
  const results = dialog.querySelector<HTMLElement>('[data-search-results]');
  const hint = results?.querySelector('.search-hint') ?? null;
  return input && kinds && status && results ? { dialog, input, kinds, status, results, hint } : undefined;
}

let ui: Ui | undefined;
let opener: Element | null = null;
let latestSearch = 0;
let kind: string | undefined;
let best: string | undefined;

function hitLinks(): HTMLAnchorElement[] {
  return [...(ui?.results.querySelectorAll<HTMLAnchorElement>('a.search-hit') ?? [])];
}

function excerptElement(excerpt: string): HTMLElement {
  const element = document.createElement('p');
  element.className = 'search-excerpt';
  for (const part of excerptParts(excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      element.append(mark);
    } else {
      element.append(part.text);
    }
  }
  return element;
}

function groupElement(group: SearchGroup, index: number, terms: readonly string[]): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-group';
  const heading = document.createElement('p');
  heading.className = 'search-page';
  heading.id = `search-page-${index}`;
  const title = document.createElement('span');
  title.className = 'search-page-title';
  title.textContent = group.title;
  heading.append(title);
  if (group.kind) {
    const badge = document.createElement('span');
    badge.className = 'search-kind';
    badge.textContent = group.kind;
    heading.append(' ', badge);
  }
  const hits = document.createElement('ul');
  hits.className = 'search-hits';
  hits.setAttribute('aria-labelledby', heading.id);
  group.hits.forEach((hit, hitIndex) => {
    const link = document.createElement('a');
    link.className = 'search-hit';
    link.href = highlightHref(hit.url, terms);
    link.textContent = hit.title;
    // The excerpt sits beside the link, not in it: the link is named by its title alone, and the
    // excerpt is read after it as its description. (CSS makes the whole item the click target.)
    const excerpt = excerptElement(hit.excerpt);
    excerpt.id = `search-hit-${index}-${hitIndex}`;
    link.setAttribute('aria-describedby', excerpt.id);
    const hitItem = document.createElement('li');
    hitItem.className = 'search-hit-item';
    hitItem.append(link, excerpt);
    hits.append(hitItem);
  });
  item.append(heading, hits);
  if (group.more.length > 0) {
    // The other places on the page, by their titles alone: links like the others, reached with the arrows too.
    const more = document.createElement('p');
    more.className = 'search-more';
    more.append(`and ${group.more.length} more ${group.more.length === 1 ? 'place' : 'places'} on this page: `);
    group.more.forEach((hit, hitIndex) => {
      const link = document.createElement('a');
      link.className = 'search-hit search-hit-more';
      link.href = highlightHref(hit.url, terms);
      link.textContent = hit.title;
      if (hitIndex > 0) more.append(', ');
      more.append(link);
    });
    item.append(more);
  }
  return item;
}

function show(groups: SearchGroup[], terms: readonly string[], message: string): void {
  if (!ui) return;
  const list = document.createElement('ol');
  list.className = 'search-groups';
  list.setAttribute('aria-label', 'Results');
  groups.forEach((group, index) => list.append(groupElement(group, index, terms)));
  // Results can arrive while the reader is already moving through the last ones: keep their place.
  const focused = ui.results.contains(document.activeElement) ? (document.activeElement as HTMLAnchorElement).href : undefined;
  ui.results.replaceChildren(...(groups.length > 0 ? [list] : []));
  if (focused !== undefined) (hitLinks().find((link) => link.href === focused) ?? ui.input).focus();
  const first = bestHit(groups);
  best = first ? highlightHref(first.url, terms) : undefined;
  ui.status.textContent = message;
}

async function search(): Promise<void> {
  if (!ui) return;
  const id = ++latestSearch;
  const query = normaliseQuery(ui.input.value);
  if (query === '') {
    show([], [], '');
    if (ui.hint) ui.results.replaceChildren(ui.hint);
    return;
  }
  try {
    const api = await loadPagefind();
    const found = await api.debouncedSearch(query, { filters: kind ? { kind } : {} }, debounceMs);
    // A later keystroke started another search: this one's results are stale.
    if (found === null || id !== latestSearch) return;
    const data = await Promise.all(found.results.slice(0, maxPages).map((result) => result.data()));
    if (id !== latestSearch) return;
    const groups = groupResults(data, { maxHitsPerPage });
    show(groups, queryTerms(query), resultsMessage(groups, query, kind));
  } catch {
    if (id === latestSearch) show([], [], unavailable);
  }
}

async function showKinds(): Promise<void> {
  if (!ui) return;
  const { kinds } = ui;
  const choices = kindChoices((await (await loadPagefind()).filters())['kind']);
  // One kind alone is nothing to choose between.
  if (choices.length < 2 || kinds.querySelector('input')) return;
  for (const [value, label] of [['', 'All'], ...choices.map((choice) => [choice, choice])] as const) {
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = 'search-kind';
    radio.value = value;
    radio.checked = value === (kind ?? '');
    const choice = document.createElement('label');
    choice.className = 'search-kind-choice';
    choice.append(radio, label);
    kinds.append(choice);
  }
  kinds.hidden = false;
}

function moveFocus(from: Element | null, step: 1 | -1 | 'first' | 'last'): void {
  const links = hitLinks();
  if (links.length === 0 || !ui) return;
  const at = links.indexOf(from as HTMLAnchorElement);
  const next = step === 'first' ? 0 : step === 'last' ? links.length - 1 : at + step;
  if (next < 0) ui.input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
}

function wire(current: Ui): void {
  const { dialog, input, kinds, results } = current;
  input.addEventListener('input', () => void search());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      // Chromium's first Escape in a filled search field would only clear it; here it closes, as everywhere.
      event.preventDefault();
      dialog.close();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      moveFocus(null, 'first');
    } else if (event.key === 'Enter' && best) {
      event.preventDefault();
      dialog.close();
      location.assign(best);
    }
  });
  results.addEventListener('keydown', (event) => {
    const keys: Record<string, 1 | -1 | 'first' | 'last'> = { ArrowDown: 1, ArrowUp: -1, Home: 'first', End: 'last' };
    const step = keys[event.key];
    if (step !== undefined) {
      event.preventDefault();
      moveFocus(document.activeElement, step);
    } else if ((event.key.length === 1 || event.key === 'Backspace') && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing while on a result goes on typing into the search field.
      input.focus();
    }
  });
  // Following a result leaves the page; closing first means that "back" does not return to an open dialog.
  results.addEventListener('click', (event) => {
    if ((event.target as Element | null)?.closest('a.search-hit')) dialog.close();
  });
  kinds.addEventListener('change', (event) => {
    const value = (event.target as HTMLInputElement).value;
    kind = value === '' ? undefined : value;
    void search();
  });
  // A click on the backdrop reaches the dialog itself; where `closedby` is unsupported, close here.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    // Back where the reader was, without scrolling the page that a same-page result may have moved.
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus({ preventScroll: true });
    opener = null;
  });
}

/** Takes over a dialog that the page loader (search-open.ts) has opened; `from` gets focus back on closing. */
export function startSearch(dialog: HTMLDialogElement, from: Element | null): void {
  if (ui) {
    // Reopened: the last query is still there, ready to be replaced or refined. (On the first
    // opening, whatever was typed while this module loaded must not be selected and overwritten.)
    ui.input.select();
  } else {
    ui = findUi(dialog);
    if (!ui) return;
    wire(ui);
  }
  opener = from;
  const current = ui;
  loadPagefind()
    .then(showKinds)
    .catch(() => (current.status.textContent = unavailable));
  void search();
}
