import { describe, expect, it } from 'vitest';
import { ogImagesCostLine } from '../../bench/og-build.ts';

describe('ogImagesCostLine', () => {
  it('gives both build times, what the images add, and whether that is within the budget', () => {
    expect(ogImagesCostLine({ withMs: 16_190, withoutMs: 7_040 })).toBe(
      'Link-preview images: build 16.2 s with them, 7.0 s without (OG_IMAGES=off); they add 9.2 s, within the budget of 15.0 s',
    );
    expect(ogImagesCostLine({ withMs: 30_000, withoutMs: 7_000 })).toMatch(/they add 23\.0 s, over the budget of 15\.0 s$/);
  });

  it('says so when the second build was not measured', () => {
    expect(ogImagesCostLine(undefined)).toBe('Link-preview images: build time without them not measured');
  });
});
