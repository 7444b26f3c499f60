import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sitePerSuite, browserPerSuite, watchPage, type Browser, type PageWatch } from '../helpers/browser.ts';
import { base, modelElements, requireDist } from '../helpers/dist.ts';
import { guideDir, guideWordCounts } from '../helpers/guide-words.ts';
import { readPdf, type PdfDocument } from '../helpers/pdf.ts';
import type { RunningServer } from '../helpers/static-server.ts';

/**
 * Issue 19: the whole guide on one page, printed by Chromium to PDF in A4 and in US Letter. The
 * PDF is read with a small reader of our own (test/helpers/pdf.ts): its pages, its link
 * annotations (each element's short address is a link, so it shows where the element is) and its
 * named destinations (Chromium writes one, with page and height, for every id a link points at).
 */
requireDist();

const elements = modelElements();
/** The site's configured address, as the build sets it (astro.config.mjs). */
const site = process.env['SITE'] ?? 'http://localhost:4321';
const shortAddress = (id: string) => new URL(`${base}to/${id}/`, site).href;
/** The guide's pages in the booklet: every MDX page but the home page, whose diagram is on the cover. */
const parts = readdirSync(guideDir).filter((name) => name.endsWith('.mdx') && name !== 'index.mdx').length;
const words = guideWordCounts().reduce((sum, page) => sum + page.words, 0);

/**
 * The page budget. The cover and the contents take a sheet each; each part starts a sheet, so it may
 * leave the sheet before it part empty; each element's section is kept on one sheet where it fits,
 * so each may leave up to a sheet's foot empty; and the text itself, at 11 pt, sets at least 500 words
 * on a full sheet. More than that means the print layout has gone wrong (a screen column, the dark
 * theme's boxes, the navigation, a break before every box). The guide's 7,000-word cap keeps it
 * under 50 sheets.
 */
const pageBudget = 2 + parts + elements.length + Math.ceil(words / 500);

/** The @page margins of src/styles/booklet.css, in millimetres, and the paper sizes. */
const margins = { top: 18, right: 18, bottom: 20, left: 18 };
const papers = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
} as const;
const mmToPx = (mm: number) => (mm * 96) / 25.4;
const mmToPt = (mm: number) => (mm * 72) / 25.4;

let server: RunningServer;
let browser: Browser;
sitePerSuite((started) => (server = started));
browserPerSuite((launched) => (browser = launched));

/**
 * Marks where each element's section ends, for the PDF to tell: an empty block at the section's end
 * with an id, and a link to it from a box outside the flow (so nothing of the booklet moves). Chromium
 * then writes a named destination at the section's end.
 */
async function markSectionEnds(page: Page): Promise<void> {
  await page.evaluate(() => {
    const links = document.createElement('div');
    links.style.cssText = 'position:absolute;top:0;left:0;width:1px;height:1px;overflow:hidden;font-size:1px';
    const mark = (box: HTMLElement, id: string, where: 'prepend' | 'append') => {
      const marker = document.createElement('div');
      marker.id = id;
      box[where](marker);
      const link = document.createElement('a');
      link.href = `#${id}`;
      link.textContent = '.';
      links.append(link);
    };
    for (const section of document.querySelectorAll<HTMLElement>('.booklet section[data-element]')) {
      mark(section, `end-of-${section.dataset['element']}`, 'append');
    }
    // The boxes (asides, readings, tables) outside the elements' sections: their start and end too.
    const boxes = [...document.querySelectorAll<HTMLElement>('.booklet-part :is(aside, table)')].filter((box) => !box.closest('section[data-element]'));
    boxes.forEach((box, index) => {
      mark(box, `start-of-box-${index}`, 'prepend');
      mark(box, `end-of-box-${index}`, 'append');
    });
    document.body.prepend(links);
  });
}

interface Printed {
  pdf: PdfDocument;
  watch: PageWatch;
  /** Each element section's height in CSS px, laid out for print at the paper's text width. */
  heights: Record<string, number>;
  /** The same for each box outside the elements' sections, in document order. */
  boxHeights: number[];
}

const printed = new Map<keyof typeof papers, Promise<Printed>>();

function print(format: keyof typeof papers): Promise<Printed> {
  let result = printed.get(format);
  if (!result) {
    result = (async () => {
      const paper = papers[format];
      const page = await browser.context.newPage();
      const watch = watchPage(page, server.origin);
      // The text width of the sheet, so that print layout wraps lines as on paper.
      await page.setViewportSize({ width: Math.round(mmToPx(paper.width - margins.left - margins.right)), height: 900 });
      await page.goto(`${server.origin}${base}booklet/`, { waitUntil: 'networkidle' });
      await page.emulateMedia({ media: 'print' });
      const heights = await page.evaluate(() =>
        Object.fromEntries([...document.querySelectorAll<HTMLElement>('.booklet section[data-element]')].map((s) => [s.dataset['element'], s.getBoundingClientRect().height])),
      );
      const boxHeights = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.booklet-part :is(aside, table)')].filter((box) => !box.closest('section[data-element]')).map((box) => box.getBoundingClientRect().height),
      );
      await markSectionEnds(page);
      const pdf = readPdf(await page.pdf({ format, printBackground: true, preferCSSPageSize: false }));
      await page.close();
      return { pdf, watch, heights, boxHeights };
    })();
    printed.set(format, result);
  }
  return result;
}

describe.each(Object.keys(papers) as Array<keyof typeof papers>)('the booklet printed on %s', (format) => {
  const paper = papers[format];

  it(`prints on ${format} paper within the page budget, with no request to another origin`, async () => {
    const { pdf, watch } = await print(format);
    const [width, height] = pdf.pages[0]!.size;
    expect(Math.abs(width - mmToPt(paper.width)), `sheet width ${width} pt`).toBeLessThan(2);
    expect(Math.abs(height - mmToPt(paper.height)), `sheet height ${height} pt`).toBeLessThan(2);
    expect(pdf.pages.length, `sheets (budget ${pageBudget} for ${parts} parts, ${elements.length} elements, ${words} words)`).toBeLessThanOrEqual(pageBudget);
    // The cover, the contents and a sheet for each part at the least: else parts were lost.
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2 + parts);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  it('shows every element once, with its short address on the site as a link', async () => {
    const { pdf } = await print(format);
    const uris = pdf.pages.flatMap((page) => page.links.flatMap((link) => (link.uri ? [link.uri] : [])));
    const counts = elements.map((element) => `${element.id}: ${uris.filter((uri) => uri === shortAddress(element.id)).length}`);
    expect(counts).toEqual(elements.map((element) => `${element.id}: 1`));
    // Each element's heading is in the PDF once, with its section (a named destination).
    expect(elements.filter((element) => !pdf.destinations.has(element.id)).map((element) => element.id)).toEqual([]);
  });

  it('opens with the cover, then the contents, and starts each part at the top of a new sheet', async () => {
    const { pdf } = await print(format);
    const { destinations } = pdf;
    expect(destinations.get('main')?.page, 'the cover').toBe(0);
    const partStarts = [...destinations.entries()].filter(([name]) => name.startsWith('part-'));
    expect(partStarts).toHaveLength(parts);
    const sheetTop = mmToPt(paper.height - margins.top);
    for (const [name, at] of partStarts) {
      expect(at.page, `${name} after the cover and contents`).toBeGreaterThanOrEqual(2);
      expect(at.y, `${name} at the top of its sheet (${at.y} pt from the bottom; the text area starts ${sheetTop.toFixed(0)} pt up)`).toBeGreaterThan(sheetTop - 12);
    }
    const pagesOfParts = partStarts.map(([, at]) => at.page);
    expect(new Set(pagesOfParts).size, 'each part on a sheet of its own').toBe(parts);
  });

  it('splits no element across sheets where it fits on one', async () => {
    const { pdf, heights } = await print(format);
    const textHeight = mmToPx(paper.height - margins.top - margins.bottom);
    const split = elements
      .map((element) => ({ id: element.id, start: pdf.destinations.get(element.id), end: pdf.destinations.get(`end-of-${element.id}`), height: heights[element.id] ?? Infinity }))
      .filter(({ height }) => height < textHeight - 24)
      .filter(({ start, end }) => !start || !end || start.page !== end.page)
      .map(({ id, start, end, height }) => `${id} (${Math.round(height)} px of ${Math.round(textHeight)}): sheet ${start?.page} to ${end?.page}`);
    expect(Object.keys(heights)).toHaveLength(elements.length);
    expect(split).toEqual([]);
  });

  it('splits no box outside the elements across sheets where it fits on one', async () => {
    const { pdf, boxHeights } = await print(format);
    const textHeight = mmToPx(paper.height - margins.top - margins.bottom);
    expect(boxHeights.length, 'asides and tables outside the elements').toBeGreaterThan(0);
    const split = boxHeights
      .map((height, index) => ({ index, height, start: pdf.destinations.get(`start-of-box-${index}`), end: pdf.destinations.get(`end-of-box-${index}`) }))
      .filter(({ height }) => height < textHeight - 24)
      .filter(({ start, end }) => !start || !end || start.page !== end.page)
      .map(({ index, height, start, end }) => `box ${index} (${Math.round(height)} px): sheet ${start?.page} to ${end?.page}`);
    expect(split).toEqual([]);
  });

  it('leaves no heading at the foot of a sheet', async () => {
    const { pdf } = await print(format);
    // Every heading a link points at (the contents lists the parts, their sections and the elements):
    // its top stands at least three lines (about 45 pt) above the foot of the text area.
    const foot = mmToPt(margins.bottom);
    const low = [...pdf.destinations.entries()]
      .filter(([name]) => name !== 'main' && !name.startsWith('end-of-') && !name.startsWith('start-of-'))
      .filter(([, at]) => at.y < foot + 45)
      .map(([name, at]) => `${name}: ${at.y.toFixed(0)} pt from the bottom of sheet ${at.page + 1}`);
    expect(pdf.destinations.size).toBeGreaterThan(elements.length);
    expect(low).toEqual([]);
  });
});

describe('the booklet on paper', () => {
  it('never takes the dark theme to paper', async () => {
    const context = browser.context;
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${server.origin}${base}booklet/`);
    await page.evaluate(() => {
      localStorage.setItem('theme', 'dark');
      document.documentElement.dataset['theme'] = 'dark';
    });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const colors = await page.evaluate(() => {
      const luminance = (css: string) => {
        const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
        // Transparent counts as the paper's white.
        return a === 0 ? 1 : (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      const selectors = ['body', '.booklet', '.model-box', '.model-svg rect', '.in-practice', '.reflect', '.callout', '.element'];
      return selectors.flatMap((selector) =>
        [...document.querySelectorAll<HTMLElement | SVGElement>(selector)].slice(0, 3).map((element) => {
          const style = getComputedStyle(element);
          const background = element instanceof SVGElement ? style.fill : style.backgroundColor;
          return { selector, background: luminance(background), text: luminance(style.color) };
        }),
      );
    });
    await page.evaluate(() => localStorage.clear());
    await page.close();
    expect(colors.length).toBeGreaterThan(5);
    expect(colors.filter((c) => c.background < 0.85 || c.text > 0.5)).toEqual([]);
  });
});
