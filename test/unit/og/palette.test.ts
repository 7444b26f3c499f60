import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { palette } from '../../../src/lib/og/palette.ts';

const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');

describe('the preview images’ palette', () => {
  it('is the site’s light palette, color for color', () => {
    for (const [name, value] of Object.entries(palette)) {
      const declared = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{3,8})`, 'i').exec(css);
      expect(declared, `--${name} in src/styles/global.css`).not.toBeNull();
      expect(value.toLowerCase()).toBe(declared![1]!.toLowerCase());
    }
  });
});
