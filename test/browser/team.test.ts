import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeShareCode } from '../../src/lib/assessment/share-code.ts';
import { inAssessmentOrder } from '../../src/lib/assessment/order.ts';
import { shareFragment } from '../../src/lib/assessment/share-fragment.ts';
import { aggregateTeam, type TeamGroup } from '../../src/lib/team/aggregate.ts';
import { dayOf } from '../../src/lib/team/day.ts';
import { teamFragment } from '../../src/lib/team/link.ts';
import { answersAt, loadDefinition, loadDefinitions } from '../helpers/assessments.ts';
import { sitePerSuite, browserPerSuite, axeViolations, launchBrowser, describeViolations, watchPage, type Browser, type PageWatch } from '../helpers/browser.ts';
import { requireDist } from '../helpers/dist.ts';
import type { RunningServer } from '../helpers/static-server.ts';

requireDist();

const screenshots = fileURLToPath(new URL('../../test-results/team/', import.meta.url));
const definitions = inAssessmentOrder(loadDefinitions());
const whichOption = loadDefinition('which-option');
const mirror = loadDefinition('group-mirror');


// Three people per assessment, each with different answers.
const whichCodes = [answersAt(whichOption, () => 0), answersAt(whichOption, () => 1), answersAt(whichOption, (index) => index + 2)].map((answers) =>
  encodeShareCode(whichOption, answers),
);
const mirrorCodes = [answersAt(mirror, () => 2), answersAt(mirror, () => 0), answersAt(mirror, (index) => index)].map((answers) => encodeShareCode(mirror, answers));
/** Cut off in an e-mail: one character short. */
const badCode = whichCodes[0]!.slice(0, -1);

mkdirSync(screenshots, { recursive: true });

let server: RunningServer;
let browser: Browser;
sitePerSuite((started) => (server = started));
browserPerSuite((launched) => (browser = launched), { clipboardFor: () => server.origin });

const teamUrl = (): string => `${server.url}team/`;
const shareUrl = (code: string, id = code.split('.')[1]): string => `${server.url}assess/${id}/${shareFragment(code)}`;

/** Forgets the team this browser keeps, so that a test starts from an empty team view. */
async function forgetTeam(within: Browser): Promise<void> {
  const page = await within.context.newPage();
  await page.goto(`${server.url}404.html`);
  await page.evaluate(() => localStorage.clear());
  await page.close();
}

async function openTeam(within: Browser, hash = '', options: { width?: number; dark?: boolean; keep?: boolean } = {}): Promise<{ page: Page; watch: PageWatch }> {
  if (!options.keep) await forgetTeam(within);
  const page = await within.context.newPage();
  const watch = watchPage(page, server.origin);
  // Every layout shift of the load, as Chromium reports it to the page (none came from input here).
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { teamShifts: number[] }).teamShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
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

/** The option bar values the page should show: "2", "1 between" or "2 clear, 1 between". */
const expectedOptions = (group: TeamGroup): Record<string, string> =>
  Object.fromEntries(
    group.options.counts.map((count) => [
      count.option,
      count.between === 0 ? `${count.clear}` : count.clear === 0 ? `${count.between} between` : `${count.clear} clear, ${count.between} between`,
    ]),
  );

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

    // What the team holds comes first; then two groups, never mixed, each counting its three people.
    expect(await page.locator('[data-holds]').textContent()).toContain(`6 results from 2 assessments: 3 for "${whichOption.title}", 3 for "${mirror.title}".`);
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

    // The copy button says what the link holds, and the clipboard holds the link: results and the day, no labels unless chosen.
    await page.getByRole('button', { name: 'Copy team link' }).click();
    await expect.poll(() => page.locator('#announcer').textContent()).toBe('Team link copied: 6 results, no labels.');
    const link = await page.getByLabel('Team link', { exact: true }).inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(link).toBe(`${teamUrl()}${teamFragment([...whichCodes.slice(0, 3), ...mirrorCodes].map((code) => ({ code })), { madeOn: dayOf(new Date()) })}`);
    // The address bar carries the team too.
    await expect.poll(() => page.url()).toBe(link);

    // The same picture in a fresh browser, from the link alone.
    const picture = await page.locator('.team-picture').innerText();
    const fresh = await launchBrowser();
    try {
      const { page: again, watch: freshWatch } = await openTeam(fresh, new URL(link).hash);
      await again.locator('.team-picture').waitFor();
      expect(await again.locator('.team-picture').innerText()).toBe(picture);
      // The label stayed in the browser that gave it.
      expect(await again.getByLabel('Label for link 2').inputValue()).toBe('');
      expect(await again.locator('.team-entry').count()).toBe(6);
      expect(await again.locator('#team-holds').textContent()).toBe('What this team link holds');
      expect(freshWatch.errors).toEqual([]);
      expect(freshWatch.foreignRequests).toEqual([]);
    } finally {
      await fresh.close();
    }

    expect(watch.errors, 'console errors').toEqual([]);
    expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
    await page.close();
  });

  it('counts a link pasted twice in one paste once, and people with the same answers but their own labels as two', async () => {
    const { page, watch } = await openTeam(browser);
    await paste(page, [whichCodes[0], whichCodes[1], whichCodes[0], `Cy ${whichCodes[0]}`].join('\n'));
    const duplicate = page.locator('[data-problem="duplicate"]');
    await expect.poll(() => duplicate.count()).toBe(1);
    expect(await duplicate.textContent()).toContain('Link 3 has exactly the same answers as link 1 and came in the same paste with no label of its own');
    // Cy's line carries its own label: a person of their own, and the page says the two may be one.
    const twins = page.locator('[data-problem="twins"]');
    expect(await twins.textContent()).toContain('Links 1 and 4 (Cy) have exactly the same answers. They count as 2 people');
    expect(await page.locator('section[data-assessment="which-option"] h2').textContent()).toContain('3 people');
    // Another paste of the same link, with no label, is another person too.
    await paste(page, whichCodes[1]!);
    await expect.poll(() => page.locator('section[data-assessment="which-option"] h2').textContent()).toContain('4 people');
    expect(await page.locator('[data-contents]').textContent()).toBe('4 results, no labels');
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('updates the picture and the link as links are labeled and removed; asks before removing all, and undoes it', async () => {
    const { page, watch } = await openTeam(browser);
    await paste(page, whichCodes.join('\n'));
    await expect.poll(() => page.locator('[data-contents]').textContent()).toBe('3 results, no labels');
    await page.getByLabel('Label for link 3').fill('Dee');
    // Labels stay out of the link until the reader puts them in.
    await expect.poll(() => page.getByLabel('Put the labels in the team link').isChecked()).toBe(false);
    expect(await page.locator('[data-contents]').textContent()).toBe('3 results, no labels');
    await page.getByLabel('Put the labels in the team link').check();
    await expect.poll(() => page.locator('[data-contents]').textContent()).toBe('3 results, 1 with a label');
    // The address bar follows after the render (an effect), so wait for it rather than race it.
    await expect.poll(() => page.url()).toContain(`${whichCodes[2]}~Dee`);

    await page.getByRole('button', { name: 'Remove link 1' }).click();
    await expect.poll(() => page.locator('section[data-assessment="which-option"] h2').textContent()).toContain('2 people');
    await expect.poll(() => page.locator('#announcer').textContent()).toBe('Link removed.');
    await expect.poll(() => page.url()).not.toContain(whichCodes[0]);

    // "Remove all links" asks first; "Keep them" keeps them.
    await page.getByRole('button', { name: 'Remove all links' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Yes, remove all');
    expect(await page.locator('#team-clear-question').textContent()).toContain('Remove all 2 links and their labels from this browser?');
    await page.getByRole('button', { name: 'Keep them' }).click();
    expect(await page.locator('.team-entry').count()).toBe(2);

    await page.getByRole('button', { name: 'Remove all links' }).click();
    await page.getByRole('button', { name: 'Yes, remove all' }).click();
    await expect.poll(() => page.locator('.team-entry').count()).toBe(0);
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('team-undo');
    expect(await page.locator('[data-notice="cleared"]').textContent()).toContain('All 2 links were removed from this browser.');
    // Gone from the browser too: a reload shows an empty team view.
    expect(await page.evaluate(() => localStorage.getItem('sowg:team'))).toBeNull();

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('.team-entry').count()).toBe(2);
    expect(await page.getByLabel('Label for link 2').inputValue()).toBe('Dee');
    await expect.poll(() => page.url()).toContain(`${whichCodes[2]}~Dee`);
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
    // The second entry has the same answers as the first, so both labels are printed among the notes.
    const hash = teamFragment(
      [
        { code: whichCodes[0]!, label: labels[0] },
        { code: whichCodes[0]!, label: labels[1] },
        { code: whichCodes[1]! },
      ],
      { labels: true },
    );
    const { page, watch } = await openTeam(browser, hash);
    await page.locator('.team-picture').waitFor();
    expect(await page.getByLabel('Label for link 1').inputValue()).toBe(labels[0]);
    expect(await page.locator('[data-problem="twins"]').textContent()).toContain(`Links 1 (${labels[0]}) and 2 (${labels[1]}) have exactly the same answers`);
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

  it('reads back the labels it writes: the reported "Team,V1.0" and "Ops,v2.3 pilot:" survive a reload and a fresh browser', async () => {
    const { page, watch } = await openTeam(browser);
    await paste(page, [`Team,V1.0 – ${shareUrl(whichCodes[0]!)}`, `Ops,v2.3 pilot: ${shareUrl(whichCodes[1]!)}`, `100% ~ Zoë, 李: ${shareUrl(mirrorCodes[0]!)}`].join('\n'));
    await expect.poll(() => page.locator('.team-entry').count()).toBe(3);
    const labels = ['Team,V1.0', 'Ops,v2.3 pilot', '100% ~ Zoë, 李'];
    const readLabels = (within: Page) => Promise.all(labels.map((_, index) => within.getByLabel(`Label for link ${index + 1}`).inputValue()));
    expect(await readLabels(page)).toEqual(labels);
    await page.getByLabel('Put the labels in the team link').check();
    await expect.poll(() => page.locator('[data-contents]').textContent()).toBe('3 results with labels');

    // The page's own address, reloaded: the same three, labels whole, nothing said about them.
    await page.reload();
    await page.locator('.team-picture').waitFor();
    expect(await page.locator('.team-entry').count()).toBe(3);
    expect(await readLabels(page)).toEqual(labels);
    expect(await page.locator('[data-problem]').count()).toBe(0);

    // Whoever opens the copied link sees the same, with no kept team to lean on.
    const link = await page.getByLabel('Team link', { exact: true }).inputValue();
    const fresh = await launchBrowser();
    try {
      const { page: again, watch: freshWatch } = await openTeam(fresh, new URL(link).hash);
      await again.locator('.team-picture').waitFor();
      expect(await again.locator('.team-entry').count()).toBe(3);
      expect(await readLabels(again)).toEqual(labels);
      expect(await again.locator('[data-problem]').count()).toBe(0);
      expect(await again.locator('[data-holds] + .help').textContent()).toContain('3 of the results carry labels');
      expect(freshWatch.errors).toEqual([]);
    } finally {
      await fresh.close();
    }
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('reads a link written before the fix, whose label held an escaped comma before "V1.0", whole', async () => {
    const { page, watch } = await openTeam(browser, `#team=${whichCodes[0]}~Team%2CV1.0,${whichCodes[1]}~Ops%2Cv2.3%20pilot%3A`);
    await page.locator('.team-picture').waitFor();
    expect(await page.locator('.team-entry').count()).toBe(2);
    expect(await page.getByLabel('Label for link 1').inputValue()).toBe('Team,V1.0');
    expect(await page.getByLabel('Label for link 2').inputValue()).toBe('Ops,v2.3 pilot:');
    expect(await page.locator('[data-problem]').count()).toBe(0);
    expect(await page.locator('[data-holds]').textContent()).toContain('No date: it was made before team links carried one.');
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('keeps the team, labels and all, while the reader goes elsewhere on the site and comes back', async () => {
    const { page, watch } = await openTeam(browser);
    await paste(page, [`Ana: ${shareUrl(whichCodes[0]!)}`, shareUrl(mirrorCodes[1]!)].join('\n'));
    await expect.poll(() => page.locator('.team-entry').count()).toBe(2);
    expect(await page.locator('#team-holds').textContent()).toBe('Your team');
    await page.goto(`${server.url}traits/`);
    await page.goto(teamUrl());
    await page.locator('.team-picture').waitFor();
    expect(await page.locator('.team-entry').count()).toBe(2);
    expect(await page.getByLabel('Label for link 1').inputValue()).toBe('Ana');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { teamShifts: number[] }).teamShifts), 'no layout shift as the kept team appears').toEqual([]);
    expect(await page.locator('[data-holds] + .help').textContent()).toContain('Kept in this browser');
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('shows whoever opens a team link what it holds and the picture first, the instructions after', async () => {
    for (const width of [390, 1280]) {
      const { page, watch } = await openTeam(browser, teamFragment(whichCodes.map((code) => ({ code })), { madeOn: '2026-11-20' }), { width });
      await page.locator('.team-picture').waitFor();
      expect(await page.locator('[data-holds]').textContent()).toContain(`3 results: 3 for "${whichOption.title}". Made on November 20, 2026.`);
      const top = async (selector: string) => (await page.locator(selector).first().boundingBox())?.y ?? Number.POSITIVE_INFINITY;
      // On the first screen, before the picture, which comes before the paste box.
      expect(await top('#team-holds')).toBeLessThan(844);
      expect(await top('#team-holds')).toBeLessThan(await top('.team-picture'));
      expect(await top('.team-picture')).toBeLessThan(await top('#team-paste'));
      // The picture replaces the paste box without moving anything: no layout shift while it loads.
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { teamShifts: number[] }).teamShifts)).toEqual([]);
      expect(watch.errors).toEqual([]);
      await page.close();
    }
  });

  it('offers to go back to the team kept in this browser when a link replaces it', async () => {
    const { page } = await openTeam(browser);
    await paste(page, whichCodes.slice(0, 2).join('\n'));
    await expect.poll(() => page.locator('.team-entry').count()).toBe(2);
    await page.close();
    const { page: opened, watch } = await openTeam(browser, teamFragment([{ code: mirrorCodes[0]! }], { madeOn: '2026-11-20' }), { keep: true });
    await opened.locator('.team-picture').waitFor();
    expect(await opened.locator('[data-notice="replaced"]').textContent()).toContain('This link replaced the team you had in this browser (2 links).');
    await opened.getByRole('button', { name: 'Go back to the team you had' }).click();
    await expect.poll(() => opened.locator('.team-entry').count()).toBe(2);
    expect(await opened.locator('section[data-assessment="which-option"] h2').textContent()).toContain('2 people');
    expect(watch.errors).toEqual([]);
    await opened.close();
  });

  it('says what each unreadable line is, and shows "everything else still counts" only when something counts', async () => {
    const { page, watch } = await openTeam(browser);
    await paste(page, ['hello there', `${server.url}assess/which-option/`, 'https://elsewhere.example/some/page', `${server.url}traits/`, `${server.url}team/`].join('\n'));
    const reasons = page.locator('[data-problem="unreadable"]');
    await expect.poll(() => reasons.count()).toBe(5);
    const texts = await reasons.allTextContents();
    expect(texts[0]).toContain('Link 1 could not be read: this is not a link.');
    expect(texts[1]).toContain(`this is an assessment's page, not a result: it holds no answers. Ask for the link from "Copy share link"`);
    expect(texts[2]).toContain("this is another site's address, not a result from this guide");
    expect(texts[3]).toContain('this is a page of this guide, not a result');
    expect(texts[4]).toContain("this is the team view's address with no team in it");
    for (const text of texts) expect(text).not.toContain('damaged');
    expect(await page.locator('.team-problems').textContent()).toContain('Nothing could be counted');
    expect(await page.locator('.team-problems').textContent()).not.toContain('everything else still counts');
    expect(await page.locator('.team-entry[data-position="1"] .entry-status').textContent()).toBe('Not a result: left out');

    await paste(page, shareUrl(whichCodes[0]!));
    await expect.poll(() => page.locator('.team-problems').textContent()).toContain('Left out of the picture (everything else still counts)');
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  describe('then and now', () => {
    const madeNow = '2026-11-20';
    // Now: three people on which-option, three on the mirror. Then: two on which-option, one on the mirror.
    const nowHash = teamFragment([...whichCodes, ...mirrorCodes].map((code) => ({ code })), { madeOn: madeNow });
    const thenCodes = [whichCodes[0]!, whichCodes[0]!, mirrorCodes[2]!];
    const thenLink = (): string => `${teamUrl()}${teamFragment(thenCodes.map((code) => ({ code, label: 'Never matched' })), { madeOn: '2026-05-04', labels: true })}`;

    async function compareWith(page: Page, text: string): Promise<void> {
      await page.getByLabel(/earlier team link/i).fill(text);
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
    }

    it('sets an earlier team link beside the team: counts per option, traits, in a table a screen reader can read', async () => {
      const { page, watch } = await openTeam(browser, nowHash);
      await page.locator('.team-picture').waitFor();
      await compareWith(page, thenLink());
      const result = page.locator('#team-compare-result');
      await result.waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('team-compare-result');
      expect(await result.locator('p').first().textContent()).toContain('Then: May 4, 2026, 3 results. Now: November 20, 2026');

      const then = aggregateTeam(thenCodes.map((code, index) => ({ code, batch: index + 1 })), definitions);
      const now = aggregateTeam([...whichCodes, ...mirrorCodes].map((code, index) => ({ code, batch: index + 1 })), definitions);
      for (const id of ['which-option', 'group-mirror']) {
        const section = result.locator(`section[data-assessment="${id}"]`);
        const [before, after] = [then, now].map((picture) => picture.groups.find((group) => group.definition.id === id)!);
        expect(await section.locator('h3').textContent()).toContain(`${before!.people} ${before!.people === 1 ? 'person' : 'people'} then, ${after!.people} people now`);
        for (const count of after!.options.counts) {
          const earlier = before!.options.counts.find((entry) => entry.option === count.option)!;
          const row = section.locator(`[data-compare-table="options"] tr[data-row="${count.option}"]`);
          const change = count.clear + count.between - earlier.clear - earlier.between;
          expect(await row.locator('td').nth(2).getAttribute('data-change')).toBe(String(change));
          // The bars are drawn, and hidden from screen readers: the numbers say it.
          expect(await row.locator('svg.pair-bars').getAttribute('aria-hidden')).toBe('true');
        }
      }
      const traits = result.locator('section[data-assessment="group-mirror"] [data-compare-table="traits"] li');
      expect(await traits.count()).toBe(5);
      expect(await traits.first().locator('.trait-summary').textContent()).toMatch(/^Then: .+\. Now: .+\. Average/);
      // Labels are never matched or shown in the comparison.
      expect(await result.textContent()).not.toContain('Never matched');
      // Kept with the team: back after a reload.
      await page.reload();
      await page.locator('#team-compare-result').waitFor();
      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);

      // Printed: the comparison is in, the form is not.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#team-compare-result').isVisible()).toBe(true);
      expect(await page.locator('.team-compare-form').isVisible()).toBe(false);
      await page.close();
    });

    it('gives each bad earlier link its own message and keeps what is shown', async () => {
      const { page, watch } = await openTeam(browser, nowHash);
      await page.locator('.team-picture').waitFor();
      await compareWith(page, thenLink());
      await page.locator('#team-compare-result').waitFor();
      const shown = await page.locator('#team-compare-result').innerText();
      const tomorrowPlus = new Date(Date.now() + 5 * 86_400_000);
      const cases: [string, string][] = [
        ['', 'Paste the team link from the earlier meeting first.'],
        [shareUrl(whichCodes[0]!), "This is one person's share link, not a team link."],
        ["last spring's team", 'This is not a team link.'],
        [`${teamUrl()}#team=`, 'holds no results'],
        [`${teamUrl()}${teamFragment([{ code: badCode }], { madeOn: '2026-01-01' })}`, 'None of the results in that team link could be read'],
        [`${teamUrl()}#team=v1.which-option.1.${'0'.repeat(whichOption.items.length)}`, 'made for another version of the questions'],
        [`${teamUrl()}${teamFragment([{ code: whichCodes[0]! }], { madeOn: dayOf(tomorrowPlus) })}`, 'which is after today'],
        [`${teamUrl()}${teamFragment([{ code: encodeShareCode(loadDefinition('individual-path'), answersAt(loadDefinition('individual-path'), () => 0)) }], { madeOn: '2026-01-01' })}`, 'Only results of the same assessment can be compared.'],
      ];
      for (const [text, message] of cases) {
        await compareWith(page, text);
        await expect.poll(() => page.locator('#team-earlier-error').textContent(), { message: text }).toContain(message);
        expect(await page.getByLabel(/earlier team link/i).getAttribute('aria-invalid')).toBe('true');
        // Nothing shown is lost: the comparison and the picture stay as they were.
        expect(await page.locator('#team-compare-result').innerText()).toBe(shown);
        expect(await page.locator('section.team-group').count()).toBe(2);
      }

      // The team compared with its own link: nothing moved.
      await compareWith(page, `${teamUrl()}${nowHash}`);
      await expect.poll(() => page.locator('[data-compare-same]').textContent()).toContain('nothing moved');
      expect(watch.errors).toEqual([]);
      await page.close();
    });
  });

  it('draws the weak, partly and strong bands clearly apart in dark mode, with borders that stand out', async () => {
    const { page } = await openTeam(browser, teamFragment(mirrorCodes.map((code) => ({ code }))), { dark: true });
    await page.locator('.team-picture').waitFor();
    const colors = await page.evaluate(() =>
      ['weak', 'partly', 'strong'].map((band) => {
        const style = getComputedStyle(document.querySelector(`.strip .band-${band}`)!);
        return { fill: style.fill, stroke: style.stroke };
      }),
    );
    const luminance = (color: string): number => {
      const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((value) => {
        const channel = Number(value) / 255;
        return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light! + 0.05) / (dark! + 0.05);
    };
    const [weak, partly, strong] = colors;
    expect(new Set(colors.map((color) => color.fill)).size).toBe(3);
    // The border between bands stands out from each band by the 3:1 that graphics need.
    for (const band of colors) expect(contrast(band.stroke, band.fill)).toBeGreaterThanOrEqual(3);
    // And the fills themselves differ in lightness, not in hue alone.
    expect(contrast(weak!.fill, partly!.fill)).toBeGreaterThan(1.1);
    expect(contrast(partly!.fill, strong!.fill)).toBeGreaterThan(1.1);
    await page.close();
  });

  const full = teamFragment(
    [...whichCodes, badCode, ...mirrorCodes].map((code, index) => (index === 1 ? { code, label: 'Ana' } : { code })),
    { labels: true, madeOn: '2026-12-01' },
  );
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
