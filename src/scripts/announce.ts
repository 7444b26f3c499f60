/** Says a short message through the page's polite live region. */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  // Clearing first makes screen readers repeat a message that is the same as the last one.
  region.textContent = '';
  setTimeout(() => (region.textContent = message), 50);
}
