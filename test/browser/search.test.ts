/**
 * Search in real Chromium against the built site (npm run build first), and once more against a
 * build for a sub-path, which this file makes itself.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, watchPage, type Browser, type PageWatch } from '../helpers/browser.ts';
import { startServer, type RunningServer } from '../helpers/static-server.ts';
import { scrollSettled } from '../helpers/scroll.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const distDir = join(root, 'dist');
const base = (process.env['BASE'] ?? '/').replace(/\/?$/, '/');
const subPath = '/guide/';

interface ModelElement {
  id: string;
  name: string;
  page: string;
}
const elements = JSON.parse(readFileSync(join(root, 'content/model/elements.json'), 'utf8')) as ModelElement[];

const pageFile = (dir: string, slug: string): string => join(dir, slug === '' || slug === 'index' ? '' : slug, 'index.html');

/**
 * A model element whose section the built site has (trait-2 when it is there): the guide's pages are
 * still being written, so the test takes its search terms from the model and the build, not from prose.
 */
function builtElement(dir: string): ModelElement {
  const preferred = [...elements.filter((element) => element.id === 'trait-2'), ...elements];
  const found = preferred.find((element) => {
    const file = pageFile(dir, element.page);
    return existsSync(file) && readFileSync(file, 'utf8').includes(`id="${element.id}"`);
  });
  if (!found) throw new Error(`No page in ${dir} holds a model element's section: build the guide first.`);
  return found;
}

function requireIndex(dir: string): void {
  if (!existsSync(join(dir, 'pagefind', 'pagefind.js'))) {
    throw new Error(`${dir} has no search index (pagefind/pagefind.js): run npm run build first.`);
  }
}

const nonsense = 'qzxvkjw';

/**
 * The environment for a child `astro build`, without what Vitest adds to process.env: Astro would
 * take BASE_URL=/ and NODE_ENV=test from there and build links that ignore the sub-path.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key) || key.startsWith('VITEST')) delete env[key];
  }
  return env;
}

const dialogOpen = (page: Page) => page.evaluate(() => document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]')?.open ?? false);
const statusText = (page: Page) => page.locator('.search-dialog [role=status]').textContent();

async function openWithSlash(page: Page): Promise<void> {
  await page.keyboard.press('/');
  await page.waitForFunction(() => document.activeElement?.id === 'search-input');
  expect(await dialogOpen(page)).toBe(true);
}

async function searchFor(page: Page, query: string): Promise<void> {
  await page.fill('#search-input', '');
  await page.keyboard.type(query);
}

/** Waits until the results shown are those of this very query (earlier keystrokes' may show first). */
async function resultsFor(page: Page, query: string): Promise<void> {
  await page.waitForFunction((wanted) => document.querySelector('.search-dialog [role=status]')?.textContent?.includes(`"${wanted}"`), query);
}

/** Types the element's name, walks down to its section's result with the arrow keys, and follows it with Enter. */
async function findAndOpen(page: Page, element: ModelElement, siteRoot: string): Promise<void> {
  await openWithSlash(page);
  await searchFor(page, element.name);
  await resultsFor(page, element.name);
  expect(await statusText(page)).toMatch(/^\d+ pages?, \d+ places? found for "/);

  const position = await page.$$eval('a.search-hit', (links, id) => links.findIndex((link) => (link as HTMLAnchorElement).hash === `#${id}`), element.id);
  expect(position).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('ArrowDown');
  expect(await page.evaluate(() => document.activeElement === document.querySelector('a.search-hit'))).toBe(true);
  for (let step = 0; step < position; step += 1) await page.keyboard.press('ArrowDown');
  expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.hash)).toBe(`#${element.id}`);

  await Promise.all([page.waitForURL((url) => url.hash === `#${element.id}`), page.keyboard.press('Enter')]);
  await page.waitForLoadState('load');
  await scrollSettled(page);
  await expectSectionInView(page, element, siteRoot);
}

async function expectSectionInView(page: Page, element: ModelElement, siteRoot: string): Promise<void> {
  const url = new URL(page.url());
  expect(url.pathname).toBe(`${siteRoot}${element.page}/`);
  expect(url.hash).toBe(`#${element.id}`);
  const place = await page.evaluate((id) => {
    const heading = document.getElementById(id)?.getBoundingClientRect();
    const header = document.querySelector('.site-header')?.getBoundingClientRect();
    return { top: heading?.top ?? -1, bottom: heading?.bottom ?? -1, headerBottom: header?.bottom ?? 0, viewport: window.innerHeight };
  }, element.id);
  // Below the sticky header, and on screen.
  expect(place.top).toBeGreaterThanOrEqual(place.headerBottom - 1);
  expect(place.bottom).toBeLessThanOrEqual(place.viewport);
}

describe('search on the built site', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  const element = builtElement(distDir);

  beforeAll(async () => {
    requireIndex(distDir);
    server = await startServer(distDir, base);
    browser = await launchBrowser({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const freshPage = async (): Promise<Page> => {
    page = await browser.context.newPage();
    watch = watchPage(page, server.origin);
    return page;
  };

  afterEach(async () => {
    expect(watch.errors, 'console errors').toEqual([]);
    expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
    await page?.close();
  });

  it("loads nothing of search on a guide page's first view but the button's own script", async () => {
    await freshPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}${element.page}/`, { waitUntil: 'networkidle' });
    expect(requested.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    expect(requested.filter((path) => /search-(dialog|highlight)/.test(path))).toEqual([]);
    await expect(page.isVisible('button[data-search-open]')).resolves.toBe(true);
    // The dialog waits in a template: no hidden form or field in the page until search is wanted.
    expect(await page.locator('dialog, input[type=search]').count()).toBe(0);
  });

  it('fetches search when the pointer rests on the button, not when focus only passes over it', async () => {
    await freshPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}${element.page}/`, { waitUntil: 'networkidle' });
    await page.focus('button[data-search-open]');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(400);
    expect(requested.filter((path) => path.includes('/pagefind/') || path.includes('search-dialog'))).toEqual([]);
    await Promise.all([page.waitForRequest(/\/pagefind\/pagefind\.js$/), page.hover('button[data-search-open]')]);
    expect(await dialogOpen(page)).toBe(false);
  });

  it('"/" opens the dialog with focus in the field; Escape closes it and focus goes back', async () => {
    await freshPage();
    await page.goto(server.url);
    const opener = page.locator('.site-header nav a').first();
    await opener.focus();
    await openWithSlash(page);
    await page.keyboard.type('group');
    await page.waitForSelector('a.search-hit');
    await page.keyboard.press('Escape');
    expect(await dialogOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement === document.querySelector('.site-header nav a'))).toBe(true);
  });

  it('loses no keystroke typed while its code and styles are still on their way', async () => {
    await freshPage();
    // Search's code and styles held back for a second: the dialog must already take the keys.
    let release: () => void = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route(/\/_astro\/(SearchCode[^/]*\.js|search\.[^/]*\.css)$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}${element.page}/`, { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    await page.keyboard.type('group', { delay: 20 });
    expect(await page.inputValue('#search-input')).toBe('group');
    expect(await page.locator('a.search-hit').count(), 'no results before the code has come').toBe(0);
    const opacity = () => page.evaluate(() => getComputedStyle(document.querySelector('dialog[data-search-dialog]')!).opacity);
    expect(await opacity(), 'never shown unstyled').toBe('0');
    release();
    await page.waitForSelector('a.search-hit');
    expect(await page.inputValue('#search-input')).toBe('group');
    expect(await opacity()).toBe('1');
  });

  it('Ctrl+K and the header button open it too; closing returns focus to the button', async () => {
    await freshPage();
    await page.goto(server.url);
    await page.keyboard.press('Control+k');
    await page.waitForFunction(() => document.activeElement?.id === 'search-input');
    await page.keyboard.press('Escape');
    expect(await dialogOpen(page)).toBe(false);

    await page.click('button[data-search-open]');
    await page.waitForFunction(() => document.activeElement?.id === 'search-input');
    await page.click('.search-close');
    expect(await dialogOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.matches('button[data-search-open]') ?? false)).toBe(true);
  });

  it("finds an element by name; the arrow keys and Enter open its section in view, the words highlighted", async () => {
    await freshPage();
    await page.goto(server.url);
    await findAndOpen(page, element, base);
    // The terms arrive in the address, are highlighted, then leave the address.
    await page.waitForFunction(() => !location.search.includes('highlight'));
    const highlighted = await page.evaluate(() => CSS.highlights.get('search-terms')?.size ?? 0);
    expect(highlighted).toBeGreaterThan(0);
    expect(await dialogOpen(page)).toBe(false);
  });

  it('finds an element by its permanent id, and Enter in the field opens the best result', async () => {
    await freshPage();
    await page.goto(server.url);
    await openWithSlash(page);
    await searchFor(page, element.id);
    await resultsFor(page, element.id);
    expect(await page.$eval('a.search-hit', (link) => (link as HTMLAnchorElement).hash)).toBe(`#${element.id}`);
    await Promise.all([page.waitForURL((url) => url.hash === `#${element.id}`), page.keyboard.press('Enter')]);
    await page.waitForLoadState('load');
    await scrollSettled(page);
    await expectSectionInView(page, element, base);
  });

  // Issue 20, item 23: the other places on a page are links too, not a count.
  it('offers every matching place on a page as a link: "trait" reaches all five traits, and one of the others opens', async () => {
    await freshPage();
    await page.goto(server.url);
    await openWithSlash(page);
    await searchFor(page, 'trait');
    await resultsFor(page, 'trait');
    const hashes = await page.$$eval('a.search-hit', (links) => links.map((link) => (link as HTMLAnchorElement).hash));
    const traits = elements.filter((element) => element.id.startsWith('trait-'));
    expect(traits.length).toBeGreaterThan(0);
    expect(traits.filter((trait) => !hashes.includes(`#${trait.id}`)).map((trait) => trait.id)).toEqual([]);
    expect(await page.locator('.search-more').first().textContent()).toMatch(/^and \d+ more places? on this page: /);
    // The arrow keys reach them like the other results: End goes to the last link of all.
    const more = page.locator('a.search-hit-more').last();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement === [...document.querySelectorAll('a.search-hit')].at(-1))).toBe(true);
    const target = new URL((await more.getAttribute('href'))!, server.url);
    await Promise.all([page.waitForURL((url) => url.pathname === target.pathname && url.hash === target.hash), more.click()]);
  });

  it('finds the privacy section that every footer links to, by the word "privacy"', async () => {
    await freshPage();
    await page.goto(server.url);
    expect((await page.locator('.site-footer').innerText()).replace(/\s+/g, ' ')).toContain('About the source and your privacy.');
    const footerLink = await page.locator('.site-footer a', { hasText: 'your privacy' }).getAttribute('href');
    expect(footerLink).toMatch(/#[a-z-]+$/);
    await openWithSlash(page);
    await searchFor(page, 'privacy');
    await resultsFor(page, 'privacy');
    const found = await page.$$eval('a.search-hit', (links) => links.map((link) => { const url = new URL((link as HTMLAnchorElement).href); return url.pathname + url.hash; }));
    expect(found).toContain(footerLink);
  });

  it('names every hit by a heading or its page title, never "Top of the page", and never offers the booklet', async () => {
    await freshPage();
    await page.goto(server.url);
    await openWithSlash(page);
    for (const query of ['trait', 'group', 'answers', 'option']) {
      await searchFor(page, query);
      await resultsFor(page, query);
      const hits = await page.$$eval('a.search-hit', (links) => links.map((link) => ({ title: link.textContent?.trim() ?? '', path: new URL((link as HTMLAnchorElement).href).pathname })));
      expect(hits.length, query).toBeGreaterThan(0);
      expect(hits.filter((hit) => hit.title === '' || /top of the page/i.test(hit.title)), query).toEqual([]);
      expect(hits.filter((hit) => hit.path.includes('/booklet/')), query).toEqual([]);
    }
  });

  it('says so when nothing matches', async () => {
    await freshPage();
    await page.goto(server.url);
    await openWithSlash(page);
    await searchFor(page, nonsense);
    // Each keystroke starts a search, and "q" or "qz" may have their own message: wait for the one about
    // the whole word typed, which the dialog never replaces with an earlier query's.
    await resultsFor(page, nonsense);
    expect(await page.inputValue('#search-input')).toBe(nonsense);
    expect(await statusText(page)).toMatch(new RegExp(`^No results for "${nonsense}"`));
    expect(await page.locator('a.search-hit').count()).toBe(0);
  });

  it('drops the results of an earlier query that finish after a later one', async () => {
    await freshPage();
    await page.goto(server.url);
    await openWithSlash(page);
    // Each keystroke starts a search; only the last query's results may be shown.
    await page.keyboard.type(element.name, { delay: 5 });
    await page.keyboard.press('Control+a');
    await page.keyboard.type(nonsense, { delay: 5 });
    await page.waitForFunction(() => /^No results/.test(document.querySelector('.search-dialog [role=status]')?.textContent ?? ''));
    await page.waitForTimeout(600);
    expect(await statusText(page)).toMatch(new RegExp(`^No results for "${nonsense}"`));
    expect(await page.locator('a.search-hit').count()).toBe(0);
  });

  it('filters by kind when the site has more than one kind of page', async () => {
    await freshPage();
    await page.goto(server.url);
    await openWithSlash(page);
    await searchFor(page, 'group');
    await resultsFor(page, 'group');
    const kinds = await page.$$eval('.search-kinds input[type=radio]', (radios) => radios.map((radio) => (radio as HTMLInputElement).value));
    if (kinds.length === 0) {
      // One kind alone is nothing to choose between: the filter stays hidden.
      expect(await page.isVisible('.search-kinds')).toBe(false);
      return;
    }
    expect(kinds[0]).toBe('');
    for (const kind of kinds.slice(1)) {
      await page.check(`.search-kinds input[value="${kind}"]`);
      await page.waitForFunction((wanted) => document.querySelector('.search-dialog [role=status]')?.textContent?.includes(`among ${wanted} pages`), kind);
      const shown = await page.$$eval('.search-kind', (badges) => badges.map((badge) => badge.textContent));
      expect(new Set(shown)).toEqual(new Set(shown.length > 0 ? [kind] : []));
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no accessibility violations with results showing (${colorScheme})`, async () => {
      const themed = await launchBrowser({ viewport: { width: 1280, height: 800 }, colorScheme });
      try {
        page = await themed.context.newPage();
        watch = watchPage(page, server.origin);
        await page.goto(`${server.url}${element.page}/`);
        await openWithSlash(page);
        await searchFor(page, element.name);
        await resultsFor(page, element.name);
        await page.keyboard.press('ArrowDown');
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await page.close();
        await themed.close();
      }
    });
  }
});

describe('search under a sub-path', () => {
  let server: RunningServer;
  let browser: Browser;
  let subPathDist = '';

  beforeAll(() => {
    // Outside the project: built files inside it would be type-checked and linted as sources.
    subPathDist = mkdtempSync(join(tmpdir(), 'sowg-subpath-'));
    // Its own build, so that the main one (maybe built for another base) is left alone.
    execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', subPathDist], {
      cwd: root,
      env: { ...buildEnv(), BASE: subPath },
      stdio: 'pipe',
    });
    requireIndex(subPathDist);
  }, 180_000);
  beforeAll(async () => {
    server = await startServer(subPathDist, subPath);
    browser = await launchBrowser({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (subPathDist) rmSync(subPathDist, { recursive: true, force: true });
  });

  it(`finds and opens a section when the site lives at ${subPath}`, async () => {
    const element = builtElement(subPathDist);
    const page = await browser.context.newPage();
    const watch = watchPage(page, server.origin);
    const searchRequests: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('pagefind')) searchRequests.push(path);
    });
    await page.goto(server.url);
    await findAndOpen(page, element, subPath);
    expect(searchRequests.length).toBeGreaterThan(0);
    expect(searchRequests.filter((path) => !path.startsWith(`${subPath}pagefind/`))).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
