/**
 * A slice of every category of the hostile corpus in real Chromium: each case ends in a visible
 * message or the right result, with no console error, no page error and no injected script run,
 * and a new run is still possible afterwards. (The unit tests decode the whole corpus.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeShareCode } from '../../src/lib/assessment/share-code.ts';
import { MAX_TEAM_ENTRIES } from '../../src/lib/team/link.ts';
import { launchBrowser, watchPage, type Browser } from '../helpers/browser.ts';
import { base, distDir, requireDist } from '../helpers/dist.ts';
import { corpusDefinitions, shareCorpus, sliceByCategory, storageCorpus, teamCorpus, type StorageCase } from '../helpers/hostile-corpus.ts';
import { startServer, type RunningServer } from '../helpers/static-server.ts';
import { runToResult } from '../helpers/run-assessment.ts';
import { answersAt } from '../helpers/assessments.ts';

requireDist();

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

const pwned = (page: Page) => page.evaluate(() => Object.keys(window).filter((key) => key.startsWith('__pwned')));

async function openPage(path: string, init?: (page: Page) => Promise<void>) {
  const page = await browser.context.newPage();
  const watch = watchPage(page, server.origin);
  if (init) await init(page);
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  return { page, watch };
}

describe('tampered share links in Chromium', () => {
  const shareSlice = [...sliceByCategory(shareCorpus, 1), ...shareCorpus.filter((entry) => entry.category === 'lookalike').slice(1)];
  it.each(shareSlice.map((entry, index) => [`${entry.category}: ${entry.name}`, entry, index] as const))('%s', async (_name, entry, index) => {
    const { page, watch } = await openPage(`assess/${entry.page}/${entry.suffix}`);
    const result = page.locator('.shared .result-heading');
    const message = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'This share link cannot be shown' }) });
    const elsewhere = page.getByRole('heading', { name: 'This result belongs to another assessment' });
    await result.or(message).or(elsewhere).first().waitFor({ timeout: 10_000 });
    const shown = { result: result, message: message, elsewhere: elsewhere }[entry.expect];
    expect(await shown.isVisible(), `shows the ${entry.expect}`).toBe(true);
    if (entry.expect === 'message') expect(((await message.textContent()) ?? '').length).toBeGreaterThan(60);

    // A new run: the reader's own, from the link the page offers (followed in every fourth case, to keep the suite quick).
    const onward = page.getByRole('link', { name: entry.expect === 'elsewhere' ? 'Open it on its own page' : 'Take it yourself' });
    const href = new URL((await onward.getAttribute('href')) ?? '', page.url());
    if (entry.expect !== 'elsewhere') expect(`${href.pathname}${href.search}${href.hash}`).toBe(`${base}assess/${entry.page}/`);
    if (index % 4 === 0) {
      await onward.click();
      if (entry.expect === 'elsewhere') await page.locator('.shared .result-heading').waitFor();
      else {
        await page.getByRole('button', { name: 'Start', exact: true }).click();
        await page.getByRole('heading', { level: 2, name: /^Question 1 of \d+$/ }).waitFor();
      }
    }
    expect(await pwned(page)).toEqual([]);
    expect(watch.errors, 'console and page errors').toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });
});

/** Makes the page's storage behave as the case says, before any of its scripts run. */
async function setUpStorage(page: Page, entry: StorageCase): Promise<void> {
  await page.addInitScript(
    ({ mode, values }) => {
      const real = window.localStorage;
      real.clear();
      for (const [key, value] of Object.entries(values)) real.setItem(key, value);
      const fail = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      if (mode === 'null') Object.defineProperty(window, 'localStorage', { configurable: true, get: () => null });
      if (mode === 'getter-throws') Object.defineProperty(window, 'localStorage', { configurable: true, get: fail });
      if (mode === 'throwing') {
        const refusing = new Proxy({}, { get: fail, set: fail, has: fail, deleteProperty: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, defineProperty: fail });
        Object.defineProperty(window, 'localStorage', { configurable: true, get: () => refusing });
      }
      if (mode === 'full') {
        const full = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
        Storage.prototype.setItem = full;
        Storage.prototype.removeItem = full;
      }
    },
    { mode: entry.mode, values: entry.values },
  );
}

const storageSlice = [...sliceByCategory(storageCorpus, 1), ...storageCorpus.filter((entry) => entry.category === 'refused' && entry.page === 'group-mirror')].filter(
  (entry, index, all) => all.indexOf(entry) === index,
);

describe('corrupt or refused storage in Chromium', () => {
  it.each(storageSlice.map((entry) => [`${entry.category}: ${entry.name}`, entry] as const))('%s', async (_name, entry) => {
    const { page, watch } = await openPage(`assess/${entry.page}/`, (page) => setUpStorage(page, entry));
    const run = page.locator('.assessment-run');
    await run.waitFor({ timeout: 10_000 });
    const notices = page.locator('.assessment-run .notice[data-notice]');
    if (entry.expect === 'none') {
      expect(await notices.count()).toBe(0);
    } else {
      const notice = page.locator(`.notice[data-notice="${entry.expect}"]`);
      expect(await notice.isVisible(), `notice ${entry.expect}`).toBe(true);
      expect(await notices.count(), 'one notice at a time').toBe(1);
    }

    // A run of the reader's own: where answers were restored, the page resumes on the question they
    // left (the second); Back twice returns to the intro.
    if (entry.expect === 'restored') {
      await page.getByRole('heading', { level: 2, name: /^Question 2 of \d+$/ }).waitFor();
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      // A full storage refuses to save the move: that is when the reader hears answers will not be kept.
      if (entry.mode === 'full') await page.locator('.notice[data-notice="unkept"]').waitFor();
      await page.getByRole('heading', { level: 2, name: /^Question 1 of \d+$/ }).waitFor();
      await page.getByRole('button', { name: 'Back', exact: true }).click();
    }
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const total = Number(((await page.getByRole('heading', { level: 2, name: /^Question 1 of \d+$/ }).textContent()) ?? '').match(/of (\d+)/)?.[1]);
    await page.locator('form.item-view input[type=radio]').first().check();
    await page.locator('form.item-view button[type=submit]').click();
    await page.getByRole('heading', { level: 2, name: `Question 2 of ${total}` }).waitFor();
    // "Answers will not be kept" is said once, not on every screen.
    expect(await page.locator('.notice[data-notice="unkept"]').count()).toBe(0);

    if (entry.mode === 'null') {
      // The theme works for the visit without storage.
      const toggle = page.locator('[data-theme-toggle]').first();
      await toggle.click();
      await toggle.click();
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toMatch(/^(light|dark)$/);
    }
    expect(await pwned(page)).toEqual([]);
    expect(watch.errors, 'console and page errors').toEqual([]);
    await page.close();
  });
});

describe('tampered team links and pastes in Chromium', () => {
  const mirror = corpusDefinitions.find((definition) => definition.id === 'group-mirror')!;
  const fresh = encodeShareCode(mirror, answersAt(mirror, () => 3));

  it.each(sliceByCategory(teamCorpus, 1).map((entry) => [`${entry.category}: ${entry.name}`, entry] as const))('%s', async (_name, entry) => {
    // The team view keeps its team in the browser: each case starts from none.
    const { page, watch } = await openPage(`team/${entry.via === 'address' ? entry.text : ''}`, async (page) => void (await page.addInitScript(() => localStorage.removeItem('sowg:team'))));
    await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])') !== null, undefined, { timeout: 10_000 });
    const box = page.getByLabel('Share links, one per line');
    const add = async (text: string) => {
      await box.fill(text);
      await page.getByRole('button', { name: 'Add to the team' }).click();
    };
    if (entry.via === 'paste') await add(entry.text);
    const counted = page.locator('.team-entry[data-status="counted"]');
    await expect.poll(() => counted.count()).toBe(entry.counted);
    const problems = page.locator('[data-problem]');
    if (entry.message) {
      await problems.first().waitFor();
      expect(await problems.first().isVisible()).toBe(true);
    } else {
      expect(await problems.count()).toBe(0);
    }

    // A new run: one more link is added and counted (unless the view is already full).
    if (entry.counted < MAX_TEAM_ENTRIES) {
      await add(fresh);
      await expect.poll(() => counted.count()).toBe(entry.counted + 1);
    }
    expect(await pwned(page)).toEqual([]);
    expect(await page.locator('main img').count()).toBe(0);
    expect(watch.errors, 'console and page errors').toEqual([]);
    await page.close();
  });
});

describe('a browser whose localStorage is null', () => {
  const nullStorage: StorageCase = { category: 'refused', name: 'null', page: '', mode: 'null', values: {}, expect: 'unkept' };

  it.each(corpusDefinitions.map((definition) => [definition.id] as const))('%s: says once that answers will not be kept, and runs to a result', async (id) => {
    const { page, watch } = await openPage(`assess/${id}/`, (page) => setUpStorage(page, nullStorage));
    const unkept = page.locator('.notice[data-notice="unkept"]');
    await unkept.waitFor({ timeout: 10_000 });
    expect(await unkept.getAttribute('role')).toBe('status');
    await runToResult(page);
    expect(await unkept.count(), 'said once, not again').toBe(0);
    await page.getByRole('button', { name: 'Change answers' }).click();
    await page.getByRole('button', { name: 'See your result' }).click();
    await page.getByRole('heading', { level: 2, name: /^Your result|^Your answers point|^Next on your path|^The path is behind you/ }).waitFor();
    expect(watch.errors, 'console and page errors').toEqual([]);
    await page.close();
  }, 60_000);

  it('the team view takes links and shows the picture', async () => {
    const { page, watch } = await openPage('team/', (page) => setUpStorage(page, nullStorage));
    await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])') !== null, undefined, { timeout: 10_000 });
    const which = corpusDefinitions.find((definition) => definition.id === 'which-option')!;
    await page.getByLabel('Share links, one per line').fill(encodeShareCode(which, answersAt(which, () => 0)));
    await page.getByRole('button', { name: 'Add to the team' }).click();
    await page.locator('section[data-assessment="which-option"]').waitFor();
    expect(watch.errors, 'console and page errors').toEqual([]);
    await page.close();
  });
});
