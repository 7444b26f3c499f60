import { describe, expect, it } from 'vitest';
import { sumBytes } from '../../bench/bytes.ts';
import { bytesTable, floorTable, formatBytes, formatMs, lighthouseTable, markdownTable, targetsTable, textTable, timingLines, type Table } from '../../bench/format.ts';
import type { BenchResult, PageResult } from '../../bench/results.ts';

describe('formatBytes and formatMs', () => {
  it('writes KiB with one decimal and KB with two', () => {
    expect(formatBytes(0)).toBe('0.0 KiB');
    expect(formatBytes(20 * 1024)).toBe('20.0 KiB');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(3000, 'KB')).toBe('3.00 KB');
    expect(formatBytes(2934, 'KB')).toBe('2.93 KB');
    expect(() => formatBytes(Number.NaN)).toThrow();
  });

  it('rounds milliseconds and shows a dash for none', () => {
    expect(formatMs(12.6)).toBe('13 ms');
    expect(formatMs(null)).toBe('—');
  });
});

const table: Table = { headers: ['Page', 'Bytes'], rows: [['home', '1'], ['guide page', '12345']] };

describe('textTable', () => {
  it('pads columns: the first to the left, the others to the right', () => {
    expect(textTable(table)).toBe(['Page        Bytes', '----------  -----', 'home            1', 'guide page  12345'].join('\n'));
  });

  it('follows the given alignment', () => {
    expect(textTable({ ...table, align: ['right', 'left'] }).split('\n')[2]).toBe('      home  1');
  });

  it('refuses a row of the wrong width', () => {
    expect(() => textTable({ headers: ['a', 'b'], rows: [['1']] })).toThrow(/1 cells for 2 columns/);
  });
});

describe('markdownTable', () => {
  it('writes a header, an alignment rule and the rows', () => {
    expect(markdownTable(table)).toBe(['| Page | Bytes |', '| --- | ---: |', '| home | 1 |', '| guide page | 12345 |'].join('\n'));
  });

  it('escapes pipes and joins lines, so a cell stays a cell', () => {
    expect(markdownTable({ headers: ['a'], rows: [['x | y\nz']] }).split('\n')[2]).toBe('| x \\| y z |');
  });
});

describe('the bench tables', () => {
  const measured: PageResult = {
    kind: 'guide',
    path: '/traits/',
    bytes: sumBytes([
      { url: 'http://x/traits/', kind: 'html', raw: 2048, sent: 1024, encoding: 'gzip' },
      { url: 'http://x/a.js', kind: 'js', raw: 1024, sent: 512, encoding: 'gzip' },
    ]),
    brotliBytes: sumBytes([
      { url: 'http://x/traits/', kind: 'html', raw: 2048, sent: 900, encoding: 'br' },
      { url: 'http://x/a.js', kind: 'js', raw: 1024, sent: 436, encoding: 'br' },
    ]),
    pageRuns: { fcpMs: [700, 720, 690], lcpMs: [800, 830, 790], cls: [0, 0, 0] },
    floorRuns: { fcpMs: [650, 660, 640], lcpMs: [750, 760, 740], cls: [0, 0, 0.002] },
    lighthouse: {
      scores: { performance: 99, accessibility: 100, 'best-practices': 100, seo: null },
      fcpMs: 1198.6,
      lcpMs: 1240.2,
      tbtMs: 0,
      cls: 0,
      failing: [],
      foreignRequests: [],
      warnings: [],
      benchmarkIndex: 1500,
    },
  };
  const unmeasured: PageResult = { kind: 'home', path: '/' };

  it('shows raw / gzip per kind, the brotli total and the request count, and "not measured" for no measurement', () => {
    const bytes = bytesTable([measured, unmeasured, { ...unmeasured, bytes: measured.bytes! }]);
    expect(bytes.rows[0]).toEqual(['guide /traits/', '2.0 KiB / 1.0 KiB', '0.0 KiB / 0.0 KiB', '1.0 KiB / 0.5 KiB', '0.0 KiB / 0.0 KiB', '3.0 KiB / 1.5 KiB', '1.3 KiB', '2']);
    expect(bytes.rows[2]?.[6]).toBe('not measured');
    expect(bytes.rows[1]?.[1]).toBe('not measured');
    expect(bytes.rows[1]?.slice(2).every((cell) => cell === '—')).toBe(true);
  });

  it('shows the four scores and the metrics', () => {
    const lighthouse = lighthouseTable([measured, unmeasured]);
    expect(lighthouse.headers).toEqual(['Page', 'Perf', 'A11y', 'Best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS']);
    expect(lighthouse.rows[0]).toEqual(['guide /traits/', '99', '100', '100', '—', '1199 ms', '1240 ms', '0 ms', '0']);
    expect(lighthouse.rows[1]?.[1]).toBe('not measured');
  });

  it('shows each page against its floor: medians, ratios, the largest CLS of the page and the runs', () => {
    const floors = floorTable([measured, unmeasured]);
    expect(floors.headers).toEqual(['Page', 'LCP', 'Floor LCP', 'LCP ratio', 'FCP', 'Floor FCP', 'FCP ratio', 'CLS (max)', 'Runs']);
    expect(floors.rows[0]).toEqual(['guide /traits/', '800 ms', '750 ms', '1.07×', '700 ms', '650 ms', '1.08×', '0', '3 + 3']);
    expect(floors.rows[1]?.[1]).toBe('not measured');
    expect(floors.rows[1]?.slice(2).every((cell) => cell === '—')).toBe(true);
  });

  it('lists targets left-aligned', () => {
    const targets = targetsTable([{ target: 'T', status: 'missed', measured: 'm', detail: 'why' }]);
    expect(targets.rows).toEqual([['T', 'missed', 'm', 'why']]);
    expect(markdownTable(targets).split('\n')[1]).toBe('| --- | --- | --- | --- |');
  });

  it('says when build and search were not measured', () => {
    const result: BenchResult = {
      date: '2026-01-01T00:00:00.000Z',
      commit: 'abc',
      machine: { cores: 2, memory: '24 GiB', chromium: 'Chromium 1', node: 'v24', platform: 'linux' },
      pages: [],
      errors: [],
    };
    expect(timingLines(result)).toEqual(['Build: not measured', 'Search: not measured']);
    expect(timingLines({ ...result, build: { ms: 12_345, searchIndex: false } })[0]).toBe('Build (site + search index): 12.3 s (no search index was built)');
  });
});

describe('several Lighthouse runs', () => {
  it('shows the performance score of each run next to the median one, and the machine index', () => {
    const page: PageResult = {
      kind: 'method',
      path: '/assess/method/',
      lighthouse: {
        scores: { performance: 88, accessibility: 100, 'best-practices': 100, seo: 100 },
        fcpMs: 1000,
        lcpMs: 1000,
        tbtMs: 300,
        cls: 0.012,
        failing: [],
        foreignRequests: [],
        warnings: [],
        benchmarkIndex: 812.4,
        performanceRuns: [92, 88, 85],
      },
    };
    expect(lighthouseTable([page]).rows[0]?.slice(1, 3)).toEqual(['88 (92, 88, 85)', '100']);
    const result: BenchResult = {
      date: 'd',
      commit: 'c',
      machine: { cores: 2, memory: 'm', chromium: 'c', node: 'n', platform: 'p' },
      pages: [page, { ...page, lighthouse: { ...page.lighthouse!, benchmarkIndex: 700 } }],
      errors: [],
    };
    expect(timingLines(result)[1]).toMatch(/^Lighthouse's benchmarkIndex of this machine: 700–812 /);
  });
});
