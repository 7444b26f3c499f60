/**
 * Makes each heading's link copy the section's full URL (a model element's: its permanent address,
 * `data-copy-url`), and say so to every reader. Part of the
 * inline page loader, so it may import no module that other scripts share (see page-loader.ts).
 */
function say(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  // As announce.ts does (the islands' copy): clearing first makes screen readers repeat a message
  // that is the same as the last one.
  region.textContent = '';
  setTimeout(() => (region.textContent = message), 50);
}

export function initCopyLinks(): void {
  document.addEventListener('click', async (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-copy-link]') : null;
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const url = link.dataset['copyUrl'] ?? new URL(link.hash, location.href).href;
    history.replaceState(null, '', link.hash);
    try {
      await navigator.clipboard.writeText(url);
      link.dataset['copied'] = '';
      setTimeout(() => delete link.dataset['copied'], 2000);
      say('Link copied to the clipboard.');
    } catch {
      say('Could not copy; the link is now in the address bar.');
    }
  });
}
