import { announce } from './announce.ts';

/** Makes each heading's link copy the section's full URL, and say so to every reader. */
export function initCopyLinks(): void {
  document.addEventListener('click', async (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const url = new URL(link.hash, location.href).href;
    history.replaceState(null, '', link.hash);
    try {
      await navigator.clipboard.writeText(url);
      link.dataset['copied'] = '';
      setTimeout(() => delete link.dataset['copied'], 2000);
      announce('Link copied to the clipboard.');
    } catch {
      announce('Could not copy; the link is now in the address bar.');
    }
  });
}
