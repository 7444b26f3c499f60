/** The reader's theme choice: follow the system, or a fixed light or dark theme. */
export type ThemeChoice = 'system' | 'light' | 'dark';

const cycle: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** The next choice when the toggle is pressed: system, then light, then dark, then system again. */
export function nextTheme(current: ThemeChoice): ThemeChoice {
  return cycle[(cycle.indexOf(current) + 1) % cycle.length] ?? 'system';
}

/** Reads a stored value as a choice; anything unknown means "follow the system". */
export function parseTheme(stored: string | null): ThemeChoice {
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}
