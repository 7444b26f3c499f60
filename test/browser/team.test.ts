import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeShareCode } from '../../src/lib/assessment/share-code.ts';
import { inAssessmentOrder } from '../../src/lib/assessment/order.ts';
import { shareFragment } from '../../src/lib/assessment/share-fragment.ts';
import { aggregateTeam, type TeamGroup } from '../../src/lib/team/aggregate.ts';
import { teamFragment } from '../../src/lib/team/link.ts';
import type { Answers, AssessmentDefinition } from '../../src/schemas/assessment.ts';
import { loadDefinitions } from '../helpers/assessments.ts';
import { axeViolations, describeViolations, launchBrowser, watchPage, type Browser, type PageWatch } from '../helpers/browser.ts';
import { base, distDir, requireDist } from '../helpers/dist.ts';
import { startServer, type RunningServer } from '../helpers/static-server.ts';

requireDist();

const screenshots = fileURLToPath(new URL('../../test-results/team/', import.meta.url));
const definitions = inAssessmentOrder(loadDefinitions());
const definitionOf = (id: string): AssessmentDefinition => {
  const found = definitions.find((definition) => definition.id === id);
  if (!found) throw new Error(`no definition ${id}`);
  return found;
};
const whichOption = definitionOf('which-option');
const mirror = definitionOf('group-mirror');

/** Every item answered with the answer at `pick(index)` (wrapping round the item's answers). */
const answersAt = (definition: AssessmentDefinition, pick: (index: number) => number): Answers =>
  Object.fromEntries(definition.items.map((item, index) => [item.id, item.answers[pick(index) % item.answers.length]!.id]));

// Three people per assessment, each with different answers.
const whichCodes = [answersAt(whichOption, () => 0), answersAt(whichOption, () => 1), answersAt(whichOption, (index) => index + 2)].map((answers) =>
  encodeShareCode(whichOption, answers),
);
const mirrorCodes = [answersAt(mirror, () => 2), answersAt(mirror, () => 0), answersAt(mirror, (index) => index)].map((answers) => encodeShareCode(mirror, answers));
/** Cut off in an e-mail: one character short. */
const badCode = whichCodes[0]!.slice(0, -1);

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer(distDir, base);
  browser = await launchBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  mkdirSync(screenshots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const teamUrl = (): string => `${server.url}team/`;
const shareUrl = (code: string, id = code.split('.')[1]): string => `${server.url}assess/${id}/${shareFragment(code)}`;

async function openTeam(within: Browser, hash = '', options: { width?: number; dark?: boolean } = {}): Promise<{ page: Page; watch: PageWatch }> {
  const page = await within.context.newPage();
  const watch = watchPage(page, server.origin);
  await page.setViewportSize({ width: options.width ?? 1280, height: 900 });
  await page.emulateMedia({ colorScheme: options.dark ? 'dark' : 'light' });
  const response = await page.goto(`${teamUrl()}${hash}`, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  // The island is hydrated once its form answers: the server's HTML has it too, so wait for a script-set attribute.
  await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])') !== null, undefined, { timeout: 10_000 });
  return { page, watch };
}

async function paste(page: Page, text: string): Promise<void> {
  await page.getByLabel('Share links, one per line').fill(text);
  await page.getByRole('button', { name: 'Add to the team' }).click();
}

/** What the picture says for one assessment: option counts, and per trait the summary line. */
async function readGroup(page: Page, id: string) {
  const section = page.locator(`section[data-assessment="${id}"]`);
  const options: Record<string, string> = {};
  for (const bar of await section.locator('[data-tally="options"] li').all()) {
    options[(await bar.getAttribute('data-option')) ?? ''] = ((await bar.locator('.bar-value').textContent()) ?? '').trim();
  }
  const traits: Record<string, string> = {};
  for (const trait of await section.locator('li[data-trait]').all()) {
    traits[(await trait.getAttribute('data-trait')) ?? ''] = ((await trait.locator('.trait-summary').textContent()) ?? '').trim();
  }
  return { heading: ((await section.locator('h2').textContent()) ?? '').trim(), options, traits };
}

const groupOf = (id: string, codes: readonly string[]): TeamGroup => {
  const group = aggregateTeam(
    codes.map((code) => ({ code })),
    definitions,
  ).groups.find((candidate) => candidate.definition.id === id);
  if (!group) throw new Error(`no group ${id}`);
  return group;
};

/** The option bar values the page should show: "2" or "1 + 1 between". */
const expectedOptions = (group: TeamGroup): Record<string, string> =>
  Object.fromEntries(group.options.counts.map((count) => [count.option, count.between > 0 ? `${count.clear} + ${count.between} between` : `${count.clear}`]));

const pct = (value: number | null): string => `${Math.round((value ?? 0) * 100)}%`;

describe('the team view', () => {
  it('shows the counts and the trait spread of pasted links, and names a bad one without losing the others', async () => {
    const { page, watch } = await openTeam(browser);
    const lines = [shareUrl(whichCodes[0]!), `Ana: ${shareUrl(whichCodes[1]!)}`, whichCodes[2]!, `Bo ${shareUrl(badCode)}`, ...mirrorCodes.map((code) => shareUrl(code))];
    await paste(page, lines.join('\n'));

    await expect.poll(() => page.locator('.team-entry').count()).toBe(7);
    await expect.poll(() => page.locator('#announcer').textContent()).toContain('Added 7 links: 6 count, 1 could not be read');

    // The bad link is named by its place and label, with the reason; it is marked in the list.
    const problem = page.locator('[data-problem="unreadable"]');
    await expect.poll(() => problem.count()).toBe(1);
    const problemText = (await problem.textContent()) ?? '';
    expect(problemText).toContain('Link 4 (Bo) could not be read');
    expect(problemText).toContain('cut off');
    expect(await page.locator('.team-entry[data-position="4"]').getAttribute('data-status')).toBe('unreadable');
    expect(await page.getByLabel('Label for link 2').inputValue()).toBe('Ana');

    // Two groups, never mixed, each counting its three people.
    expect(await page.locator('.team-summary').textContent()).toContain('Based on 6 results from 2 different assessments');
    const which = await readGroup(page, 'which-option');
    expect(which.heading).toBe(`${whichOption.title} · 3 people`);
    expect(which.options).toEqual(expectedOptions(groupOf('which-option', whichCodes)));

    const mirrorGroup = groupOf('group-mirror', mirrorCodes);
    if (mirrorGroup.kind !== 'mirror') throw new Error('not a mirror group');
    const seen = await readGroup(page, 'group-mirror');
    expect(seen.heading).toBe(`${mirror.title} · 3 people`);
    expect(seen.options).toEqual(expectedOptions(mirrorGroup));
    for (const trait of mirrorGroup.traits.traits) {
      const { weak, partly, strong } = trait.levels;
      expect(seen.traits[trait.trait]).toBe(`weak ${weak}, partly ${partly}, strong ${strong} (lowest ${pct(trait.min)}, highest ${pct(trait.max)}, average ${pct(trait.mean)}).`);
    }
    // One mark per person in each trait's strip.
    expect(await page.locator('li[data-trait="trait-1"] .strip .mark').count()).toBe(3);
    // Where members differ and what wants attention link to the traits' sections.
    for (const id of mirrorGroup.traits.divided) expect(await page.locator(`[data-tally="divided"] a[href$="#${id}"]`).count()).toBe(1);
    for (const id of mirrorGroup.traits.attention) expect(await page.locator(`[data-tally="attention"] a[href$="#${id}"]`).count()).toBe(1);

    // The copy button says what the link holds, and the clipboard holds the link.
    await page.getByRole('button', { name: 'Copy team link' }).click();
    await expect.poll(() => page.locator('#announcer').textContent()).toBe('Team link copied: 6 results, 1 with a label.');
    const link = await page.getByLabel('Team link').inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(link).toBe(`${teamUrl()}${teamFragment([{ code: whichCodes[0]! }, { code: whichCodes[1]!, label: 'Ana' }, { code: whichCodes[2]! }, ...mirrorCodes.map((code) => ({ code }))])}`);
    // The address bar carries the team too.
    await expect.poll(() => page.url()).toBe(link);

    // The same picture in a fresh browser, from the link alone.
    const picture = await page.locator('.team-picture').innerText();
    const fresh = await launchBrowser();
    try {
      const { page: again, watch: freshWatch } = await openTeam(fresh, new URL(link).hash);
      await again.locator('.team-picture').waitFor();
      expect(await again.locator('.team-picture').innerText()).toBe(picture);
      expect(await again.getByLabel('Label for link 2').inputValue()).toBe('Ana');
      expect(await again.locator('.team-entry').count()).toBe(6);
      expect(freshWatch.errors).toEqual([]);
      expect(freshWatch.foreignRequests).toEqual([]);
    } finally {
      await fresh.close();
    }

    expect(watch.errors, 'console errors').toEqual([]);
    expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
    await page.close();
  });

  it('counts a link pasted twice once and names the repeat', async () => {
    const { page, watch } = await openTeam(browser);
    await paste(page, [whichCodes[0], whichCodes[1], `Cy ${whichCodes[0]}`].join('\n'));
    const duplicate = page.locator('[data-problem="duplicate"]');
    await expect.poll(() => duplicate.count()).toBe(1);
    expect(await duplicate.textContent()).toContain('Link 3 (Cy) has exactly the same answers as link 1');
    expect(await page.locator('section[data-assessment="which-option"] h2').textContent()).toContain('2 people');
    expect(await page.locator('[data-contents]').textContent()).toBe('2 results, no names');
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('updates the picture and the link as links are labelled and removed', async () => {
    const { page, watch } = await openTeam(browser);
    await paste(page, whichCodes.join('\n'));
    await expect.poll(() => page.locator('[data-contents]').textContent()).toBe('3 results, no names');
    await page.getByLabel('Label for link 3').fill('Dee');
    await expect.poll(() => page.locator('[data-contents]').textContent()).toBe('3 results, 1 with a label');
    // The address bar follows after the render (an effect), so wait for it rather than race it.
    await expect.poll(() => decodeURIComponent(page.url())).toContain(`${whichCodes[2]}~Dee`);

    await page.getByRole('button', { name: 'Remove link 1' }).click();
    await expect.poll(() => page.locator('section[data-assessment="which-option"] h2').textContent()).toContain('2 people');
    await expect.poll(() => page.locator('#announcer').textContent()).toBe('Link removed.');
    await expect.poll(() => page.url()).not.toContain(whichCodes[0]);

    await page.getByRole('button', { name: 'Remove all links' }).click();
    await expect.poll(() => page.locator('[data-state="empty"]').count()).toBe(1);
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('team-paste');
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('takes a single share link sent to the team page', async () => {
    const { page, watch } = await openTeam(browser, shareFragment(mirrorCodes[0]!));
    await page.locator('.team-picture').waitFor();
    expect(await page.locator('section[data-assessment="group-mirror"] h2').textContent()).toContain('1 person');
    expect(await page.locator('li[data-trait] .strip').count()).toBe(5);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('says that a member in no group is left out of the mirror, not that their answers point nowhere', async () => {
    const outsideItem = mirror.items.find((item) => item.answers.some((answer) => answer.outside === true))!;
    const outsideAnswer = outsideItem.answers.find((answer) => answer.outside === true)!;
    // Every question answered, then the first changed to "in no group": the link still carries the rest.
    const alone = encodeShareCode(mirror, { ...answersAt(mirror, () => 2), [outsideItem.id]: outsideAnswer.id });
    const { page, watch } = await openTeam(browser);
    await paste(page, [alone, mirrorCodes[1]!].join('\n'));
    const section = page.locator('section[data-assessment="group-mirror"]');
    await expect.poll(() => section.locator('h2').textContent()).toContain('2 people');
    const text = (await section.textContent()) ?? '';
    expect(text).toContain('1 person answered that they are in no group or team');
    expect(text).not.toContain('no option yet');
    // Their trait answers are not in the spread, and they are not called someone who did not answer.
    const traits = Object.values((await readGroup(page, 'group-mirror')).traits);
    expect(traits).toHaveLength(5);
    for (const summary of traits) {
      expect(summary).toContain('one answer');
      expect(summary).not.toContain('did not answer');
    }
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('shows labels with markup as text and never runs them', async () => {
    const labels = ['<img src=x onerror="window.pwned=1">', '<script>window.pwned=2</script>'] as const;
    // The second entry repeats the first, so its label is printed in the list of problems.
    const hash = teamFragment([
      { code: whichCodes[0]!, label: labels[0] },
      { code: whichCodes[0]!, label: labels[1] },
      { code: whichCodes[1]! },
    ]);
    const { page, watch } = await openTeam(browser, hash);
    await page.locator('.team-picture').waitFor();
    expect(await page.getByLabel('Label for link 1').inputValue()).toBe(labels[0]);
    expect(await page.locator('[data-problem="duplicate"]').textContent()).toContain(`Link 2 (${labels[1]}) has exactly the same answers as link 1 (${labels[0]})`);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => [...document.scripts].filter((script) => script.textContent?.includes('pwned')).length)).toBe(0);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });

  it('explains a team link that is not usable and keeps what it can', async () => {
    const hash = `#team=${whichCodes[0]}~%E0%A4%A,not-a-code,${whichCodes[1]}~Dee`;
    const { page, watch } = await openTeam(browser, hash);
    await page.locator('.team-picture').waitFor();
    expect(await page.locator('[data-problem="note"]').textContent()).toContain('1 label in the team link could not be read');
    expect(await page.locator('[data-problem="unreadable"]').textContent()).toContain('Link 2 could not be read');
    expect(await page.locator('section[data-assessment="which-option"] h2').textContent()).toContain('2 people');
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('hides the controls when printed and keeps the picture', async () => {
    const { page } = await openTeam(browser, teamFragment(mirrorCodes.map((code) => ({ code }))));
    await page.locator('.team-picture').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.team-add').isVisible()).toBe(false);
    expect(await page.locator('.team-share').isVisible()).toBe(false);
    expect(await page.locator('.team-entries').isVisible()).toBe(false);
    expect(await page.locator('section[data-assessment="group-mirror"]').isVisible()).toBe(true);
    await page.close();
  });

  const full = teamFragment([...whichCodes, badCode, ...mirrorCodes].map((code, index) => (index === 1 ? { code, label: 'Ana' } : { code })));
  const views = (['empty', 'full'] as const).flatMap((name) =>
    [1280, 390].flatMap((width) => [false, true].map((dark) => ({ name, width, dark, label: `${name} at ${width} px, ${dark ? 'dark' : 'light'}` }))),
  );
  it.each(views)('has no axe violations and fits the width: $label', async ({ name, width, dark }) => {
    const hash = name === 'full' ? full : '';
    const { page, watch } = await openTeam(browser, hash, { width, dark });
    if (hash) await page.locator('.team-picture').waitFor();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `${screenshots}${name}-${width}-${dark ? 'dark' : 'light'}.png`, fullPage: true });
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });
});
