import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sumBytes, type ResponseSize } from '../../bench/bytes.ts';
import { compareWithFloor } from '../../bench/floor-compare.ts';
import type { LighthouseResult, PageKind, PageResult, PaintRuns, SearchResult } from '../../bench/results.ts';
import { evaluateTargets, limits, type TargetOutcome } from '../../bench/targets.ts';

const response = (kind: ResponseSize['kind'], sent: number, name = `${kind}-${sent}`): ResponseSize => ({ url: `http://127.0.0.1/_astro/${name}`, kind, raw: sent * 3, sent, encoding: 'gzip' });

function page(kind: PageKind, path: string, responses: ResponseSize[], lighthouse?: LighthouseResult): PageResult {
  return { kind, path, responses, bytes: sumBytes(responses), ...(lighthouse ? { lighthouse } : {}) };
}

const perfect: LighthouseResult = {
  scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
  fcpMs: 900,
  lcpMs: 1000,
  tbtMs: 0,
  cls: 0,
  failing: [],
  foreignRequests: [],
  warnings: [],
  benchmarkIndex: 1500,
};

const search = (runsMs: number[], medianMs: number): SearchResult => ({
  page: '/traits/',
  warmUpQuery: 'team',
  warmUpMs: 400,
  queries: runsMs.map((_, index) => `q${index}`),
  runsMs,
  medianMs,
  frameRunsMs: runsMs,
  frameMedianMs: medianMs,
});

const find = (outcomes: TargetOutcome[], start: string): TargetOutcome => {
  const outcome = outcomes.find((candidate) => candidate.target.startsWith(start));
  if (!outcome) throw new Error(`no target starting "${start}" in ${outcomes.map((candidate) => candidate.target).join('; ')}`);
  return outcome;
};

describe('evaluateTargets', () => {
  it('meets every target at exactly the limits', () => {
    const atLimit = { pageRuns: { fcpMs: [1, 1, 1, 1, 1], lcpMs: [1100, 1100, 1100, 1100, 1100], cls: [0, 0, 0, 0, 0] }, floorRuns: { fcpMs: [1, 1, 1, 1, 1], lcpMs: [1000, 1000, 1000, 1000, 1000], cls: [0, 0, 0, 0, 0] } };
    const guide = { ...page('guide', '/traits/', [response('html', limits.guideTotalBytes - limits.guideJsGzipBytes), response('js', limits.guideJsGzipBytes)], perfect), ...atLimit };
    const assessment = { ...page('assessment', '/assess/which-option/', [response('html', 5000), response('js', limits.assessmentJsGzipBytes)], perfect), ...atLimit };
    const outcomes = evaluateTargets([guide, assessment], search([150, 150, 150], limits.searchMs));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(Array(outcomes.length).fill('met'));
    expect(outcomes).toHaveLength(10);
    expect(outcomes.every((outcome) => outcome.detail === '')).toBe(true);
  });

  it('misses each budget one byte or millisecond over, and says by how much', () => {
    const guide = page('guide', '/traits/', [response('html', limits.guideTotalBytes - limits.guideJsGzipBytes), response('js', limits.guideJsGzipBytes + 1, 'guide.js')], perfect);
    const assessment = page('assessment', '/assess/which-option/', [response('js', 10_001, 'big.js'), response('js', 5_000, 'small.js')], perfect);
    const outcomes = evaluateTargets([guide, assessment], search([151], 151));
    expect(find(outcomes, 'Guide page ≤ 12 KiB').status).toBe('missed');
    expect(find(outcomes, 'Guide page ≤ 12 KiB').detail).toMatch(/^0\.0 KiB over/);
    expect(find(outcomes, 'Guide page ≤ 3 KB').status).toBe('missed');
    expect(find(outcomes, 'Guide page ≤ 3 KB').detail).toContain('guide.js 3.00 KB');
    const assessmentJs = find(outcomes, 'Assessment page ≤ 15 KB');
    expect(assessmentJs.status).toBe('missed');
    expect(assessmentJs.measured).toContain('15.00 KB gzip JS in 2 files');
    expect(assessmentJs.detail).toMatch(/^0\.00 KB over; largest: big\.js 10\.00 KB, small\.js 5\.00 KB$/);
    expect(find(outcomes, 'Search').status).toBe('missed');
    expect(find(outcomes, 'Search').detail).toBe('1 ms over');
  });

  it('judges the total by the bytes sent in gzip, not raw', () => {
    const guide = page('guide', '/traits/', [response('html', 10_000)]);
    expect(guide.bytes?.total.raw).toBeGreaterThan(limits.guideTotalBytes);
    expect(find(evaluateTargets([guide], undefined), 'Guide page ≤ 12 KiB').status).toBe('met');
  });

  it('names the categories and audits short of 100, per page', () => {
    const short: LighthouseResult = {
      ...perfect,
      scores: { ...perfect.scores, accessibility: 96, seo: null },
      failing: [
        { category: 'accessibility', id: 'link-name', title: 'Links do not have a discernible name', score: 0, weight: 7 },
        { category: 'performance', id: 'speed-index', title: 'Speed Index', score: 0.99, weight: 10, displayValue: '2.3 s' },
      ],
    };
    const outcomes = evaluateTargets([page('home', '/', [], perfect), page('team', '/team/', [], short)], undefined);
    expect(find(outcomes, 'Lighthouse 100 ×4 on home').status).toBe('met');
    const team = find(outcomes, 'Lighthouse 100 ×4 on team');
    expect(team.status).toBe('missed');
    expect(team.measured).toBe('100 / 96 / 100 / —');
    expect(team.detail).toBe('accessibility 96 (link-name); seo not scored');
  });

  it('gives the weighted audits with their values first, and the hints after', () => {
    const slow: LighthouseResult = {
      ...perfect,
      scores: { ...perfect.scores, performance: 88 },
      failing: [
        { category: 'performance', id: 'render-blocking-insight', title: 'Render-blocking requests', score: 0, weight: 0 },
        { category: 'performance', id: 'total-blocking-time', title: 'Total Blocking Time', score: 0.66, weight: 30, displayValue: '410 ms' },
        { category: 'performance', id: 'unused-javascript', title: 'Reduce unused JavaScript', score: 0, weight: 0 },
        { category: 'performance', id: 'cumulative-layout-shift', title: 'Cumulative Layout Shift', score: 0.99, weight: 25 },
      ],
    };
    const outcome = find(evaluateTargets([page('assessment', '/assess/x/', [], slow)], undefined), 'Lighthouse');
    expect(outcome.detail).toBe('performance 88 (total-blocking-time 410 ms; cumulative-layout-shift; hints: render-blocking-insight, unused-javascript)');
  });

  it('never calls a target met that was not measured', () => {
    const unmeasured: PageResult = { kind: 'guide', path: '/traits/' };
    const outcomes = evaluateTargets([unmeasured], undefined);
    expect(outcomes.map((outcome) => [outcome.target, outcome.status])).toEqual([
      ['Guide page ≤ 12 KiB transferred at first view (gzip)', 'not measured'],
      ['Guide page ≤ 3 KB gzip JS', 'not measured'],
      ['Assessment page ≤ 15 KB gzip JS', 'not measured'],
      ['LCP ≤ 1.10× its floor\'s on guide (/traits/)', 'not measured'],
      ['CLS 0 on guide (/traits/), every run', 'not measured'],
      ['Lighthouse 100 ×4 on guide (/traits/)', 'not measured'],
      ['Search results ≤ 150 ms of the keystroke (warm median)', 'not measured'],
    ]);
    expect(evaluateTargets([], undefined).every((outcome) => outcome.status === 'not measured')).toBe(true);
  });

  it('judges search on a slowed CPU as well, when it was measured', () => {
    const measured: SearchResult = { ...search([40, 50, 60], 50), slowCpu: { slowdown: 4, runsMs: [140, 160, 200], medianMs: 160, frameRunsMs: [150, 170, 210], frameMedianMs: 170 } };
    const outcomes = evaluateTargets([], measured);
    expect(find(outcomes, 'Search results ≤ 150 ms of the keystroke').status).toBe('met');
    const slow = find(outcomes, 'Search results ≤ 150 ms with the CPU 4× slower');
    expect(slow.status).toBe('missed');
    expect(slow.measured).toBe('160 ms median of 3 (140–200 ms)');
    expect(slow.detail).toBe('10 ms over');
    expect(evaluateTargets([], search([40], 40)).some((outcome) => outcome.target.includes('slower'))).toBe(false);
  });

  describe('against the floor', () => {
    const runs = (lcpMs: number[], cls: number[] = lcpMs.map(() => 0)): PaintRuns => ({ lcpMs, fcpMs: lcpMs.map((lcp) => lcp - 100), cls });
    const withRuns = (pageRuns: PaintRuns, floorRuns: PaintRuns): PageResult => ({ ...page('home', '/', [], perfect), pageRuns, floorRuns });

    it('meets the LCP target at exactly 1.10× the floor, on medians, and misses it just above', () => {
      const floor = runs([1000, 900, 1100, 1000, 5000]);
      const atLimit = find(evaluateTargets([withRuns(runs([1100, 1100, 1000, 9000, 1200]), floor)], undefined), 'LCP');
      expect(atLimit.status).toBe('met');
      expect(atLimit.measured).toBe('1.10× (1100 ms / floor 1000 ms, medians of 5 and 5 runs)');
      const over = find(evaluateTargets([withRuns(runs([1102, 1102, 1000, 9000, 1200]), floor)], undefined), 'LCP');
      expect(over.status).toBe('missed');
      expect(over.detail).toBe('2 ms over 1.10× the floor');
    });

    it('does not judge LCP on fewer than 5 runs of the page or of its floor', () => {
      const few = find(evaluateTargets([withRuns(runs([900, 900, 900, 900]), runs([1000, 1000, 1000, 1000, 1000]))], undefined), 'LCP');
      expect(few.status).toBe('not measured');
      expect(few.detail).toMatch(/fewer than 5 runs/);
      const fewFloor = find(evaluateTargets([withRuns(runs([900, 900, 900, 900, 900]), runs([1000, 1000, 1000, 1000]))], undefined), 'LCP');
      expect(fewFloor.status).toBe('not measured');
    });

    it('wants CLS 0 in every run of the page, whatever the floor does', () => {
      const floor = runs([1000, 1000, 1000, 1000, 1000], [0.1, 0, 0, 0, 0]);
      expect(find(evaluateTargets([withRuns(runs([1000, 1000, 1000, 1000, 1000]), floor)], undefined), 'CLS').status).toBe('met');
      const shifted = find(evaluateTargets([withRuns(runs([1000, 1000, 1000, 1000, 1000], [0, 0, 0.018, 0, 0]), floor)], undefined), 'CLS');
      expect(shifted.status).toBe('missed');
      expect(shifted.measured).toBe('0.018 at most, in 5 runs');
      expect(shifted.detail).toBe('1 run shifted (0.018)');
    });

    it('makes the ratio of medians whatever the runs (a property)', () => {
      const times = fc.array(fc.integer({ min: 1, max: 20_000 }), { minLength: 1, maxLength: 9 });
      fc.assert(
        fc.property(times, times, (pageLcp, floorLcp) => {
          const comparison = compareWithFloor(runs(pageLcp.map((lcp) => lcp + 100)), runs(floorLcp.map((lcp) => lcp + 100)));
          expect(comparison.lcpRatio).toBeCloseTo(comparison.lcpMs / comparison.floorLcpMs, 12);
          expect(comparison.lcpMs).toBeGreaterThanOrEqual(Math.min(...pageLcp) + 100);
          expect(comparison.lcpMs).toBeLessThanOrEqual(Math.max(...pageLcp) + 100);
        }),
      );
    });

    it('refuses to compare without runs or with a time that is not positive', () => {
      expect(() => compareWithFloor(runs([]), runs([1000]))).toThrow(/No page runs/);
      expect(() => compareWithFloor(runs([1000]), runs([]))).toThrow(/No floor runs/);
      expect(() => compareWithFloor(runs([1000]), { lcpMs: [0], fcpMs: [0], cls: [0] })).toThrow(/not a positive number/);
    });
  });
});
