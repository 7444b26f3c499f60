/**
 * npm run bench: builds the site into a directory of its own, serves it as a real host does (gzip or
 * brotli, the README's caching headers; see host.ts), and measures one page of each kind: first-view
 * bytes in Chromium, Lighthouse (mobile) on the page and on its floor (the same HTML without any
 * stylesheet or script) in the same rounds, search keystroke-to-results, build time.
 * Writes test-results/bench.json and test-results/bench.md (the README's table) and prints the tables.
 * Exits non-zero when anything could not be measured; it never prints a number it did not measure.
 *
 * Options: --lighthouse-runs N audits each page and its floor N times each (rounds over all pages; in
 * each round the page and its floor back to back, in alternating order), reports the medians and the
 * ratio, and keeps the page's run with the median performance score (default 7; the LCP target is
 * judged on 5 or more, as the machine's speed varies from run to run; about 6 s an audit on two cores);
 * --keep keeps the built site (its path is printed); --skip-lighthouse leaves Lighthouse out (the run
 * then fails, as it measured less than it should: only for working on the bench itself).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../helpers/browser.ts';
import { buildSite, repoRoot } from './build.ts';
import { sumBytes } from './bytes.ts';
import { measureFirstView } from './first-view.ts';
import { bytesTable, floorTable, lighthouseTable, machineLine, markdownTable, targetsTable, textTable, timingLines } from './format.ts';
import { floorParam, startHost } from './host.ts';
import { lighthouseVersion, startLighthouse } from './lighthouse-run.ts';
import type { BenchResult, LighthouseResult, Machine, PageKind, PageResult, PaintRuns } from './results.ts';
import { medianRun } from './stats.ts';
import { ogImagesCostLine, timeBuildWithoutOgImages, type OgImagesCost } from './og-build.ts';
import { measureSearch } from './search-timing.ts';
import { evaluateTargets } from './targets.ts';
import { RANDOM_RUNS, randomOutcomesTable } from './assessment-results.ts';

const argv = process.argv.slice(2);
const args = new Set(argv);
const keep = args.has('--keep');
const skipLighthouse = args.has('--skip-lighthouse');
const runsIndex = argv.indexOf('--lighthouse-runs');
const lighthouseRuns = runsIndex === -1 ? 7 : Number(argv[runsIndex + 1]);
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1 || lighthouseRuns > 9) {
  process.stderr.write('bench: --lighthouse-runs takes a whole number from 1 to 9\n');
  process.exit(2);
}

const resultsDir = join(repoRoot, 'test-results');
const reportsDir = join(resultsDir, 'bench-lighthouse');

/** One page of each kind; the team page only where the build has one. */
const pagePlan: Array<{ kind: PageKind; path: string; optional?: boolean }> = [
  { kind: 'home', path: '/' },
  { kind: 'guide', path: '/traits/' },
  { kind: 'assessment', path: '/assess/which-option/' },
  { kind: 'method', path: '/assess/method/' },
  { kind: 'team', path: '/team/', optional: true },
];
const searchPage = '/traits/';

const log = (line: string): void => {
  process.stderr.write(`[bench] ${line}\n`);
};
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function chromiumVersion(): string {
  if (!existsSync(chromiumPath)) throw new Error(`No browser at ${chromiumPath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  // Debian's wrapper script may print shell noise on stderr: only stdout is the version.
  const out = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  if (!/\d+\.\d+/.test(out)) throw new Error(`${chromiumPath} --version said "${out}"`);
  return out;
}

function machine(): Machine {
  return {
    cores: availableParallelism(),
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    chromium: chromiumVersion(),
    node: process.version,
    platform: `${platform()} ${release()}`,
  };
}

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: repoRoot, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<number> {
  const started = performance.now();
  rmSync(reportsDir, { recursive: true, force: true });
  mkdirSync(reportsDir, { recursive: true });
  const result: BenchResult = { date: new Date().toISOString(), commit: commit(), machine: machine(), pages: [], errors: [] };
  const outDir = mkdtempSync(join(tmpdir(), 'sowg-bench-site-'));
  let ogImages: OgImagesCost | undefined;
  // Served before it is built, so that SITE (canonical and social URLs) is the origin the pages are read at.
  const server = await startHost(outDir);
  try {
    log(`building into ${outDir} (log: test-results/bench-build.log)`);
    result.build = await buildSite(outDir, server.origin, join(resultsDir, 'bench-build.log'), undefined, { OG_IMAGES: 'on' });
    log(`built in ${(result.build.ms / 1000).toFixed(1)} s`);
    log('building again without the link-preview images (OG_IMAGES=off; log: test-results/bench-build-no-og.log)');
    try {
      ogImages = { withMs: result.build.ms, withoutMs: await timeBuildWithoutOgImages(server.origin, join(resultsDir, 'bench-build-no-og.log')) };
    } catch (error) {
      result.errors.push(`build without link-preview images: ${message(error)}`);
    }

    const pages: PageResult[] = [];
    for (const planned of pagePlan) {
      const file = join(outDir, planned.path, 'index.html');
      if (existsSync(file)) pages.push({ kind: planned.kind, path: planned.path });
      else if (!planned.optional) result.errors.push(`${planned.kind} page ${planned.path}: the build has no ${planned.path}index.html`);
    }
    result.pages = pages;

    for (const page of pages) {
      log(`first view of ${page.path} (gzip, then brotli)`);
      try {
        const url = new URL(page.path.slice(1), server.url).href;
        const gzip = await measureFirstView(url, 'gzip');
        page.responses = gzip.responses;
        page.bytes = sumBytes(gzip.responses);
        const brotli = await measureFirstView(url, 'browser');
        page.brotliBytes = sumBytes(brotli.responses);
        for (const view of [gzip, brotli]) {
          if (view.foreignRequests.length > 0) result.errors.push(`${page.path} asked another origin for: ${view.foreignRequests.join(', ')}`);
          for (const error of view.errors) log(`  ${page.path}: ${error}`);
        }
      } catch (error) {
        result.errors.push(`first view of ${page.path}: ${message(error)}`);
      }
    }

    log(`search timing on ${searchPage}`);
    try {
      if (!result.build.searchIndex) throw new Error('the build wrote no Pagefind index (pagefind/pagefind.js) next to the pages');
      result.search = await measureSearch(new URL(searchPage.slice(1), server.url).href);
    } catch (error) {
      result.errors.push(`search: ${message(error)}`);
    }

    if (skipLighthouse) result.errors.push('Lighthouse: skipped (--skip-lighthouse)');
    else {
      const lighthouse = await startLighthouse();
      const runs = new Map<PageResult, LighthouseResult[]>();
      const floorRuns = new Map<PageResult, LighthouseResult[]>();
      const failed = new Set<PageResult>();
      try {
        // Rounds over all pages, rather than one page N times in a row, and each page's floor right
        // beside it (first in every other round), so that a slow spell of the machine falls on a page
        // and its floor alike: the ratio of the two is the measure, not either time alone.
        for (let round = 1; round <= lighthouseRuns; round += 1) {
          for (const page of pages) {
            if (failed.has(page)) continue;
            const sides = round % 2 === 1 ? (['page', 'floor'] as const) : (['floor', 'page'] as const);
            for (const side of sides) {
              const label = `${page.path}${side === 'floor' ? ` (floor)` : ''}`;
              log(`Lighthouse on ${label} (run ${round} of ${lighthouseRuns})`);
              const report = join('test-results', 'bench-lighthouse', `${page.kind}${side === 'floor' ? '-floor' : ''}-run${round}.json`);
              const url = new URL(page.path.slice(1), server.url);
              if (side === 'floor') url.searchParams.set(floorParam, '');
              try {
                const run = await lighthouse.audit(url.href, join(repoRoot, report));
                const into = side === 'floor' ? floorRuns : runs;
                into.set(page, [...(into.get(page) ?? []), { ...run, report }]);
                if (run.foreignRequests.length > 0) result.errors.push(`${label} (in Lighthouse) asked another origin for: ${run.foreignRequests.join(', ')}`);
              } catch (error) {
                result.errors.push(`Lighthouse on ${label} (run ${round}): ${message(error)}`);
                failed.add(page);
                break;
              }
            }
          }
        }
      } finally {
        await lighthouse.close();
      }
      const paintRuns = (list: LighthouseResult[], what: string): PaintRuns | undefined => {
        const lcpMs = list.map((run) => run.lcpMs);
        const fcpMs = list.map((run) => run.fcpMs);
        const cls = list.map((run) => run.cls);
        if ([...lcpMs, ...fcpMs, ...cls].some((value) => value === null)) {
          result.errors.push(`Lighthouse gave no LCP, FCP or CLS in a run of ${what}`);
          return undefined;
        }
        return { lcpMs: lcpMs as number[], fcpMs: fcpMs as number[], cls: cls as number[] };
      };
      for (const page of pages) {
        const pageRuns = runs.get(page);
        const floor = floorRuns.get(page);
        if (failed.has(page) || !pageRuns || !floor) continue;
        const chosen = medianRun(pageRuns, (run) => run.scores.performance ?? -1);
        page.lighthouse = pageRuns.length > 1 ? { ...chosen, performanceRuns: pageRuns.map((run) => run.scores.performance) } : chosen;
        const measuredPage = paintRuns(pageRuns, page.path);
        const measuredFloor = paintRuns(floor, `${page.path}'s floor`);
        if (measuredPage && measuredFloor) {
          page.pageRuns = measuredPage;
          page.floorRuns = measuredFloor;
        }
      }
    }
  } catch (error) {
    result.errors.push(message(error));
  } finally {
    await server.close();
    if (keep) log(`built site kept in ${outDir}`);
    else rmSync(outDir, { recursive: true, force: true });
  }

  const outcomes = evaluateTargets(result.pages, result.search);
  writeFileSync(join(resultsDir, 'bench.json'), `${JSON.stringify({ ...result, ogImages, lighthouseVersion, lighthouseRuns, targets: outcomes }, null, 2)}\n`);
  const timing = [...timingLines(result), ogImagesCostLine(ogImages)];

  const bytes = bytesTable(result.pages);
  const floors = floorTable(result.pages);
  const lighthouse = lighthouseTable(result.pages);
  const targets = targetsTable(outcomes);
  const randomAnswers = randomOutcomesTable();
  const randomTitle = `Self-assessment results under random answers (${RANDOM_RUNS} complete answer sets per row, seeded; a figure, not a target):`;
  const markdown = [
    `Measured ${machineLine(result)}.`,
    '',
    'First view, bytes of response bodies (raw: decoded; gzip: as transferred to Chromium asking for gzip only; brotli: as transferred with Chromium\'s own Accept-Encoding):',
    '',
    markdownTable(bytes),
    '',
    `Each page against its floor (the same HTML with every stylesheet and script removed, served the same way), Lighthouse ${lighthouseVersion} mobile, medians of ${lighthouseRuns} runs each, interleaved:`,
    '',
    markdownTable(floors),
    '',
    `Lighthouse ${lighthouseVersion} (mobile: emulated phone, simulated slow 4G and 4× CPU slowdown${lighthouseRuns > 1 ? `; the run with the median performance score of ${lighthouseRuns}` : ''}):`,
    '',
    markdownTable(lighthouse),
    '',
    ...timing.map((line) => `- ${line}`),
    '',
    markdownTable(targets),
    '',
    randomTitle,
    '',
    markdownTable(randomAnswers),
    '',
  ].join('\n');
  writeFileSync(join(resultsDir, 'bench.md'), markdown);

  const out = [
    machineLine(result),
    '',
    'First view (bytes of response bodies; raw decoded / gzip as transferred; brotli as transferred)',
    textTable(bytes),
    '',
    `Against the floor (Lighthouse mobile, medians of ${lighthouseRuns} runs each, interleaved)`,
    textTable(floors),
    '',
    `Lighthouse ${lighthouseVersion} (mobile${lighthouseRuns > 1 ? `, median of ${lighthouseRuns} runs by performance score` : ''})`,
    textTable(lighthouse),
    '',
    ...timing,
    '',
    'Targets',
    textTable(targets),
    '',
    randomTitle,
    textTable(randomAnswers),
    '',
    `Written: test-results/bench.json, test-results/bench.md, Lighthouse reports in test-results/bench-lighthouse/. Took ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  // A target left unjudged (too few runs to judge LCP on, say) is something not measured, too.
  const unjudged = outcomes.filter((outcome) => outcome.status === 'not measured').map((outcome) => `target not judged: ${outcome.target}${outcome.detail ? ` (${outcome.detail})` : ''}`);
  const problems = [...result.errors, ...unjudged];
  if (problems.length > 0) {
    process.stderr.write(`\nCould not measure everything:\n${problems.map((problem) => `- ${problem}`).join('\n')}\n`);
    return 1;
  }
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
});
