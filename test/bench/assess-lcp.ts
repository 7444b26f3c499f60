/**
 * A quick look while working on one page: `node test/bench/assess-lcp.ts [dist] [runs] [path]` audits
 * the page and its floor, interleaved, against the built site as the bench's host serves it, and
 * prints each run's LCP, FCP, the LCP element, and when the first script was requested against the
 * observed LCP (Lighthouse's simulation counts what started before it). Not a target: `npm run bench` judges.
 */
import { mkdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { floorParam, startHost } from './host.ts';
import { startLighthouse } from './lighthouse-run.ts';
import { median } from './stats.ts';

const [root = 'dist', runsArg = '5', path = '/assess/which-option/'] = process.argv.slice(2);
const runs = Number(runsArg);
const out = join('test-results', 'assess-lcp');
mkdirSync(out, { recursive: true });
const server = await startHost(root);
const lighthouse = await startLighthouse();
const lcp: Record<'page' | 'floor', number[]> = { page: [], floor: [] };
try {
  for (let round = 0; round < runs; round++) {
    const order: Array<'page' | 'floor'> = round % 2 === 0 ? ['page', 'floor'] : ['floor', 'page'];
    for (const kind of order) {
      const url = `${server.origin}${path}${kind === 'floor' ? `?${floorParam}` : ''}`;
      const file = join(out, `${kind}-${round}.json`);
      const result = await lighthouse.audit(url, file);
      const lhr = JSON.parse(readFileSync(file, 'utf8'));
      const breakdown = lhr.audits['lcp-breakdown-insight']?.details?.items ?? [];
      const element = breakdown.find((item: { type: string }) => item.type === 'node')?.selector ?? '?';
      const phases = (breakdown.find((item: { type: string }) => item.type === 'table')?.items ?? []).map((p: { subpart: string; duration: number }) => `${p.subpart}=${Math.round(p.duration)}`).join(' ');
      const metrics = lhr.audits['metrics']?.details?.items?.[0] ?? {};
      const firstScript = (lhr.audits['network-requests']?.details?.items ?? []).find((item: { url: string }) => item.url.endsWith('.js'));
      // Lighthouse's simulation counts what started before the observed LCP: show what did.
      const observed = `observed LCP ${metrics.observedLargestContentfulPaint}, first script from ${Math.round(firstScript?.networkRequestTime ?? NaN)}`;
      lcp[kind].push(result.lcpMs ?? NaN);
      console.log(`${round} ${kind.padEnd(5)} LCP ${Math.round(result.lcpMs ?? 0)} FCP ${Math.round(result.fcpMs ?? 0)} TBT ${Math.round(result.tbtMs ?? 0)} bi ${result.benchmarkIndex} | ${String(element).slice(0, 60)} | ${phases} | ${observed}`);
    }
  }
  const page = median(lcp.page);
  const floor = median(lcp.floor);
  console.log(`median LCP ${Math.round(page)} / floor ${Math.round(floor)} = ${(page / floor).toFixed(2)}×`);
} finally {
  await lighthouse.close();
  await server.close();
}
