import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elementCard, homeCard, homeLayout, homePadding, ogHeight, padding, pageCard, textLayout, type TextCard } from '../../../src/lib/og/cards.ts';
import { elementLabel, type ModelElement } from '../../../src/schemas/model.ts';
import { siteName } from '../../../src/lib/site/site.ts';
import { cardTree, treeText } from '../../../src/lib/og/tree.ts';
import { modelElements } from '../../helpers/dist.ts';
import { elementScope, standaloneSummary } from '../../../src/lib/guide/element-scope.ts';

const elements = modelElements();
const textRoom = ogHeight - 2 * padding.y - textLayout.eyebrowHeight - textLayout.gapAfterEyebrow - textLayout.gapAfterTitle - textLayout.gapBeforeFooter - textLayout.footerHeight;
const longest = (values: string[]) => values.reduce((a, b) => (b.length > a.length ? b : a));

/** A card's title and body fit the room between the eyebrow and the footer, in legible sizes. */
function expectFits(card: TextCard): void {
  expect(card.title.height + card.body.height).toBeLessThanOrEqual(textRoom);
  expect(card.title.size).toBeGreaterThanOrEqual(52);
  expect(card.body.size).toBeGreaterThanOrEqual(30);
  expect(card.eyebrow.clamped || card.siteName.clamped).toBe(false);
}

describe('an element’s card', () => {
  it.each(elements.map((element) => [element.id, element] as const))('%s: label, whole name, scope and whole summary, site name', (_id, element) => {
    const card = elementCard(element, siteName);
    expect(card.eyebrow.lines).toEqual([elementLabel(element)]);
    expect(card.siteName.lines).toEqual([siteName]);
    expect(card.title.lines.join(' ')).toBe(element.name);
    expect(card.body.lines.join(' ')).toBe(standaloneSummary(element).split(/\s+/).join(' '));
    // A shared step or trait says where it comes from: the card leads with the essay's scope.
    expect(card.body.lines.join(' ').startsWith(elementScope[element.kind])).toBe(true);
    expect(card.position).toEqual({ number: element.number, of: { step: 5, response: 3, trait: 5, option: 3 }[element.kind] });
    expectFits(card);
    const drawn = treeText(cardTree(card));
    expect(drawn).toEqual(expect.arrayContaining([elementLabel(element), ...card.title.lines, ...card.body.lines, siteName]));
  });

  it.each(elements.map((element) => [element.id, element] as const))('%s: its scope and summary fit under the longest name of the model without cutting', (_id, element) => {
    const name = longest(elements.map((other) => other.name));
    const card = elementCard({ ...element, name }, siteName);
    expect(card.title.clamped || card.body.clamped).toBe(false);
    expectFits(card);
  });

  it('fits any name and summary the model schema allows, cutting with an ellipsis only when it must', () => {
    const wordy = (min: number, max: number) =>
      fc.array(fc.stringMatching(/^[A-Za-z]{1,14}[,.]?$/), { minLength: 1, maxLength: 60 }).map((words) => words.join(' ').slice(0, max)).filter((text) => text.length >= min);
    fc.assert(
      fc.property(wordy(3, 120), wordy(20, 240), (name, summary) => {
        const card = elementCard({ ...elements[0]!, name, summary } as ModelElement, siteName);
        expectFits(card);
        if (card.title.clamped) expect(card.title.lines.at(-1)).toMatch(/…$/);
        if (card.body.clamped) expect(card.body.lines.at(-1)).toMatch(/…$/);
      }),
    );
  });

  it('cuts a summary of 240 of the widest letters at five lines, with an ellipsis', () => {
    const card = elementCard({ ...elements[0]!, name: 'W'.repeat(60), summary: 'WWWW '.repeat(48).trim() }, siteName);
    expectFits(card);
    expect(card.title.lines.length).toBeLessThanOrEqual(3);
    expect(card.body.clamped).toBe(true);
    expect(card.body.lines.at(-1)).toMatch(/…$/);
  });
});

describe('a page’s card', () => {
  it('shows the eyebrow, the title and the description', () => {
    const card = pageCard({ eyebrow: 'Guide', title: 'The five traits', description: 'Five traits shared by the groups in the study.' }, siteName);
    expect(treeText(cardTree(card))).toEqual(['Guide', 'The five traits', 'Five traits shared by the groups in the study.', siteName]);
    expect(card.position).toBeUndefined();
  });
});

describe('the home card', () => {
  const card = homeCard(elements, siteName);
  const items = [...card.columns, card.options].flatMap((part) => part.rows.flat());

  it('draws the four parts in the model’s order, every element once, by its short label', () => {
    expect(card.columns.map((part) => part.kind)).toEqual(['step', 'response', 'trait']);
    expect(card.options.kind).toBe('option');
    expect(items.map((item) => item.label.lines.join(' '))).toEqual(elements.map((element) => element.short));
    expect(items.every((item) => !item.label.clamped)).toBe(true);
    const drawn = treeText(cardTree(card));
    for (const element of elements) expect(drawn.join(' ')).toContain(element.short.split(' ')[0]);
  });

  it('puts steps 1 and 2 side by side, and the three options side by side', () => {
    const steps = card.columns[0]!;
    expect(steps.rows.map((row) => row.map((item) => item.number))).toEqual([[1, 2], [3], [4], [5]]);
    expect(card.options.rows).toHaveLength(1);
    expect(card.options.rows[0]!.map((item) => item.number)).toEqual([1, 2, 3]);
  });

  it('keeps every column inside the card and every label inside its box, in legible sizes', () => {
    const h = homeLayout;
    const room = ogHeight - 2 * homePadding.y - h.titleHeight - h.gapAfterTitle - h.gapBeforeOptions - 2 * (h.headingHeight + h.gapAfterHeading) - h.optionsHeight;
    for (const part of card.columns) {
      const used = part.rowHeights.reduce((sum, height) => sum + height, 0) + h.itemGap * (part.rows.length - 1);
      expect(used).toBeLessThanOrEqual(room);
      part.rows.forEach((row, index) => {
        for (const item of row) expect(item.label.height).toBeLessThanOrEqual(part.rowHeights[index]! - 2 * h.itemPaddingY);
      });
    }
    expect(items.every((item) => item.label.size >= 24)).toBe(true);
    expect(card.title.lines).toEqual([siteName]);
  });

  it('still fits when every short label is as long as the schema allows', () => {
    const long = elements.map((element) => ({ ...element, short: 'Wide words in a label!!'.padEnd(26, 'W') }));
    const crowded = homeCard(long, siteName);
    for (const part of [...crowded.columns, crowded.options]) {
      part.rows.forEach((row, index) => {
        for (const item of row) {
          expect(item.label.height).toBeLessThanOrEqual(part.rowHeights[index]! - 2 * homeLayout.itemPaddingY);
          if (item.label.clamped) expect(item.label.lines.at(-1)).toMatch(/…$/);
        }
      });
    }
  });
});
