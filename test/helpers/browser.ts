import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { chromium, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { base, distDir } from './dist.ts';
import { startServer, type RunningServer } from './static-server.ts';

/** Debian's Chromium: no browser can be downloaded on these machines. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Starts headless Chromium with a fresh profile. A missing browser is an error, never a skip:
 * a test run that cannot see the site must not pass.
 */
export async function launchBrowser(options: BrowserContextOptions = {}): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No browser at ${chromiumPath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'sowg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a page did that a reader would not want: console errors, uncaught exceptions, requests elsewhere. */
export interface PageWatch {
  errors: string[];
  foreignRequests: string[];
}

/** Records console errors, page errors and requests to any origin other than `origin`. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { errors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) watch.foreignRequests.push(request.url());
  });
  return watch;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A page a reader would not notice anything wrong on: no console error, no request to another origin. */
export function expectClean(watch: PageWatch): void {
  expect(watch.errors, 'console errors').toEqual([]);
  expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
}

/** Makes every use of localStorage throw, as a browser that keeps nothing does (private modes, blocked storage), on pages opened after this. */
export async function blockStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Storage is disabled.', 'SecurityError');
      },
    });
  });
}

/** Puts values into the site's localStorage (opening `siteUrl` for its origin) before a page under test loads. */
export async function seedStorage(page: Page, siteUrl: string, entries: Record<string, string>): Promise<void> {
  await page.goto(siteUrl);
  await page.evaluate((values) => {
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, entries);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page (through the debugger, so a page's CSP cannot block it) and lists violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
  });
}

/** Violations as lines a reader can act on; an empty string when there are none. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.targets.join('\n    ')}`).join('\n');
}

/**
 * The built site, served as a static host would for the enclosing file or describe block: started
 * before its tests (and before a browser registered after it), closed after them.
 */
export function sitePerSuite(use: (server: RunningServer) => void): void {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startServer(distDir, base);
    use(server);
  });
  afterAll(async () => {
    await server?.close();
  });
}

export interface BrowserPerSuite {
  /** Origin to grant clipboard reading and writing to, once the server is up. */
  clipboardFor?: () => string;
  /** A page of the site to open after each test to clear localStorage, so no test inherits another's answers. */
  clearStorageAt?: () => string;
}

/**
 * One Chromium for the enclosing describe block: launched before its tests, closed after them,
 * and handed to `use` so the block's tests read it as a plain variable.
 */
export function browserPerSuite(use: (browser: Browser) => void, options: BrowserPerSuite = {}): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    if (options.clipboardFor) await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: options.clipboardFor() });
    use(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });
  if (options.clearStorageAt) {
    const at = options.clearStorageAt;
    afterEach(async () => {
      if (!browser) return;
      const page = await browser.context.newPage();
      await page.goto(at());
      await page.evaluate(() => localStorage.clear());
      await page.close();
    });
  }
}
