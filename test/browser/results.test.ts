/**
 * What a reader sees in a result (issue 20, items 9 to 14; issue 21): bars on one scale with
 * aligned tracks, every named option with its reasons, an answer that pulls against the result
 * named with a way back to its question, the individual path led by the reader's step, at most two
 * traits to grow, one name per option, and a shared result that speaks to its recipient. Answers
 * come from the persona suite and the definitions, never typed in here; expectations come from the
 * pure scoring.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/lib/assessment/result.ts';
import { reasonsFor } from '../../src/lib/assessment/scoring.ts';
import { encodeProgress } from '../../src/lib/assessment/saved-progress.ts';
import { encodeShareCode } from '../../src/lib/assessment/share-code.ts';
import { shareFragment } from '../../src/lib/assessment/share-fragment.ts';
import { optionIds, personasSchema, type Answers, type AssessmentDefinition } from '../../src/schemas/assessment.ts';
import { elementLabel } from '../../src/schemas/model.ts';
import { assessmentsDir, loadDefinition, loadDefinitions } from '../helpers/assessments.ts';
import { sitePerSuite, browserPerSuite, watchPage, type Browser, type PageWatch, expectClean } from '../helpers/browser.ts';
import { modelElements, requireDist } from '../helpers/dist.ts';
import type { RunningServer } from '../helpers/static-server.ts';

requireDist();

const definitions = loadDefinitions();
const { personas } = personasSchema.parse(JSON.parse(readFileSync(`${assessmentsDir}/method/personas.json`, 'utf8')));
const personaAnswers = (personaId: string, assessmentId: string): Answers => {
  const check = personas.find((persona) => persona.id === personaId)?.checks[assessmentId];
  if (!check) throw new Error(`no persona ${personaId} on ${assessmentId}`);
  return check.answers;
};
const elements = modelElements();
const labelOf = (id: string): string => {
  const element = elements.find((candidate) => candidate.id === id);
  if (!element) throw new Error(`no model element ${id}`);
  return `${elementLabel(element)}: ${element.name}`;
};

let server: RunningServer;
sitePerSuite((started) => (server = started));

const pageUrl = (id: string): string => `${server.url}assess/${id}/`;

async function open(browser: Browser): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.context.newPage();
  return { page, watch: watchPage(page, server.origin) };
}

/** The reader's own result for `answers`: saved progress, then "See your result", as after a run. */
async function ownResult(page: Page, definition: AssessmentDefinition, answers: Answers): Promise<void> {
  await page.goto(server.url);
  await page.evaluate(
    ([key, value]) => {
      localStorage.clear();
      localStorage.setItem(key!, value!);
    },
    [`sowg:progress:${definition.id}`, encodeProgress({ assessment: definition.id, version: definition.version, answers, position: definition.items.length - 1 })],
  );
  await page.goto(pageUrl(definition.id));
  await page.getByRole('button', { name: 'See your result' }).click({ timeout: 10_000 });
  await page.locator('.result-heading').waitFor();
}

/** A result someone shared, opened from its link. */
async function sharedResult(page: Page, definition: AssessmentDefinition, answers: Answers): Promise<void> {
  await page.goto(`${pageUrl(definition.id)}${shareFragment(encodeShareCode(definition, answers))}`);
  await page.locator('.shared .result-heading').waitFor({ timeout: 10_000 });
}

const text = async (page: Page, selector: string): Promise<string> => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('result presentation', () => {
  let browser: Browser;
  browserPerSuite((launched) => (browser = launched));

  it('draws the three bars on one scale, with tracks that start and end in line (item 9)', async () => {
    const { page, watch } = await open(browser);
    // Mixed answers, so that several bars have points: the first answer to every question.
    const which = loadDefinition('which-option');
    const answers = Object.fromEntries(which.items.map((item) => [item.id, item.answers[0]!.id]));
    const expected = assess(which, answers);
    await ownResult(page, which, answers);
    const bars = page.locator('.option-bars .bar');
    await expect(bars.count()).resolves.toBe(3);
    const boxes = await bars.evaluateAll((items) =>
      items.map((item) => {
        const track = item.querySelector('.bar-track')!.getBoundingClientRect();
        const bg = item.querySelector('.bar-bg')!.getBoundingClientRect();
        const fill = item.querySelector('.bar-fill')!.getBoundingClientRect();
        return { trackLeft: track.left, trackRight: track.right, bg: bg.width, fill: fill.width };
      }),
    );
    // Aligned: every track starts and ends at the same x, whatever its label or value says.
    for (const box of boxes) {
      expect(Math.abs(box.trackLeft - boxes[0]!.trackLeft)).toBeLessThan(1);
      expect(Math.abs(box.trackRight - boxes[0]!.trackRight)).toBeLessThan(1);
    }
    // One scale: a point is as long in every bar, for the score and for each option's maximum.
    const scale = Math.max(...expected.score.scores.map((entry) => entry.maximum));
    const trackWidth = boxes[0]!.trackRight - boxes[0]!.trackLeft;
    expected.score.scores.forEach((entry, index) => {
      expect(boxes[index]!.bg, `${entry.option} track`).toBeCloseTo((entry.maximum / scale) * trackWidth, -0.5);
      expect(boxes[index]!.fill, `${entry.option} fill`).toBeCloseTo((entry.raw / scale) * trackWidth, -0.5);
    });
    expectClean(watch);
    await page.close();
  });

  it('gives every named option its reasons, and names an answer against the result with a way back to it (item 10)', async () => {
    const { page, watch } = await open(browser);
    // "I chose a group with others", then the first answer everywhere: the reader.
    const which = loadDefinition('which-option');
    const answers = Object.fromEntries(which.items.map((item) => [item.id, item.answers[0]!.id]));
    const expected = assess(which, answers);
    expect(expected.score.outcome).toEqual({ kind: 'between', options: ['option-1', 'option-3'] });
    await ownResult(page, which, answers);
    for (const option of ['option-1', 'option-3'] as const) {
      const box = page.locator(`.outcome[data-option="${option}"]`);
      await expect(box.locator('h3').textContent()).resolves.toBe(labelOf(option));
      const reasons = reasonsFor(expected.score, option);
      const lines = await box.locator('ul.why > li').allTextContents();
      expect(lines).toHaveLength(reasons.length);
      reasons.forEach((reason, index) => {
        const item = which.items.find((candidate) => candidate.id === reason.itemId)!;
        expect(lines[index]).toContain(item.answers.find((answer) => answer.id === reason.answerId)!.label);
      });
    }
    // The membership answer points to Option 2, which is not named: said, with a way back.
    const against = page.locator('section.against');
    await expect(against.getByRole('heading', { name: 'Answers that point elsewhere' }).count()).resolves.toBe(1);
    const first = which.items[0]!;
    await expect(against.locator('li').first().textContent()).resolves.toContain(first.answers[0]!.label);
    await expect(against.locator('li').first().textContent()).resolves.toContain('Option 2');
    // The other options no longer tell a member that Option 2 is "for someone who already belongs".
    expect(await text(page, '.result')).not.toMatch(/is for someone who already belongs/);
    await against.getByRole('button', { name: 'Change the answer to question 1' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Question 1 of 12', null, { timeout: 5000 });
    expect(await page.locator(`fieldset input[name="${first.id}"]`).first().isChecked(), 'the current answer is shown checked').toBe(true);
    expectClean(watch);
    await page.close();
  });

  it('says "no option yet" on one answer each, and names the answers that do point somewhere (issue 21)', async () => {
    const { page, watch } = await open(browser);
    const which = loadDefinition('which-option');
    await ownResult(page, which, personaAnswers('newcomer', 'which-option'));
    await expect(text(page, '.result-heading')).resolves.toBe('Your answers point to no option yet');
    const some = await page.locator('ul.some-evidence > li').allTextContents();
    expect(some).toHaveLength(2);
    expect(some.join(' ')).toMatch(/Option 1/);
    expect(some.join(' ')).toMatch(/Option 3/);
    await expect(page.getByRole('link', { name: 'how the result is worked out' }).getAttribute('href')).resolves.toBe('../method/#rules');
    expectClean(watch);
    await page.close();
  });

  it(`leads the individual path with the reader's step, gives that step's advice, and lists steps without "1. Step 1" (item 11)`, async () => {
    const { page, watch } = await open(browser);
    const path = loadDefinition('individual-path');
    const adviceOf = (step: string) => path.stepAdvice!.find((entry) => entry.step === step)!.advice;
    // Ana has taken steps 1 to 3: step 4 is next.
    await ownResult(page, path, personaAnswers('stuck-analyst', 'individual-path'));
    await expect(text(page, '.result-heading')).resolves.toBe(`Next on your path: ${labelOf('step-4')}`);
    const stepsFirst = await page.evaluate(() => {
      const steps = document.querySelector('.step-list');
      const option = document.querySelector('.outcome');
      return Boolean(steps && option && steps.compareDocumentPosition(option) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(stepsFirst, 'the steps come before the option').toBe(true);
    await expect(page.locator('ol.step-list').count(), 'not a numbered list of numbered steps').resolves.toBe(0);
    await expect(page.locator('.step-advice li').allTextContents()).resolves.toEqual(adviceOf('step-4'));
    // Nadia has taken none: steps 1 and 2, and different advice.
    await ownResult(page, path, personaAnswers('very-start', 'individual-path'));
    await expect(text(page, '.result-heading')).resolves.toBe('Next on your path: Step 1 and Step 2, in either order');
    await expect(page.locator('.step-advice li').allTextContents()).resolves.toEqual([...adviceOf('step-1'), ...adviceOf('step-2')]);
    expectClean(watch);
    await page.close();
  });

  it('tells a long-time member the path is behind them, whatever they recall of steps 1 and 2 (issue 21)', async () => {
    const { page, watch } = await open(browser);
    const path = loadDefinition('individual-path');
    await ownResult(page, path, personaAnswers('founding-member', 'individual-path'));
    await expect(text(page, '.result-heading')).resolves.toBe('The path is behind you');
    const verdict = await text(page, '.path-verdict');
    expect(verdict).toMatch(/path is behind you/);
    expect(verdict).toMatch(/recall the difficulty that brought you in/);
    expect(await text(page, '.result')).not.toMatch(/Next on the path/);
    await expect(page.locator('.step-list li').first().textContent()).resolves.toMatch(/behind you$/);
    expectClean(watch);
    await page.close();
  });

  it('singles out at most two traits to grow, and asks an all-strong group to grow none (item 12)', async () => {
    const { page, watch } = await open(browser);
    const mirror = loadDefinition('group-mirror');
    // Hana's group shows every trait strongly.
    await ownResult(page, mirror, personaAnswers('founding-member', 'group-mirror'));
    await expect(text(page, '.traits-verdict')).resolves.toBe('Every trait answered about shows strongly.');
    expect(await text(page, '.result')).not.toMatch(/to grow first|talk over/i);
    // Two traits low, three strong: both named, no more.
    const low = ['trait-2', 'trait-3'];
    const answers: Record<string, string> = { ...personaAnswers('founding-member', 'group-mirror') };
    for (const item of mirror.items.filter((candidate) => low.includes(candidate.about))) answers[item.id] = item.answers.find((answer) => answer.strength === 0)!.id;
    await ownResult(page, mirror, answers);
    await expect(page.locator('.traits-verdict a').allTextContents()).resolves.toEqual(low.map(labelOf));
    // Three equally low: none singled out.
    for (const item of mirror.items.filter((candidate) => candidate.about === 'trait-4')) answers[item.id] = item.answers.find((answer) => answer.strength === 0)!.id;
    await ownResult(page, mirror, answers);
    await expect(page.locator('.traits-verdict a').count()).resolves.toBe(0);
    await expect(text(page, '.traits-verdict')).resolves.toMatch(/No one or two traits stand out/);
    expectClean(watch);
    await page.close();
  });

  it('calls each option by one name in every result (item 13)', async () => {
    const { page, watch } = await open(browser);
    const names = new Map(optionIds.map((option) => [option.replace('option-', 'Option '), labelOf(option)]));
    const seen = new Set<string>();
    for (const definition of definitions) {
      for (const persona of personas) {
        const answers = persona.checks[definition.id]?.answers;
        if (!answers || !['single', 'between'].includes(assess(definition, answers).score.outcome.kind)) continue;
        await sharedResult(page, definition, answers);
        const shown = await text(page, '.shared .result');
        // Wherever an option is named with a colon, the name that follows is the model's one name.
        for (const match of shown.matchAll(/Option [123]: /g)) {
          const start = match.index ?? 0;
          const short = match[0].slice(0, 8);
          expect(shown.slice(start, start + names.get(short)!.length), `${persona.id} on ${definition.id}`).toBe(names.get(short));
          seen.add(short);
        }
      }
    }
    expect([...seen].sort()).toEqual(['Option 1', 'Option 2', 'Option 3']);
    expectClean(watch);
    await page.close();
  }, 120_000);

  it('speaks to the recipient of a shared result about the person who answered (item 14)', async () => {
    const { page, watch } = await open(browser);
    for (const [personaId, assessmentId] of [['open-teacher', 'which-option'], ['stuck-analyst', 'individual-path'], ['pair-plus-one', 'group-mirror'], ['newcomer', 'which-option'], ['disengaged-veteran', 'which-option'], ['founding-member', 'individual-path'], ['settled-member', 'individual-path']] as const) {
      await sharedResult(page, loadDefinition(assessmentId), personaAnswers(personaId, assessmentId));
      const heading = await text(page, '.shared .result-heading');
      expect(heading, `${personaId} on ${assessmentId}`).toMatch(/^This person's result is|^Their answers point to no option yet$|^Next on their path: |^The path is behind them$/);
      const shown = await text(page, '.shared .result');
      expect(shown, `${personaId} on ${assessmentId}`).not.toMatch(/\bYour\b|\byou answered\b|\byour answers\b/);
      // "They" only as a subject: "behind them", "serve them", never "behind they".
      expect(shown, `${personaId} on ${assessmentId}`).not.toMatch(/\b(?:behind|serve|to|brought|for|with|of) they\b/i);
      await expect(page.getByRole('list', { name: 'How well each option fits their answers' }).count()).resolves.toBe(1);
    }
    expectClean(watch);
    await page.close();
  }, 60_000);
});
