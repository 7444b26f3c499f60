/**
 * What the link-preview images cost the build: the bench builds the site a second time with
 * OG_IMAGES=off and reports both times. The budget is 15 s on the project's machines.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './build.ts';

export const ogImagesBudgetMs = 15_000;

export interface OgImagesCost {
  /** The bench's own build, images included. */
  withMs: number;
  /** The same build with OG_IMAGES=off. */
  withoutMs: number;
}

/** Builds the site without the images into a directory of its own (removed after), timed. */
export async function timeBuildWithoutOgImages(site: string, logFile: string): Promise<number> {
  const outDir = mkdtempSync(join(tmpdir(), 'sowg-bench-no-og-'));
  try {
    const build = await buildSite(outDir, site, logFile, undefined, { OG_IMAGES: 'off' });
    if (existsSync(join(outDir, 'og'))) throw new Error(`the build with OG_IMAGES=off still wrote ${outDir}/og: see ${logFile}`);
    return build.ms;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** One line for the bench's report: both build times, the difference, and the budget. */
export function ogImagesCostLine(cost: OgImagesCost | undefined): string {
  if (!cost) return 'Link-preview images: build time without them not measured';
  const added = cost.withMs - cost.withoutMs;
  const verdict = added <= ogImagesBudgetMs ? 'within' : 'over';
  return `Link-preview images: build ${seconds(cost.withMs)} with them, ${seconds(cost.withoutMs)} without (OG_IMAGES=off); they add ${seconds(added)}, ${verdict} the budget of ${seconds(ogImagesBudgetMs)}`;
}
