/**
 * How wide each character is in the preview images' three font faces, in ems. Measured from the
 * fonts the renderer embeds (Source Serif 4 600, Source Sans 3 400 and 600) and rounded up by 0.02 em,
 * so that a line the fitter accepts is never wider when drawn; test/unit/og/metrics.test.ts renders
 * text with the real fonts and holds the table to that.
 */
export type FontFace = 'serif-600' | 'sans-400' | 'sans-600';

const measured = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?\'"-()’‘“”—–…/&';

const table: Record<FontFace, { widths: readonly number[]; space: number }> = {
  'serif-600': {
    space: 0.25,
    widths: [
      0.58, 0.65, 0.55, 0.65, 0.57, 0.38, 0.59, 0.67, 0.36, 0.35, 0.64, 0.36, 0.99, 0.68, 0.62, 0.65, 0.63, 0.5, 0.5, 0.39,
      0.66, 0.61, 0.88, 0.61, 0.62, 0.52, 0.74, 0.67, 0.68, 0.74, 0.66, 0.63, 0.76, 0.83, 0.41, 0.42, 0.75, 0.63, 0.95, 0.78,
      0.78, 0.65, 0.78, 0.73, 0.57, 0.69, 0.77, 0.73, 1.05, 0.7, 0.69, 0.62, 0.57, 0.57, 0.57, 0.57, 0.57, 0.57, 0.57, 0.57,
      0.57, 0.57, 0.3, 0.3, 0.33, 0.33, 0.34, 0.45, 0.23, 0.45, 0.36, 0.36, 0.36, 0.26, 0.26, 0.49, 0.48, 0.85, 0.55, 0.85,
      0.31, 0.76,
    ],
  },
  'sans-400': {
    space: 0.22,
    widths: [
      0.53, 0.58, 0.46, 0.58, 0.52, 0.31, 0.53, 0.57, 0.27, 0.27, 0.52, 0.28, 0.85, 0.57, 0.57, 0.58, 0.58, 0.37, 0.44, 0.34,
      0.57, 0.49, 0.74, 0.47, 0.49, 0.45, 0.56, 0.61, 0.57, 0.64, 0.55, 0.52, 0.64, 0.68, 0.29, 0.47, 0.6, 0.51, 0.75, 0.67,
      0.69, 0.59, 0.69, 0.59, 0.55, 0.56, 0.67, 0.55, 0.81, 0.54, 0.5, 0.55, 0.52, 0.52, 0.52, 0.52, 0.52, 0.52, 0.52, 0.52,
      0.52, 0.52, 0.27, 0.27, 0.27, 0.27, 0.31, 0.45, 0.27, 0.45, 0.34, 0.33, 0.33, 0.27, 0.27, 0.45, 0.45, 0.82, 0.5, 0.97,
      0.37, 0.63,
    ],
  },
  'sans-600': {
    space: 0.22,
    widths: [
      0.54, 0.59, 0.46, 0.59, 0.53, 0.33, 0.54, 0.58, 0.29, 0.29, 0.55, 0.3, 0.87, 0.59, 0.57, 0.59, 0.59, 0.4, 0.46, 0.37,
      0.58, 0.52, 0.77, 0.51, 0.52, 0.47, 0.58, 0.62, 0.57, 0.65, 0.56, 0.53, 0.65, 0.69, 0.31, 0.48, 0.62, 0.53, 0.77, 0.68,
      0.7, 0.61, 0.7, 0.62, 0.56, 0.57, 0.68, 0.57, 0.82, 0.57, 0.53, 0.55, 0.54, 0.54, 0.54, 0.54, 0.54, 0.54, 0.54, 0.54,
      0.54, 0.54, 0.3, 0.3, 0.3, 0.3, 0.34, 0.47, 0.3, 0.51, 0.35, 0.35, 0.35, 0.3, 0.3, 0.51, 0.51, 0.82, 0.5, 0.99, 0.37,
      0.66,
    ],
  },
};

/** A character the table does not know is taken to be as wide as the widest: never narrower than drawn. */
const unknownWidth = 1.1;

const lookup = new Map<FontFace, Map<string, number>>(
  (Object.keys(table) as FontFace[]).map((face) => [face, new Map([...measured].map((char, index) => [char, table[face].widths[index]!]))]),
);

/** The width of one character in ems. */
export function charWidth(char: string, face: FontFace): number {
  if (/\s/.test(char)) return table[face].space;
  return lookup.get(face)!.get(char) ?? unknownWidth;
}

/** The width of a run of text at a font size, in pixels; an upper bound of what the renderer draws. */
export function textWidth(text: string, size: number, face: FontFace): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char, face);
  return ems * size;
}
