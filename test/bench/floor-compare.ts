/** A page's paint against its floor's, from the Lighthouse runs of both: medians and their ratio. */
import type { PaintRuns } from './results.ts';
import { median } from './stats.ts';

export interface FloorComparison {
  runs: number;
  floorRuns: number;
  lcpMs: number;
  floorLcpMs: number;
  /** Page LCP median over floor LCP median: 1 is as fast as the page could paint. */
  lcpRatio: number;
  fcpMs: number;
  floorFcpMs: number;
  fcpRatio: number;
  /** The largest CLS of any of the page's runs. */
  maxCls: number;
}

/** Compares medians; throws when either side has no run, or a value is not a finite number. */
export function compareWithFloor(page: PaintRuns, floor: PaintRuns): FloorComparison {
  for (const [name, runs] of [['page', page], ['floor', floor]] as const) {
    if (runs.lcpMs.length === 0 || runs.fcpMs.length === 0) throw new Error(`No ${name} runs to compare.`);
    if ([...runs.lcpMs, ...runs.fcpMs].some((value) => !(value > 0))) throw new Error(`A ${name} run has a paint time that is not a positive number.`);
  }
  if (page.cls.length === 0 || page.cls.some((value) => !Number.isFinite(value) || value < 0)) throw new Error('The page runs have no valid CLS.');
  const lcpMs = median(page.lcpMs);
  const floorLcpMs = median(floor.lcpMs);
  const fcpMs = median(page.fcpMs);
  const floorFcpMs = median(floor.fcpMs);
  return {
    runs: page.lcpMs.length,
    floorRuns: floor.lcpMs.length,
    lcpMs,
    floorLcpMs,
    lcpRatio: lcpMs / floorLcpMs,
    fcpMs,
    floorFcpMs,
    fcpRatio: fcpMs / floorFcpMs,
    maxCls: Math.max(...page.cls),
  };
}
