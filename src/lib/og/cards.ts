import { elementKinds, elementLabel, expectedCounts, type ElementKind, type ModelElement } from '../../schemas/model.ts';
import { fitText, wrapText, type FittedText, type TextBox } from './fit.ts';
import { standaloneSummary } from '../guide/element-scope.ts';

/** The size of every preview image: the 1.91:1 card that chat apps and social sites draw large. */
export const ogWidth = 1200;
export const ogHeight = 630;

/** Room around the card's content. */
export const padding = { x: 72, y: 56 } as const;
/** The home card's diagram needs more of the height. */
export const homePadding = { x: 48, y: 40 } as const;
const innerWidth = ogWidth - 2 * padding.x;
const homeInnerWidth = ogWidth - 2 * homePadding.x;

/** What a page's or an element's card says: an eyebrow, a title, a line or two of text, the site's name. */
export interface TextCard {
  type: 'text';
  eyebrow: FittedText;
  title: FittedText;
  body: FittedText;
  siteName: FittedText;
  /** Where an element stands among those of its kind ("4 of 5"), drawn as dots. */
  position?: { number: number; of: number };
}

/** One label in the home card's diagram. */
export interface DiagramItem {
  number: number;
  label: FittedText;
}

/** One part of the model in the home card: a heading and its elements, in rows. */
export interface DiagramPart {
  kind: ElementKind;
  heading: FittedText;
  /** Rows of items; items in one row are drawn side by side. */
  rows: DiagramItem[][];
  /** Height of each row in pixels; the rows and the gaps between them fill the column. */
  rowHeights: number[];
  width: number;
}

/** The home page's card: the site's name and the whole model at a glance. */
export interface HomeCard {
  type: 'home';
  title: FittedText;
  /** The three parts drawn as columns: steps, responses, traits. */
  columns: DiagramPart[];
  /** The options, drawn as one row under the columns. */
  options: DiagramPart;
}

export type OgCard = TextCard | HomeCard;

// The heights below add up to the card's: eyebrow, gap, title, gap, body, footer.
export const textLayout = {
  eyebrowHeight: 44,
  gapAfterEyebrow: 28,
  gapAfterTitle: 24,
  footerHeight: 40,
  gapBeforeFooter: 28,
} as const;

const titleBox = (height: number): TextBox => ({
  face: 'serif-600',
  width: innerWidth,
  height,
  sizes: [76, 70, 64, 58, 52],
  lineHeight: 1.12,
  maxLines: 3,
});

const bodyBox = (height: number): TextBox => ({
  face: 'sans-400',
  width: innerWidth,
  height,
  // Not below 30 px: the card must stay readable when a chat app draws it 400 px wide (a third).
  sizes: [38, 35, 32, 30],
  lineHeight: 1.3,
  maxLines: 5,
});

/** Lays out a text card: the title takes what it needs (up to three lines), the body the rest. */
export function textCard(content: { eyebrow: string; title: string; body: string; siteName: string; position?: TextCard['position'] }): TextCard {
  const { eyebrowHeight, gapAfterEyebrow, gapAfterTitle, footerHeight, gapBeforeFooter } = textLayout;
  const textHeight = ogHeight - 2 * padding.y - eyebrowHeight - gapAfterEyebrow - gapAfterTitle - footerHeight - gapBeforeFooter;
  // The title may take up to 60% of the room; the body gets what the title leaves.
  const title = fitText(content.title, titleBox(Math.floor(textHeight * 0.6)));
  const body = fitText(content.body, bodyBox(textHeight - title.height));
  // The eyebrow shares its row with up to five position dots (34 px each).
  const eyebrow = fitText(content.eyebrow, { face: 'sans-600', width: innerWidth - 200 - 32, height: eyebrowHeight, sizes: [32, 28], lineHeight: 1.25, maxLines: 1 });
  const siteName = fitText(content.siteName, { face: 'sans-600', width: innerWidth - 32, height: footerHeight, sizes: [30, 26], lineHeight: 1.25, maxLines: 1 });
  return {
    type: 'text',
    eyebrow,
    title,
    body,
    siteName,
    ...(content.position ? { position: content.position } : {}),
  };
}

/** An element's card: "Trait 4", its name, its scope and summary, and where it stands among its kind. */
export function elementCard(element: ModelElement, siteName: string): TextCard {
  return textCard({
    eyebrow: elementLabel(element),
    title: element.name,
    body: standaloneSummary(element),
    siteName,
    position: { number: element.number, of: expectedCounts[element.kind] },
  });
}

/** A page's card: a short eyebrow ("Guide"), the page's title and its description. */
export function pageCard(page: { eyebrow: string; title: string; description: string }, siteName: string): TextCard {
  return textCard({ eyebrow: page.eyebrow, title: page.title, body: page.description, siteName });
}

const partHeadings: Record<ElementKind, string> = {
  step: 'Each person: 5 steps',
  response: 'Nearby people: 3 responses',
  trait: 'The groups: 5 traits',
  option: 'Three options, side by side',
};

// The home card's geometry: title row, three columns, then the options row.
export const homeLayout = {
  titleHeight: 52,
  gapAfterTitle: 14,
  headingHeight: 32,
  gapAfterHeading: 6,
  columnGap: 20,
  itemGap: 8,
  itemPaddingX: 10,
  itemPaddingY: 6,
  numberWidth: 24,
  optionsHeight: 56,
  gapBeforeOptions: 14,
} as const;

/** Label sizes in the diagram: 26 px or more stays legible at a third of the size. */
const labelSizes = [30, 28, 26] as const;
const labelLineHeight = 1.15;

/** Side-by-side items are narrow, so they may take three lines; an item with a row to itself, two. */
const maxLinesOf = (row: readonly unknown[]): number => (row.length > 1 ? 3 : 2);

function itemBox(width: number, height: number, maxLines: number): TextBox {
  const { itemPaddingX, itemPaddingY, numberWidth } = homeLayout;
  return {
    face: 'sans-600',
    width: width - 2 * itemPaddingX - numberWidth,
    height: height - 2 * itemPaddingY,
    sizes: labelSizes,
    lineHeight: labelLineHeight,
    maxLines,
  };
}

/** Rows of a part: steps 1 and 2 share the first row (either may come first); every other element has a row. */
function rowsOf(kind: ElementKind, elements: ModelElement[]): ModelElement[][] {
  if (kind === 'option') return [elements];
  if (kind === 'step') return [elements.slice(0, 2), ...elements.slice(2).map((element) => [element])];
  return elements.map((element) => [element]);
}

/**
 * The height of each row of a column: each row gets room for the lines its longest label needs at
 * the smallest size, and what is left is shared equally. When even that does not fit,
 * the rows share the room equally and the fitter cuts the labels short.
 */
function rowHeights(rows: ModelElement[][], width: number, room: number): number[] {
  const { itemGap, itemPaddingY } = homeLayout;
  const available = room - itemGap * (rows.length - 1);
  const smallest = Math.min(...labelSizes);
  const lineHeight = smallest * labelLineHeight;
  const linesNeeded = rows.map((row) => {
    const itemWidth = (width - itemGap * (row.length - 1)) / row.length;
    const box = itemBox(itemWidth, maxLinesOf(row) * lineHeight + 2 * itemPaddingY, maxLinesOf(row));
    return Math.max(...row.map((element) => wrapText(element.short, box.width, smallest, box.face).length));
  }).map((count, index) => Math.min(count, maxLinesOf(rows[index]!)));
  const minimum = linesNeeded.map((count) => Math.ceil(count * lineHeight + 2 * itemPaddingY));
  const total = minimum.reduce((sum, height) => sum + height, 0);
  if (total > available) return rows.map(() => Math.floor(available / rows.length));
  const share = (available - total) / rows.length;
  return minimum.map((height) => Math.floor(height + share));
}

function part(kind: ElementKind, elements: ModelElement[], width: number, room: number): DiagramPart {
  const ofKind = elements.filter((element) => element.kind === kind).sort((a, b) => a.number - b.number);
  const rows = rowsOf(kind, ofKind);
  const heights = rowHeights(rows, width, room);
  return {
    kind,
    heading: fitText(partHeadings[kind], { face: 'sans-600', width, height: homeLayout.headingHeight, sizes: [27, 25, 23], lineHeight: 1.15, maxLines: 1 }),
    width,
    rowHeights: heights,
    rows: rows.map((row, index) => {
      const itemWidth = (width - homeLayout.itemGap * (row.length - 1)) / row.length;
      return row.map((element) => ({ number: element.number, label: fitText(element.short, itemBox(itemWidth, heights[index]!, maxLinesOf(row))) }));
    }),
  };
}

/** The home page's card: the four parts of the model, from the elements' short labels. */
export function homeCard(elements: ModelElement[], siteName: string): HomeCard {
  const h = homeLayout;
  const columnWidth = (homeInnerWidth - 2 * h.columnGap) / 3;
  const optionsBlock = h.headingHeight + h.gapAfterHeading + h.optionsHeight;
  const columnRoom = ogHeight - 2 * homePadding.y - h.titleHeight - h.gapAfterTitle - h.gapBeforeOptions - optionsBlock - h.headingHeight - h.gapAfterHeading;
  const title = fitText(siteName, { face: 'serif-600', width: homeInnerWidth, height: h.titleHeight, sizes: [48, 44, 40, 36], lineHeight: 1.15, maxLines: 1 });
  const columnKinds = elementKinds.filter((kind) => kind !== 'option');
  return {
    type: 'home',
    title,
    columns: columnKinds.map((kind) => part(kind, elements, columnWidth, columnRoom)),
    options: part('option', elements, homeInnerWidth, h.optionsHeight),
  };
}
