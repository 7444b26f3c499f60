/** Words a reader reads in a minute, on average, in a text like the guide's. */
export const wordsPerMinute = 220;

/**
 * The words a reader sees in an MDX page's source: without frontmatter, imports and exports, code
 * blocks, HTML comments, JSX tags and the addresses of links, so that markup is not counted as text.
 */
export function readableText(mdx: string): string {
  return mdx
    .replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, '')
    .replace(/^```[\s\S]*?^```/gm, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ');
}

/** Counts words: runs of letters or digits, with inner apostrophes and hyphens ("don't", "self-organizing"). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes to read `words` words, rounded up; at least one for any text. */
export function readingMinutes(words: number, perMinute: number = wordsPerMinute): number {
  if (!Number.isFinite(words) || words < 0) throw new RangeError(`readingMinutes: words must be a finite number ≥ 0, got ${words}`);
  if (!(perMinute > 0)) throw new RangeError(`readingMinutes: perMinute must be > 0, got ${perMinute}`);
  return words === 0 ? 0 : Math.max(1, Math.ceil(words / perMinute));
}

/** "1 minute", "9 minutes": how the page says it. */
export const readingTimeText = (minutes: number): string => `${minutes} ${minutes === 1 ? 'minute' : 'minutes'} to read`;
