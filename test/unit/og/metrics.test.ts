import { Resvg } from '@resvg/resvg-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth, type FontFace } from '../../../src/lib/og/metrics.ts';
import { treeToSvg } from '../../../src/lib/og/render.ts';
import { fontFamily, type OgNode } from '../../../src/lib/og/tree.ts';
import { modelElements } from '../../helpers/dist.ts';

const faces: Record<FontFace, { fontFamily: string; fontWeight: number }> = {
  'serif-600': { fontFamily: fontFamily.serif, fontWeight: 600 },
  'sans-400': { fontFamily: fontFamily.sans, fontWeight: 400 },
  'sans-600': { fontFamily: fontFamily.sans, fontWeight: 600 },
};

/**
 * How wide the renderer really draws a line of text: where its ink ends, with the real fonts. This is
 * the outlines' extent (getBBox, which bounds curves by their control points, so never less than the
 * ink), not the pixels touched (innerBBox): those round the edge up to a whole pixel wherever the line
 * happens to start, which says nothing about the glyphs and overstates them by up to a pixel.
 */
async function drawnWidth(text: string, size: number, face: FontFace): Promise<number> {
  const line: OgNode = { type: 'div', props: { style: { display: 'flex', whiteSpace: 'pre', fontSize: size, ...faces[face] }, children: text } };
  const svg = await treeToSvg(line, { width: 4000, height: size * 2 });
  const box = new Resvg(svg).getBBox();
  return box ? box.x + box.width : 0;
}

describe('the width table', () => {
  const samples = modelElements().flatMap((element) => [element.name, element.short, element.summary.slice(0, 90)]);

  it.each(Object.keys(faces) as FontFace[])('is never narrower than %s as drawn, nor much wider, for the model’s own text', async (face) => {
    for (const text of samples) {
      const estimate = textWidth(text, 40, face);
      const drawn = await drawnWidth(text, 40, face);
      expect(drawn, text).toBeLessThanOrEqual(estimate);
      // A loose table would waste room on every card and shrink text for nothing.
      expect(drawn, text).toBeGreaterThan(0.9 * estimate);
    }
  });

  it('is never narrower than drawn for any text of the characters it knows', async () => {
    const known = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?\'"-()’‘“”—–…/& '];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...known), { minLength: 1, maxLength: 60 }).map((chars) => chars.join('')),
        fc.constantFrom<FontFace>('serif-600', 'sans-400', 'sans-600'),
        async (text, face) => {
          expect(await drawnWidth(text, 36, face)).toBeLessThanOrEqual(textWidth(text, 36, face));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('is never narrower than drawn for any two characters it knows, kerned as the fonts kern them', async () => {
    // Kerning works on pairs: an "f" before a capital is set further out than the two widths say.
    const glyphs = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?\'"-()’‘“”—–…/&'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...glyphs), fc.constantFrom(...glyphs), fc.constantFrom<FontFace>('serif-600', 'sans-400', 'sans-600'), async (first, second, face) => {
        const pair = `${first}${second}`;
        expect(await drawnWidth(pair, 100, face), pair).toBeLessThanOrEqual(textWidth(pair, 100, face));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('knows the pairs the fonts set apart, and where an "f" reaches past its width', async () => {
    for (const [pair, face] of [['fV', 'serif-600'], ['(j', 'sans-400'], ['f)', 'sans-600'], ['of', 'serif-600']] as const) {
      expect(await drawnWidth(pair, 100, face), pair).toBeLessThanOrEqual(textWidth(pair, 100, face));
    }
    expect(textWidth('fV', 10, 'serif-600')).toBeGreaterThan(textWidth('f', 10, 'serif-600') + textWidth('V', 10, 'serif-600'));
  });

  it('takes a character it does not know to be wider than any it does', () => {
    expect(textWidth('Ж', 10, 'sans-400')).toBeGreaterThan(textWidth('W', 10, 'sans-400'));
  });
});
