import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchPage, type Browser } from '../helpers/browser.ts';
import { parseHtml } from '../helpers/html.ts';
import { checkLinks, formatProblems, pageLinks, type PageLinks } from '../helpers/link-check.ts';
import { runToResult } from '../helpers/run-assessment.ts';
import { startServer, type RunningServer } from '../helpers/static-server.ts';

/**
 * The whole site built for a project page: served under /guide/ from https://example.org.
 * Built here, once, into its own folder, so the other tests keep reading the root build.
 */
const subBase = '/guide/';
const subSite = 'https://example.org';
const outDir = fileURLToPath(new URL('../../test-results/dist-subpath/', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

function builtFiles(): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  rmSync(outDir, { recursive: true, force: true });
  // Vitest puts Vite's own variables (BASE_URL among them) into process.env; Astro would take them
  // for the site's, so the build gets the environment without them.
  const { BASE_URL: _baseUrl, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...env } = process.env;
  execFileSync('astro', ['build', '--outDir', outDir], {
    cwd: root,
    env: { ...env, BASE: subBase, SITE: subSite },
    stdio: 'pipe',
  });
  server = await startServer(outDir, subBase);
  browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a build under a sub-path', () => {
  it('links and anchors all resolve under the sub-path', () => {
    const files = builtFiles();
    const pages = new Map<string, PageLinks>(
      files.filter((file) => file.endsWith('.html')).map((file) => [file, pageLinks(parseHtml(readFileSync(join(outDir, file), 'utf8')))]),
    );
    const problems = checkLinks({ files: new Set(files), pages }, { base: subBase, site: subSite });
    expect(formatProblems(problems)).toBe('');
  });

  it('takes canonical URLs and link previews from SITE and BASE', () => {
    const html = readFileSync(join(outDir, 'traits/index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="${subSite}${subBase}traits/">`);
    expect(html).toContain(`<meta property="og:url" content="${subSite}${subBase}traits/">`);
  });

  it('serves every page with all its assets, no console error and nothing from elsewhere', async () => {
    const page = await browser.context.newPage();
    const watch = watchPage(page, server.origin);
    const missing: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
    });
    for (const path of ['', 'path/', 'options/', 'assess/', 'assess/which-option/', 'assess/method/', 'about/']) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    }
    expect(missing).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });

  it('a permalink lands on its section under the sub-path', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}to/option-2/`);
    await page.waitForURL((url) => url.hash === '#option-2');
    expect(new URL(page.url()).pathname).toBe(`${subBase}options/`);
    await page.close();
  });

  it('the navigation and guide links stay under the sub-path', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Assess' }).click();
    await page.waitForURL(`${server.url}assess/`);
    await page.goto(`${server.url}path/`);
    await page.locator('article a.element-link').first().click();
    expect(new URL(page.url()).pathname.startsWith(subBase)).toBe(true);
    await page.close();
  });

  it('an assessment runs to a result whose links stay under the sub-path', async () => {
    const page = await browser.context.newPage();
    const watch = watchPage(page, server.origin);
    await page.goto(`${server.url}assess/which-option/`);
    await runToResult(page, 'last');
    const hrefs = await page.locator('.result a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((href) => !href.startsWith(subBase))).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});
