/** The targets of issues 5 and 12, and whether the measurements meet them. */
import { compareWithFloor } from './floor-compare.ts';
import { categoryIds, type PageResult, type SearchResult } from './results.ts';
import { formatBytes } from './format.ts';

export const limits = {
  /** "guide page at most 12 KiB gzipped at first view" (issue 12; issue 5 had 20 KiB) */
  guideTotalBytes: 12 * 1024,
  /** "with at most 3 KB gzip of JavaScript" */
  guideJsGzipBytes: 3_000,
  /** "an assessment page at most 15 KB gzip of JavaScript" */
  assessmentJsGzipBytes: 15_000,
  /** "Lighthouse 100 in all four categories on every page kind" */
  lighthouseScore: 100,
  /** "search results within 150 ms of the keystroke" */
  searchMs: 150,
  /** "LCP of every page kind within 1.10× of its floor" */
  lcpFloorRatio: 1.1,
  /** "median of at least 5 Lighthouse runs, interleaved with the floor's runs" */
  minFloorRuns: 5,
  /** "CLS 0" */
  cls: 0,
} as const;

export type TargetStatus = 'met' | 'missed' | 'not measured';

export interface TargetOutcome {
  target: string;
  status: TargetStatus;
  measured: string;
  /** Why it is missed or not measured, from the measurements themselves (empty when met). */
  detail: string;
}

const notMeasured = (target: string, what: string): TargetOutcome => ({ target, status: 'not measured', measured: '—', detail: `${what} was not measured` });

/** The JS files of a page, largest (gzip) first: where to look when a JS budget is missed. */
function largestScripts(page: PageResult, count = 3): string {
  const scripts = (page.responses ?? []).filter((response) => response.kind === 'js').sort((a, b) => b.sent - a.sent);
  return scripts
    .slice(0, count)
    .map((response) => `${new URL(response.url).pathname.split('/').pop() ?? response.url} ${formatBytes(response.sent, 'KB')}`)
    .join(', ');
}

function jsTarget(target: string, page: PageResult | undefined, limit: number): TargetOutcome {
  const kb = (bytes: number): string => formatBytes(bytes, 'KB');
  if (!page?.bytes) return notMeasured(target, `The ${page?.kind ?? 'page'}'s transfer`);
  const js = page.bytes.js;
  const met = js.sent <= limit;
  return {
    target,
    status: met ? 'met' : 'missed',
    measured: `${kb(js.sent)} gzip JS in ${js.requests} file${js.requests === 1 ? '' : 's'} on ${page.path}`,
    detail: met ? '' : `${kb(js.sent - limit)} over; largest: ${largestScripts(page)}`,
  };
}

/** Judges every target; a missing measurement is "not measured", never met. */
export function evaluateTargets(pages: readonly PageResult[], search: SearchResult | undefined): TargetOutcome[] {
  const outcomes: TargetOutcome[] = [];
  const guide = pages.find((page) => page.kind === 'guide');
  const assessment = pages.find((page) => page.kind === 'assessment');

  const totalTarget = 'Guide page ≤ 12 KiB transferred at first view (gzip)';
  if (!guide?.bytes) outcomes.push(notMeasured(totalTarget, "The guide page's transfer"));
  else {
    const total = guide.bytes.total;
    const met = total.sent <= limits.guideTotalBytes;
    const brotli = guide.brotliBytes ? `; ${formatBytes(guide.brotliBytes.total.sent)} in brotli` : '';
    outcomes.push({
      target: totalTarget,
      status: met ? 'met' : 'missed',
      measured: `${formatBytes(total.sent)} gzip (${formatBytes(total.raw)} uncompressed) in ${total.requests} request${total.requests === 1 ? '' : 's'} on ${guide.path}${brotli}`,
      detail: met
        ? ''
        : `${formatBytes(total.sent - limits.guideTotalBytes)} over; HTML ${formatBytes(guide.bytes.html.sent)}, CSS ${formatBytes(guide.bytes.css.sent)}, JS ${formatBytes(guide.bytes.js.sent)}, other ${formatBytes(guide.bytes.other.sent)}`,
    });
  }
  outcomes.push(jsTarget('Guide page ≤ 3 KB gzip JS', guide, limits.guideJsGzipBytes));
  outcomes.push(jsTarget('Assessment page ≤ 15 KB gzip JS', assessment, limits.assessmentJsGzipBytes));

  for (const page of pages) {
    const lcpTarget = `LCP ≤ ${limits.lcpFloorRatio.toFixed(2)}× its floor's on ${page.kind} (${page.path})`;
    const clsTarget = `CLS ${limits.cls} on ${page.kind} (${page.path}), every run`;
    if (!page.pageRuns || !page.floorRuns) {
      outcomes.push(notMeasured(lcpTarget, 'LCP against the floor'), notMeasured(clsTarget, 'CLS'));
    } else {
      const comparison = compareWithFloor(page.pageRuns, page.floorRuns);
      const enough = comparison.runs >= limits.minFloorRuns && comparison.floorRuns >= limits.minFloorRuns;
      const measured = `${comparison.lcpRatio.toFixed(2)}× (${Math.round(comparison.lcpMs)} ms / floor ${Math.round(comparison.floorLcpMs)} ms, medians of ${comparison.runs} and ${comparison.floorRuns} runs)`;
      if (!enough) outcomes.push({ target: lcpTarget, status: 'not measured', measured, detail: `fewer than ${limits.minFloorRuns} runs of the page or its floor` });
      else {
        const met = comparison.lcpRatio <= limits.lcpFloorRatio;
        outcomes.push({ target: lcpTarget, status: met ? 'met' : 'missed', measured, detail: met ? '' : `${Math.round(comparison.lcpMs - comparison.floorLcpMs * limits.lcpFloorRatio)} ms over ${limits.lcpFloorRatio.toFixed(2)}× the floor` });
      }
      const shifted = page.pageRuns.cls.filter((cls) => cls > limits.cls);
      outcomes.push({
        target: clsTarget,
        status: shifted.length === 0 ? 'met' : 'missed',
        measured: `${comparison.maxCls === 0 ? '0' : comparison.maxCls.toFixed(3)} at most, in ${page.pageRuns.cls.length} runs`,
        detail: shifted.length === 0 ? '' : `${shifted.length} run${shifted.length === 1 ? '' : 's'} shifted (${shifted.map((cls) => cls.toFixed(3)).join(', ')})`,
      });
    }

    const target = `Lighthouse 100 ×4 on ${page.kind} (${page.path})`;
    const lighthouse = page.lighthouse;
    if (!lighthouse) {
      outcomes.push(notMeasured(target, 'Lighthouse'));
      continue;
    }
    const short = categoryIds.filter((category) => lighthouse.scores[category] !== limits.lighthouseScore);
    outcomes.push({
      target,
      status: short.length === 0 ? 'met' : 'missed',
      measured: categoryIds.map((category) => lighthouse.scores[category] ?? '—').join(' / '),
      detail: short
        .map((category) => {
          const audits = lighthouse.failing.filter((audit) => audit.category === category);
          const weighted = audits.filter((audit) => audit.weight > 0).map((audit) => (audit.displayValue ? `${audit.id} ${audit.displayValue}` : audit.id));
          const hints = audits.filter((audit) => audit.weight === 0).map((audit) => audit.id);
          const parts = [...weighted, ...(hints.length > 0 ? [`hints: ${hints.join(', ')}`] : [])];
          return `${category} ${lighthouse.scores[category] ?? 'not scored'}${parts.length > 0 ? ` (${parts.join('; ')})` : ''}`;
        })
        .join('; '),
    });
  }
  if (pages.length === 0) outcomes.push(notMeasured('Lighthouse 100 ×4 on every page kind', 'Lighthouse'));

  const searchTarget = 'Search results ≤ 150 ms of the keystroke (warm median)';
  if (!search) outcomes.push(notMeasured(searchTarget, 'Search'));
  else {
    const met = search.medianMs <= limits.searchMs;
    outcomes.push({
      target: searchTarget,
      status: met ? 'met' : 'missed',
      measured: `${Math.round(search.medianMs)} ms median of ${search.runsMs.length} (${Math.round(Math.min(...search.runsMs))}–${Math.round(Math.max(...search.runsMs))} ms)`,
      detail: met ? '' : `${Math.round(search.medianMs - limits.searchMs)} ms over`,
    });
  }
  const slow = search?.slowCpu;
  if (slow) {
    const met = slow.medianMs <= limits.searchMs;
    outcomes.push({
      target: `Search results ≤ 150 ms with the CPU ${slow.slowdown}× slower, as a phone (a stricter reading)`,
      status: met ? 'met' : 'missed',
      measured: `${Math.round(slow.medianMs)} ms median of ${slow.runsMs.length} (${Math.round(Math.min(...slow.runsMs))}–${Math.round(Math.max(...slow.runsMs))} ms)`,
      detail: met ? '' : `${Math.round(slow.medianMs - limits.searchMs)} ms over`,
    });
  }
  return outcomes;
}
