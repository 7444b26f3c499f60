import fc from 'fast-check';
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/lib/og/png.ts';
import { pngSize } from '../../helpers/png.ts';

/** Reads a PNG back: its chunks (each CRC checked), color type and the unfiltered pixel rows. */
function decode(png: Uint8Array): { width: number; height: number; colorType: number; rows: Uint8Array[]; chunks: string[] } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: string[] = [];
  const idat: Uint8Array[] = [];
  let colorType = -1;
  for (let offset = 8; offset < png.length; ) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(view.getUint32(offset + 8 + length), `CRC of ${type}`).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
    if (type === 'IHDR') colorType = data[9]!;
    if (type === 'IDAT') idat.push(data);
    chunks.push(type);
    offset += 12 + length;
  }
  const { width, height } = pngSize(png);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = raw.length / height;
  const rows = Array.from({ length: height }, (_, y) => {
    expect(raw[y * stride], 'filter type of each row').toBe(0);
    return raw.subarray(y * stride + 1, (y + 1) * stride);
  });
  return { width, height, colorType, rows, chunks };
}

const imageArb = fc
  .record({ width: fc.integer({ min: 1, max: 12 }), height: fc.integer({ min: 1, max: 12 }), opaque: fc.boolean() })
  .chain(({ width, height, opaque }) =>
    fc.uint8Array({ minLength: width * height * 4, maxLength: width * height * 4 }).map((pixels) => {
      if (opaque) for (let index = 3; index < pixels.length; index += 4) pixels[index] = 255;
      return { width, height, pixels };
    }),
  );

describe('encodePng', () => {
  it('writes a PNG that reads back to the same pixels: RGB when opaque, RGBA otherwise', () => {
    fc.assert(
      fc.property(imageArb, ({ width, height, pixels }) => {
        const decoded = decode(encodePng(pixels, width, height));
        expect(decoded.chunks).toEqual(['IHDR', 'IDAT', 'IEND']);
        expect({ width: decoded.width, height: decoded.height }).toEqual({ width, height });
        const opaque = pixels.every((value, index) => index % 4 !== 3 || value === 255);
        expect(decoded.colorType).toBe(opaque ? 2 : 6);
        const channels = opaque ? 3 : 4;
        decoded.rows.forEach((row, y) => {
          for (let x = 0; x < width; x += 1) {
            expect([...row.subarray(x * channels, x * channels + channels)]).toEqual([...pixels.subarray((y * width + x) * 4, (y * width + x) * 4 + channels)]);
          }
        });
      }),
    );
  });

  it('refuses pixels that do not match the size', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(/10 bytes is not 2×2 RGBA pixels/);
    expect(() => encodePng(new Uint8Array(0), 0, 0)).toThrow(/bad size 0×0/);
  });
});
