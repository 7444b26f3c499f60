import { elementKinds, type ElementKind } from '../../schemas/model.ts';

/**
 * The model diagram's geometry, worked out at build time from the model data: one drawing per part
 * of the model (the path, the spread, the traits, the options), each in its own coordinate system
 * so that the page can set the four side by side or one under another. Coordinates are SVG user
 * units, about one CSS pixel each when a part is drawn at its natural width.
 */

/** What the diagram needs of a model element. */
export interface DiagramElement {
  id: string;
  kind: ElementKind;
  number: number;
  page: string;
  short: string;
}

/** A box that stands for one element: its label ("Step 1") above its short text, wrapped into lines. */
export interface DiagramNode {
  id: string;
  number: number;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  /** Where the label and the lines start: the left edge for a list item, the middle for a box. */
  align: 'start' | 'middle';
}

/** A line drawn between things and, where it leads somewhere, the arrowhead at its end. */
export interface DiagramLine {
  d: string;
  head?: string;
}

/** The group of the spread: a circle with a halo, and the people drawn towards it. */
export interface DiagramGroup {
  cx: number;
  cy: number;
  r: number;
  /** One person per response; `ownGroup` rings those who self-organize as a group (responses 2 and 3). */
  people: Array<{ cx: number; cy: number; ownGroup: boolean }>;
}

export interface PartLayout {
  kind: ElementKind;
  /** The guide page that holds this part's sections. */
  page: string;
  width: number;
  height: number;
  nodes: DiagramNode[];
  lines: DiagramLine[];
  group?: DiagramGroup;
}

/** Text metrics. The width per character is a little wider than an average system sans-serif, so text fits. */
export const metrics = {
  width: 300,
  textSize: 13,
  lineHeight: 16,
  labelSize: 10.5,
  charWidth: 13 * 0.56,
  padX: 9,
  padTop: 7,
  labelGap: 15,
  padBottom: 9,
  rowGap: 18,
  stackGap: 8,
  columnGap: 10,
} as const;

/**
 * Greedy word wrap: words in order, no line longer than `maxChars`. A word longer than a whole line
 * is cut into line-long pieces rather than left to run out of its box.
 */
export function wrapWords(text: string, maxChars: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const pieces = text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => {
      const chars = [...word];
      const cut: string[] = [];
      for (let start = 0; start < chars.length; start += limit) cut.push(chars.slice(start, start + limit).join(''));
      return cut;
    });
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines[lines.length - 1];
    if (last !== undefined && charCount(last) + 1 + charCount(piece) <= limit) lines[lines.length - 1] = `${last} ${piece}`;
    else lines.push(piece);
  }
  return lines;
}

/** Characters as a reader counts them (code points, not UTF-16 units). */
export const charCount = (text: string): number => [...text].length;

/** How many characters fit on a line of a box `width` wide. */
export const charsPerLine = (width: number): number => Math.max(1, Math.floor((width - 2 * metrics.padX) / metrics.charWidth));

/** The height of a box with a label line and `lineCount` lines of text. */
export const boxHeight = (lineCount: number): number => metrics.padTop + metrics.labelGap + lineCount * metrics.lineHeight + metrics.padBottom - 3;

const round = (value: number): number => Math.round(value * 10) / 10;

/** A small filled triangle with its tip at (x, y), pointing along `angle` (radians; 0 points right). */
export function arrowHead(x: number, y: number, angle: number, size = 7): string {
  const back = (side: number) => {
    const a = angle + Math.PI + side * 0.45;
    return `${round(x + Math.cos(a) * size)} ${round(y + Math.sin(a) * size)}`;
  };
  return `M${round(x)} ${round(y)}L${back(1)}L${back(-1)}Z`;
}

/** Boxes in one row, `width` wide in all, equal widths; each as tall as the tallest of the row. */
function row(elements: readonly DiagramElement[], x: number, y: number, width: number): DiagramNode[] {
  const boxWidth = (width - metrics.columnGap * (elements.length - 1)) / elements.length;
  const wrapped = elements.map((element) => wrapWords(element.short, charsPerLine(boxWidth)));
  const height = boxHeight(Math.max(...wrapped.map((lines) => lines.length)));
  return elements.map((element, index) => ({
    id: element.id,
    number: element.number,
    x: round(x + index * (boxWidth + metrics.columnGap)),
    y,
    width: round(boxWidth),
    height,
    lines: wrapped[index] ?? [],
    align: 'middle',
  }));
}

const bottomCentre = (node: DiagramNode) => ({ x: round(node.x + node.width / 2), y: node.y + node.height });
const topCentre = (node: DiagramNode) => ({ x: round(node.x + node.width / 2), y: node.y });

/**
 * The path: the first two steps side by side (it appears either can come first), both leading into
 * the third; the rest one under another, each leading to the next.
 */
function pathLayout(steps: readonly DiagramElement[]): Pick<PartLayout, 'nodes' | 'lines' | 'height'> {
  const top = row(steps.slice(0, 2), 0, 0, metrics.width);
  const chainWidth = Math.round(metrics.width * 0.7);
  const chainX = (metrics.width - chainWidth) / 2;
  const below: DiagramNode[] = [];
  let y = (top[0]?.height ?? 0) + metrics.rowGap;
  for (const step of steps.slice(2)) {
    const [node] = row([step], chainX, y, chainWidth);
    if (!node) continue;
    below.push(node);
    y += node.height + metrics.rowGap;
  }
  const nodes = [...top, ...below];
  const lines: DiagramLine[] = [];
  const target = below[0];
  if (target) {
    for (const node of top) {
      const from = bottomCentre(node);
      const to = topCentre(target);
      // Both top boxes lead into the third step's top edge, a little either side of its middle.
      const landX = round(to.x + (from.x < to.x ? -12 : from.x > to.x ? 12 : 0));
      const midY = round((from.y + to.y) / 2);
      lines.push({ d: `M${from.x} ${from.y}C${from.x} ${midY} ${landX} ${midY} ${landX} ${to.y - 6}`, head: arrowHead(landX, to.y - 1, Math.PI / 2) });
    }
  }
  below.slice(1).forEach((node, index) => {
    const from = bottomCentre(below[index]!);
    lines.push({ d: `M${from.x} ${from.y}V${node.y - 6}`, head: arrowHead(from.x, node.y - 1, Math.PI / 2) });
  });
  return { nodes, lines, height: Math.max(...nodes.map((node) => node.y + node.height)) };
}

/**
 * The spread: a group on the left, drawing nearby people towards it (one person per response, each
 * with an arrow to the group), and on the right the three ways those people respond.
 */
/** The radius of the small ring around a person who self-organizes as a group of their own. */
export const ownGroupRadius = 10;

function spreadLayout(responses: readonly DiagramElement[]): Pick<PartLayout, 'nodes' | 'lines' | 'height' | 'group'> {
  const boxX = 128;
  const boxWidth = metrics.width - boxX;
  const nodes: DiagramNode[] = [];
  let y = 0;
  for (const response of responses) {
    const [node] = row([response], boxX, y, boxWidth);
    if (!node) continue;
    nodes.push(node);
    y += node.height + metrics.stackGap;
  }
  const height = Math.max(y - metrics.stackGap, 120);
  const r = 34;
  const cx = r + 6;
  const cy = round(height / 2 - 8);
  // Everyone who responds was drawn to the group, but not everyone joins it: in the essay's order, the
  // second response self-organizes as a group, the third does both. A small ring marks a group of their own.
  const people = nodes.map((node) => ({ cx: boxX - 22, cy: round(node.y + node.height / 2), ownGroup: node.number >= 2 }));
  const lines: DiagramLine[] = [];
  for (const person of people) {
    // From the person to the box of their response, and from the person towards the group's halo.
    const clear = person.ownGroup ? ownGroupRadius + 2 : 5;
    lines.push({ d: `M${person.cx + clear} ${person.cy}H${boxX - 1}` });
    const angle = Math.atan2(person.cy - cy, person.cx - cx);
    const haloR = r + 9;
    const endX = round(cx + Math.cos(angle) * (haloR + 4));
    const endY = round(cy + Math.sin(angle) * (haloR + 4));
    const startX = round(person.cx - Math.cos(angle) * (clear + 3));
    const startY = round(person.cy - Math.sin(angle) * (clear + 3));
    // The line stops where the arrowhead begins, so its end does not poke through the tip.
    const lineEndX = round(endX + Math.cos(angle) * 5);
    const lineEndY = round(endY + Math.sin(angle) * 5);
    lines.push({ d: `M${startX} ${startY}L${lineEndX} ${lineEndY}`, head: arrowHead(endX, endY, angle + Math.PI) });
  }
  return { nodes, lines, height, group: { cx, cy, r, people } };
}

/** The traits: one under another, as list items, no arrows: they are not a sequence. */
function traitsLayout(traits: readonly DiagramElement[]): Pick<PartLayout, 'nodes' | 'lines' | 'height'> {
  const height = 30;
  const nodes = traits.map((trait, index) => ({
    id: trait.id,
    number: trait.number,
    x: 0,
    y: index * (height + metrics.stackGap),
    width: metrics.width,
    height,
    lines: [trait.short],
    align: 'start' as const,
  }));
  return { nodes, lines: [], height: Math.max(0, traits.length * (height + metrics.stackGap) - metrics.stackGap) };
}

/** The options: side by side and equal, no arrows: the author uses all three, none comes before another. */
function optionsLayout(options: readonly DiagramElement[]): Pick<PartLayout, 'nodes' | 'lines' | 'height'> {
  const nodes = row(options, 0, 0, metrics.width);
  return { nodes, lines: [], height: nodes[0]?.height ?? 0 };
}

const layouts: Record<ElementKind, (elements: readonly DiagramElement[]) => Pick<PartLayout, 'nodes' | 'lines' | 'height' | 'group'>> = {
  step: pathLayout,
  response: spreadLayout,
  trait: traitsLayout,
  option: optionsLayout,
};

/**
 * The four parts of the diagram, in the order the guide presents them. Every element of a kind must
 * live on the same guide page, since a part of the diagram stands for one page.
 */
export function diagramParts(elements: readonly DiagramElement[]): PartLayout[] {
  return elementKinds.map((kind) => {
    const members = elements.filter((element) => element.kind === kind).sort((a, b) => a.number - b.number);
    const pages = [...new Set(members.map((element) => element.page))];
    if (members.length === 0) throw new Error(`content/model/elements.json: the diagram needs at least one element of kind "${kind}"`);
    if (pages.length !== 1) {
      throw new Error(`content/model/elements.json: the diagram draws each kind on one page, but the ${kind}s are on ${pages.join(', ')}`);
    }
    return { kind, page: pages[0]!, width: metrics.width, ...layouts[kind](members) };
  });
}

/** The part of the diagram that a guide page covers, if any. */
export function partOnPage(parts: readonly PartLayout[], page: string): PartLayout | undefined {
  return parts.find((part) => part.page === page);
}

const kindWords: Record<ElementKind, { one: string; many: string; fallbackTitle: string }> = {
  step: { one: 'step', many: 'steps', fallbackTitle: 'The individual path' },
  response: { one: 'response', many: 'responses', fallbackTitle: 'How groups foster groups' },
  trait: { one: 'trait', many: 'traits', fallbackTitle: 'The traits' },
  option: { one: 'option', many: 'options', fallbackTitle: 'The options' },
};

/** The words around a part: its count ("5 steps"), a title to use if its page has none, the spread's captions. */
export function partNames(kind: ElementKind, count: number): { count: string; fallbackTitle: string; groupText: string; groupNote: string[] } {
  const words = kindWords[kind];
  return {
    count: `${count} ${count === 1 ? words.one : words.many}`,
    fallbackTitle: words.fallbackTitle,
    groupText: 'A group',
    groupNote: ['draws nearby', 'people'],
  };
}

const comparable = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A diagram link's accessible name: it begins with what the box shows (label and short text), so
 * that a reader who speaks what they see (voice control) can follow it, then gives the element's
 * full name, unless the short text already is that name.
 */
export function diagramLinkName(label: string, short: string, name: string): string {
  return comparable(short) === comparable(name) ? `${label}: ${name}` : `${label}: ${short} (${name})`;
}

/**
 * A part's boxes as one SVG path of plain rectangles, in whole units: the small map on each guide
 * page draws only these (at that size arrows and rounded corners would be a blur), in few bytes.
 */
export function boxesPath(part: Pick<PartLayout, 'nodes'>): string {
  return part.nodes
    .map((node) => {
      const [x, y, width, height] = [node.x, node.y, node.width, node.height].map(Math.round) as [number, number, number, number];
      return `M${x} ${y}h${width}v${height}h${-width}z`;
    })
    .join('');
}
