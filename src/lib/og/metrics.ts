/**
 * How wide each character is in the preview images' three font faces, in ems. Measured from the
 * fonts the renderer embeds (Source Serif 4 600, Source Sans 3 400 and 600) and rounded up by 0.02 em,
 * so that a line the fitter accepts is never wider when drawn; test/unit/og/metrics.test.ts renders
 * text with the real fonts and holds the table to that.
 *
 * Seven serif characters (D . , ( ) … /) and C, J (and c in the 600) in the sans were set wider than the
 * table said, as drawing every pair showed; their widths are raised to what is drawn.
 *
 * A glyph's ink can reach past its advance (the hook of an "f", the top of a serif "/"): in the middle
 * of a line the next glyph covers it, at the end of a line it sticks out. So those glyphs also have an
 * ink extent, and a run is as wide as its advances or as the ink of any glyph, whichever reaches further.
 */
export type FontFace = 'serif-600' | 'sans-400' | 'sans-600';

const measured = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?\'"-()’‘“”—–…/&';

const table: Record<FontFace, { widths: readonly number[]; space: number }> = {
  'serif-600': {
    space: 0.25,
    widths: [
      0.58, 0.65, 0.55, 0.65, 0.57, 0.38, 0.59, 0.67, 0.36, 0.35, 0.64, 0.36, 0.99, 0.68, 0.62, 0.65, 0.63, 0.5, 0.5, 0.39,
      0.66, 0.61, 0.88, 0.61, 0.62, 0.52, 0.74, 0.67, 0.68, 0.75, 0.66, 0.63, 0.76, 0.83, 0.41, 0.42, 0.75, 0.63, 0.95, 0.78,
      0.78, 0.65, 0.78, 0.73, 0.57, 0.69, 0.77, 0.73, 1.05, 0.7, 0.69, 0.62, 0.57, 0.57, 0.57, 0.57, 0.57, 0.57, 0.57, 0.57,
      0.57, 0.57, 0.32, 0.32, 0.33, 0.33, 0.34, 0.45, 0.23, 0.45, 0.36, 0.39, 0.39, 0.26, 0.26, 0.49, 0.48, 0.85, 0.55, 0.86,
      0.37, 0.76,
    ],
  },
  'sans-400': {
    space: 0.22,
    widths: [
      0.53, 0.58, 0.46, 0.58, 0.52, 0.31, 0.53, 0.57, 0.27, 0.27, 0.52, 0.28, 0.85, 0.57, 0.57, 0.58, 0.58, 0.37, 0.44, 0.34,
      0.57, 0.49, 0.74, 0.47, 0.49, 0.45, 0.56, 0.61, 0.58, 0.64, 0.55, 0.52, 0.64, 0.68, 0.29, 0.49, 0.6, 0.51, 0.75, 0.67,
      0.69, 0.59, 0.69, 0.59, 0.55, 0.56, 0.67, 0.55, 0.81, 0.54, 0.5, 0.55, 0.52, 0.52, 0.52, 0.52, 0.52, 0.52, 0.52, 0.52,
      0.52, 0.52, 0.27, 0.27, 0.27, 0.27, 0.31, 0.45, 0.27, 0.45, 0.34, 0.33, 0.33, 0.27, 0.27, 0.45, 0.45, 0.82, 0.5, 0.97,
      0.37, 0.63,
    ],
  },
  'sans-600': {
    space: 0.22,
    widths: [
      0.54, 0.59, 0.47, 0.59, 0.53, 0.33, 0.54, 0.58, 0.29, 0.29, 0.55, 0.3, 0.87, 0.59, 0.57, 0.59, 0.59, 0.4, 0.46, 0.37,
      0.58, 0.52, 0.77, 0.51, 0.52, 0.47, 0.58, 0.62, 0.59, 0.65, 0.56, 0.53, 0.65, 0.69, 0.31, 0.5, 0.62, 0.53, 0.77, 0.68,
      0.7, 0.61, 0.7, 0.62, 0.56, 0.57, 0.68, 0.57, 0.82, 0.57, 0.53, 0.55, 0.54, 0.54, 0.54, 0.54, 0.54, 0.54, 0.54, 0.54,
      0.54, 0.54, 0.3, 0.3, 0.3, 0.3, 0.34, 0.47, 0.3, 0.51, 0.35, 0.35, 0.35, 0.3, 0.3, 0.51, 0.51, 0.82, 0.5, 0.99,
      0.37, 0.66,
    ],
  },
};

/** Where the ink of a glyph ends, in ems from its origin, for the glyphs whose ink passes their width (rounded up by 0.02 em). */
const inkExtent: Record<FontFace, Readonly<Record<string, number>>> = {
  'serif-600': { f: 0.48, '/': 0.38 },
  'sans-400': { f: 0.34 },
  'sans-600': { f: 0.37 },
};

/**
 * Pairs the fonts set further apart than the two characters' widths above say (positive kerning: an
 * "f" before a capital or a closing quote, "(" before "j"), with how much more, in hundredths of an em.
 * Measured by drawing every pair of the characters above with the real fonts, and rounded up. Pairs
 * kerned closer keep their widths, which only overstates them.
 */
const kerning: Record<FontFace, Readonly<Record<number, string>>> = {
  'serif-600': {
    12: "fV fW fY f)",
    11: "fT fX",
    10: "fB fF fH fJ fL fM fN fP fR fU (j",
    9: "fD fE fI fK fZ f' f\" f‘ f“",
    8: "f’ f”",
    7: "f! f? gJ",
    5: "fS qj",
    4: "…j",
    3: "gj .j ,j …J",
    2: "g’ g” r” t’ t” B- B— B– F’ F” Py P’ P‘ P“ P” .J ,J (y (J ‘v ‘w “v “w /V /W",
    1: "fv fw fy fC fG fO fQ r’ Bc Bd Be Bo Bq C' C\" C’ C” DC DG DO DQ D- D’ D” D— D– F‘ F“ Pv Pw W’ W” /' /\"",
  },
  'sans-400': {
    6: "fV (j",
    5: "fY",
    4: "fT fW f)",
    3: "f' f\" f’ f‘ f“ f” g/",
    2: "fX f? gj r‘ r“ t. t, t; t: t/ Aa As .j ,j /i /j",
    1: "cv cw cx cy rv ry r; r: t… …j",
  },
  'sans-600': {
    6: "fV (j",
    5: "fY",
    4: "fT fW f' f\" f)",
    3: "f’ f‘ f“ f” gj g/",
    2: "fX f? .j ,j",
    1: "cv cw cy r‘ r“ S- S— S– …j",
  },
};

/** Each face's kerned pairs, as hundredths of an em to add between the two characters. */
const kernedPairs = new Map<FontFace, Map<string, number>>(
  (Object.keys(kerning) as FontFace[]).map((face) => [
    face,
    new Map(Object.entries(kerning[face]).flatMap(([extra, pairs]) => pairs.split(' ').map((pair) => [pair, Number(extra)] as const))),
  ]),
);

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

/** Ems in whole hundredths (every width above has two decimals), so that a sum is exact, whatever its order. */
const hundredths = (ems: number): number => Math.round(ems * 100);

/**
 * The width of a run of text at a font size, in pixels; an upper bound of what the renderer draws.
 * Summed in whole hundredths of an em: adding decimal fractions would drift (a line of exactly 204 px
 * measuring 203.99999999999997), so that a line's width would depend on the order of its characters.
 */
export function textWidth(text: string, size: number, face: FontFace): number {
  const kerned = kernedPairs.get(face)!;
  let advance = 0;
  let reach = 0;
  let previous = '';
  for (const char of text) {
    advance += kerned.get(previous + char) ?? 0;
    const ink = inkExtent[face][char];
    if (ink !== undefined) reach = Math.max(reach, advance + hundredths(ink));
    advance += hundredths(charWidth(char, face));
    previous = char;
  }
  return (Math.max(advance, reach) * size) / 100;
}
