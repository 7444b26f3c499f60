import { textWidth, type FontFace } from './metrics.ts';

/** The room a piece of text may take, and the font sizes it may be set in, largest first. */
export interface TextBox {
  face: FontFace;
  /** Width of the box in pixels. */
  width: number;
  /** Height the text may take in pixels: it decides how many lines each size may have. */
  height: number;
  /** Candidate font sizes in pixels, largest first; the first at which the text fits whole wins. */
  sizes: readonly number[];
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** A cap on the number of lines, whatever the height allows. */
  maxLines?: number;
}

/** Text set to fit a box: the size chosen, its lines, and whether it had to be cut short. */
export interface FittedText {
  /** What is drawn: the text, or its first lines ending in "…" when it did not fit at any size. */
  text: string;
  size: number;
  lineHeight: number;
  lines: string[];
  /** Height the lines take in pixels. */
  height: number;
  clamped: boolean;
}

const ellipsis = '…';

/** Splits a word wider than the line into pieces that fit, so that no line is ever too wide. */
function breakWord(word: string, width: number, size: number, face: FontFace): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && textWidth(piece + char, size, face) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** Greedy word wrap: the lines the text takes in `width` pixels at `size`. Whitespace is collapsed. */
export function wrapText(text: string, width: number, size: number, face: FontFace): string[] {
  return wrap(text, width, size, face).lines;
}

/** The wrap, and whether a word wider than the line had to be split. */
function wrap(text: string, width: number, size: number, face: FontFace): { lines: string[]; splitWord: boolean } {
  let splitWord = false;
  const words = text.trim().split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (textWidth(candidate, size, face) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    const pieces = textWidth(word, size, face) <= width ? [word] : breakWord(word, width, size, face);
    if (pieces.length > 1) splitWord = true;
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }
  if (line !== '') lines.push(line);
  return { lines, splitWord };
}

/** How many lines of `size` the box has room for. */
export function linesAllowed(box: TextBox, size: number): number {
  const byHeight = Math.floor(box.height / (size * box.lineHeight) + 1e-9);
  return Math.max(0, Math.min(byHeight, box.maxLines ?? Number.POSITIVE_INFINITY));
}

/** Shortens the last line until it and an ellipsis fit the width. */
function withEllipsis(line: string, width: number, size: number, face: FontFace): string {
  let kept = line;
  while (kept !== '' && textWidth(`${kept}${ellipsis}`, size, face) > width) {
    const lastSpace = kept.lastIndexOf(' ');
    kept = lastSpace > 0 ? kept.slice(0, lastSpace) : [...kept].slice(0, -1).join('');
  }
  return `${kept.replace(/[\s,.;:–—-]+$/, '')}${ellipsis}`;
}

/**
 * Sets text in the largest size at which all of it fits the box without splitting a word. When none
 * does, the smallest size: splitting a word only if it is wider than the box, and cut to the lines the
 * box holds, ending in "…", if it is still too long. The result never has more lines than the box
 * allows nor a line wider than the box.
 */
export function fitText(text: string, box: TextBox): FittedText {
  if (box.sizes.length === 0) throw new Error('fitText: a box needs at least one font size');
  const sizes = [...box.sizes].sort((a, b) => b - a);
  for (const size of sizes) {
    const { lines, splitWord } = wrap(text, box.width, size, box.face);
    if (!splitWord && lines.length <= linesAllowed(box, size)) return result(lines, size, box, false);
  }
  const size = sizes.at(-1)!;
  const allowed = linesAllowed(box, size);
  const { lines } = wrap(text, box.width, size, box.face);
  if (lines.length <= allowed) return result(lines, size, box, false);
  if (allowed === 0) throw new Error(`fitText: a box ${box.height} px high has no room for a line of ${size} px`);
  const kept = lines.slice(0, allowed);
  kept[kept.length - 1] = withEllipsis(kept.at(-1)!, box.width, size, box.face);
  return result(kept, size, box, true);
}

function result(lines: string[], size: number, box: TextBox, clamped: boolean): FittedText {
  return { text: lines.join(' '), size, lineHeight: box.lineHeight, lines, height: lines.length * size * box.lineHeight, clamped };
}
