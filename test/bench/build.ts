/** Builds the site (pages and search index, as `npm run build` does) into a directory of its own, timed. */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export interface BuildResult {
  ms: number;
  /** Whether the build wrote Pagefind's index next to the pages. */
  searchIndex: boolean;
}

/**
 * Runs `astro build --outDir <outDir>` with this Node, SITE set to the origin the pages will be served
 * from, any further variables in `env`, and its output in `logFile`. Throws when the build fails, takes longer than `timeoutMs` (it
 * takes seconds here), or leaves no home page.
 */
export async function buildSite(outDir: string, site: string, logFile: string, timeoutMs = 300_000, env: Record<string, string> = {}): Promise<BuildResult> {
  const log = createWriteStream(logFile);
  const started = performance.now();
  let timedOut = false;
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, [astroBin, 'build', '--outDir', outDir], {
      cwd: repoRoot,
      env: { ...process.env, SITE: site, BASE: '/', ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
    }, timeoutMs);
    child.on('error', fail);
    child.on('close', (status) => {
      clearTimeout(timer);
      done(status);
    });
  });
  const ms = performance.now() - started;
  await new Promise<void>((done) => log.end(done));
  if (timedOut) throw new Error(`The build took more than ${timeoutMs / 1000} s and was stopped: see ${logFile}`);
  if (code !== 0) throw new Error(`The build failed (exit ${code}): see ${logFile}`);
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`The build wrote no index.html to ${outDir}: see ${logFile}`);
  return { ms, searchIndex: existsSync(`${outDir}/pagefind/pagefind.js`) };
}
