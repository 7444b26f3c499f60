/** The bytes of a page's first view, as real Chromium received them from the bench's compressing server. */
import type { Request, Response } from 'playwright-core';
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
 * What the browser asks for: 'gzip' sends `Accept-Encoding: gzip` only (the first view a gzip host
 * gives); 'browser' leaves Chromium's own (gzip, deflate, br, zstd), so the server answers in brotli.
 */
export type AcceptEncoding = 'gzip' | 'browser';

/**
 * Loads `url` in a fresh browser (empty cache and storage), waits until the network has been idle for
 * 500 ms and then one second more (islands hydrated on idle or on view load their code by then), and
 * sizes every response: its body decoded, and the encoded body bytes Chromium received for it.
 * Throws when a response came in another encoding than the one asked for, so that no number stands
 * for what it is not.
 */
export async function measureFirstView(url: string, accept: AcceptEncoding): Promise<FirstView> {
  const browser = await launchBenchBrowser({ ...mobileView, ...(accept === 'gzip' ? { extraHTTPHeaders: { 'Accept-Encoding': 'gzip' } } : {}) });
  try {
    const page = await browser.context.newPage();
    const origin = new URL(url).origin;
    const received: Array<{ request: Request; response: Response }> = [];
    const foreignRequests: string[] = [];
    const errors: string[] = [];
    page.on('response', (response) => received.push({ request: response.request(), response }));
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
    for (const { request, response: item } of received) {
      const status = item.status();
      const redirect = status >= 300 && status < 400;
      const body = redirect ? Buffer.alloc(0) : await item.body();
      await item.finished();
      const sizes = await request.sizes();
      const encoding = item.headers()['content-encoding'] ?? 'identity';
      if (accept === 'gzip' && encoding !== 'identity' && encoding !== 'gzip') throw new Error(`${item.url()} came ${encoding}-encoded to a browser that asked for gzip only`);
      responses.push({ url: item.url(), kind: kindOf(item.headers()['content-type'], item.url()), raw: body.length, sent: redirect ? 0 : sizes.responseBodySize, encoding });
    }
    await page.close();
    return { responses, foreignRequests, errors };
  } finally {
    await browser.close();
  }
}
