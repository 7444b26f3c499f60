import { beforeAll, describe, expect, it } from 'vitest';
import { guidePageFiles, readPage, requireDist } from '../helpers/dist.ts';
import { allElements, hasToken, textContent } from '../helpers/html.ts';

beforeAll(() => requireDist());

/** The guide's own words wear a dashed rule and a label that says what they are; About's key explains each label once. */
const ownBoxes = (file: string) => allElements(readPage(file)).filter((element) => element.tagName === 'aside' && hasToken(element, 'class', 'guide-own'));
const labelOf = (box: ReturnType<typeof ownBoxes>[number]) =>
  textContent(allElements(box).find((element) => hasToken(element, 'class', 'aside-title'))!).trim();
const markNotes = (file: string) => allElements(readPage(file)).filter((element) => hasToken(element, 'class', 'mark-note'));

describe("the guide's own words, marked", () => {
  const pages = guidePageFiles();
  const keyLabels = () =>
    allElements(readPage('about/index.html'))
      .filter((element) => hasToken(element, 'class', 'mark-key'))
      .flatMap((key) => allElements(key).filter((element) => element.tagName === 'strong'))
      .map((label) => textContent(label).trim());

  it('About keys every label the guide uses, and each box wears one of them', () => {
    const used = new Set(pages.flatMap((file) => ownBoxes(file).map(labelOf)));
    expect(used.size, 'the guide has marked boxes').toBeGreaterThanOrEqual(3);
    expect(keyLabels().sort()).toEqual([...used].sort());
  });

  it("says so in the box's label, where a reader from a shared link meets it, when an example is invented", () => {
    const examples = pages.flatMap((file) => ownBoxes(file).filter((box) => hasToken(box, 'class', 'in-practice')));
    expect(examples.length).toBeGreaterThan(0);
    for (const box of examples) expect(labelOf(box)).toBe('Invented example');
  });

  it('explains the dashed rule once in the guide, on the first page a reader going in order meets, and links the key', () => {
    const withNote = pages.filter((file) => markNotes(file).length > 0);
    expect(withNote).toEqual(['path/index.html']);
    expect(ownBoxes('path/index.html').length, 'the path page has marked boxes').toBeGreaterThan(0);
    expect(textContent(markNotes('path/index.html')[0]!)).toMatch(/dashed rule is the guide's own/);
  });
});
