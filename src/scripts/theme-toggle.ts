/**
 * The header's theme button. Its label and icon follow <html data-theme> in CSS, which the head's
 * inline script set before the first paint; without JavaScript, CSS hides the button. Part of the
 * inline page loader.
 */
import { nextTheme, parseTheme, type ThemeChoice } from '../lib/site/theme.ts';

const storageKey = 'theme';

function apply(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = choice;
  try {
    if (choice === 'system') localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, choice);
  } catch {
    // Private mode without storage: the choice still holds for this page.
  }
}

export function initThemeToggle(): void {
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element && event.target.closest('[data-theme-toggle]'))) return;
    const system = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    apply(nextTheme(parseTheme(document.documentElement.dataset['theme'] ?? null), system));
  });
}
