import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeProgress } from '../../src/lib/assessment/saved-progress.ts';
import { encodeShareCode } from '../../src/lib/assessment/share-code.ts';
import { shareFragment } from '../../src/lib/assessment/share-fragment.ts';
import type { Answers } from '../../src/schemas/assessment.ts';
import { answersTowards } from '../helpers/assessment-plans.ts';
import { loadDefinition, loadDefinitions } from '../helpers/assessments.ts';
import { sitePerSuite, browserPerSuite, watchPage, type Browser, type PageWatch, expectClean, seedStorage } from '../helpers/browser.ts';
import { distDir, requireDist } from '../helpers/dist.ts';
import type { RunningServer } from '../helpers/static-server.ts';

/**
 * Taking an assessment as a new reader does (issue 20, items 1-8): what they see after each move,
 * on a phone and a desktop, and what the browser's own buttons do.
 */
requireDist();

const definitions = loadDefinitions();
const whichOption = loadDefinition('which-option');

let server: RunningServer;
sitePerSuite((started) => (server = started));
const pageUrl = (id: string): string => `${server.url}assess/${id}/`;

async function open(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  return { page, watch: watchPage(page, server.origin) };
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 2, name });
const submit = (page: Page) => page.locator('form.item-view button[type="submit"]');

/** Chooses the answer at `position` on the question on screen and moves on. */
async function answerAndNext(page: Page, position: number): Promise<void> {
  await page.locator('form.item-view input[type=radio]').nth(position).check();
  await submit(page).click();
}

/** Where an element is in the viewport. */
const box = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom };
  });

describe('taking an assessment', () => {
  let browser: Browser;
  browserPerSuite((launched) => (browser = launched), { clipboardFor: () => server.origin, clearStorageAt: () => server.url });

  it('"Copy share link" shows that it copied, as well as saying so to screen readers', async () => {
    const { page, watch } = await open(browser);
    const answers = answersTowards(whichOption, 'option-1');
    await seedStorage(page, server.url, { 'sowg:progress:which-option': encodeProgress({ assessment: whichOption.id, version: whichOption.version, answers, position: 11, finished: true }) });
    await page.goto(pageUrl('which-option'));
    await page.locator('.result-heading').waitFor();
    expect(await page.locator('.copied').count(), 'nothing said before copying').toBe(0);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const copied = page.locator('.copied');
    await copied.waitFor();
    expect(await copied.isVisible()).toBe(true);
    await expect(copied.textContent()).resolves.toMatch(/^Copied/);
    await page.waitForFunction(() => /copied/i.test(document.getElementById('announcer')?.textContent ?? ''), null, { timeout: 3000 });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${pageUrl('which-option')}${shareFragment(encodeShareCode(whichOption, answers))}`);
    expectClean(watch);
    await page.close();
  });

  it('the method line has its space: "the method, and every weight", on every assessment page', async () => {
    for (const definition of definitions) {
      const html = readFileSync(join(distDir, 'assess', definition.id, 'index.html'), 'utf8');
      expect(html, definition.id).not.toMatch(/and<a /);
    }
    const { page } = await open(browser);
    await page.goto(pageUrl('which-option'));
    await expect(page.locator('.method-note').innerText()).resolves.toBe('How the result is worked out: the method, and every weight.');
    await page.close();
  });

  it.each(definitions.map((definition) => [definition.id, definition] as const))(
    '%s on a phone (390×844): after each Next the new question and its Next are on the screen',
    async (_, definition) => {
      const { page, watch } = await open(browser, { width: 390, height: 844 });
      await page.goto(pageUrl(definition.id));
      await page.locator('.assessment-run').waitFor();
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      for (let index = 0; index < definition.items.length; index++) {
        const name = `Question ${index + 1} of ${definition.items.length}`;
        await page.waitForFunction((text) => document.activeElement?.textContent?.trim() === text, name);
        // The page scrolls smoothly: measure once it has come to rest.
        await page.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));
        await page.waitForTimeout(400);
        const headingBox = await box(page, 'form.item-view .progress-heading');
        const next = await box(page, 'form.item-view button[type="submit"]');
        const where = `${name}: heading at ${Math.round(headingBox.top)}, Next ends at ${Math.round(next.bottom)}`;
        expect(headingBox.top, where).toBeGreaterThanOrEqual(0);
        expect(next.bottom, where).toBeLessThanOrEqual(844);
        // The last question's answer is kept off "not sure", so that the run can end on a result.
        await answerAndNext(page, 0);
      }
      await heading(page, 'Review your answers').waitFor();
      expectClean(watch);
      await page.close();
    },
    90_000,
  );

  it("the browser's Back and Forward move between questions; a reload and a share link still work", async () => {
    const { page, watch } = await open(browser);
    // The code behind Back loads on the first move: arriving late (a slow network), it must still
    // record every question the reader has passed by then.
    await page.route('**/screen-history.*.js', async (route) => {
      await new Promise((done) => setTimeout(done, 1500));
      await route.continue();
    });
    await page.goto(`${server.url}assess/`);
    await page.getByRole('link', { name: whichOption.title, exact: true }).click();
    await page.locator('.assessment-run').waitFor();
    const arrived = page.waitForResponse((response) => /screen-history\.[^/]*\.js$/.test(response.url()));
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const total = whichOption.items.length;
    const first = whichOption.items[0]!;
    await heading(page, `Question 1 of ${total}`).waitFor();
    await answerAndNext(page, 1);
    await heading(page, `Question 2 of ${total}`).waitFor();
    await answerAndNext(page, 0);
    await heading(page, `Question 3 of ${total}`).waitFor();
    await arrived;
    await page.waitForFunction(() => (history.state as { sowgScreen?: { screen?: { index?: number } } } | null)?.sowgScreen?.screen?.index === 2);

    await page.goBack();
    await heading(page, `Question 2 of ${total}`).waitFor();
    expect(page.url()).toBe(pageUrl('which-option'));
    await page.goBack();
    await heading(page, `Question 1 of ${total}`).waitFor();
    expect(await page.locator(`input[name="${first.id}"]`).nth(1).isChecked(), 'the answer given is still there').toBe(true);
    await page.goForward();
    await heading(page, `Question 2 of ${total}`).waitFor();
    // Focus follows, as after Next.
    await page.waitForFunction((text) => document.activeElement?.textContent?.trim() === text, `Question 2 of ${total}`);

    // A reload resumes where the reader is, and Back still works after it (once its code is there again).
    const again = page.waitForResponse((response) => /screen-history\.[^/]*\.js$/.test(response.url()));
    await page.reload();
    await heading(page, `Question 2 of ${total}`).waitFor();
    await again;
    // The module has arrived; it binds on the next turn of the page's event loop.
    await page.waitForTimeout(200);
    await page.goBack();
    await heading(page, `Question 1 of ${total}`).waitFor();
    await page.goBack();
    await heading(page, 'Before you start').waitFor();
    await page.goBack();
    await page.waitForURL(`${server.url}assess/`);

    // A share link on the same page still shows the shared result, and Back returns to the reader's own run.
    const shared = answersTowards(whichOption, 'option-3');
    await page.goto(`${pageUrl('which-option')}${shareFragment(encodeShareCode(whichOption, shared))}`);
    await page.locator('.shared .result-heading').waitFor();
    expectClean(watch);
    await page.close();
  }, 60_000);

  it('the review puts what a result still needs at the top, with a way to each question; no question offers "Skip"', { timeout: 60_000 }, async () => {
    const { page, watch } = await open(browser);
    // Every question answered "not sure" but the second, which is left unanswered.
    const answers: Answers = Object.fromEntries(whichOption.items.flatMap((item, index) => (index === 1 ? [] : [[item.id, item.answers.at(-1)!.id]])));
    await seedStorage(page, server.url, { 'sowg:progress:which-option': encodeProgress({ assessment: whichOption.id, version: whichOption.version, answers, position: 11 }) });
    await page.goto(pageUrl('which-option'));
    // Not every question is answered, so the run resumes on the last question; its button leads to the review.
    await heading(page, `Question ${whichOption.items.length} of ${whichOption.items.length}`).waitFor();
    await submit(page).click();
    await heading(page, 'Review your answers').waitFor();
    const summary = page.locator('.still-needed');
    expect((await summary.boundingBox())!.y).toBeLessThan((await page.locator('.review-list').boundingBox())!.y);
    await expect(summary.getByRole('heading', { name: 'What a result still needs' }).count()).resolves.toBe(1);
    const unsureCount = whichOption.items.length - 1;
    const allowed = Math.floor(whichOption.items.length / 3);
    await expect(summary.textContent()).resolves.toContain(`You answered "not sure" ${unsureCount} times: change at least ${unsureCount - allowed} of these`);
    const links = summary.getByRole('button');
    expect(await links.count(), 'one way to each question concerned').toBe(whichOption.items.length);
    await expect(links.first().textContent()).resolves.toBe(`Question 2: ${whichOption.items[1]!.prompt} (not answered)`);
    expect(await page.getByRole('button', { name: 'See your result' }).count()).toBe(0);

    await links.first().click();
    await heading(page, `Question 2 of ${whichOption.items.length}`).waitFor();
    expect(await page.getByRole('button', { name: 'Skip' }).count()).toBe(0);
    await expect(submit(page).textContent()).resolves.toBe('Back to review');

    // From the start, a question left unanswered moves on with "Answer later".
    await page.goto(pageUrl('individual-path'));
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await heading(page, /^Question 1 of/).waitFor();
    await expect(submit(page).textContent()).resolves.toBe('Answer later');
    expectClean(watch);
    await page.close();
  });

  it('after a reload: resumed in place with a short note, and a finished run reopens on its result', async () => {
    const { page, watch } = await open(browser);
    await page.goto(pageUrl('which-option'));
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const answers = answersTowards(whichOption, 'option-2');
    for (const [index, item] of whichOption.items.entries()) {
      await heading(page, `Question ${index + 1} of ${whichOption.items.length}`).waitFor();
      await page.locator(`input[name="${item.id}"][value="${answers[item.id]}"]`).check();
      if (index === 4) {
        await page.reload();
        await heading(page, `Question 5 of ${whichOption.items.length}`).waitFor();
        const note = page.locator('.assessment-run .notice');
        await expect(note.textContent()).resolves.toMatch(/^Welcome back/);
        expect(await note.locator('button').count()).toBe(0);
        expect(await page.locator('.assessment-run button').evaluateAll((buttons) => buttons.map((button) => button.textContent))).toEqual(['Back', 'Next']);
      }
      await submit(page).click();
    }
    await page.getByRole('button', { name: 'See your result' }).click();
    const result = (await page.locator('.result-heading').textContent())?.trim();
    await page.reload();
    await page.locator('.result-heading').waitFor();
    await expect(page.locator('.result-heading').textContent()).resolves.toBe(result);
    expect(await page.locator('.review-list').count(), 'not the review list').toBe(0);
    expectClean(watch);
    await page.close();
  });

  it.each([
    [1280, 800],
    [390, 844],
  ])(`no empty band between Start and the method line, nor below the mirror's "not for a group" result (%i×%i)`, async (width, height) => {
    const { page, watch } = await open(browser, { width, height });
    for (const definition of definitions) {
      await page.goto(pageUrl(definition.id));
      await page.locator('.assessment-run').waitFor();
      const start = await box(page, '.assessment-run .intro button');
      const note = await box(page, '.method-note');
      // At most what is left of the first screen (kept so that nothing moves as the page loads) and the
      // line's own margin, and no more.
      const margin = await page.locator('.method-note').evaluate((element) => parseFloat(getComputedStyle(element).marginTop));
      expect(note.top - start.bottom, `${definition.id}: gap below Start`).toBeLessThanOrEqual(Math.max(100, height - start.bottom + margin) + 1);
      expect(note.top, `${definition.id}: the method line is not pushed below the first screen`).toBeLessThanOrEqual(Math.max(height + margin, start.bottom + 100) + 1);
    }
    const mirror = loadDefinition('group-mirror');
    const outside = mirror.items[0]!.answers.findIndex((answer) => answer.outside);
    await page.goto(pageUrl(mirror.id));
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await answerAndNext(page, outside);
    await heading(page, 'This assessment is for people in a group or team').waitFor();
    const last = await page.locator('.assessment-run').evaluate((element) => element.getBoundingClientRect().bottom);
    const note = await box(page, '.method-note');
    expect(note.top - last, 'gap below the result').toBeLessThanOrEqual(100);
    expectClean(watch);
    await page.close();
  }, 60_000);

  it('on /assess/, each whole card is one link named by its title', async () => {
    const { page, watch } = await open(browser);
    await page.goto(`${server.url}assess/`);
    const cards = page.locator('.card');
    expect(await cards.count()).toBe(definitions.length);
    for (const [index, card] of (await cards.all()).entries()) {
      const links = card.locator('a');
      expect(await links.count(), 'one link per card').toBe(1);
      const title = (await card.locator('h2').textContent())?.trim() ?? '';
      await expect(card.getByRole('link', { name: title, exact: true }).count()).resolves.toBe(1);
      const href = await links.getAttribute('href');
      // A click on the card's summary, away from the title, follows the card's link (the mouse, as a
      // reader's: the link's box covers the card, so the paragraph itself never receives the click).
      await card.scrollIntoViewIfNeeded();
      const summary = await card.locator('p').first().boundingBox();
      if (!summary) throw new Error('the card has no summary');
      await page.mouse.click(summary.x + summary.width / 2, summary.y + summary.height / 2);
      await page.waitForURL((url) => url.pathname === href);
      await page.goBack();
      await page.locator('.card').nth(index).waitFor();
    }
    expectClean(watch);
    await page.close();
  }, 60_000);
});
