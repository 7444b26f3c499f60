/** The shape of what the benchmark measures: bench.ts fills it, targets.ts judges it, format.ts prints it. */
import type { BytesByKind, ResponseSize } from './bytes.ts';

export const pageKinds = ['home', 'guide', 'assessment', 'method', 'team'] as const;
export type PageKind = (typeof pageKinds)[number];

export const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof categoryIds)[number];

/** An audit that kept a category from a full score. */
export interface FailingAudit {
  category: CategoryId;
  id: string;
  title: string;
  /** 0–1 as Lighthouse gives it. */
  score: number;
  /** The audit's weight in its category's score: 0 for audits that only point at savings. */
  weight: number;
  displayValue?: string;
}

export interface LighthouseResult {
  /** 0–100 as Lighthouse's report shows them (rounded); null where Lighthouse could not score. */
  scores: Record<CategoryId, number | null>;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  /** Cumulative layout shift as Lighthouse measured it in the page's load. */
  cls: number | null;
  failing: FailingAudit[];
  /** Requests Lighthouse saw to any origin other than the site's own. */
  foreignRequests: string[];
  warnings: string[];
  /** Lighthouse's measure of this machine's speed (a typical developer desktop is 1000–2000; lower makes the simulated phone slower). */
  benchmarkIndex: number;
  /** The performance score of each run, when the page was audited more than once (this result is the median run). */
  performanceRuns?: Array<number | null>;
  /** The full Lighthouse report of this run (JSON), relative to the repository. */
  report?: string;
}

/** The paint metrics of every Lighthouse run of one page, in the order of the runs. */
export interface PaintRuns {
  fcpMs: number[];
  lcpMs: number[];
  cls: number[];
}

export interface PageResult {
  kind: PageKind;
  path: string;
  /** First view in Chromium asking for gzip only, by kind; absent when it could not be measured. */
  bytes?: BytesByKind;
  /** The responses of that first view. */
  responses?: ResponseSize[];
  /** The same first view with Chromium's own Accept-Encoding, which the server answers in brotli. */
  brotliBytes?: BytesByKind;
  /** The run with the median performance score. */
  lighthouse?: LighthouseResult;
  /** Every run of the page, and every run of its floor (the same HTML without stylesheets or scripts), interleaved. */
  pageRuns?: PaintRuns;
  floorRuns?: PaintRuns;
}

export interface SearchResult {
  page: string;
  warmUpQuery: string;
  /** The warm-up query, keydown to results in the DOM: it loads Pagefind's script, WebAssembly and index. */
  warmUpMs: number;
  queries: string[];
  /** Keydown to results in the DOM, one per query, in ms. */
  runsMs: number[];
  medianMs: number;
  /** Keydown to the first animation frame after the results were in the DOM (when they are drawn), in ms. */
  frameRunsMs: number[];
  frameMedianMs: number;
  /** The same queries with the CPU slowed down as Lighthouse's mobile audit does: about a mid-range phone. */
  slowCpu?: { slowdown: number; runsMs: number[]; medianMs: number; frameRunsMs: number[]; frameMedianMs: number };
}

export interface Machine {
  cores: number;
  memory: string;
  chromium: string;
  node: string;
  platform: string;
}

export interface BenchResult {
  date: string;
  commit: string;
  machine: Machine;
  build?: { ms: number; searchIndex: boolean };
  pages: PageResult[];
  search?: SearchResult;
  /** What could not be measured, and why: a run with any of these exits non-zero. */
  errors: string[];
}
