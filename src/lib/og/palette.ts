/**
 * The site's light palette (the first value of each light-dark() in src/styles/global.css), for the
 * preview images: chat apps show them on light and dark backgrounds alike, and the light page is what
 * most readers land on. test/unit/og/palette.test.ts keeps these equal to the stylesheet.
 */
export const palette = {
  bg: '#fbf8f3',
  'bg-raised': '#ffffff',
  'bg-sunken': '#f2ede4',
  text: '#1d2326',
  'text-muted': '#50595e',
  border: '#d9d2c5',
  accent: '#1b5c57',
  'accent-strong': '#12433f',
  'accent-soft': '#e3efed',
  gold: '#8a5a00',
  'gold-soft': '#fbf0d9',
} as const;

export type PaletteColor = keyof typeof palette;
