/** The reader's theme choice: follow the system, or a fixed light or dark theme. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** The scheme the system asks for now. */
export type SystemScheme = 'light' | 'dark';

/**
 * The next choice when the toggle is pressed. From "system", the first press goes to the scheme the
 * system is not showing, so that it changes what the reader sees (from light to light would change
 * only the label); then to the system's own scheme, fixed; then back to following the system.
 * With a light system: system, dark, light, system. With a dark one: system, light, dark, system.
 */
export function nextTheme(current: ThemeChoice, system: SystemScheme = 'light'): ThemeChoice {
  const other: SystemScheme = system === 'dark' ? 'light' : 'dark';
  const cycle: readonly ThemeChoice[] = ['system', other, system];
  return cycle[(cycle.indexOf(current) + 1) % cycle.length] ?? 'system';
}

/** Reads a stored value as a choice; anything unknown means "follow the system". */
export function parseTheme(stored: string | null): ThemeChoice {
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

/** What the reader sees under a choice, given the system's scheme. */
export function shownScheme(choice: ThemeChoice, system: SystemScheme): SystemScheme {
  return choice === 'system' ? system : choice;
}
