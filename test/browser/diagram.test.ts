import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elementKinds, elementLabel } from '../../src/schemas/model.ts';
import { axeViolations, browserPerSuite, describeViolations, watchPage, type Browser } from '../helpers/browser.ts';
import { base, distDir, modelElements, requireDist } from '../helpers/dist.ts';
import { diagramLinkName } from '../../src/lib/guide/diagram.ts';
import { startServer, type RunningServer } from '../helpers/static-server.ts';

requireDist();

const shots = fileURLToPath(new URL('../../test-results/diagram/', import.meta.url));
const elements = modelElements();
const pathPage = elements.find((element) => element.kind === 'step')!.page;
const linkName = (element: (typeof elements)[number]) => diagramLinkName(elementLabel(element), element.short, element.name);

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(distDir, base);
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await server?.close();
});

/** Where the diagram and its links are, in CSS pixels of the viewport, with the page unscrolled. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
    };
    const diagram = document.querySelector('.model-diagram');
    const header = document.querySelector('header');
    return {
      diagram: diagram ? box(diagram) : null,
      headerBottom: header?.getBoundingClientRect().bottom ?? 0,
      links: [...(diagram?.querySelectorAll('a[href*="#"]') ?? [])].map((a) => ({ name: a.getAttribute('aria-label') ?? '', ...box(a) })),
      viewport: { width: document.documentElement.clientWidth, height: innerHeight },
      scrollWidth: document.documentElement.scrollWidth,
      scrollY,
    };
  });
}

type Box = { name: string; top: number; bottom: number; left: number; right: number };

/** Pairs of element links whose boxes overlap: each element must be a box of its own, wherever the layout puts it. */
const overlapping = (links: readonly Box[]): string[] =>
  links.flatMap((a, i) =>
    links
      .slice(i + 1)
      .filter((b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
      .map((b) => `${a.name} / ${b.name}`),
  );

describe('the model diagram on the home page', () => {
  let browser: Browser;
  browserPerSuite((b) => (browser = b));

  const open = async (width: number, height: number, scheme: 'light' | 'dark' = 'light') => {
    const page = await browser.context.newPage();
    const watch = watchPage(page, server.origin);
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    const response = await page.goto(`${server.origin}${base}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    return { page, watch };
  };

  it('holds the whole model on the first screen at 1366×768, below the header', async () => {
    const { page, watch } = await open(1366, 768);
    const m = await measure(page);
    await page.screenshot({ path: `${shots}desktop-light.png` });
    expect(m.diagram, 'a .model-diagram').not.toBeNull();
    expect(m.scrollY).toBe(0);
    expect(m.diagram!.top).toBeGreaterThanOrEqual(m.headerBottom);
    expect(m.diagram!.bottom, `diagram bottom vs the 768 px screen`).toBeLessThanOrEqual(m.viewport.height);
    expect(m.links).toHaveLength(elements.length);
    const outside = m.links.filter((l) => l.width < 1 || l.height < 1 || l.top < m.headerBottom || l.bottom > m.viewport.height || l.right > m.viewport.width);
    expect(outside, 'element links not wholly on the first screen').toEqual([]);
    expect(overlapping(m.links), 'element links drawn over each other').toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it.each([
    [1024, 768],
    [768, 1024],
    [360, 640],
    [320, 568],
  ])('reflows at %i px: no sideways scroll, within three screens, every box its own, targets big enough to tap', async (width, height) => {
    const { page } = await open(width, height, width === 320 ? 'dark' : 'light');
    const m = await measure(page);
    await page.screenshot({ path: `${shots}width-${width}.png`, fullPage: true, clip: { x: 0, y: 0, width, height: Math.ceil(m.diagram!.bottom) + 16 } });
    expect(m.scrollWidth, 'page scroll width').toBeLessThanOrEqual(width);
    expect(m.diagram!.right).toBeLessThanOrEqual(width);
    expect(m.diagram!.bottom, 'diagram bottom, from the top of the page').toBeLessThanOrEqual(3 * height);
    // WCAG 2.5.8: a target at least 24 by 24 CSS pixels.
    const small = m.links.filter((l) => l.width < 24 || l.height < 24 || l.left < 0 || l.right > width);
    expect(small, 'links too small or off the screen').toEqual([]);
    expect(overlapping(m.links), 'element links drawn over each other').toEqual([]);
    await page.close();
  });

  it("gives screen readers four parts, each a list of its elements, each a link named by what it shows and the element's name", async () => {
    const { page } = await open(1366, 768);
    const diagram = page.getByRole('group', { name: /model at a glance/i });
    await expect(diagram.count()).resolves.toBe(1);
    const parts = diagram.locator('.model-part');
    await expect(parts.count()).resolves.toBe(elementKinds.length);
    for (const [index, kind] of elementKinds.entries()) {
      const expected = elements.filter((element) => element.kind === kind);
      const list = parts.nth(index).getByRole('list');
      await expect(list.count(), `one list in the ${kind} part`).resolves.toBe(1);
      await expect(list.getAttribute('aria-label'), `the ${kind} list's name`).resolves.toMatch(new RegExp(`${expected.length} ${kind}`));
      await expect(list.getByRole('listitem').count()).resolves.toBe(expected.length);
      const names = await list.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')));
      expect(names).toEqual(expected.map(linkName));
    }
    // What Chromium itself hands to assistive technology: every element a link, with its name.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ role?: { value?: string }; name?: { value?: string }; ignored?: boolean }> };
    const links = new Set(nodes.filter((node) => !node.ignored && node.role?.value === 'link').map((node) => node.name?.value));
    const missing = elements.map(linkName).filter((name) => !links.has(name));
    expect(missing, 'element links missing from the accessibility tree').toEqual([]);
    await page.close();
  });

  it('takes a keyboard reader to a section: the focused box is marked, Enter follows it', async () => {
    const { page } = await open(1366, 768);
    const target = elements.find((element) => element.kind === 'trait') ?? elements[0]!;
    const name = linkName(target);
    let focused = '';
    for (let press = 0; press < 60 && focused !== name; press++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    }
    expect(focused, 'reached by Tab').toBe(name);
    const ring = await page.evaluate(() => {
      const rect = document.activeElement?.querySelector('rect');
      const focus = getComputedStyle(document.documentElement).getPropertyValue('--focus');
      const probe = document.createElement('span');
      probe.style.color = focus;
      document.body.append(probe);
      const focusColor = getComputedStyle(probe).color;
      probe.remove();
      return { stroke: rect ? getComputedStyle(rect).stroke : '', focusColor, width: rect ? getComputedStyle(rect).strokeWidth : '' };
    });
    expect(ring.stroke, 'the focused box is drawn in the focus color').toBe(ring.focusColor);
    expect(parseFloat(ring.width)).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `${base}${target.page}/` && url.hash === `#${target.id}`);
    await expect(page.locator(`[id="${target.id}"]`).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('has no axe violations in light, dark (system) and dark (chosen with the toggle)', async () => {
    const { page } = await open(1366, 768);
    const light = describeViolations(await axeViolations(page));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${shots}desktop-dark.png` });
    const dark = describeViolations(await axeViolations(page));
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() => {
      document.documentElement.dataset['theme'] = 'dark';
    });
    const toggled = describeViolations(await axeViolations(page));
    expect({ light, dark, toggled }).toEqual({ light: '', dark: '', toggled: '' });
    await page.close();
  });

  it('reads in dark: boxes and text follow the theme', async () => {
    const { page } = await open(1366, 768, 'dark');
    const colors = await page.evaluate(() => {
      const rect = document.querySelector('.model-node rect');
      const text = document.querySelector('.model-node .model-text');
      return { body: getComputedStyle(document.body).backgroundColor, box: rect ? getComputedStyle(rect).fill : '', text: text ? getComputedStyle(text).fill : '' };
    });
    const luminance = (css: string) => {
      const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    expect(luminance(colors.body)).toBeLessThan(0.2);
    expect(luminance(colors.box), `box fill ${colors.box}`).toBeLessThan(0.2);
    expect(luminance(colors.text), `text fill ${colors.text}`).toBeGreaterThan(0.7);
    await page.close();
  });

  it('prints black on white, whatever the screen theme', async () => {
    const { page } = await open(1366, 768, 'dark');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.screenshot({ path: `${shots}print.png` });
    const printed = await page.evaluate(() => {
      const diagram = document.querySelector('.model-diagram');
      const fills = [...(diagram?.querySelectorAll('text, .model-text') ?? [])].map((el) => getComputedStyle(el)[el instanceof SVGElement ? 'fill' : 'color']);
      const rect = diagram?.querySelector('rect');
      return { shown: diagram ? getComputedStyle(diagram).display !== 'none' : false, fills: [...new Set(fills)], box: rect ? getComputedStyle(rect).fill : '' };
    });
    expect(printed.shown).toBe(true);
    expect(printed.box).toBe('rgb(255, 255, 255)');
    expect(printed.fills.filter((fill) => fill !== 'rgb(0, 0, 0)' && fill !== 'rgb(51, 51, 51)'), 'text that does not print black').toEqual([]);
    await page.close();
  });
});

describe('the model map on a guide page', () => {
  let browser: Browser;
  browserPerSuite((b) => (browser = b));

  it.each(['light', 'dark'] as const)('marks where the reader is, near the top, in %s, with no axe violations', async (scheme) => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${server.origin}${base}${pathPage}/`);
    const map = page.getByRole('navigation', { name: /parts of the model/i });
    await expect(map.count()).resolves.toBe(1);
    const current = map.locator('a[aria-current="page"]');
    await expect(current.count()).resolves.toBe(1);
    await expect(current.getAttribute('href')).resolves.toBe(`${base}${pathPage}/`);
    const place = await map.boundingBox();
    expect(place, 'the map is drawn').not.toBeNull();
    expect(place!.y + place!.height, 'within the first screen').toBeLessThanOrEqual(640);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // The current part stands out from the others: a filled background.
    const backgrounds = await map.locator('a').evaluateAll((links) => links.map((link) => getComputedStyle(link).backgroundColor));
    expect(new Set(backgrounds).size).toBe(2);
    await expect(page.locator('.reading-time').textContent()).resolves.toMatch(/^\d+ minutes? to read$/);
    await page.screenshot({ path: `${shots}map-${scheme}.png` });
    expect(describeViolations(await axeViolations(page))).toBe('');
    await page.close();
  });
});
