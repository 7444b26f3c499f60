/**
 * How long search takes from a keystroke to results in the page, measured inside real Chromium.
 *
 * Method: the search dialog is opened with "/" (its keyboard shortcut) and one warm-up query is run, so
 * Pagefind's script, WebAssembly and index are loaded. Then, for each query: the input is emptied (with
 * an input event) and the bench waits until no result is shown; the query but its last letter is put in
 * the input silently (no event); a listener on window, in the capture phase, notes performance.now() at
 * the keydown of the last letter, which Playwright then presses; a MutationObserver on the dialog notes
 * performance.now() when the first result element is in the DOM, and a requestAnimationFrame callback
 * scheduled then notes the next frame (when the results are drawn). Both clocks are the page's own.
 */
import type { Page } from 'playwright-core';
import { launchBenchBrowser } from './browser.ts';
import { median } from './stats.ts';
import type { SearchResult } from './results.ts';

/**
 * Where the search UI is (src/components/Search.astro, src/scripts/search-open.ts and
 * search-dialog.ts): "/" opens a <dialog data-search-dialog>, made from a template; each result is an
 * a.search-hit link (the hint and the status line are not).
 */
const dialog = 'dialog[data-search-dialog][open]';
export const searchSelectors = {
  dialog,
  input: `${dialog} input[type="search"]`,
  result: `${dialog} a.search-hit`,
} as const;

export const warmUpQuery = 'team';
/** Words the guide uses on several pages, so each has results. */
export const timedQueries = ['trait', 'option', 'path', 'spread', 'group', 'meeting', 'assess'] as const;

const waitMs = 10_000;

interface Probe {
  armed: boolean;
  keydown: number;
  dom: number;
  frame: number;
}

async function installProbe(page: Page): Promise<void> {
  await page.evaluate(
    ({ dialog, result }) => {
      const probe: Probe = { armed: false, keydown: 0, dom: 0, frame: 0 };
      (globalThis as unknown as { benchProbe: Probe }).benchProbe = probe;
      addEventListener(
        'keydown',
        () => {
          if (probe.armed && probe.keydown === 0) probe.keydown = performance.now();
        },
        { capture: true },
      );
      const root = document.querySelector(dialog);
      if (!root) throw new Error('no open search dialog to observe');
      new MutationObserver(() => {
        if (probe.keydown === 0 || probe.dom !== 0 || !document.querySelector(result)) return;
        probe.dom = performance.now();
        requestAnimationFrame(() => {
          probe.frame = performance.now();
        });
      }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    },
    { dialog: searchSelectors.dialog, result: searchSelectors.result },
  );
}

/** One timed keystroke: returns [keydown→DOM, keydown→next frame] in ms. */
async function timeQuery(page: Page, query: string): Promise<[number, number]> {
  const input = page.locator(searchSelectors.input);
  await input.fill('');
  await page
    .waitForFunction((selector) => document.querySelectorAll(selector).length === 0, searchSelectors.result, { timeout: waitMs })
    .catch(() => {
      throw new Error(`Emptying the search input left results shown (${searchSelectors.result}) after ${waitMs} ms`);
    });
  await input.evaluate((element, prefix) => {
    (element as HTMLInputElement).value = prefix;
  }, query.slice(0, -1));
  await page.evaluate(() => {
    const probe = (globalThis as unknown as { benchProbe: Probe }).benchProbe;
    Object.assign(probe, { armed: true, keydown: 0, dom: 0, frame: 0 });
  });
  await input.press(query.slice(-1));
  const probe = await page
    .waitForFunction(
      () => {
        const current = (globalThis as unknown as { benchProbe: Probe }).benchProbe;
        return current.frame !== 0 ? { ...current } : false;
      },
      undefined,
      { timeout: waitMs },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => {
      throw new Error(`No search result (${searchSelectors.result}) appeared within ${waitMs} ms of typing "${query}"`);
    });
  if (probe === false || probe.keydown === 0) throw new Error(`The keydown of "${query}" was not seen`);
  return [probe.dom - probe.keydown, probe.frame - probe.keydown];
}

/** Lighthouse's mobile audit slows the CPU this much to stand for a mid-range phone. */
export const phoneCpuSlowdown = 4;

async function timeSeries(page: Page, queries: readonly string[]): Promise<{ runsMs: number[]; frameRunsMs: number[] }> {
  const runs: Array<[number, number]> = [];
  for (const query of queries) runs.push(await timeQuery(page, query));
  return { runsMs: runs.map(([dom]) => dom), frameRunsMs: runs.map(([, frame]) => frame) };
}

/**
 * Opens search on `url` and times the warm-up query and then each of `queries`; then all again with
 * the CPU slowed down as Lighthouse's mobile audit does (after a warm-up query of its own).
 */
export async function measureSearch(url: string, queries: readonly string[] = timedQueries): Promise<SearchResult> {
  const browser = await launchBenchBrowser();
  try {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    await page.waitForSelector(searchSelectors.input, { state: 'visible', timeout: waitMs }).catch(() => {
      throw new Error(
        `Search is missing on ${url}: pressing "/" showed no ${searchSelectors.input} within ${waitMs} ms${errors.length > 0 ? ` (page errors: ${errors.join('; ')})` : ''}`,
      );
    });
    await installProbe(page);
    const [warmUpMs] = await timeQuery(page, warmUpQuery);
    const fast = await timeSeries(page, queries);

    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: phoneCpuSlowdown });
    await timeQuery(page, warmUpQuery);
    const slow = await timeSeries(page, queries);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    if (errors.length > 0) throw new Error(`The page threw while searching: ${errors.join('; ')}`);
    return {
      page: new URL(url).pathname,
      warmUpQuery,
      warmUpMs,
      queries: [...queries],
      ...fast,
      medianMs: median(fast.runsMs),
      frameMedianMs: median(fast.frameRunsMs),
      slowCpu: { slowdown: phoneCpuSlowdown, ...slow, medianMs: median(slow.runsMs), frameMedianMs: median(slow.frameRunsMs) },
    };
  } finally {
    await browser.close();
  }
}
