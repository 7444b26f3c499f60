/** The bytes of a page's first view, counted from the responses real Chromium received. */
import { gzipSync } from 'node:zlib';
import type { Response } from 'playwright-core';
import { launchBenchBrowser } from './browser.ts';
import { kindOf, type ResponseSize } from './bytes.ts';

/** The phone Lighthouse's mobile audit emulates, so that both look at the same first view. */
export const mobileView = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
} as const;

export interface FirstView {
  responses: ResponseSize[];
  foreignRequests: string[];
  errors: string[];
}

/**
 * Loads `url` in a fresh browser (empty cache and storage), waits until the network has been idle for
 * 500 ms and then one second more (islands hydrated on idle or on view load their code by then), and
 * sizes every response body: raw as sent (the test server does not compress) and gzip by node:zlib.
 */
export async function measureFirstView(url: string): Promise<FirstView> {
  const browser = await launchBenchBrowser(mobileView);
  try {
    const page = await browser.context.newPage();
    const origin = new URL(url).origin;
    const received: Response[] = [];
    const foreignRequests: string[] = [];
    const errors: string[] = [];
    page.on('response', (response) => received.push(response));
    page.on('request', (request) => {
      const requested = new URL(request.url());
      if (requested.protocol !== 'data:' && requested.protocol !== 'blob:' && requested.origin !== origin) foreignRequests.push(request.url());
    });
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`));
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
    await page.waitForTimeout(1_000);
    await page.waitForLoadState('networkidle');
    const responses: ResponseSize[] = [];
    for (const item of received) {
      const status = item.status();
      const body = status >= 300 && status < 400 ? Buffer.alloc(0) : await item.body();
      responses.push({
        url: item.url(),
        kind: kindOf(item.headers()['content-type'], item.url()),
        raw: body.length,
        gzip: body.length === 0 ? 0 : gzipSync(body, { level: 9 }).length,
      });
    }
    await page.close();
    return { responses, foreignRequests, errors };
  } finally {
    await browser.close();
  }
}
