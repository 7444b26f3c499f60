import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess, type AssessmentResult } from '../../src/lib/assessment/result.ts';
import { encodeProgress } from '../../src/lib/assessment/saved-progress.ts';
import { checkOf, decodeShareCode, encodeShareCode, questionsKey, type ShareCodeProblem } from '../../src/lib/assessment/share-code.ts';
import { readShareFragment, shareFragment } from '../../src/lib/assessment/share-fragment.ts';
import { optionIds, type Answers, type AssessmentDefinition, type OptionId } from '../../src/schemas/assessment.ts';
import { elementLabel } from '../../src/schemas/model.ts';
import { answersOf, answersTowards, findOutcomeChange, optionsOf, planOf, type Plan } from '../helpers/assessment-plans.ts';
import { loadDefinition, loadDefinitions } from '../helpers/assessments.ts';
import { blockStorage, axeViolations, browserPerSuite, describeViolations, launchBrowser, watchPage, type Browser, type PageWatch, expectClean, seedStorage } from '../helpers/browser.ts';
import { base, distDir, modelElements, requireDist } from '../helpers/dist.ts';
import { startServer, type RunningServer } from '../helpers/static-server.ts';

requireDist();

const screenshots = fileURLToPath(new URL('../../test-results/assessment/', import.meta.url));
const definitions = loadDefinitions();
const whichOption = loadDefinition('which-option');

/** What the page calls each model element: "Option 2: …", as the island's links and headings do. */
const labels = new Map(modelElements().map((element) => [element.id, `${elementLabel(element)}: ${element.name}`]));
const labelOf = (id: string): string => {
  const label = labels.get(id);
  if (!label) throw new Error(`no model element ${id}`);
  return label;
};

type Audience = 'own' | 'shared';

/**
 * The result heading the reader should see for `result`: a path result leads with the reader's
 * step; the others with the option. A shared result speaks of "this person" and "their answers".
 */
function headingFor(result: AssessmentResult, audience: Audience = 'own'): string {
  const { outcome } = result.score;
  const own = audience === 'own';
  if (outcome.kind === 'insufficient') return 'Not enough answers for a result yet';
  if (outcome.kind === 'outside') return 'This assessment is for people in a group or team';
  if (result.kind === 'path') {
    if (result.path.complete) return `The path is behind ${own ? 'you' : 'them'}`;
    const next = result.path.next.map(labelOf);
    const shortNames = next.map((label) => label.split(':')[0]);
    return `Next on ${own ? 'your' : 'their'} path: ${next.length > 1 ? `${shortNames.join(' and ')}, in either order` : next[0]}`;
  }
  const resultIs = own ? 'Your result is' : "This person's result is";
  if (outcome.kind === 'none') return `${own ? 'Your' : 'Their'} answers point to no option yet`;
  if (outcome.kind === 'single') return `${resultIs} ${labelOf(outcome.option)}`;
  if (outcome.options.length === 3) return `${resultIs} between all three options`;
  return `${resultIs} between ${outcome.options.map(labelOf).join(' and ')}`;
}

/** Any heading of the reader's own result that names something (an option, no option yet, a step). */
const OWN_RESULT_HEADING = /^Your result is|^Your answers point to no option yet$|^Next on your path: |^The path is behind you$/;

/** How many "why" lines the result lists: up to three for each named option. */
const whyCount = (result: AssessmentResult): number =>
  optionsOf(result).reduce((sum, option) => sum + Math.min(3, result.score.contributions.filter((entry) => entry.option === option).length), 0);

/** An answer as the review lists it: its label, marked when it is "not sure". */
function reviewText(definition: AssessmentDefinition, itemId: string, answerId: string | undefined): string {
  const answer = definition.items.find((item) => item.id === itemId)?.answers.find((candidate) => candidate.id === answerId);
  if (!answer) return 'Not answered';
  return answer.evidence === 'unsure' ? `${answer.label} (no evidence either way)` : answer.label;
}

/** The three bars as [label, "score of maximum points"] in the model's order. */
const barsFor = (result: AssessmentResult): [string, string][] =>
  result.score.scores.map((entry) => [labelOf(entry.option), `${entry.raw} of ${entry.maximum} points`]);

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(distDir, base);
  mkdirSync(screenshots, { recursive: true });
});
afterAll(async () => {
  await server?.close();
});

const pageUrl = (id: string): string => `${server.url}assess/${id}/`;

// ---- Reading the page ----------------------------------------------------------------------------

/** Waits for the island to replace the static questions with the reader's own run. */
async function ownRunReady(page: Page): Promise<void> {
  await page.locator('.assessment-run').waitFor({ state: 'visible', timeout: 10_000 });
}

const focusedText = (page: Page): Promise<string> => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const focusedTag = (page: Page): Promise<string> => page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? '');

/** The result heading, bars and "why" entries as the page shows them. */
async function readResult(page: Page, audience: Audience = 'own'): Promise<{ heading: string; bars: [string, string][]; why: number }> {
  const heading = (await page.locator('.result-heading').textContent())?.trim() ?? '';
  const bars = page.getByRole('list', { name: `How well each option fits ${audience === 'own' ? 'your' : 'their'} answers` }).locator('li');
  const rows: [string, string][] = [];
  for (const bar of await bars.all()) {
    rows.push([(await bar.locator('.bar-label').textContent())?.trim() ?? '', (await bar.locator('.bar-value').textContent())?.trim() ?? '']);
  }
  return { heading, bars: rows, why: await page.locator('ul.why > li').count() };
}

async function expectResult(page: Page, expected: AssessmentResult, audience: Audience = 'own'): Promise<void> {
  const shown = await readResult(page, audience);
  expect(shown.heading).toBe(headingFor(expected, audience));
  expect(shown.bars).toEqual(barsFor(expected));
  expect(shown.why).toBe(whyCount(expected));
}

// ---- Driving by keyboard -------------------------------------------------------------------------

/** The island re-renders a moment after an event: polls `read` until it gives `expected`, or fails showing the last value. */
async function eventually<T>(read: () => Promise<T>, expected: T, message?: string, timeout = 3000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 25));
    last = await read();
  }
  expect(last, message).toEqual(expected);
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, limit = 100): Promise<void> {
  await target.waitFor({ state: 'visible' });
  for (let press = 0; press <= limit; press++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${String(target)} was not reached in ${limit} presses of Tab`);
}

const radios = (page: Page, itemId: string): Locator => page.locator(`fieldset input[type="radio"][name="${itemId}"]`);

/** The index of the focused radio within its group, or -1. */
const focusedRadio = (page: Page, itemId: string): Promise<number> =>
  radios(page, itemId).evaluateAll((inputs) => inputs.indexOf(document.activeElement as HTMLInputElement));

const checkedStates = (page: Page, itemId: string): Promise<boolean[]> =>
  radios(page, itemId).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).checked));

/**
 * On the question screen for item `index` (its heading focused), chooses `answerId` with the keyboard
 * (Tab into the group, Space or arrow keys) and submits with Enter, or, for undefined, Tabs to "Answer later".
 */
async function answerByKeyboard(
  page: Page,
  definition: AssessmentDefinition,
  index: number,
  answerId: string | undefined,
  { submit = true, fromReview = false }: { submit?: boolean; fromReview?: boolean } = {},
): Promise<void> {
  const item = definition.items[index];
  if (!item) throw new Error(`no item ${index}`);
  const total = definition.items.length;
  const last = index === total - 1;
  const submitLabel = (answered: boolean) => (fromReview ? 'Back to review' : last ? 'Review answers' : answered ? 'Next' : 'Answer later');
  expect(await focusedTag(page), `focus on question ${index + 1}`).toBe('h2');
  expect(await focusedText(page)).toBe(`Question ${index + 1} of ${total}`);
  await expect(page.locator('fieldset legend').textContent()).resolves.toBe(item.prompt);
  const button = page.locator('.item-view button[type="submit"]');

  if (answerId === undefined) {
    expect(await checkedStates(page, item.id)).not.toContain(true);
    await eventually(() => button.textContent(), submitLabel(false), 'submit button label');
    if (!submit) return;
    await tabTo(page, button);
    await page.keyboard.press('Enter');
    return;
  }

  const target = item.answers.findIndex((answer) => answer.id === answerId);
  if (target < 0) throw new Error(`${item.id} has no answer ${answerId}`);
  await page.keyboard.press('Tab');
  let at = await focusedRadio(page, item.id);
  expect(at, 'Tab from the heading enters the radio group').toBeGreaterThanOrEqual(0);
  const checkedBefore = (await checkedStates(page, item.id)).includes(true);
  if (at === target && !checkedBefore) await page.keyboard.press('Space');
  for (let presses = 0; at !== target; presses++) {
    if (presses > item.answers.length) throw new Error(`the arrow keys did not reach answer ${target} of ${item.id}`);
    await page.keyboard.press(at < target ? 'ArrowDown' : 'ArrowUp');
    at = await focusedRadio(page, item.id);
  }
  // The label changes once the island has recorded the answer and drawn the screen again.
  await eventually(() => button.textContent(), submitLabel(true), 'submit button label');
  expect(await checkedStates(page, item.id)).toEqual(item.answers.map((_, position) => position === target));
  expect(await radios(page, item.id).nth(target).isChecked()).toBe(true);
  if (submit) await page.keyboard.press('Enter');
}

/** Waits until the focused element is the heading of the next screen. */
async function focusLands(page: Page, text: string | RegExp): Promise<void> {
  await page.waitForFunction(
    ({ source, flags }) => {
      const active = document.activeElement;
      return active?.tagName === 'H2' && new RegExp(source, flags).test(active.textContent?.trim() ?? '');
    },
    typeof text === 'string' ? { source: `^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, flags: '' } : { source: text.source, flags: text.flags },
    { timeout: 5000 },
  );
}

/** Review screen: every answer listed as planned; then Tab to "See your result" and press Enter. */
async function reviewAndSeeResult(page: Page, definition: AssessmentDefinition, answers: Answers): Promise<void> {
  await focusLands(page, 'Review your answers');
  const shown = (await page.locator('.review-list > li .review-answer').allTextContents()).map((text) => text.trim());
  expect(shown).toEqual(definition.items.map((item) => reviewText(definition, item.id, answers[item.id])));
  await tabTo(page, page.getByRole('button', { name: 'See your result' }));
  await page.keyboard.press('Enter');
  await focusLands(page, OWN_RESULT_HEADING);
}

/** A fresh page in `browser`, watched for console errors and requests to other origins. */
async function open(browser: Browser, options: { dark?: boolean; width?: number } = {}): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.context.newPage();
  const watch = watchPage(page, server.origin);
  await page.emulateMedia({ colorScheme: options.dark ? 'dark' : 'light' });
  if (options.width !== undefined) await page.setViewportSize({ width: options.width, height: 800 });
  return { page, watch };
}

/** Saved progress with every planned answer given, so the page opens on the review. */
const completeProgress = (definition: AssessmentDefinition, answers: Answers): string =>
  encodeProgress({ assessment: definition.id, version: definition.version, answers, position: definition.items.length - 1 });

const storedKeys = (page: Page): Promise<string[]> =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('sowg:')).sort());

// ---- The runs taken by keyboard --------------------------------------------------------------------

/**
 * One run per assessment, each leaning to a different option, with one item skipped at first: the
 * review then offers no result and names the question, and the reader answers it "not sure". The
 * expected result comes from the pure scoring of exactly the final answers.
 */
const runs = definitions.map((definition, runIndex) => {
  const option: OptionId = optionIds[(runIndex + 2) % optionIds.length] ?? 'option-1';
  const skipped = 1;
  const towards = answersTowards(definition, option);
  const plan: Plan = planOf(definition, towards).map((answerId, index) => (index === skipped ? undefined : answerId));
  const skippedItem = definition.items[skipped]!;
  const unsure = skippedItem.answers.at(-1)!.id;
  const answers = { ...answersOf(definition, plan), [skippedItem.id]: unsure };
  // Reload on a question that is answered, so the restored radio can be seen checked.
  const reloadAt = Math.floor(definition.items.length / 2);
  // The same answers with nothing skipped, for tests that start from a finished run.
  return { definition, plan, skipped, unsure, answers, expected: assess(definition, answers), reloadAt, complete: towards };
});

describe('taking each assessment by keyboard alone', () => {
  let browser: Browser;
  browserPerSuite((launched) => (browser = launched), { clipboardFor: () => server.origin, clearStorageAt: () => server.url });

  it.each(runs.map((run) => [run.definition.id, run] as const))(
    '%s: start, answer, reload mid-way and resume, review, result, share link read-only in a fresh browser',
    async (_, { definition, plan, skipped, unsure, answers, expected, reloadAt }) => {
      expect(optionsOf(expected).length, 'the planned answers lead to a result').toBeGreaterThan(0);
      expect(plan[reloadAt]).toBeDefined();
      const { page, watch } = await open(browser);
      await page.goto(pageUrl(definition.id));
      await ownRunReady(page);
      expect(await page.locator('.notice').count(), 'no notice on a first visit').toBe(0);

      await tabTo(page, page.getByRole('button', { name: 'Start', exact: true }));
      await page.keyboard.press('Enter');
      await focusLands(page, `Question 1 of ${definition.items.length}`);

      for (let index = 0; index < reloadAt; index++) {
        await answerByKeyboard(page, definition, index, plan[index]);
        await focusLands(page, index + 1 < definition.items.length ? `Question ${index + 2} of ${definition.items.length}` : 'Review your answers');
      }

      // Choose an answer on this question, do not submit, and reload.
      await answerByKeyboard(page, definition, reloadAt, plan[reloadAt], { submit: false });
      await page.reload();
      await ownRunReady(page);
      // Resumed in place: a short note, with no controls of its own above the live question.
      const notice = page.getByRole('status').filter({ hasText: 'Welcome back: you are where you left off' });
      await expect(notice.isVisible()).resolves.toBe(true);
      expect(await notice.locator('button, a, input').count(), 'the note has no controls').toBe(0);
      await expect(page.locator('.item-view h2').textContent()).resolves.toBe(`Question ${reloadAt + 1} of ${definition.items.length}`);
      const item = definition.items[reloadAt];
      if (!item) throw new Error('no item to reload at');
      const restored = item.answers.findIndex((answer) => answer.id === plan[reloadAt]);
      expect(await radios(page, item.id).nth(restored).isChecked(), 'the restored answer is checked').toBe(true);
      expect(await checkedStates(page, item.id)).toEqual(item.answers.map((_, position) => position === restored));
      await page.screenshot({ path: `${screenshots}restored-${definition.id}.png` });

      // Carry on from the restored answer: Tab reaches the checked radio; Enter submits.
      await tabTo(page, radios(page, item.id).nth(restored));
      await page.keyboard.press('Enter');
      for (let index = reloadAt + 1; index < definition.items.length; index++) {
        await focusLands(page, `Question ${index + 1} of ${definition.items.length}`);
        await answerByKeyboard(page, definition, index, plan[index]);
      }

      // A skipped question: no result is offered, and the review says which question is missing.
      await focusLands(page, 'Review your answers');
      await expect(page.getByRole('button', { name: 'See your result' }).count(), 'no result below the minimum').resolves.toBe(0);
      // What is missing comes first, above the answers, with a way to the question (GOV.UK's error summary).
      const stillNeeded = page.locator('.still-needed');
      const toSkipped = stillNeeded.getByRole('button', { name: `Question ${skipped + 1}: ${definition.items[skipped]?.prompt} (not answered)`, exact: true });
      await expect(toSkipped.count()).resolves.toBe(1);
      expect((await stillNeeded.boundingBox())!.y, 'the summary is above the list of answers').toBeLessThan((await page.locator('.review-list').boundingBox())!.y);
      await tabTo(page, toSkipped);
      await page.keyboard.press('Enter');
      await focusLands(page, `Question ${skipped + 1} of ${definition.items.length}`);
      await answerByKeyboard(page, definition, skipped, unsure, { fromReview: true });

      await reviewAndSeeResult(page, definition, answers);
      await expectResult(page, expected);
      await expect(page.locator('.answered-count').textContent()).resolves.toMatch(/1 of them "not sure"/);
      for (const heading of ['How each option fits', 'What to try next', 'The other options still apply']) {
        await expect(page.getByRole('heading', { level: 3, name: heading, exact: true }).count(), heading).resolves.toBe(1);
      }
      // Every named option has its own "why".
      await expect(page.getByRole('heading', { level: 4, name: 'Why', exact: true }).count()).resolves.toBe(optionsOf(expected).length);
      if (expected.kind === 'path') await expect(page.getByRole('heading', { name: 'Where you are on the path' }).count()).resolves.toBe(1);
      if (expected.kind === 'mirror') await expect(page.getByRole('heading', { name: "Your group's traits" }).count()).resolves.toBe(1);

      // Copy the share link by keyboard.
      await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
      await tabTo(page, page.getByRole('button', { name: 'Copy share link' }));
      await page.keyboard.press('Enter');
      await page.waitForFunction(async () => (await navigator.clipboard.readText()) !== 'nothing yet', null, { timeout: 3000 });
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toBe(`${pageUrl(definition.id)}${shareFragment(encodeShareCode(definition, answers))}`);
      await page.waitForFunction(() => /copied/i.test(document.getElementById('announcer')?.textContent ?? ''), null, { timeout: 3000 });
      expectClean(watch);
      await page.close();

      // A colleague opens it in their own browser.
      const colleague = await launchBrowser();
      try {
        const shared = await colleague.context.newPage();
        const sharedWatch = watchPage(shared, server.origin);
        await shared.goto(link);
        await shared.locator('.shared .result-heading').waitFor({ timeout: 10_000 });
        await expectResult(shared, expected, 'shared');
        await expect(shared.getByRole('status').filter({ hasText: 'Someone shared this result' }).count()).resolves.toBe(1);
        for (const name of ['Start over', 'Change answers', 'Copy share link', 'Print', 'Start']) {
          await expect(shared.getByRole('button', { name, exact: true }).count(), `no "${name}" on a shared result`).resolves.toBe(0);
        }
        expect(await shared.locator('input, form').count(), 'nothing to answer on a shared result').toBe(0);
        const takeIt = shared.getByRole('link', { name: 'Take it yourself' });
        await expect(takeIt.count()).resolves.toBe(1);
        await expect(takeIt.getAttribute('href')).resolves.toBe(new URL(pageUrl(definition.id)).pathname);
        expect(await storedKeys(shared), "opening a shared result saves nothing in the colleague's browser").toEqual([]);
        // Taking it themselves starts a run of their own, not the sharer's.
        await takeIt.click();
        await ownRunReady(shared);
        await expect(shared.getByRole('button', { name: 'Start', exact: true }).isVisible()).resolves.toBe(true);
        expect(await shared.locator('.notice').count()).toBe(0);
        expectClean(sharedWatch);
      } finally {
        await colleague.close();
      }
    },
    60_000,
  );
});

describe('a note about saved answers', () => {
  let browser: Browser;
  browserPerSuite((launched) => (browser = launched), { clearStorageAt: () => server.url });

  const item = whichOption.items[2];
  const chosen = item?.answers[1];
  if (!item || !chosen) throw new Error('which-option has no third item');
  const cases: [string, string, string, RegExp][] = [
    ['restored answers', encodeProgress({ assessment: 'which-option', version: whichOption.version, answers: { [item.id]: chosen.id }, position: 2 }), 'restored', /^Question 3 of/],
    ['corrupt data', '{not json', 'corrupt', /^Before you start$/],
  ];

  it.each(cases)('after %s has no controls of its own, and goes once the reader moves on', async (_, raw, notice, screen) => {
    const { page, watch } = await open(browser);
    await seedStorage(page, server.url, { 'sowg:progress:which-option': raw });
    await page.goto(pageUrl('which-option'));
    await ownRunReady(page);
    const note = page.locator(`.notice[data-notice="${notice}"]`);
    await expect(note.isVisible()).resolves.toBe(true);
    expect(await note.locator('button, a, input').count()).toBe(0);
    await expect(page.locator('.assessment-run h2').first().textContent()).resolves.toMatch(screen);
    await page.locator('.assessment-run button.primary').first().click();
    await eventually(() => page.locator('.notice').count(), 0, 'the note is gone');
    expectClean(watch);
    await page.close();
  });
});

describe('changing an answer on the review page', () => {
  let browser: Browser;
  browserPerSuite((launched) => (browser = launched));

  it.each(definitions.map((definition) => [definition.id, definition] as const))('%s: the result changes as the scoring says', async (_, definition) => {
    const change = findOutcomeChange(definition, 'option-1', 'option-3');
    const { page, watch } = await open(browser);
    await seedStorage(page, server.url, { [`sowg:progress:${definition.id}`]: completeProgress(definition, change.before) });
    await page.goto(pageUrl(definition.id));
    await ownRunReady(page);
    // The review loads on demand, off the first view: wait for it as a reader would.
    await page.getByRole('heading', { name: 'Review your answers' }).waitFor({ timeout: 5000 });
    await tabTo(page, page.getByRole('button', { name: 'See your result' }));
    await page.keyboard.press('Enter');
    await focusLands(page, headingFor(change.beforeResult));
    await expectResult(page, change.beforeResult);

    await tabTo(page, page.getByRole('button', { name: 'Change answers' }));
    await page.keyboard.press('Enter');
    await focusLands(page, 'Review your answers');
    await tabTo(page, page.getByRole('button', { name: `Change the answer to question ${change.itemIndex + 1}`, exact: true }));
    await page.keyboard.press('Enter');
    await focusLands(page, `Question ${change.itemIndex + 1} of ${definition.items.length}`);
    const before = definition.items[change.itemIndex]?.answers.findIndex((answer) => answer.id === change.before[change.itemId]) ?? -1;
    expect(await radios(page, change.itemId).nth(before).isChecked(), 'the current answer is shown checked').toBe(true);
    await expect(page.locator('.item-view button[type="submit"]').textContent()).resolves.toBe('Back to review');
    await answerByKeyboard(page, definition, change.itemIndex, change.answerId, { fromReview: true });
    await focusLands(page, 'Review your answers');
    const changedLabel = definition.items[change.itemIndex]?.answers.find((answer) => answer.id === change.answerId)?.label;
    await expect(page.locator('.review-list > li .review-answer').nth(change.itemIndex).textContent()).resolves.toBe(changedLabel);
    await tabTo(page, page.getByRole('button', { name: 'See your result' }));
    await page.keyboard.press('Enter');
    await focusLands(page, headingFor(change.afterResult));
    await expectResult(page, change.afterResult);
    expect(await readResult(page)).not.toEqual({ heading: headingFor(change.beforeResult), bars: barsFor(change.beforeResult), why: whyCount(change.beforeResult) });
    const saved = await page.evaluate((key) => localStorage.getItem(key), `sowg:outcome:${definition.id}`);
    expect(JSON.parse(saved ?? 'null')).toEqual({ assessment: definition.id, options: optionsOf(change.afterResult) });
    expectClean(watch);
    await page.close();
  }, 60_000);
});

describe('share links that cannot be shown', () => {
  let browser: Browser;
  browserPerSuite((launched) => (browser = launched));

  const allAnswered = answersTowards(whichOption, 'option-2');
  const validCode = encodeShareCode(whichOption, allAnswered);
  const answerPart = validCode.split('.')[3] ?? '';
  const key = questionsKey(whichOption);
  /** A code with intact check characters, so that it is refused for what it says, not as damage. */
  const signed = (id: string, version: number, answers: string) => {
    const body = `v2.${id}.${version}.${answers}.${key}`;
    return `${body}${checkOf(body)}`;
  };
  const changedAt = validCode.length - 8;
  const cases: [string, string, ShareCodeProblem][] = [
    ['a script element', `v2.which-option.${whichOption.version}.<script>window.__pwned=1</script>`, 'malformed'],
    ['an image with onerror', `v2.which-option.${whichOption.version}.<img src=x onerror=window.__pwned=1>`, 'malformed'],
    ['markup alone', '<img src=x onerror=window.__pwned=1>', 'malformed'],
    ['a javascript: URL', 'javascript:window.__pwned=1', 'malformed'],
    ['garbage', 'garbage', 'malformed'],
    ['nothing after "share="', '', 'empty'],
    ['a truncated code', validCode.slice(0, -3), 'malformed'],
    ['a code with a character added', `${validCode}0`, 'malformed'],
    ['a code with one character changed', `${validCode.slice(0, changedAt)}${validCode[changedAt] === '1' ? '2' : '1'}${validCode.slice(changedAt + 1)}`, 'damaged'],
    ['a code cut off before its version', validCode.slice(0, validCode.indexOf('.', 3) + 1), 'malformed'],
    ['a newer definition version', signed('which-option', whichOption.version + 1, answerPart), 'newer-version'],
    ['a code of the earlier format', `v1.which-option.${whichOption.version}.${answerPart}`, 'earlier-format'],
    ['a later format version', `v3.which-option.${whichOption.version}.${answerPart}.0000`, 'unsupported-format'],
    ['an unknown assessment', signed('no-such-assessment', 1, answerPart), 'unknown-assessment'],
    ['an inherited name as assessment', signed('constructor', 1, answerPart), 'unknown-assessment'],
    ['an answer the item does not have', signed('which-option', whichOption.version, `z${answerPart.slice(1)}`), 'invalid-answer'],
    ['no answers at all', signed('which-option', whichOption.version, '-'.repeat(whichOption.items.length)), 'empty'],
  ];
  // An older version can only be tried when the definition has been revised.
  if (whichOption.version > 1) cases.push(['an older definition version', signed('which-option', whichOption.version - 1, answerPart), 'outdated']);

  it.each(cases)('%s: a clear message, no console error, no script run', async (_, code, reason) => {
    const { page, watch } = await open(browser);
    // Record every element of a kind that could run script, should the island ever insert one.
    await page.addInitScript(() => {
      const inserted: string[] = [];
      (window as unknown as { __inserted: string[] }).__inserted = inserted;
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node instanceof Element) {
              for (const element of [node, ...node.querySelectorAll('*')]) {
                if (['IMG', 'SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'svg'].includes(element.tagName) && element.closest('astro-island')) {
                  inserted.push(element.outerHTML.slice(0, 120));
                }
              }
            }
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${pageUrl('which-option')}${shareFragment(code)}`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    await expect(alert.getByRole('heading', { name: 'This share link cannot be shown' }).count()).resolves.toBe(1);

    // The message is the decoder's, for the fragment exactly as the browser holds it.
    const hash = await page.evaluate(() => location.hash);
    const decoded = decodeShareCode(readShareFragment(hash), [whichOption]);
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.reason, `this case tests "${reason}"`).toBe(reason);
    await expect(alert.locator('p').first().textContent()).resolves.toBe(decoded.message);
    expect(await alert.innerHTML(), 'nothing of the link is echoed back').not.toMatch(/pwned|onerror|&lt;script|no-such-assessment|function|native code/);
    await expect(alert.getByRole('link', { name: 'Take it yourself' }).count()).resolves.toBe(1);
    expect(await page.locator('.result-heading').count(), 'no result is drawn').toBe(0);

    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __inserted: string[] }).__inserted)).toEqual([]);
    expect(await page.locator('astro-island img, astro-island script, img[src="x"]').count()).toBe(0);
    expect(await storedKeys(page), 'a bad link saves nothing').toEqual([]);
    expectClean(watch);
    await page.close();
  });
});

describe('a share link with too few answers for a result', () => {
  let browser: Browser;
  browserPerSuite((launched) => (browser = launched));

  it('is refused with what is missing, and no result is drawn', async () => {
    const half = Object.fromEntries(Object.entries(answersTowards(whichOption, 'option-1')).slice(0, Math.ceil(whichOption.items.length / 2)));
    const code = encodeShareCode(whichOption, half);
    expect(decodeShareCode(code, [whichOption]).ok, 'the link itself is valid').toBe(true);
    const { page, watch } = await open(browser);
    await page.goto(`${pageUrl('which-option')}${shareFragment(code)}`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    await expect(alert.getByRole('heading', { name: 'This shared link has too few answers for a result' }).count()).resolves.toBe(1);
    await expect(alert.textContent()).resolves.toMatch(/Not answered yet: questions \d+/);
    expect(await page.locator('.result-heading, .bars').count(), 'no result, no bars').toBe(0);
    await expect(alert.getByRole('link', { name: 'Take it yourself' }).count()).resolves.toBe(1);
    expectClean(watch);
    await page.close();
  });
});

describe('a reader in no group, on the group mirror', () => {
  let browser: Browser;
  browserPerSuite((launched) => (browser = launched));
  const mirror = loadDefinition('group-mirror');
  const first = mirror.items[0]!;
  const ending = first.answers.find((answer) => answer.outside);
  const notForGroups = 'This assessment is for people in a group or team';

  it('says so at the first question and ends there, pointing to the other two assessments', async () => {
    if (!ending) throw new Error('the group mirror has no answer for a reader in no group');
    const { page, watch } = await open(browser);
    await page.goto(pageUrl('group-mirror'));
    await ownRunReady(page);
    await tabTo(page, page.getByRole('button', { name: 'Start', exact: true }));
    await page.keyboard.press('Enter');
    await focusLands(page, `Question 1 of ${mirror.items.length}`);
    await answerByKeyboard(page, mirror, 0, ending.id);
    await focusLands(page, notForGroups);
    expect(await page.locator('.bars, .review-list').count(), 'no bars, no review of ten unanswered questions').toBe(0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await axeViolations(page);
      expect(violations, `the plain result, ${scheme}:\n${describeViolations(violations)}`).toEqual([]);
    }
    const hrefs = await page.locator('.result a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs).toEqual(expect.arrayContaining([pageUrl('which-option'), pageUrl('individual-path')]));
    expect(assess(mirror, { [first.id]: ending.id }).score.outcome).toEqual({ kind: 'outside' });
    expectClean(watch);
    await page.close();
  });

  it('a share link of that answer shows the same plain result', async () => {
    if (!ending) throw new Error('the group mirror has no answer for a reader in no group');
    const { page, watch } = await open(browser);
    await page.goto(`${pageUrl('group-mirror')}${shareFragment(encodeShareCode(mirror, { [first.id]: ending.id }))}`);
    await page.locator('.shared .result-heading').waitFor({ timeout: 10_000 });
    await expect(page.locator('.shared .result-heading').textContent()).resolves.toContain(notForGroups);
    expect(await page.locator('.shared .bars').count()).toBe(0);
    expectClean(watch);
    await page.close();
  });
});

describe('a share link opened where the assessment is already open', () => {
  let browser: Browser;
  browserPerSuite((launched) => (browser = launched));

  it('shows the shared result, as it does in a new tab (only the fragment changes, so the page does not reload)', async () => {
    const answers = answersTowards(whichOption, 'option-3');
    const expected = assess(whichOption, answers);
    const { page, watch } = await open(browser);
    await page.goto(pageUrl('which-option'));
    await ownRunReady(page);
    // Pasting the link into the address bar of this tab, or following it from this page.
    await page.goto(`${pageUrl('which-option')}${shareFragment(encodeShareCode(whichOption, answers))}`);
    await page.locator('.shared .result-heading').waitFor({ timeout: 3000 }).catch(() => undefined);
    expect(await page.locator('.shared .result-heading').count(), 'the shared result is shown without a reload').toBe(1);
    await expectResult(page, expected, 'shared');
    expectClean(watch);
    await page.close();
  });
});

describe('saved answers that cannot be used', () => {
  let browser: Browser;
  browserPerSuite((launched) => (browser = launched), { clearStorageAt: () => server.url });

  const key = 'sowg:progress:which-option';
  const item = whichOption.items[0];
  const answer = item?.answers[0];
  if (!item || !answer) throw new Error('which-option has no first answer');
  const cases: [string, string, 'corrupt' | 'outdated', RegExp][] = [
    ['text that is not JSON', '{not json', 'corrupt', /could not be read/],
    ['a foreign object', JSON.stringify({ user: 'someone else', theme: 'dark', items: [1, 2, 3] }), 'corrupt', /could not be read/],
    ['markup where an answer should be', JSON.stringify({ assessment: 'which-option', version: whichOption.version, answers: { [item.id]: '<img src=x onerror=window.__pwned=1>' }, position: 0 }), 'corrupt', /could not be read/],
    ['answers for another version', encodeProgress({ assessment: 'which-option', version: whichOption.version + 1, answers: { [item.id]: answer.id }, position: 0 }), 'outdated', /has changed since/],
  ];

  it.each(cases)('%s: a notice, the data cleared, no console error', async (_, raw, notice, text) => {
    const { page, watch } = await open(browser);
    await seedStorage(page, server.url, { [key]: raw });
    await page.goto(pageUrl('which-option'));
    await ownRunReady(page);
    const status = page.locator(`[role="status"][data-notice="${notice}"]`);
    await expect(status.isVisible()).resolves.toBe(true);
    await expect(status.textContent()).resolves.toMatch(text);
    expect(await page.evaluate((name) => localStorage.getItem(name), key), 'the unusable data is gone').toBeNull();
    // Nothing of it was restored: the reader starts at the intro, with nothing answered.
    await expect(page.getByRole('button', { name: 'Start', exact: true }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    // The island redraws on the next task after a store changes: wait for it rather than race it.
    await page.locator('.notice').waitFor({ state: 'detached', timeout: 5000 });
    await page.getByRole('heading', { level: 2, name: /^Question 1 of / }).waitFor();
    expect(await checkedStates(page, item.id)).not.toContain(true);
    // And it does not greet the reader again.
    await page.reload();
    await ownRunReady(page);
    expect(await page.locator('[data-notice="corrupt"], [data-notice="outdated"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expectClean(watch);
    await page.close();
  });

  it('an unreadable saved outcome puts no marker on the guide and no error in the console', async () => {
    const { page, watch } = await open(browser);
    await seedStorage(page, server.url, {
      'sowg:outcome:which-option': '{not json',
      'sowg:outcome:group-mirror': JSON.stringify({ assessment: 'group-mirror', options: ['<img src=x onerror=window.__pwned=1>'] }),
    });
    await page.goto(`${server.url}options/`);
    await page.waitForLoadState('load');
    await page.waitForTimeout(200);
    expect(await page.locator('.your-result').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expectClean(watch);
    await page.close();
  });
});

describe('without storage (private mode)', () => {
  let browser: Browser;
  browserPerSuite((launched) => (browser = launched), { clipboardFor: () => server.origin });

  it('a run still reaches its result, and nothing breaks', async () => {
    const { page, watch } = await open(browser);
    await blockStorage(page);
    const run = runs.find((candidate) => candidate.definition.id === 'which-option');
    if (!run) throw new Error('no which-option run');
    await page.goto(pageUrl('which-option'));
    await ownRunReady(page);
    expect(await page.evaluate(() => { try { return typeof localStorage; } catch { return 'throws'; } })).toBe('throws');
    await tabTo(page, page.getByRole('button', { name: 'Start', exact: true }));
    await page.keyboard.press('Enter');
    for (const [index, item] of whichOption.items.entries()) {
      await focusLands(page, `Question ${index + 1} of ${whichOption.items.length}`);
      await answerByKeyboard(page, whichOption, index, run.answers[item.id]);
    }
    await reviewAndSeeResult(page, whichOption, run.answers);
    await expectResult(page, run.expected);
    // Sharing needs no storage either.
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await page.waitForFunction(() => /copied/i.test(document.getElementById('announcer')?.textContent ?? ''), null, { timeout: 3000 });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${pageUrl('which-option')}${shareFragment(encodeShareCode(whichOption, run.answers))}`);
    // The guide's pages still load and work without storage.
    await page.goto(`${server.url}options/`);
    await page.waitForLoadState('load');
    expect(await page.locator('.your-result').count()).toBe(0);
    expectClean(watch);
    await page.close();
  }, 60_000);
});

describe('the guide marks the option a saved result points to', () => {
  let browser: Browser;
  browserPerSuite((launched) => (browser = launched));

  it.each(optionIds.map((option) => [option] as const))('after finishing which-option leaning to %s', async (option) => {
    const answers = answersTowards(whichOption, option);
    const expected = assess(whichOption, answers);
    const marked = optionsOf(expected);
    expect(marked.length).toBeGreaterThan(0);
    const { page, watch } = await open(browser);
    await seedStorage(page, server.url, {});
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${server.url}options/`);
    expect(await page.locator('.your-result').count(), 'no marker before any result').toBe(0);

    await seedStorage(page, server.url, { 'sowg:progress:which-option': completeProgress(whichOption, answers) });
    await page.goto(pageUrl('which-option'));
    await ownRunReady(page);
    await page.getByRole('button', { name: 'See your result' }).click();
    await page.locator('.result-heading').waitFor();
    await expectResult(page, expected);

    await page.goto(`${server.url}options/`);
    await page.locator('.your-result').first().waitFor({ timeout: 5000 });
    for (const candidate of optionIds) {
      const markers = page.locator(`section[data-element="${candidate}"] .your-result`);
      await expect(markers.count(), `marker on ${candidate}`).resolves.toBe(marked.includes(candidate) ? 1 : 0);
    }
    expect(await page.locator('.your-result').count()).toBe(marked.length);
    await expect(page.locator('.your-result').first().textContent()).resolves.toContain(whichOption.title);
    // Start over clears the marker too (the page reopens on the result the reader left).
    await page.goto(pageUrl('which-option'));
    await ownRunReady(page);
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Yes, clear them' }).click();
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
    await page.goto(`${server.url}options/`);
    await page.waitForLoadState('load');
    expect(await page.locator('.your-result').count(), 'no marker after starting over').toBe(0);
    expectClean(watch);
    await page.close();
  });
});

describe('accessibility (axe) of each view, light and dark', () => {
  let browser: Browser;
  browserPerSuite((launched) => (browser = launched), { clearStorageAt: () => server.url });

  async function expectNoViolations(page: Page, view: string): Promise<void> {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      const violations = await axeViolations(page);
      expect(violations, `${view}, ${scheme}:\n${describeViolations(violations)}`).toEqual([]);
    }
  }

  it.each(runs.map((run) => [run.definition.id, run] as const))('%s: intro, question, review, result, restored notice', async (_, { definition, complete }) => {
    const { page, watch } = await open(browser);
    await page.goto(pageUrl(definition.id));
    await ownRunReady(page);
    await expectNoViolations(page, 'intro');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await focusLands(page, `Question 1 of ${definition.items.length}`);
    await expectNoViolations(page, 'question, nothing chosen');
    await radios(page, definition.items[0]?.id ?? '').nth(1).check();
    await eventually(() => page.locator('.item-view button[type="submit"]').textContent(), 'Next');
    await expectNoViolations(page, 'question, an answer chosen');

    await seedStorage(page, server.url, { [`sowg:progress:${definition.id}`]: completeProgress(definition, complete) });
    await page.goto(pageUrl(definition.id));
    await ownRunReady(page);
    // The review loads on demand, off the first view: wait for it as a reader would.
    await page.getByRole('heading', { name: 'Review your answers' }).waitFor({ timeout: 5000 });
    await expectNoViolations(page, 'review, with the restored notice');
    await page.getByRole('button', { name: 'See your result' }).click();
    await focusLands(page, OWN_RESULT_HEADING);
    await expectNoViolations(page, 'result');
    await page.locator('.result-actions').getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Yes, clear them' }).waitFor();
    await expectNoViolations(page, 'result, confirming start over');
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Yes, clear them');
    await page.getByRole('button', { name: 'Keep them' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Start over');
    expectClean(watch);
    await page.close();
  }, 60_000);

  it('a shared result and a bad share link', async () => {
    const run = runs[0];
    if (!run) throw new Error('no run');
    const { page, watch } = await open(browser);
    await page.goto(`${pageUrl(run.definition.id)}${shareFragment(encodeShareCode(run.definition, run.answers))}`);
    await page.locator('.shared .result-heading').waitFor();
    await expectNoViolations(page, 'shared result');
    const other = await browser.context.newPage();
    await other.goto(`${pageUrl(run.definition.id)}#share=garbage`);
    await other.getByRole('alert').waitFor();
    await expectNoViolations(other, 'bad share link');
    await other.close();
    expectClean(watch);
    await page.close();
  });
});

describe('without JavaScript', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(definitions.map((definition) => [definition.id, definition] as const))('%s shows every question and says the result needs JavaScript', async (_, definition) => {
    const { page, watch } = await open(browser);
    await page.goto(pageUrl(definition.id));
    expect(await page.locator('.assessment-run, .shared').count(), 'the island did not run').toBe(0);
    const questions = page.locator('.static-questions');
    await expect(questions.isVisible()).resolves.toBe(true);
    await expect(page.locator('.static-questions .js-note').textContent()).resolves.toMatch(/needs JavaScript/);
    await expect(page.locator('.static-questions .js-note').isVisible()).resolves.toBe(true);
    expect((await page.locator('.static-questions .question-list > li > .question-prompt').allTextContents()).map((text) => text.trim())).toEqual(
      definition.items.map((item) => item.prompt),
    );
    const answerLists = page.locator('.static-questions .question-list > li > ul');
    for (const [index, item] of definition.items.entries()) {
      expect((await answerLists.nth(index).locator('li').allTextContents()).map((text) => text.trim())).toEqual(item.answers.map((answer) => answer.label));
    }
    expect(await page.locator('input, button:has-text("Start")').count(), 'nothing that would need script to work').toBe(0);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });
});

describe('on a phone, in dark mode', () => {
  let browser: Browser;
  browserPerSuite((launched) => (browser = launched), { clearStorageAt: () => server.url });
  beforeAll(() => {
    mkdirSync(`${screenshots}phone-dark`, { recursive: true });
  });

  /** What sticks out past the viewport's right edge, so that a failure says where to look. */
  const overflow = (page: Page) =>
    page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      sticking: [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} right=${Math.round(element.getBoundingClientRect().right)}`),
    }));

  const cases = definitions.flatMap((definition) => [390, 320].map((width) => [definition.id, width, definition] as const));
  it.each(cases)('%s at %i px: question and result fit, with screenshots', async (id, width, definition) => {
    const run = runs.find((candidate) => candidate.definition.id === id);
    if (!run) throw new Error(`no run for ${id}`);
    const { page, watch } = await open(browser, { dark: true, width });
    await page.goto(pageUrl(id));
    await ownRunReady(page);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await focusLands(page, `Question 1 of ${definition.items.length}`);
    // The question with the most to read, with an answer chosen, shows the worst case.
    const longest = definition.items.reduce((best, item, index) =>
      item.answers.map((answer) => answer.label).join('').length > (definition.items[best]?.answers.map((answer) => answer.label).join('').length ?? 0) ? index : best, 0);
    await page.getByRole('button', { name: 'Answer later' }).waitFor();
    for (let index = 0; index < longest; index++) {
      await page.locator('.item-view button[type="submit"]').click();
      await focusLands(page, `Question ${index + 2} of ${definition.items.length}`);
    }
    await radios(page, definition.items[longest]?.id ?? '').nth(1).check();
    await eventually(() => page.locator('.item-view button[type="submit"]').textContent(), longest === definition.items.length - 1 ? 'Review answers' : 'Next');
    // From the top, so the sticky header is drawn where the reader sees it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${screenshots}phone-dark/${id}-question-${width}.png`, fullPage: true });
    const question = await overflow(page);
    expect(question.scrollWidth, `question at ${width} px; sticking out: ${question.sticking.join(', ')}`).toBeLessThanOrEqual(width);

    await seedStorage(page, server.url, { [`sowg:progress:${id}`]: completeProgress(definition, run.complete) });
    await page.goto(pageUrl(id));
    await ownRunReady(page);
    await page.getByRole('button', { name: 'See your result' }).click();
    await focusLands(page, OWN_RESULT_HEADING);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${screenshots}phone-dark/${id}-result-${width}.png`, fullPage: true });
    const result = await overflow(page);
    expect(result.scrollWidth, `result at ${width} px; sticking out: ${result.sticking.join(', ')}`).toBeLessThanOrEqual(width);
    expectClean(watch);
    await page.close();
  }, 60_000);
});
