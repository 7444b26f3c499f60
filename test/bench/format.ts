/** Turning the benchmark's results into tables: plain text for the terminal, Markdown for the README. */
import type { BytesByKind } from './bytes.ts';
import { compareWithFloor } from './floor-compare.ts';
import { categoryIds, type BenchResult, type PageResult } from './results.ts';
import type { TargetOutcome } from './targets.ts';

/** Bytes in KiB (1024) or KB (1000), one decimal for KiB and two for KB (the targets of 3 and 15 KB need them). */
export function formatBytes(bytes: number, unit: 'KiB' | 'KB' = 'KiB'): string {
  if (!Number.isFinite(bytes)) throw new Error(`Not a byte count: ${bytes}`);
  return unit === 'KiB' ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1000).toFixed(2)} KB`;
}

export const formatMs = (ms: number | null): string => (ms === null ? '—' : `${Math.round(ms)} ms`);

export type Align = 'left' | 'right';

export interface Table {
  headers: string[];
  rows: string[][];
  /** Per column; columns after the given ones are right-aligned. */
  align?: Align[];
}

function checkShape(table: Table): void {
  for (const row of table.rows) {
    if (row.length !== table.headers.length) {
      throw new Error(`A row has ${row.length} cells for ${table.headers.length} columns: ${row.join(' | ')}`);
    }
  }
}

const alignOf = (table: Table, column: number): Align => table.align?.[column] ?? (column === 0 ? 'left' : 'right');

/** A table in fixed-width columns, for a terminal. */
export function textTable(table: Table): string {
  checkShape(table);
  const widths = table.headers.map((header, column) => Math.max(header.length, ...table.rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => (alignOf(table, column) === 'left' ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(table.headers), widths.map((width) => '-'.repeat(width)).join('  '), ...table.rows.map(line)].join('\n');
}

const markdownCell = (cell: string): string => cell.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('\n', ' ');

/** A GitHub-flavoured Markdown table. */
export function markdownTable(table: Table): string {
  checkShape(table);
  const line = (cells: string[]): string => `| ${cells.map(markdownCell).join(' | ')} |`;
  const rule = `|${table.headers.map((_, column) => (alignOf(table, column) === 'left' ? ' --- ' : ' ---: ')).join('|')}|`;
  return [line(table.headers), rule, ...table.rows.map(line)].join('\n');
}

const pageLabel = (page: PageResult): string => `${page.kind} ${page.path}`;
const pair = (bytes: BytesByKind, kind: keyof BytesByKind): string => `${formatBytes(bytes[kind].raw)} / ${formatBytes(bytes[kind].sent)}`;

/** First-view bytes per page: raw / gzip as sent for each kind, the total in brotli, and the number of requests. */
export function bytesTable(pages: readonly PageResult[]): Table {
  return {
    headers: ['Page', 'HTML raw / gzip', 'CSS raw / gzip', 'JS raw / gzip', 'Other raw / gzip', 'Total raw / gzip', 'Total brotli', 'Requests'],
    rows: pages.map((page) => {
      const bytes = page.bytes;
      if (!bytes) return [pageLabel(page), 'not measured', '—', '—', '—', '—', '—', '—'];
      const brotli = page.brotliBytes ? formatBytes(page.brotliBytes.total.sent) : 'not measured';
      return [pageLabel(page), pair(bytes, 'html'), pair(bytes, 'css'), pair(bytes, 'js'), pair(bytes, 'other'), pair(bytes, 'total'), brotli, String(bytes.total.requests)];
    }),
  };
}

/** Each page's paint against its floor's: medians over the runs, the ratio, and the largest CLS. */
export function floorTable(pages: readonly PageResult[]): Table {
  return {
    headers: ['Page', 'LCP', 'Floor LCP', 'LCP ratio', 'FCP', 'Floor FCP', 'FCP ratio', 'CLS (max)', 'Runs'],
    rows: pages.map((page) => {
      if (!page.pageRuns || !page.floorRuns) return [pageLabel(page), 'not measured', '—', '—', '—', '—', '—', '—', '—'];
      const c = compareWithFloor(page.pageRuns, page.floorRuns);
      return [
        pageLabel(page),
        formatMs(c.lcpMs),
        formatMs(c.floorLcpMs),
        `${c.lcpRatio.toFixed(2)}×`,
        formatMs(c.fcpMs),
        formatMs(c.floorFcpMs),
        `${c.fcpRatio.toFixed(2)}×`,
        c.maxCls === 0 ? '0' : c.maxCls.toFixed(3),
        `${c.runs} + ${c.floorRuns}`,
      ];
    }),
  };
}

const categoryHeaders: Record<(typeof categoryIds)[number], string> = {
  performance: 'Perf',
  accessibility: 'A11y',
  'best-practices': 'Best pr.',
  seo: 'SEO',
};

/** Lighthouse (mobile) scores and paint/blocking metrics per page. */
export function lighthouseTable(pages: readonly PageResult[]): Table {
  return {
    headers: ['Page', ...categoryIds.map((category) => categoryHeaders[category]), 'FCP', 'LCP', 'TBT', 'CLS'],
    rows: pages.map((page) => {
      const lighthouse = page.lighthouse;
      if (!lighthouse) return [pageLabel(page), 'not measured', '—', '—', '—', '—', '—', '—', '—'];
      return [
        pageLabel(page),
        ...categoryIds.map((category) => {
          const score = String(lighthouse.scores[category] ?? '—');
          const runs = lighthouse.performanceRuns;
          return category === 'performance' && runs && runs.length > 1 ? `${score} (${runs.map((run) => run ?? '—').join(', ')})` : score;
        }),
        formatMs(lighthouse.fcpMs),
        formatMs(lighthouse.lcpMs),
        formatMs(lighthouse.tbtMs),
        lighthouse.cls === null ? '—' : lighthouse.cls === 0 ? '0' : lighthouse.cls.toFixed(3),
      ];
    }),
  };
}

/** Each target, met or missed, with what was measured and why where missed. */
export function targetsTable(outcomes: readonly TargetOutcome[]): Table {
  return {
    headers: ['Target', 'Status', 'Measured', 'Where missed, why'],
    rows: outcomes.map((outcome) => [outcome.target, outcome.status, outcome.measured, outcome.detail]),
    align: ['left', 'left', 'left', 'left'],
  };
}

/** Build time and search timing, one line each. */
export function timingLines(result: BenchResult): string[] {
  const lines: string[] = [];
  lines.push(result.build ? `Build (site + search index): ${(result.build.ms / 1000).toFixed(1)} s${result.build.searchIndex ? '' : ' (no search index was built)'}` : 'Build: not measured');
  const indexes = result.pages.flatMap((page) => (page.lighthouse ? [page.lighthouse.benchmarkIndex] : []));
  if (indexes.length > 0) {
    lines.push(`Lighthouse's benchmarkIndex of this machine: ${Math.round(Math.min(...indexes))}–${Math.round(Math.max(...indexes))} (its CPU slowdown is calibrated for 1000–2000: lower makes the simulated phone slower)`);
  }
  const search = result.search;
  lines.push(
    search
      ? `Search, keystroke to results in the DOM (warm, ${search.runsMs.length} runs on ${search.page}): median ${formatMs(search.medianMs)}, range ${formatMs(Math.min(...search.runsMs))}–${formatMs(Math.max(...search.runsMs))}; to the next frame: median ${formatMs(search.frameMedianMs)}`
      : 'Search: not measured',
  );
  if (search?.slowCpu) {
    const slow = search.slowCpu;
    lines.push(
      `Search with the CPU ${slow.slowdown}× slower (as Lighthouse's phone): median ${formatMs(slow.medianMs)}, range ${formatMs(Math.min(...slow.runsMs))}–${formatMs(Math.max(...slow.runsMs))}; to the next frame: median ${formatMs(slow.frameMedianMs)}`,
    );
  }
  return lines;
}

export const machineLine = (result: BenchResult): string =>
  `${result.date}, commit ${result.commit}: ${result.machine.cores} cores, ${result.machine.memory} memory, ${result.machine.chromium}, Node ${result.machine.node}, ${result.machine.platform}`;
