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

/** Splits a word wider than the line into pieces that fit; undefined if one character alone is wider than the line. */
function breakWord(word: string, width: number, size: number, face: FontFace): string[] | undefined {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (textWidth(piece + char, size, face) > width) {
      if (piece === '') return undefined;
      pieces.push(piece);
      if (textWidth(char, size, face) > width) return undefined;
      piece = '';
    }
    piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** The first character of the text that is wider than the line on its own, if any. */
function tooWideChar(text: string, width: number, size: number, face: FontFace): string | undefined {
  return [...text].find((char) => textWidth(char, size, face) > width);
}

/**
 * Greedy word wrap: the lines the text takes in `width` pixels at `size`. Whitespace is collapsed. A
 * word wider than the line starts a line of its own and is split where the line is full, as a browser
 * does with `overflow-wrap: break-word`: it is then read from its first letter at the start of a line.
 * Throws if a single character is wider than the line, since no wrap can make it fit.
 */
export function wrapText(text: string, width: number, size: number, face: FontFace): string[] {
  const wrapped = wrap(text, width, size, face);
  if (wrapped === undefined) {
    const char = tooWideChar(text, width, size, face);
    throw new Error(`wrapText: "${char}" at ${size} px is wider than a line ${width} px wide`);
  }
  return wrapped.lines;
}

/** The wrap, and whether a word wider than the line had to be split; undefined if a character is wider than the line. */
function wrap(text: string, width: number, size: number, face: FontFace): { lines: string[]; splitWord: boolean } | undefined {
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
    if (pieces === undefined) return undefined;
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
 * allows nor a line wider than the box; a box too narrow for one of the text's characters at the
 * smallest size is an error that says so.
 */
export function fitText(text: string, box: TextBox): FittedText {
  if (box.sizes.length === 0) throw new Error('fitText: a box needs at least one font size');
  const sizes = [...box.sizes].sort((a, b) => b - a);
  for (const size of sizes) {
    const wrapped = wrap(text, box.width, size, box.face);
    if (wrapped && !wrapped.splitWord && wrapped.lines.length <= linesAllowed(box, size)) return result(wrapped.lines, size, box, false);
  }
  const size = sizes.at(-1)!;
  const allowed = linesAllowed(box, size);
  const wrapped = wrap(text, box.width, size, box.face);
  if (wrapped === undefined) {
    throw new Error(`fitText: "${tooWideChar(text, box.width, size, box.face)}" at ${size} px is wider than a box ${box.width} px wide`);
  }
  const { lines } = wrapped;
  if (lines.length <= allowed) return result(lines, size, box, false);
  if (allowed === 0) throw new Error(`fitText: a box ${box.height} px high has no room for a line of ${size} px`);
  const kept = lines.slice(0, allowed);
  kept[kept.length - 1] = withEllipsis(kept.at(-1)!, box.width, size, box.face);
  return result(kept, size, box, true);
}

function result(lines: string[], size: number, box: TextBox, clamped: boolean): FittedText {
  return { text: lines.join(' '), size, lineHeight: box.lineHeight, lines, height: lines.length * size * box.lineHeight, clamped };
}
