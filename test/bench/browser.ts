/** Headless Chromium for the bench: Debian's build, a fresh profile each time, and no way off the machine. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { chromiumPath } from '../helpers/browser.ts';

/** Chromium resolves no host but the loopback: nothing can leave the machine, whatever a page asks for. */
export const loopbackOnly = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1';

export const benchChromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', loopbackOnly];

export interface BenchBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile means an empty cache and storage: every launch sees a first view. Throws without a browser. */
export async function launchBenchBrowser(options: BrowserContextOptions = {}): Promise<BenchBrowser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No browser at ${chromiumPath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'sowg-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { ...options, executablePath: chromiumPath, headless: true, args: benchChromiumFlags });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
