import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { elementLabel } from '../../src/schemas/model.ts';
import { axeViolations, describeViolations, launchBrowser, watchPage, type Browser } from '../helpers/browser.ts';
import { base, distDir, htmlPages, isPermalinkPage, modelElements, requireDist } from '../helpers/dist.ts';
import { urlPathForFile } from '../helpers/link-check.ts';
import { startServer, type RunningServer } from '../helpers/static-server.ts';
import { scrollSettled } from '../helpers/scroll.ts';

requireDist();

const screenshots = fileURLToPath(new URL('../../test-results/', import.meta.url));
const pages = htmlPages();
const elements = modelElements();
const stepThree = elements.find((element) => element.id === 'step-3');
if (!stepThree) throw new Error('the model has no step-3');

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(distDir, base);
});
afterAll(async () => {
  await server?.close();
});

/** The address a static host serves a built file at. */
const urlOf = (file: string): string => `${server.origin}${urlPathForFile(file, base)}`;
const screenshotName = (file: string): string => file.replace(/\/?index\.html$/, '').replace(/\//g, '_') || 'home';

/**
 * Permalink pages leave at once through <meta http-equiv="refresh">. To look at the page itself
 * (accessibility, phone layout), serve it with that one tag removed; everything else is untouched.
 */
async function holdPermalinkPages(page: Page): Promise<void> {
  await page.route(`${server.origin}${base}to/**`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const held = html.replace(/<meta http-equiv="refresh"[^>]*>/i, '');
    if (held === html) throw new Error(`${route.request().url()} has no meta refresh to hold`);
    await route.fulfill({ response, body: held });
  });
}

describe('every page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(`${screenshots}phone`, { recursive: true });
    mkdirSync(`${screenshots}phone-dark`, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = async (file: string, options: { hold?: boolean; width?: number; dark?: boolean } = {}) => {
    const page = await browser.context.newPage();
    const watch = watchPage(page, server.origin);
    if (options.width !== undefined) await page.setViewportSize({ width: options.width, height: 720 });
    await page.emulateMedia({ colorScheme: options.dark ? 'dark' : 'light' });
    if (options.hold) await holdPermalinkPages(page);
    const response = await page.goto(urlOf(file), { waitUntil: 'load' });
    expect(response?.status(), `status of ${file}`).toBe(200);
    return { page, watch };
  };

  describe.each(pages)('%s', (file) => {
    const permalink = isPermalinkPage(file);

    it('loads with no console error and no request to another origin', async () => {
      const { page, watch } = await open(file);
      if (permalink) {
        // The redirect is part of loading this page: follow it and watch the target load too.
        await page.waitForURL((url) => url.pathname !== urlPathForFile(file, base), { timeout: 5000 });
        await page.waitForLoadState('load');
      }
      await page.waitForTimeout(100);
      expect(watch.errors, 'console errors').toEqual([]);
      expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
      await page.close();
    });

    it('has no axe violations in light and in dark (system setting)', async () => {
      const { page } = await open(file, { hold: permalink });
      const light = await axeViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      const dark = await axeViolations(page);
      // Both themes are checked before either is reported, so that one failure does not hide the other.
      expect({ light: describeViolations(light), dark: describeViolations(dark) }).toEqual({ light: '', dark: '' });
      await page.close();
    });

    it('fits a 320 px phone without horizontal scrolling, accessibly', async () => {
      const { page } = await open(file, { hold: permalink, width: 320 });
      await page.screenshot({ path: `${screenshots}phone/${screenshotName(file)}.png`, fullPage: true });
      const { scrollWidth, widest } = await page.evaluate(() => {
        // Name what sticks out, so that a failure says where to look.
        const wide = [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .filter((el) => getComputedStyle(el).position !== 'absolute' || el.getBoundingClientRect().width > 1)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
        return { scrollWidth: document.documentElement.scrollWidth, widest: wide };
      });
      expect(scrollWidth, `scrollWidth at 320 px; sticking out: ${widest.join(', ')}`).toBeLessThanOrEqual(320);
      // The phone layout hides and shows its own parts (the short site name, the folded contents).
      expect(describeViolations(await axeViolations(page)), 'axe at 320 px').toBe('');
      if (!permalink) {
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.screenshot({ path: `${screenshots}phone-dark/${screenshotName(file)}.png`, fullPage: true });
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      }
      await page.close();
    });
  });
});

describe('reading and linking', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Each test starts with nothing remembered: the theme choice lives in localStorage, per origin.
  afterEach(async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}${base}`);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  const fresh = async (options: { dark?: boolean } = {}) => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: options.dark ? 'dark' : 'light' });
    const watch = watchPage(page, server.origin);
    return { page, watch };
  };

  // Issue 20, item 22: an element's "#" copies the permanent address the home page promises
  // (/to/<id>/ on the site's configured origin, as the build sets it); other headings copy their section.
  it("an element's heading link copies its permanent address, another heading its section's URL, and says so", async () => {
    const { page, watch } = await fresh();
    const pageUrl = `${server.origin}${base}${stepThree.page}/`;
    await page.goto(pageUrl);
    await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
    const name = `Copy permanent link: ${elementLabel(stepThree)}: ${stepThree.name}`;
    const link = page.getByRole('link', { name, exact: true });
    await expect(link.count()).resolves.toBe(1);
    await link.click();
    const region = page.locator('[aria-live]');
    await expect(region.count()).resolves.toBe(1);
    await page.waitForFunction(() => (document.querySelector('[aria-live]')?.textContent ?? '') !== '', null, { timeout: 3000 });
    expect(await region.textContent()).toMatch(/link copied/i);
    const site = process.env['SITE'] ?? 'http://localhost:4321';
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`${base}to/${stepThree.id}/`, site).href);
    expect(await page.evaluate(() => location.hash)).toBe(`#${stepThree.id}`);
    await expect(page.locator(`a.heading-link[href="#${stepThree.id}"][data-copied]`).count()).resolves.toBe(1);

    // A heading that is no element: its section's own URL.
    const plain = page.locator('article .heading-wrap:not(.element .heading-wrap) a[data-copy-link]').first();
    const hash = await plain.getAttribute('href');
    expect(hash).toMatch(/^#./);
    await plain.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${pageUrl}${hash}`);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('every heading on a guide page has a copy link a reader can reach', async () => {
    const { page } = await fresh();
    await page.goto(`${server.origin}${base}${stepThree.page}/`);
    const report = await page.evaluate(() =>
      [...document.querySelectorAll('article h2, article h3')].map((heading) => {
        const link = heading.parentElement?.querySelector<HTMLAnchorElement>(':scope > a[data-copy-link]');
        const box = link?.getBoundingClientRect();
        return { id: heading.id, href: link?.getAttribute('href') ?? null, visible: !!box && box.width > 0 && box.height > 0 && getComputedStyle(link!).visibility !== 'hidden' };
      }),
    );
    expect(report.length).toBeGreaterThan(0);
    expect(report.filter((r) => r.href !== `#${r.id}` || !r.visible)).toEqual([]);
    await page.close();
  });

  // axe cannot see this one: the visible "#" is aria-hidden (the accessible name is sr-only text).
  // WCAG 1.4.11 asks 3:1 for the visual of a control against what is next to it.
  it.each(['light', 'dark'] as const)('the copy-link control stands out from the page at least 3:1 in %s, without hovering', async (scheme) => {
    const { page } = await fresh({ dark: scheme === 'dark' });
    await page.goto(`${server.origin}${base}${stepThree.page}/`);
    const measured = await page.evaluate(() => {
      const rgba = (css: string): [number, number, number, number] => {
        const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
        return [r, g, b, a];
      };
      const over = (top: [number, number, number, number], below: [number, number, number]): [number, number, number] =>
        [0, 1, 2].map((i) => top[i]! * top[3] + below[i]! * (1 - top[3])) as [number, number, number];
      const luminance = (c: [number, number, number]) => {
        const [r, g, b] = c.map((v) => {
          const s = v / 255;
          return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        }) as [number, number, number];
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const link = document.querySelector<HTMLElement>('article a.heading-link');
      if (!link) return { error: 'no a.heading-link in the article' };
      const glyph = link.querySelector('[aria-hidden="true"]') ?? link;
      // The page background behind the link: backgrounds from the root down, composited.
      const chain: Element[] = [];
      for (let el: Element | null = link; el; el = el.parentElement) chain.unshift(el);
      let background: [number, number, number] = [255, 255, 255];
      let opacity = 1;
      for (const el of chain) {
        background = over(rgba(getComputedStyle(el).backgroundColor), background);
        opacity *= Number(getComputedStyle(el).opacity);
      }
      const color = rgba(getComputedStyle(glyph).color);
      const foreground = over([color[0], color[1], color[2], color[3] * opacity], background);
      const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
      return { ratio: (light + 0.05) / (dark + 0.05), foreground, background, opacity };
    });
    expect(measured, JSON.stringify(measured)).toHaveProperty('ratio');
    expect((measured as { ratio: number }).ratio, `copy-link glyph vs page: ${JSON.stringify(measured)}`).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('the theme toggle reaches dark, is remembered, and the next load paints dark from the first frame', async () => {
    const { page, watch } = await fresh();
    const guidePage = `${server.origin}${base}${stepThree.page}/`;
    await page.goto(guidePage);
    const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    const toggle = page.getByRole('button', { name: /theme/i });
    await expect(toggle.count()).resolves.toBe(1);
    for (let press = 0; press < 3 && (await page.evaluate(() => document.documentElement.dataset['theme'])) !== 'dark'; press++) {
      await toggle.click();
    }
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');
    // innerText: the label shows only the choice in force (CSS hides the other two names, which share
    // its grid cell: innerText breaks the line before the grid, hence the squashed white space).
    expect((await toggle.innerText()).replace(/\s+/g, ' ').trim()).toBe('Theme: dark');
    const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(darkBackground).not.toBe(lightBackground);

    // Before the next load: record the theme when <body> first appears (the parser is past <head>;
    // module scripts only run after parsing ends) and the background in the first animation frame,
    // which comes before the first paint.
    await page.addInitScript(() => {
      const probe: { atBody?: string | null; bodyScriptsAtBody?: number; firstFrame?: { theme: string | null; background: string } } = {};
      (window as unknown as { __probe: typeof probe }).__probe = probe;
      const observer = new MutationObserver(() => {
        if (!document.body) return;
        observer.disconnect();
        probe.atBody = document.documentElement.getAttribute('data-theme');
        // No script of the body (the page loader comes last in it) has even been parsed yet.
        probe.bodyScriptsAtBody = document.body.querySelectorAll('script').length;
      });
      observer.observe(document, { childList: true, subtree: true });
      requestAnimationFrame(() => {
        probe.firstFrame = {
          theme: document.documentElement.getAttribute('data-theme'),
          background: document.body ? getComputedStyle(document.body).backgroundColor : 'no body yet',
        };
      });
    });
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __probe: { firstFrame?: unknown } }).__probe.firstFrame !== undefined);
    const probe = await page.evaluate(() => (window as unknown as { __probe: { atBody?: string | null; bodyScriptsAtBody?: number; firstFrame?: { theme: string | null; background: string } } }).__probe);
    expect(probe.atBody, 'data-theme when <body> is first parsed').toBe('dark');
    expect(probe.bodyScriptsAtBody, 'scripts of the body parsed by then').toBe(0);
    expect(probe.firstFrame?.theme).toBe('dark');
    expect(probe.firstFrame?.background, 'background of the first frame').toBe(darkBackground);
    expect((await toggle.innerText()).replace(/\s+/g, ' ').trim()).toBe('Theme: dark');
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('has no axe violations in dark set by the toggle, while the system says light', async () => {
    const { page } = await fresh();
    await page.goto(`${server.origin}${base}${stepThree.page}/`);
    const toggle = page.getByRole('button', { name: /theme/i });
    for (let press = 0; press < 3 && (await page.evaluate(() => document.documentElement.dataset['theme'])) !== 'dark'; press++) {
      await toggle.click();
    }
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });

  it('a remembered light choice wins over a dark system from the first frame', async () => {
    const { page } = await fresh();
    const guidePage = `${server.origin}${base}${stepThree.page}/`;
    await page.goto(guidePage);
    const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.evaluate(() => localStorage.setItem('theme', 'light'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        (window as unknown as { __first: string }).__first = document.body ? getComputedStyle(document.body).backgroundColor : 'no body yet';
      });
    });
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __first?: string }).__first !== undefined);
    expect(await page.evaluate(() => (window as unknown as { __first: string }).__first)).toBe(lightBackground);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    await page.evaluate(() => localStorage.removeItem('theme'));
    await page.close();
  });

  it.each([1280, 320])(`/to/${stepThree.id}/ lands on its section, clear of the sticky header, at %i px`, async (width) => {
    const { page, watch } = await fresh();
    await page.setViewportSize({ width, height: 720 });
    await page.goto(`${server.origin}${base}to/${stepThree.id}/`);
    await page.waitForURL((url) => url.pathname === `${base}${stepThree.page}/` && url.hash === `#${stepThree.id}`, { timeout: 5000 });
    await page.waitForLoadState('load');
    await scrollSettled(page);
    expect(await page.evaluate(() => location.hash)).toBe(`#${stepThree.id}`);
    const place = await page.evaluate((id) => {
      const heading = document.getElementById(id);
      const header = document.querySelector('header');
      return {
        top: heading?.getBoundingClientRect().top ?? Number.NaN,
        bottom: heading?.getBoundingClientRect().bottom ?? Number.NaN,
        headerBottom: header?.getBoundingClientRect().bottom ?? Number.NaN,
        headerSticky: header ? ['sticky', 'fixed'].includes(getComputedStyle(header).position) : false,
        viewport: innerHeight,
        scrolled: scrollY,
      };
    }, stepThree.id);
    expect(place.scrolled, 'the page scrolled to the section').toBeGreaterThan(0);
    expect(place.top, `heading top ${place.top} vs header bottom ${place.headerBottom}`).toBeGreaterThanOrEqual(place.headerBottom);
    expect(place.bottom).toBeLessThanOrEqual(place.viewport);
    // The label and the name may be separate boxes, so a browser may put a space before the colon.
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const heading = page.getByRole('heading', { name: new RegExp(`^${escape(elementLabel(stepThree))}\\s*:\\s*${escape(stepThree.name)}$`) });
    await expect(heading.count()).resolves.toBe(1);
    await expect(heading.isVisible()).resolves.toBe(true);
    const highlighted = await page.evaluate((id) => {
      const section = document.querySelector(`section[data-element="${id}"]`);
      const wrap = document.getElementById(id)?.parentElement;
      return [section, wrap].some((el) => el !== null && el !== undefined && el.getAnimations().length > 0);
    }, stepThree.id);
    expect(highlighted, 'the section is highlighted on arrival').toBe(true);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });

  it('an unknown address shows the 404 page, with links that lead into the guide', async () => {
    const { page, watch } = await fresh();
    const response = await page.goto(`${server.origin}${base}no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/not here|not found/i);
    const links = page.getByRole('main').getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    const home = page.getByRole('main').getByRole('link', { name: /overview|field guide/i }).first();
    await home.click();
    await page.waitForURL(`${server.origin}${base}`);
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
    // The only error allowed is the browser reporting the 404 status itself.
    expect(watch.errors.filter((error) => !/status of 404/.test(error))).toEqual([]);
    await page.close();
  });
});
