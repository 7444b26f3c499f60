import { nextTheme, parseTheme, type ThemeChoice } from '../lib/site/theme.ts';

const storageKey = 'theme';

function readChoice(): ThemeChoice {
  try {
    return parseTheme(localStorage.getItem(storageKey));
  } catch {
    return 'system';
  }
}

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

/** Wires the header's theme button; it stays hidden without JavaScript, where it could not work. */
export function initThemeToggle(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const label = button.querySelector('.theme-label');
    const show = (choice: ThemeChoice) => {
      button.dataset['choice'] = choice;
      if (label) label.textContent = `Theme: ${choice}`;
    };
    show(readChoice());
    button.hidden = false;
    button.addEventListener('click', () => {
      const choice = nextTheme(readChoiceFrom(button));
      apply(choice);
      show(choice);
    });
  }
}

function readChoiceFrom(button: HTMLElement): ThemeChoice {
  return parseTheme(button.dataset['choice'] ?? null);
}
