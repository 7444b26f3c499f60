import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elementKinds, type ElementKind } from '../../../src/schemas/model.ts';
import {
  arrowHead,
  boxesPath,
  charCount,
  charsPerLine,
  diagramLinkName,
  diagramParts,
  metrics,
  partNames,
  partOnPage,
  wrapWords,
  type DiagramElement,
  type DiagramNode,
  type PartLayout,
} from '../../../src/lib/guide/diagram.ts';
import { modelElements } from '../../helpers/dist.ts';

const model = modelElements();

/** Words as they come in a short label: letters, a comma or a hyphen now and then. */
const wordArb = fc.stringMatching(/^[A-Za-z][a-z,'-]{0,13}$/);
const shortArb = fc
  .array(wordArb, { minLength: 1, maxLength: 5 })
  .map((words) => words.join(' '))
  .filter((text) => text.length >= 2 && text.length <= 26);

const pages: Record<ElementKind, string> = { step: 'path', response: 'spread', trait: 'traits', option: 'options' };

/** A model of any shape the schema could hold: 1 to 6 elements of each kind, any short labels. */
const modelArb = fc
  .record({
    step: fc.array(shortArb, { minLength: 1, maxLength: 6 }),
    response: fc.array(shortArb, { minLength: 1, maxLength: 6 }),
    trait: fc.array(shortArb, { minLength: 1, maxLength: 6 }),
    option: fc.array(shortArb, { minLength: 1, maxLength: 6 }),
  })
  .map((shorts) =>
    elementKinds.flatMap((kind) =>
      shorts[kind].map((short, index): DiagramElement => ({ id: `${kind}-${index + 1}`, kind, number: index + 1, page: pages[kind], short })),
    ),
  )
  .chain((elements) => fc.shuffledSubarray(elements, { minLength: elements.length, maxLength: elements.length }));

const overlaps = (a: DiagramNode, b: DiagramNode): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Checks that hold for every drawing, whatever the data: a list of what is wrong, empty when nothing is. */
function problems(parts: readonly PartLayout[], elements: readonly DiagramElement[]): string[] {
  const found: string[] = [];
  const drawn = parts.flatMap((part) => part.nodes.map((node) => node.id));
  if ([...drawn].sort().join() !== elements.map((e) => e.id).sort().join()) found.push(`drawn ${drawn.join()} instead of every element once`);
  for (const part of parts) {
    for (const node of part.nodes) {
      if (node.x < 0 || node.y < 0 || node.x + node.width > part.width + 0.01 || node.y + node.height > part.height + 0.01) {
        found.push(`${node.id} lies outside its part (${node.x},${node.y} ${node.width}×${node.height} in ${part.width}×${part.height})`);
      }
      const room = node.align === 'middle' ? node.width - 2 * metrics.padX : node.width - 2 * metrics.padX - 58;
      for (const line of node.lines) {
        if (charCount(line) * metrics.charWidth > room + 0.01) found.push(`"${line}" is wider than ${node.id}'s box`);
      }
      const textHeight = metrics.padTop + metrics.labelGap + node.lines.length * metrics.lineHeight;
      if (node.align === 'middle' && textHeight > node.height + 3) found.push(`${node.id}'s ${node.lines.length} lines overflow its height`);
    }
    part.nodes.forEach((a, i) =>
      part.nodes.slice(i + 1).forEach((b) => {
        if (overlaps(a, b)) found.push(`${a.id} overlaps ${b.id}`);
      }),
    );
  }
  return found;
}

describe('wrapWords', () => {
  it('fills each line greedily', () => {
    expect(wrapWords('Difficulty, own limits', 16)).toEqual(['Difficulty, own', 'limits']);
    expect(wrapWords('  Talk   informally ', 40)).toEqual(['Talk informally']);
    expect(wrapWords('', 10)).toEqual([]);
  });

  it('cuts a word longer than a whole line into pieces', () => {
    expect(wrapWords('self-organizing', 6)).toEqual(['self-o', 'rganiz', 'ing']);
  });

  it('keeps every word in order, and no line is longer than the limit', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^\S{1,20}$/), { maxLength: 8 }), fc.integer({ min: 1, max: 40 }), (words, limit) => {
        const lines = wrapWords(words.join(' '), limit);
        expect(lines.join('').replace(/\s/g, '')).toBe(words.join(''));
        for (const line of lines) expect(charCount(line)).toBeLessThanOrEqual(limit);
        // Greedy: the next line's first word would not have fitted on the line before.
        lines.slice(1).forEach((line, i) => {
          const first = line.split(' ')[0]!;
          expect(charCount(lines[i]!) + 1 + charCount(first)).toBeGreaterThan(limit);
        });
      }),
    );
  });
});

describe('diagramParts, for the model in content/model/elements.json', () => {
  const parts = diagramParts(model);
  const part = (kind: ElementKind): PartLayout => parts.find((p) => p.kind === kind)!;

  it('draws four parts in the order the guide presents them, each on its page', () => {
    expect(parts.map((p) => p.kind)).toEqual(['step', 'response', 'trait', 'option']);
    for (const p of parts) expect(new Set(model.filter((e) => e.kind === p.kind).map((e) => e.page))).toEqual(new Set([p.page]));
  });

  it('draws every element once, inside its part, without overlaps, with its text fitting its box', () => {
    expect(problems(parts, model)).toEqual([]);
  });

  it('sets steps 1 and 2 side by side, both leading into step 3, then the rest one under another', () => {
    const nodes = part('step').nodes;
    const [one, two, three, ...rest] = nodes;
    expect([one?.id, two?.id, three?.id]).toEqual(['step-1', 'step-2', 'step-3']);
    expect(one!.y).toBe(two!.y);
    expect(one!.x + one!.width).toBeLessThan(two!.x);
    expect(three!.y).toBeGreaterThan(one!.y + one!.height);
    [three!, ...rest].slice(1).forEach((node, i) => expect(node.y).toBeGreaterThan([three!, ...rest][i]!.y + [three!, ...rest][i]!.height));
    // One arrow from each of the first two, one into each step after the third.
    expect(part('step').lines.filter((line) => line.head)).toHaveLength(2 + rest.length);
  });

  it('draws the spread as a group with one person per response, each drawn towards the group', () => {
    const spread = part('response');
    expect(spread.group).toBeDefined();
    expect(spread.group!.people).toHaveLength(spread.nodes.length);
    expect(spread.lines.filter((line) => line.head)).toHaveLength(spread.nodes.length);
    for (const node of spread.nodes) expect(node.x).toBeGreaterThan(spread.group!.cx + spread.group!.r);
  });

  it('rings only the people who self-organize as a group of their own (responses 2 and 3), not those who only join in', () => {
    const spread = part('response');
    expect(spread.group!.people.map((person) => person.ownGroup)).toEqual(spread.nodes.map((node) => node.number !== 1));
  });

  it('sets the options side by side, equal, with nothing leading from one to another', () => {
    const options = part('option');
    expect(new Set(options.nodes.map((n) => n.y)).size).toBe(1);
    expect(new Set(options.nodes.map((n) => n.width)).size).toBe(1);
    expect(new Set(options.nodes.map((n) => n.height)).size).toBe(1);
    expect(options.lines).toEqual([]);
  });

  it('lists the traits with no arrows: they are not a sequence', () => {
    expect(part('trait').lines).toEqual([]);
    expect(part('trait').nodes.map((n) => n.id)).toEqual(['trait-1', 'trait-2', 'trait-3', 'trait-4', 'trait-5']);
  });

  it('finds the part a page covers, and none for a page without one', () => {
    expect(partOnPage(parts, 'traits')?.kind).toBe('trait');
    expect(partOnPage(parts, 'about')).toBeUndefined();
  });
});

describe('diagramParts, for any model the schema allows', () => {
  it('draws every element once, inside its part, without overlaps, its text fitting its box', () => {
    fc.assert(
      fc.property(modelArb, (elements) => {
        expect(problems(diagramParts(elements), elements)).toEqual([]);
      }),
    );
  });

  it('does not depend on the order of the data', () => {
    fc.assert(
      fc.property(modelArb, (elements) => {
        expect(diagramParts(elements)).toEqual(diagramParts([...elements].reverse()));
      }),
    );
  });

  it('fails with the file and the reason when a kind is missing or split across pages', () => {
    const withoutOptions = model.filter((e) => e.kind !== 'option');
    expect(() => diagramParts(withoutOptions)).toThrow(/content\/model\/elements\.json.*"option"/);
    const split = model.map((e) => (e.id === 'trait-2' ? { ...e, page: 'elsewhere' } : e));
    expect(() => diagramParts(split)).toThrow(/content\/model\/elements\.json.*traits are on traits, elsewhere/);
  });
});

describe('arrowHead', () => {
  it('puts the tip where it is asked and the back behind it', () => {
    // Pointing down (angle π/2): the tip at (10, 20), the two back corners above it.
    const d = arrowHead(10, 20, Math.PI / 2, 7);
    const numbers = d.match(/-?[\d.]+/g)!.map(Number);
    expect(numbers.slice(0, 2)).toEqual([10, 20]);
    expect(numbers[3]).toBeLessThan(20);
    expect(numbers[5]).toBeLessThan(20);
    expect(d).toMatch(/Z$/);
  });
});

describe('partNames', () => {
  it('counts in words', () => {
    expect(partNames('step', 5).count).toBe('5 steps');
    expect(partNames('option', 1).count).toBe('1 option');
  });
});

describe('charsPerLine', () => {
  it('leaves the padding on both sides', () => {
    expect(charsPerLine(2 * metrics.padX + metrics.charWidth * 10)).toBe(10);
    expect(charsPerLine(0)).toBe(1);
  });
});

describe('diagramLinkName', () => {
  it('starts with what the box shows, then gives the full name', () => {
    expect(diagramLinkName('Step 1', 'Difficulty, own limits', 'Hit a difficulty and see your own limits')).toBe(
      'Step 1: Difficulty, own limits (Hit a difficulty and see your own limits)',
    );
  });

  it('says a name once when the box shows it whole', () => {
    expect(diagramLinkName('Step 4', 'Talk informally', 'Talk informally')).toBe('Step 4: Talk informally');
    expect(diagramLinkName('Trait 1', 'group first', 'Group first.')).toBe('Trait 1: Group first.');
  });

  it('always begins with the label and holds the short text and the name', () => {
    fc.assert(
      fc.property(fc.constantFrom('Step 1', 'Option 3'), shortArb, shortArb, (label, short, name) => {
        const result = diagramLinkName(label, short, name).toLowerCase();
        const at = [label, short, name].map((part) => result.indexOf(part.toLowerCase().replace(/[^a-z0-9]+$/, '')));
        expect(at.every((index) => index >= 0)).toBe(true);
        expect(at[0]).toBe(0);
      }),
    );
  });
});

describe('boxesPath', () => {
  it('draws each box as a closed rectangle, in whole units', () => {
    const nodes = [
      { id: 'a', number: 1, x: 0, y: 0, width: 145.4, height: 60, lines: [], align: 'middle' as const },
      { id: 'b', number: 2, x: 155.5, y: 78, width: 10, height: 44, lines: [], align: 'middle' as const },
    ];
    expect(boxesPath({ nodes })).toBe('M0 0h145v60h-145zM156 78h10v44h-10z');
  });

  it('has one rectangle per element of every part of the model', () => {
    for (const part of diagramParts(model)) expect(boxesPath(part).match(/z/g)).toHaveLength(part.nodes.length);
  });
});
