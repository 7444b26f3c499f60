import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchPage, type Browser } from '../helpers/browser.ts';
import { base, distDir, htmlPages, readDist, requireDist } from '../helpers/dist.ts';
import { urlPathForFile } from '../helpers/link-check.ts';
import { runToResult } from '../helpers/run-assessment.ts';
import { loadDefinition } from '../helpers/assessments.ts';
import { startServer, type RunningServer } from '../helpers/static-server.ts';

requireDist();

const pages = htmlPages();

/** The policy a page declares in its <meta http-equiv="content-security-policy">, by directive. */
function policyOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
  if (content === undefined) return new Map();
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('the content security policy', () => {
  it.each(pages)('%s declares a strict policy', (file) => {
    const policy = policyOf(readDist(file));
    const scripts = policy.get('script-src') ?? [];
    expect(scripts, 'script-src').toContain("'self'");
    // Hashes and WebAssembly compilation only: no inline script or eval can run.
    expect(scripts.filter((source) => !/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('style-src')?.every((source) => source === "'self'" || source.startsWith("'sha"))).toBe(true);
  });
});

describe('in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer(distDir, base);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (path: string) => {
    const page = await browser.context.newPage();
    await recordViolations(page);
    const watch = watchPage(page, server.origin);
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    return { page, watch };
  };

  it.each(pages.filter((file) => !file.startsWith('to/')))('%s runs with no CSP violation', async (file) => {
    const { page } = await open(urlPathForFile(file, base));
    // Let islands hydrate and deferred scripts run.
    await page.waitForTimeout(150);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('an assessment taken to its result runs with no CSP violation', async () => {
    const { page, watch } = await open(`${base}assess/which-option/`);
    await runToResult(page);
    expect(await violations(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('saved progress carrying markup is discarded, never drawn or run', async () => {
    const payload = '<img src=x onerror="window.pwned=1">';
    const page = await browser.context.newPage();
    await recordViolations(page);
    const watch = watchPage(page, server.origin);
    // Seeded from a page without the assessment, so no island can read (and clear) it first.
    await page.goto(`${server.origin}${base}about/`);
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      ['sowg:progress:which-option', JSON.stringify({ assessment: 'which-option', version: loadDefinition('which-option').version, answers: { [payload]: payload }, position: 0 })],
    );
    await page.goto(`${server.origin}${base}assess/which-option/`, { waitUntil: 'load' });
    await page.getByRole('status').filter({ hasText: 'could not be read' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('sowg:progress:which-option'))).toBeNull();
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});
