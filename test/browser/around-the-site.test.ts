/**
 * Issue 20, "Around the site" (items 24-27 and the heading "#" of item 29), in real Chromium against
 * the built site. Items 22 and 23 are in guide.test.ts and search.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sitePerSuite, browserPerSuite, watchPage, type Browser, type PageWatch } from '../helpers/browser.ts';
import { base, requireDist } from '../helpers/dist.ts';
import type { RunningServer } from '../helpers/static-server.ts';
import { scrollSettled } from '../helpers/scroll.ts';
import { siteName } from '../../src/lib/site/site.ts';

requireDist();

let server: RunningServer;
let browser: Browser;
sitePerSuite((started) => (server = started));
browserPerSuite((launched) => (browser = launched));

const at = (path: string) => `${server.origin}${base}${path}`;

async function open(path: string, viewport = { width: 1280, height: 800 }, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme });
  const watch = watchPage(page, server.origin);
  await page.goto(at(path));
  return { page, watch };
}

/** Brings a heading to the top of the screen, below the sticky header, and lets the observer answer. */
async function readAt(page: Page, id: string): Promise<void> {
  await page.evaluate((target) => {
    const heading = document.getElementById(target)!;
    const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
    window.scrollBy({ top: heading.getBoundingClientRect().top - header - 16, behavior: 'instant' });
  }, id);
  await page.waitForTimeout(250);
}

const currentLinks = (page: Page, selector: string) =>
  page.$$eval(`${selector} a[aria-current]`, (links) => links.map((link) => `${link.getAttribute('href')} ${link.getAttribute('aria-current')}`));

describe('"On this page" (item 24)', () => {
  it('marks the section being read in the column at 1280 px, one at a time, and follows the reader', async () => {
    const { page, watch } = await open('path/');
    expect(await currentLinks(page, 'aside .toc'), 'at the top, before any section').toEqual([]);
    await readAt(page, 'step-3');
    expect(await currentLinks(page, 'aside .toc')).toEqual(['#step-3 location']);
    await readAt(page, 'step-5');
    expect(await currentLinks(page, 'aside .toc')).toEqual(['#step-5 location']);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('is there on a phone, folded at the top of the text, and marks the section being read there too', async () => {
    const { page } = await open('traits/', { width: 390, height: 844 });
    const inline = page.locator('nav.toc-inline');
    await expect(inline.isVisible()).resolves.toBe(true);
    expect(await page.locator('aside .toc').isVisible()).toBe(false);
    await inline.locator('summary').click();
    const links = await inline.locator('a').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    expect(links).toContain('#trait-3');
    await inline.locator('a[href="#trait-3"]').click();
    await page.waitForFunction(() => location.hash === '#trait-3');
    // The page scrolls there smoothly: the mark follows when the heading crosses the reading line.
    await scrollSettled(page);
    await expect.poll(() => currentLinks(page, 'nav.toc-inline')).toEqual(['#trait-3 location']);
    await page.close();
  });

  it('adds no script file to a guide page: the marking is part of the inline page loader', async () => {
    const page = await browser.context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(at('traits/'), { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    await page.close();
  });
});

describe('the theme button (item 25)', () => {
  it('changes what a reader with a light system sees at the first click, and never changes its width or moves Search', async () => {
    const { page } = await open('traits/');
    const toggle = page.locator('[data-theme-toggle]');
    const search = page.locator('button[data-search-open]');
    const measure = async () => ({
      background: await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
      width: (await toggle.boundingBox())!.width,
      searchX: (await search.boundingBox())!.x,
      label: (await toggle.innerText()).replace(/\s+/g, ' ').trim(),
    });
    const before = await measure();
    expect(before.label).toBe('Theme: system');
    await toggle.click();
    const first = await measure();
    expect(first.label).toBe('Theme: dark');
    expect(first.background, 'the first click shows the other scheme').not.toBe(before.background);
    await toggle.click();
    const second = await measure();
    await toggle.click();
    const third = await measure();
    expect([second.label, third.label]).toEqual(['Theme: light', 'Theme: system']);
    for (const state of [first, second, third]) {
      expect(state.width).toBeCloseTo(before.width, 1);
      expect(state.searchX).toBeCloseTo(before.searchX, 1);
    }
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('with a dark system, the first click goes to light', async () => {
    const { page } = await open('traits/', { width: 1280, height: 800 }, 'dark');
    await page.locator('[data-theme-toggle]').click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
});

describe('navigation (item 26)', () => {
  it('"Guide" leads to the overview and is marked on the home page and on every guide page', async () => {
    for (const path of ['', 'path/', 'facilitate/', 'booklet/']) {
      const { page } = await open(path);
      const guide = page.locator('nav[aria-label="Primary"] a', { hasText: 'Guide' });
      expect(await guide.getAttribute('href'), path).toBe(base);
      expect(await guide.getAttribute('aria-current'), path).toBe('page');
      await page.close();
    }
  });

  it("names each page in the guide's sidebar as the page's own heading does", async () => {
    const { page } = await open('path/');
    const links = await page.$$eval('.guide-nav a', (all) => all.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent!.trim() })));
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      if (new URL(link.href).pathname === base) {
        expect(link.text).toBe('Overview');
        continue;
      }
      const target = await browser.context.newPage();
      await target.goto(link.href);
      expect(link.text).toBe((await target.locator('h1').innerText()).trim());
      await target.close();
    }
    await page.close();
  });

  it('calls the assessments "Self-assessments" wherever a page leads back to them', async () => {
    for (const path of ['assess/which-option/', 'assess/method/', 'team/']) {
      const { page } = await open(path);
      const back = page.locator('main .eyebrow a').first();
      expect(await back.getAttribute('href'), path).toBe(`${base}assess/`);
      expect((await back.textContent())?.trim(), path).toBe('Self-assessments');
      await page.close();
    }
  });

  it.each([390, 320])("shows the site's full name in the header at %i px, on no more than two lines, beside the buttons", async (width) => {
    const { page } = await open('traits/', { width, height: 800 });
    const name = page.locator('.site-name');
    expect((await name.innerText()).replace(/\s+/g, ' ').trim()).toBe(siteName);
    const box = (await name.boundingBox())!;
    const search = (await page.locator('button[data-search-open]').boundingBox())!;
    expect(box.height).toBeLessThan(50);
    expect(box.x + box.width).toBeLessThanOrEqual(search.x);
    expect(Math.abs(box.y + box.height / 2 - (search.y + search.height / 2))).toBeLessThan(12);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await page.close();
  });
});

describe('the method and weights pages (item 27)', () => {
  it.each([
    ['assess/method/', 'assess/'],
    ['assess/personas/', 'assess/method/'],
  ])('sets %s in a centered column, with contents and a way back to %s', async (path, back) => {
    const { page } = await open(path);
    const main = (await page.locator('main').boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(Math.abs(main.x - (viewport.width - main.x - main.width)), 'left and right margins').toBeLessThan(20);
    const contents = await page.$$eval('nav.page-contents a', (links) => links.map((a) => a.getAttribute('href')));
    const sections = await page.$$eval('main h2[id]', (headings) => headings.map((h) => `#${h.id}`));
    expect(sections.length).toBeGreaterThan(1);
    expect(contents).toEqual(sections);
    expect(await page.locator('main .eyebrow a').getAttribute('href')).toBe(`${base}${back}`);
    await page.close();
  });

  it('sets the personas at a readable measure', async () => {
    const { page } = await open('assess/personas/');
    const measure = await page.$$eval('.persona > p', (paragraphs) => {
      const probe = document.createElement('span');
      probe.textContent = '0'.repeat(100);
      // Out of the flow and on one line: the page breaks long words to fit, which would shrink the probe.
      probe.style.cssText = 'position:absolute;white-space:nowrap;visibility:hidden';
      paragraphs[0]!.append(probe);
      const ch = probe.getBoundingClientRect().width / 100;
      probe.remove();
      return paragraphs.map((p) => p.getBoundingClientRect().width / ch);
    });
    expect(measure.length).toBeGreaterThan(0);
    expect(Math.max(...measure), 'persona paragraphs, in ch').toBeLessThanOrEqual(72);
    await page.close();
  });

  it.each([1280, 390])('keeps the method page one height while it is scrolled through at %i px', async (width) => {
    const { page } = await open('assess/method/', { width, height: 800 });
    const heights = new Set<number>();
    const total = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y <= total; y += 600) {
      await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      heights.add(await page.evaluate(() => document.documentElement.scrollHeight));
    }
    expect([...heights]).toEqual([total]);
    await page.close();
  });

  it.each(['assess/weights/', 'assess/personas/'])('%s: its tables show that they scroll at 390 px, and scroll from the keyboard', async (path) => {
    const { page } = await open(path, { width: 390, height: 844 });
    const boxes = await page.$$eval('.table-scroll', (all) =>
      all.map((box) => ({
        overflows: box.scrollWidth > box.clientWidth + 1,
        tabIndex: (box as HTMLElement).tabIndex,
        label: box.getAttribute('aria-label') ?? '',
        cue: getComputedStyle(box, '::before').content,
        cueShown: getComputedStyle(box, '::before').display !== 'none',
      })),
    );
    const wide = boxes.filter((box) => box.overflows);
    expect(wide.length, 'tables wider than the phone').toBeGreaterThan(0);
    for (const box of wide) {
      expect(box.tabIndex).toBe(0);
      expect(box.label).not.toBe('');
      expect(box.cueShown).toBe(true);
      expect(box.cue).toMatch(/scroll sideways/i);
    }
    const index = boxes.findIndex((box) => box.overflows);
    const target = page.locator('.table-scroll').nth(index);
    await target.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => target.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await page.close();
  });

  it('says what the version of each weight table means', async () => {
    const { page } = await open('assess/weights/');
    const lines = await page.$$eval('.method-table .meta', (all) => all.map((p) => p.textContent!.replace(/\s+/g, ' ').trim()));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^Version \d+ of these questions and weights: the number changes whenever they do/);
    await page.close();
  });
});

describe('the heading "#" on a phone (item 29)', () => {
  it.each(['path/', 'options/'])('%s: stays next to the heading text where a heading wraps', async (path) => {
    const { page } = await open(path, { width: 390, height: 844 });
    const report = await page.$$eval('article .heading-wrap', (wraps) =>
      wraps.map((wrap) => {
        const heading = wrap.querySelector('h2, h3, h4')!;
        const link = wrap.querySelector('a.heading-link')!.getBoundingClientRect();
        // The heading's text, line by line, however the heading is laid out.
        const range = document.createRange();
        range.selectNodeContents(heading);
        const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
        const last = lines[lines.length - 1]!;
        const lineCount = new Set(lines.map((rect) => Math.round(rect.top))).size;
        const besideLastWord = link.left - last.right >= -1 && link.left - last.right < 24 && link.top < last.bottom && link.bottom > last.top;
        const atLineStart = link.left - wrap.getBoundingClientRect().left < 24 && link.top >= last.bottom - 2;
        return { text: heading.textContent!.trim(), lineCount, ok: besideLastWord || atLineStart };
      }),
    );
    expect(report.some((r) => r.lineCount > 1), 'some heading wraps at 390 px').toBe(true);
    expect(report.filter((r) => !r.ok)).toEqual([]);
    await page.close();
  });
});
