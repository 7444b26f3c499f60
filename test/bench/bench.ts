/**
 * npm run bench: builds the site into a directory of its own, serves it, and measures one page of each
 * kind: first-view bytes in Chromium, Lighthouse (mobile), search keystroke-to-results, build time.
 * Writes test-results/bench.json and test-results/bench.md (the README's table) and prints the tables.
 * Exits non-zero when anything could not be measured; it never prints a number it did not measure.
 *
 * Options: --lighthouse-runs N audits each page N times (rounds over all pages) and keeps the run with
 * the median performance score (default 3: the machine's speed varies from run to run, and one run
 * can be 15 points off; about 10 s an audit on two cores); --keep keeps the built
 * site (its path is printed); --skip-lighthouse leaves Lighthouse out (the run then fails, as it
 * measured less than it should: only for working on the bench itself).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../helpers/browser.ts';
import { startServer } from '../helpers/static-server.ts';
import { buildSite, repoRoot } from './build.ts';
import { sumBytes } from './bytes.ts';
import { measureFirstView } from './first-view.ts';
import { bytesTable, lighthouseTable, machineLine, markdownTable, targetsTable, textTable, timingLines } from './format.ts';
import { lighthouseVersion, startLighthouse } from './lighthouse-run.ts';
import type { BenchResult, LighthouseResult, Machine, PageKind, PageResult } from './results.ts';
import { medianRun } from './stats.ts';
import { measureSearch } from './search-timing.ts';
import { evaluateTargets } from './targets.ts';
import { RANDOM_RUNS, randomOutcomesTable } from './assessment-results.ts';

const argv = process.argv.slice(2);
const args = new Set(argv);
const keep = args.has('--keep');
const skipLighthouse = args.has('--skip-lighthouse');
const runsIndex = argv.indexOf('--lighthouse-runs');
const lighthouseRuns = runsIndex === -1 ? 3 : Number(argv[runsIndex + 1]);
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
  // Served before it is built, so that SITE (canonical and social URLs) is the origin the pages are read at.
  const server = await startServer(outDir, '/');
  try {
    log(`building into ${outDir} (log: test-results/bench-build.log)`);
    result.build = await buildSite(outDir, server.origin, join(resultsDir, 'bench-build.log'));
    log(`built in ${(result.build.ms / 1000).toFixed(1)} s`);

    const pages: PageResult[] = [];
    for (const planned of pagePlan) {
      const file = join(outDir, planned.path, 'index.html');
      if (existsSync(file)) pages.push({ kind: planned.kind, path: planned.path });
      else if (!planned.optional) result.errors.push(`${planned.kind} page ${planned.path}: the build has no ${planned.path}index.html`);
    }
    result.pages = pages;

    for (const page of pages) {
      log(`first view of ${page.path}`);
      try {
        const view = await measureFirstView(new URL(page.path.slice(1), server.url).href);
        page.responses = view.responses;
        page.bytes = sumBytes(view.responses);
        if (view.foreignRequests.length > 0) result.errors.push(`${page.path} asked another origin for: ${view.foreignRequests.join(', ')}`);
        for (const error of view.errors) log(`  ${page.path}: ${error}`);
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
      try {
        // Rounds over all pages, rather than one page N times in a row, so that a slow spell of the
        // machine does not fall on one page only.
        for (let round = 1; round <= lighthouseRuns; round += 1) {
          for (const page of pages) {
            if (round > 1 && !runs.has(page)) continue;
            log(`Lighthouse on ${page.path}${lighthouseRuns > 1 ? ` (run ${round} of ${lighthouseRuns})` : ''}`);
            const report = join('test-results', 'bench-lighthouse', `${page.kind}-run${round}.json`);
            try {
              const run = await lighthouse.audit(new URL(page.path.slice(1), server.url).href, join(repoRoot, report));
              runs.set(page, [...(runs.get(page) ?? []), { ...run, report }]);
              if (run.foreignRequests.length > 0) result.errors.push(`${page.path} (in Lighthouse) asked another origin for: ${run.foreignRequests.join(', ')}`);
            } catch (error) {
              result.errors.push(`Lighthouse on ${page.path} (run ${round}): ${message(error)}`);
              runs.delete(page);
            }
          }
        }
      } finally {
        await lighthouse.close();
      }
      for (const [page, pageRuns] of runs) {
        const chosen = medianRun(pageRuns, (run) => run.scores.performance ?? -1);
        page.lighthouse = pageRuns.length > 1 ? { ...chosen, performanceRuns: pageRuns.map((run) => run.scores.performance) } : chosen;
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
  writeFileSync(join(resultsDir, 'bench.json'), `${JSON.stringify({ ...result, lighthouseVersion, lighthouseRuns, targets: outcomes }, null, 2)}\n`);

  const bytes = bytesTable(result.pages);
  const lighthouse = lighthouseTable(result.pages);
  const targets = targetsTable(outcomes);
  const randomAnswers = randomOutcomesTable();
  const randomTitle = `Self-assessment results under random answers (${RANDOM_RUNS} complete answer sets per row, seeded; a figure, not a target):`;
  const markdown = [
    `Measured ${machineLine(result)}.`,
    '',
    'First view, bytes of response bodies (raw as served / gzip by node:zlib level 9):',
    '',
    markdownTable(bytes),
    '',
    `Lighthouse ${lighthouseVersion} (mobile: emulated phone, simulated slow 4G and 4× CPU slowdown${lighthouseRuns > 1 ? `; median of ${lighthouseRuns} runs by performance score` : ''}):`,
    '',
    markdownTable(lighthouse),
    '',
    ...timingLines(result).map((line) => `- ${line}`),
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
    'First view (bytes of response bodies; raw as served / gzip by node:zlib level 9)',
    textTable(bytes),
    '',
    `Lighthouse ${lighthouseVersion} (mobile${lighthouseRuns > 1 ? `, median of ${lighthouseRuns} runs by performance score` : ''})`,
    textTable(lighthouse),
    '',
    ...timingLines(result),
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
  if (result.errors.length > 0) {
    process.stderr.write(`\nCould not measure everything:\n${result.errors.map((error) => `- ${error}`).join('\n')}\n`);
    return 1;
  }
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
});
