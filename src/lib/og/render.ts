/**
 * Draws a card to PNG at build time: satori lays the tree out and turns text into paths (SVG), resvg
 * rasterises the SVG, and encodePng writes the pixels. Node only; the fonts come from the @fontsource packages in node_modules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { ogHeight, ogWidth, type OgCard } from './cards.ts';
import { encodePng } from './png.ts';
import { cardTree, fontFamily, type OgNode } from './tree.ts';

type SatoriFont = Parameters<typeof satori>[1]['fonts'][number];

const fontFiles: Array<{ name: string; weight: 400 | 600; file: string }> = [
  { name: fontFamily.serif, weight: 600, file: '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff' },
  { name: fontFamily.sans, weight: 400, file: '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff' },
  { name: fontFamily.sans, weight: 600, file: '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff' },
];

let fonts: SatoriFont[] | undefined;

/** The fonts, read once per build (satori cannot read woff2, so these are the .woff files). */
export function ogFonts(): SatoriFont[] {
  if (!fonts) {
    const require = createRequire(import.meta.url);
    fonts = fontFiles.map(({ name, weight, file }) => ({ name, weight, style: 'normal', data: readFileSync(require.resolve(file)) }));
  }
  return fonts;
}

/** A tree as SVG, at the card's size. */
export async function treeToSvg(tree: OgNode, size: { width: number; height: number } = { width: ogWidth, height: ogHeight }): Promise<string> {
  return satori(tree, { ...size, fonts: ogFonts() });
}

/** Rasterises SVG to PNG at its own size (satori has already turned the text into paths). */
export function svgToPng(svg: string): Uint8Array<ArrayBuffer> {
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return encodePng(image.pixels, image.width, image.height);
}

/** A card as a 1200×630 PNG. */
export async function renderCard(card: OgCard): Promise<Uint8Array<ArrayBuffer>> {
  return svgToPng(await treeToSvg(cardTree(card)));
}
