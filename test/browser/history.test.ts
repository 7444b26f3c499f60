import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeHistory, summarize, type HistoryEntry } from '../../src/lib/assessment/history.ts';
import { assess } from '../../src/lib/assessment/result.ts';
import { outcomeOptions } from '../../src/lib/assessment/scoring.ts';
import type { AssessmentDefinition, OptionId } from '../../src/schemas/assessment.ts';
import { elementLabel } from '../../src/schemas/model.ts';
import { answersTowards } from '../helpers/assessment-plans.ts';
import { loadDefinition, loadDefinitions } from '../helpers/assessments.ts';
import { blockStorage, sitePerSuite, axeViolations, browserPerSuite, describeViolations, watchPage, type Browser, type PageWatch, expectClean, seedStorage } from '../helpers/browser.ts';
import { modelElements, requireDist } from '../helpers/dist.ts';
import type { RunningServer } from '../helpers/static-server.ts';

/** A reader's own history (issue 18, item 1), as a reader uses it in Chromium. */
requireDist();

const definitions = loadDefinitions();
const labels = new Map(modelElements().map((element) => [element.id, `${elementLabel(element)}: ${element.name}`]));
const label = (id: string) => labels.get(id) ?? id;

let server: RunningServer;
sitePerSuite((started) => (server = started));
const pageUrl = (id: string): string => `${server.url}assess/${id}/`;
const historyKey = (id: string) => `sowg:history:${id}`;

async function open(browser: Browser): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.context.newPage();
  return { page, watch: watchPage(page, server.origin) };
}

/** Answers every question on screen as `answers` says, from the intro to the result. */
async function takeIt(page: Page, definition: AssessmentDefinition, answers: Record<string, string>): Promise<void> {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  for (const [index, item] of definition.items.entries()) {
    await page.getByRole('heading', { level: 2, name: `Question ${index + 1} of ${definition.items.length}` }).waitFor();
    await page.locator(`input[name="${item.id}"][value="${answers[item.id]}"]`).check();
    await page.locator('form.item-view button[type="submit"]').click();
  }
  await page.getByRole('button', { name: 'See your result' }).click();
  await page.locator('.result-heading').waitFor();
}

/** What the history says a result was, as the list and the comparison word it. */
function resultWords(definition: AssessmentDefinition, answers: Record<string, string>): string {
  const { outcome } = assess(definition, answers).score;
  const options = outcomeOptions(outcome) as OptionId[];
  if (outcome.kind === 'none') return 'no option yet';
  if (outcome.kind === 'single') return label(options[0]!);
  return `between ${options.length === 2 ? options.map(label).join(' and ') : `${label(options[0]!)}, ${label(options[1]!)} and ${label(options[2]!)}`}`;
}

const listed = (page: Page) => page.locator('.history-list > li');

describe("a reader's own history", () => {
  let browser: Browser;
  browserPerSuite((launched) => (browser = launched), { clearStorageAt: () => server.url });

  it.each(definitions.map((definition) => [definition.id, definition] as const))(
    '%s taken twice with different answers: both listed, and the comparison shows what moved',
    async (_, definition) => {
      const before = answersTowards(definition, 'option-1');
      const after = answersTowards(definition, 'option-3');
      const { page, watch } = await open(browser);
      await page.goto(pageUrl(definition.id));
      await page.locator('.assessment-run').waitFor();
      expect(await page.locator('.history').count(), 'no history on a first visit').toBe(0);

      await takeIt(page, definition, before);
      await listed(page).first().waitFor();
      expect(await listed(page).count()).toBe(1);
      await expect(listed(page).first().textContent()).resolves.toContain(resultWords(definition, before));

      // Taking it again, from the start.
      await page.locator('.result-actions').getByRole('button', { name: 'Start over' }).click();
      await page.getByRole('button', { name: 'Yes, clear them' }).click();
      // The intro lists what is kept.
      await page.locator('.history-list > li').first().waitFor();
      await takeIt(page, definition, after);
      await page.waitForFunction(() => document.querySelectorAll('.history-list > li').length === 2);
      const texts = await listed(page).allTextContents();
      expect(texts[0], 'newest first').toContain(resultWords(definition, after));
      expect(texts[1]).toContain(resultWords(definition, before));

      const moves = page.locator('.comparison');
      const moved = (await moves.locator('.move-list').innerText()).replace(/\s+/g, ' ');
      const thenWords = resultWords(definition, before);
      const nowWords = resultWords(definition, after);
      if (thenWords === nowWords) expect(moved).toContain(`Result the same: ${nowWords}`);
      else expect(moved).toContain(`Result then ${thenWords}; now ${nowWords}`);
      // Every answer that differs, and none other.
      const differing = definition.items.filter((item) => before[item.id] !== after[item.id]);
      expect(await moves.locator('dt:text-is("Answers that changed") + dd li').count()).toBe(differing.length);
      for (const item of differing) expect(moved).toContain(item.prompt);
      const thenResult = assess(definition, before);
      const nowResult = assess(definition, after);
      if (thenResult.kind === 'path' && nowResult.kind === 'path') {
        const taken = nowResult.path.reached.filter((step) => !thenResult.path.reached.includes(step));
        expect(moved).toContain(`Steps taken since ${taken.length > 0 ? '' : 'none'}`);
        for (const step of taken) expect(moved).toContain(label(step));
      }
      if (thenResult.kind === 'mirror' && nowResult.kind === 'mirror') {
        for (const trait of nowResult.traits.traits) {
          const then = thenResult.traits.traits.find((entry) => entry.trait === trait.trait)!;
          const percent = (strength: number | null) => (strength === null ? 'not sure' : `${Math.round(strength * 100)}%`);
          expect(moved).toContain(`${label(trait.trait)}: ${percent(then.strength)} then, ${percent(trait.strength)} now`);
        }
      }

      // Comparing a result with itself: nothing moved.
      await moves.getByLabel('Compare the result of').selectOption({ index: 0 });
      await expect(moves.textContent()).resolves.toContain('These are the same result');

      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const violations = await axeViolations(page);
        expect(violations, `${scheme}:\n${describeViolations(violations)}`).toEqual([]);
      }
      // Nothing left the browser: every request went to the site itself (checked by expectClean).
      expectClean(watch);
      await page.close();
    },
    90_000,
  );

  it('deletes one result with a way to undo it, and all of them after asking', async () => {
    const definition = loadDefinition('which-option');
    const entries: HistoryEntry[] = (['option-1', 'option-2', 'option-3'] as const).map((option, index) => {
      const answers = answersTowards(definition, option);
      const at = new Date(Date.UTC(2026, index, 1, 9)).toISOString();
      return { at, run: at, version: definition.version, answers, result: summarize(assess(definition, answers)) };
    });
    const { page, watch } = await open(browser);
    await seedStorage(page, server.url, { [historyKey(definition.id)]: encodeHistory(definition.id, entries) });
    await page.goto(pageUrl(definition.id));
    await listed(page).first().waitFor();
    expect(await listed(page).count()).toBe(3);

    const middle = listed(page).nth(1);
    const middleText = await middle.textContent();
    await middle.getByRole('button', { name: /^Delete the result of/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('.history-list > li').length === 2);
    expect(await listed(page).allTextContents()).not.toContain(middleText);
    await expect(page.locator('.undo').textContent()).resolves.toMatch(/^Deleted the result of/);
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), historyKey(definition.id))) ?? '{}').entries).toHaveLength(2);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.history-list > li').length === 3);
    expect(await listed(page).nth(1).textContent()).toBe(middleText);

    await page.getByRole('button', { name: 'Delete all results' }).click();
    const confirm = page.getByRole('group', { name: 'Delete all results' });
    await expect(confirm.textContent()).resolves.toContain('Delete all 3 results kept in this browser?');
    // The button pressed is replaced by the question: a keyboard reader lands on its "Yes", and
    // "Keep them" hands the focus back to the button that asked, never to <body>.
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Yes, delete them');
    await confirm.getByRole('button', { name: 'Keep them' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Delete all results');
    expect(await listed(page).count()).toBe(3);
    await page.getByRole('button', { name: 'Delete all results' }).click();
    await page.getByRole('button', { name: 'Yes, delete them' }).click();
    await page.getByText('All your kept results are deleted.').first().waitFor();
    expect(await listed(page).count()).toBe(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), historyKey(definition.id)), 'nothing left behind').toBeNull();
    await page.reload();
    await page.locator('.assessment-run').waitFor();
    expect(await page.locator('.history').count()).toBe(0);
    expectClean(watch);
    await page.close();
  });

  it('corrupt stored history gets a readable message; what can be read, and the answers in progress, are kept', async () => {
    const definition = loadDefinition('which-option');
    const answers = answersTowards(definition, 'option-2');
    const good: HistoryEntry = { at: '2026-06-01T09:00:00.000Z', run: '2026-06-01T08:55:00.000Z', version: definition.version, answers, result: summarize(assess(definition, answers)) };
    // Answers in progress on another assessment: nothing else stored may be lost.
    const path = loadDefinition('individual-path');
    const progress = JSON.stringify({ assessment: path.id, version: path.version, answers: { [path.items[0]!.id]: path.items[0]!.answers[0]!.id }, position: 0 });
    const { page, watch } = await open(browser);

    // Wholly unreadable.
    await seedStorage(page, server.url, { [historyKey(definition.id)]: '{"format":1,"entries":<img src=x onerror=window.__pwned=1>', 'sowg:progress:individual-path': progress });
    await page.goto(pageUrl(definition.id));
    const problem = page.locator('[data-history-problem]');
    await problem.waitFor();
    await expect(problem.textContent()).resolves.toMatch(/^Your earlier results kept in this browser could not be read/);
    expect(await page.evaluate(() => localStorage.getItem('sowg:progress:individual-path')), 'the answers in progress are untouched').toBe(progress);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();

    // One entry damaged beside one that reads.
    await seedStorage(page, server.url, { [historyKey(definition.id)]: JSON.stringify({ format: 1, assessment: definition.id, entries: [good, { ...good, at: 'not a date' }] }) });
    await page.goto(pageUrl(definition.id));
    await problem.waitFor();
    await expect(problem.textContent()).resolves.toMatch(/^One earlier result kept in this browser could not be read/);
    expect(await listed(page).count()).toBe(1);
    await expect(listed(page).first().textContent()).resolves.toContain(resultWords(definition, answers));
    expectClean(watch);
    await page.close();
  }, 60_000);

  it('a result from an earlier version of the questions is compared by result, not by answer, and the page says so', async () => {
    const definition = loadDefinition('which-option');
    const old = answersTowards(definition, 'option-1');
    const current = answersTowards(definition, 'option-3');
    const entries: HistoryEntry[] = [
      { at: '2026-01-05T09:00:00.000Z', run: '2026-01-05T08:50:00.000Z', version: definition.version - 1, answers: old, result: summarize(assess(definition, old)) },
      { at: '2026-06-05T09:00:00.000Z', run: '2026-06-05T08:50:00.000Z', version: definition.version, answers: current, result: summarize(assess(definition, current)) },
    ];
    const { page, watch } = await open(browser);
    await seedStorage(page, server.url, { [historyKey(definition.id)]: encodeHistory(definition.id, entries) });
    await page.goto(pageUrl(definition.id));
    const byResult = page.locator('[data-by-result]');
    await byResult.waitFor();
    await expect(byResult.textContent()).resolves.toMatch(/was answered on an earlier version of the questions, so the two are compared by result, not by answer\.$/);
    await expect(listed(page).nth(1).textContent()).resolves.toContain('(an earlier version of the questions)');
    expect(await page.locator('.comparison dt:text-is("Answers that changed")').count()).toBe(0);
    await expect(page.locator('.comparison .move-list').innerText()).resolves.toContain('Result');
    expectClean(watch);
    await page.close();
  });

  it('where the browser keeps nothing, the result is still listed for the visit, and that is said once', async () => {
    const definition = loadDefinition('which-option');
    const { page, watch } = await open(browser);
    await blockStorage(page);
    await page.goto(pageUrl(definition.id));
    await page.locator('.notice[data-notice="unkept"]').waitFor();
    await takeIt(page, definition, answersTowards(definition, 'option-1'));
    await listed(page).first().waitFor();
    expect(await listed(page).count()).toBe(1);
    expect(await page.locator('.notice[data-notice="unkept"]').count(), 'said once, not again on the result').toBe(0);
    expectClean(watch);
    await page.close();
  }, 60_000);
});
