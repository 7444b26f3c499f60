import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../helpers/browser.ts';
import { base, distDir, requireDist } from '../helpers/dist.ts';
import { startServer, type RunningServer } from '../helpers/static-server.ts';

/**
 * Nothing on a page moves while it loads: no layout shift at all, on one page of each kind, at phone
 * and desktop widths, with JavaScript and without. Chromium reports each shift to the DevTools
 * protocol (the same entries as PerformanceObserver's 'layout-shift'), which works with scripts off.
 */
requireDist();

const pageKinds = [
  ['home', ''],
  ['guide', 'traits/'],
  ['assessment', 'assess/which-option/'],
  ['method', 'assess/method/'],
  ['team', 'team/'],
] as const;
const widths = [320, 412, 1280] as const;

interface Shift {
  value: number;
  /** What moved, as tag#id.class of each source node that Chromium names. */
  sources: string[];
}

/** Loads `url` and returns every layout shift of the load, up to a second after the network went quiet. */
async function shiftsWhileLoading(page: Page, url: string): Promise<Shift[]> {
  const cdp = await page.context().newCDPSession(page);
  const shifts: Shift[] = [];
  const nodeIds: Array<Promise<void>> = [];
  await cdp.send('DOM.enable');
  cdp.on('PerformanceTimeline.timelineEventAdded', ({ event }) => {
    const details = event.layoutShiftDetails;
    if (!details || details.hadRecentInput) return;
    const shift: Shift = { value: details.value, sources: [] };
    shifts.push(shift);
    for (const source of details.sources) {
      if (source.nodeId === undefined) continue;
      nodeIds.push(
        cdp
          .send('DOM.describeNode', { backendNodeId: source.nodeId })
          .then(({ node }) => {
            const attribute = (name: string) => {
              const index = node.attributes?.indexOf(name) ?? -1;
              return index >= 0 ? node.attributes?.[index + 1] : undefined;
            };
            const id = attribute('id');
            const classes = attribute('class');
            shift.sources.push(`${node.localName}${id ? `#${id}` : ''}${classes ? `.${classes.split(/\s+/).join('.')}` : ''}`);
          })
          .catch(() => {
            shift.sources.push('(a node since removed)');
          }),
      );
    }
  });
  await cdp.send('PerformanceTimeline.enable', { eventTypes: ['layout-shift'] });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  expect(response?.ok(), `${url} answered ${response?.status()}`).toBe(true);
  // Islands hydrate and the page loader's work happens by then; a shift after it would still be recorded.
  await page.waitForTimeout(1_000);
  await Promise.all(nodeIds);
  await cdp.detach();
  return shifts;
}

describe.each([true, false])('layout shifts with JavaScript %s', (javaScriptEnabled) => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer(distDir, base);
    browser = await launchBrowser({ javaScriptEnabled });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(pageKinds.flatMap(([kind, path]) => widths.map((width) => [kind, path, width] as const)))('%s page (/%s) at %i px: no shift', async (_kind, path, width) => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    const shifts = await shiftsWhileLoading(page, `${server.url}${path}`);
    expect(shifts, JSON.stringify(shifts)).toEqual([]);
    // A measuring tool that cannot see would pass everything: the page must have painted something.
    expect(await page.locator('h1').first().isVisible()).toBe(true);
    await page.close();
  });

  // The guard against a blind test: the same measurement sees a shift that the test itself causes.
  it('sees a shift when something above the content grows after the first paint', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 412, height: 800 });
    await page.route(`${server.url}traits/`, async (route) => {
      const response = await route.fetch();
      // An image with no size given, arriving late, above the main content.
      const html = (await response.text()).replace('<main', '<img src="/late.svg" alt=""><main');
      await route.fulfill({ response, body: html });
    });
    await page.route(`${server.origin}/late.svg`, async (route) => {
      await new Promise((done) => setTimeout(done, 600));
      await route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120"></svg>' });
    });
    const shifts = await shiftsWhileLoading(page, `${server.url}traits/`);
    expect(shifts.reduce((sum, shift) => sum + shift.value, 0)).toBeGreaterThan(0);
    await page.close();
  });
});
