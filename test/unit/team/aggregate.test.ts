import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, AssessmentDefinition } from '../../../src/schemas/assessment.ts';
import { assess } from '../../../src/lib/assessment/result.ts';
import { checkOf, decodeShareCode, encodeShareCode } from '../../../src/lib/assessment/share-code.ts';
import { aggregateTeam, DIVIDED_FROM, type TeamGroup, type TeamPicture } from '../../../src/lib/team/aggregate.ts';
import type { TeamLinkEntry } from '../../../src/lib/team/link.ts';
import { answersAt, loadDefinitions } from '../../helpers/assessments.ts';

const definitions = loadDefinitions();
const byId = (id: string): AssessmentDefinition => {
  const definition = definitions.find((candidate) => candidate.id === id);
  if (!definition) throw new Error(`no definition ${id}`);
  return definition;
};
const whichOption = byId('which-option');
const mirror = byId('group-mirror');
const path = byId('individual-path');


/** The answer with the given strength for every trait item of the mirror; the first answer for the others. */
const mirrorAll = (strength: number): Answers =>
  Object.fromEntries(
    mirror.items.map((item) => [item.id, (item.about.startsWith('trait-') ? item.answers.find((answer) => answer.strength === strength) : item.answers[0])!.id]),
  );

/** A valid share code of any assessment, with any non-empty set of answers. */
const goodCodeArb = fc.constantFrom(...definitions).chain((definition) =>
  fc
    .record(Object.fromEntries(definition.items.map((item) => [item.id, fc.constantFrom(...item.answers.map((answer) => answer.id))])), { requiredKeys: [] })
    .filter((answers) => Object.keys(answers).length > 0)
    .map((answers) => encodeShareCode(definition, answers as Answers)),
);

/** Strings that are not readable codes: garbage, markup, and tampered or cut-off good codes. */
const badCodeArb = fc
  .oneof(
    fc.string(),
    fc.constantFrom('<script>alert(1)</script>', 'javascript:alert(1)', 'v2.which-option.1.0', 'v1.nope.1.0', '', '   '),
    goodCodeArb.map((code) => code.slice(0, -2)),
    goodCodeArb.map((code) => `${code}9`),
    goodCodeArb.map((code) => code.replace(/\.[^.]*$/, '.zz')),
  )
  .filter((code) => !decodeShareCode(code, definitions).ok);

const labelArb = fc.option(fc.constantFrom('Ana', 'Bo', '<b>Cy</b>', 'Zoë 👩🏽‍💻'), { nil: undefined });
const entry = (code: string, label?: string): TeamLinkEntry => (label === undefined ? { code } : { code, label });
const goodEntryArb = fc.tuple(goodCodeArb, labelArb).map(([code, label]) => entry(code, label));
const badEntryArb = fc.tuple(badCodeArb, labelArb).map(([code, label]) => entry(code, label));

/** A list and a shuffled copy of it. */
const withShuffle = <T,>(arb: fc.Arbitrary<T[]>) =>
  arb.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })));

/** Everything in a picture that must not depend on the order links come in. */
const orderFree = (picture: TeamPicture) => ({
  groups: picture.groups,
  counted: picture.counted.map((entry) => entry.code).sort(),
  rejected: picture.rejected.length,
  duplicates: picture.duplicates.length,
});

const groupOf = (picture: TeamPicture, id: string): TeamGroup => {
  const group = picture.groups.find((candidate) => candidate.definition.id === id);
  if (!group) throw new Error(`no group for ${id}`);
  return group;
};

describe('aggregateTeam: properties', () => {
  it('does not depend on the order of the links', () => {
    fc.assert(
      fc.property(withShuffle(fc.array(fc.oneof(goodEntryArb, goodEntryArb, badEntryArb), { maxLength: 14 })), ([entries, shuffled]) => {
        expect(orderFree(aggregateTeam(shuffled, definitions))).toEqual(orderFree(aggregateTeam(entries, definitions)));
      }),
      { numRuns: 150 },
    );
  });

  it('counts an unlabeled repeat within one paste once, and names every repeat', () => {
    fc.assert(
      fc.property(fc.array(goodCodeArb, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 10 }), (codes, repeats) => {
        const list = [...codes, ...repeats.map((index) => codes[index % codes.length]!)];
        const picture = aggregateTeam(list.map((code) => entry(code)), definitions);
        const unique = new Set(list);
        expect(picture.counted.map((counted) => counted.code).sort()).toEqual([...unique].sort());
        expect(picture.duplicates).toHaveLength(list.length - unique.size);
        expect(picture.groups.reduce((sum, group) => sum + group.people, 0)).toBe(unique.size);
        expect(picture.twins).toEqual([]);
        for (const duplicate of picture.duplicates) {
          expect(list[duplicate.position - 1]).toBe(list[duplicate.of.position - 1]);
          expect(duplicate.of.position).toBeLessThan(duplicate.position);
        }
      }),
    );
  });

  it('counts people with the same answers as two when they have their own labels or came separately, and says they may be one', () => {
    fc.assert(
      fc.property(
        goodCodeArb,
        fc.array(fc.record({ batch: fc.integer({ min: 1, max: 3 }), label: fc.constantFrom('', 'Ana', 'Bo') }), { minLength: 1, maxLength: 8 }),
        (code, sources) => {
          const picture = aggregateTeam(
            sources.map(({ batch, label }) => ({ code, batch, label })),
            definitions,
          );
          // One person per distinct (paste, label); the rest are the same link pasted twice.
          const distinct = new Set(sources.map(({ batch, label }) => `${batch}|${label}`));
          expect(picture.counted).toHaveLength(distinct.size);
          expect(picture.duplicates).toHaveLength(sources.length - distinct.size);
          expect(picture.groups.reduce((sum, group) => sum + group.people, 0)).toBe(distinct.size);
          // Counted twice or more: named as possibly one person, all together.
          expect(picture.twins).toEqual(distinct.size > 1 ? [picture.counted.map(({ position, label }) => (label === undefined ? { position } : { position, label }))] : []);
        },
      ),
    );
  });

  it('never throws on bad links, names each one, and never drops a good one', () => {
    fc.assert(
      fc.property(fc.array(goodEntryArb, { maxLength: 8 }), fc.array(badEntryArb, { minLength: 1, maxLength: 6 }), fc.infiniteStream(fc.boolean()), (good, bad, coin) => {
        // Interleave the bad among the good at random places.
        const mixed: TeamLinkEntry[] = [];
        const [g, b] = [[...good], [...bad]];
        while (g.length || b.length) mixed.push(((coin.next().value && g.length) || !b.length ? g.shift() : b.shift())!);
        const picture = aggregateTeam(mixed, definitions);
        const alone = aggregateTeam(good, definitions);
        expect(picture.groups).toEqual(alone.groups);
        expect(picture.counted.map((counted) => counted.code)).toEqual(alone.counted.map((counted) => counted.code));
        expect(picture.rejected).toHaveLength(bad.length);
        for (const rejected of picture.rejected) {
          expect(bad).toContain(mixed[rejected.position - 1]);
          expect(rejected.message.length).toBeGreaterThan(20);
        }
      }),
    );
  });

  it('never mixes assessments: each group holds only its own, in the site order', () => {
    fc.assert(
      fc.property(fc.array(goodEntryArb, { maxLength: 12 }), (entries) => {
        const picture = aggregateTeam(entries, definitions);
        const ids = picture.groups.map((group) => group.definition.id);
        expect(ids).toEqual(definitions.map((definition) => definition.id).filter((id) => ids.includes(id)));
        for (const group of picture.groups) {
          expect(group.people).toBe(picture.counted.filter((counted) => counted.assessmentId === group.definition.id).length);
          expect(group.kind).toBe(group.definition.kind);
        }
      }),
    );
  });

  it('keeps the tallies whole: every person lands exactly once in each summary', () => {
    fc.assert(
      fc.property(fc.array(goodEntryArb, { maxLength: 12 }), (entries) => {
        for (const group of aggregateTeam(entries, definitions).groups) {
          const { counts, between, none, outside, insufficient, closeness } = group.options;
          const unplaced = none + outside + insufficient;
          expect(counts.reduce((sum, count) => sum + count.clear, 0) + between + unplaced).toBe(group.people);
          expect(closeness.tooClose + closeness.close + closeness.clear).toBe(group.people - unplaced);
          if (group.kind !== 'mirror') expect(outside).toBe(0);
          expect(closeness.tooClose).toBe(between);
          if (group.kind === 'path') {
            expect(group.path.stages.reduce((sum, stage) => sum + stage.at, 0) + group.path.complete).toBe(group.people);
          }
          if (group.kind === 'mirror') {
            for (const trait of group.traits.traits) {
              const { weak, partly, strong } = trait.levels;
              expect(weak + partly + strong).toBe(trait.answered);
              expect(trait.answered + trait.unknown).toBe(group.people - group.options.outside);
              expect(trait.strengths).toHaveLength(trait.answered);
              if (trait.min !== null && trait.max !== null && trait.mean !== null && trait.median !== null) {
                expect(trait.min).toBeLessThanOrEqual(trait.median);
                expect(trait.median).toBeLessThanOrEqual(trait.max);
                expect(trait.mean).toBeGreaterThanOrEqual(trait.min - 1e-9);
                expect(trait.mean).toBeLessThanOrEqual(trait.max + 1e-9);
                expect(trait.spread).toBeCloseTo(trait.max - trait.min, 12);
              }
            }
          }
        }
      }),
    );
  });
});

describe('aggregateTeam: examples', () => {
  it('counts which option each person lands on, with between results on both bars', () => {
    const people = [answersAt(whichOption, () => 0), answersAt(whichOption, () => 1), answersAt(whichOption, () => 2), answersAt(whichOption, (index) => index)];
    const codes = people.map((answers) => encodeShareCode(whichOption, answers));
    const results = people.map((answers) => assess(whichOption, answers).score);
    const group = groupOf(aggregateTeam(codes.map((code) => entry(code)), definitions), 'which-option');
    expect(group.people).toBe(4);
    for (const count of group.options.counts) {
      expect(count.clear).toBe(results.filter((score) => score.outcome.kind === 'single' && score.outcome.option === count.option).length);
      expect(count.between).toBe(results.filter((score) => score.outcome.kind === 'between' && score.outcome.options.includes(count.option)).length);
    }
  });

  it('shows a split group as divided on every trait, and flat on average', () => {
    const codes = [mirrorAll(1), mirrorAll(0), mirrorAll(0.5)].map((answers) => encodeShareCode(mirror, answers));
    const group = groupOf(aggregateTeam(codes.map((code) => entry(code)), definitions), 'group-mirror');
    if (group.kind !== 'mirror') throw new Error('not a mirror group');
    for (const trait of group.traits.traits) {
      expect(trait).toMatchObject({ answered: 3, unknown: 0, levels: { weak: 1, partly: 1, strong: 1 }, min: 0, max: 1, median: 0.5, spread: 1, strengths: [0, 0.5, 1] });
      expect(trait.mean).toBeCloseTo(0.5, 12);
    }
    expect(group.traits.divided).toEqual(['trait-1', 'trait-2', 'trait-3', 'trait-4', 'trait-5']);
    expect(group.traits.flat).toBe(true);
    expect(group.traits.attention).toEqual([]);
  });

  it('counts someone in no group apart from "no option yet", and takes no trait from their answers', () => {
    const outsideAnswer = mirror.items.flatMap((item) => item.answers.filter((answer) => answer.outside === true).map((answer) => [item.id, answer.id] as const));
    expect(outsideAnswer, 'the mirror has an answer for someone in no group').toHaveLength(1);
    const [itemId, answerId] = outsideAnswer[0]!;
    // All of the mirror answered strongly, then the first answer changed to "in no group": the link still carries the rest.
    const alone = { ...mirrorAll(1), [itemId]: answerId };
    const codes = [alone, mirrorAll(1)].map((answers) => encodeShareCode(mirror, answers));
    const group = groupOf(aggregateTeam(codes.map((code) => entry(code)), definitions), 'group-mirror');
    if (group.kind !== 'mirror') throw new Error('not a mirror group');
    expect(group.options).toMatchObject({ outside: 1, none: 0, insufficient: 0 });
    for (const trait of group.traits.traits) expect(trait).toMatchObject({ answered: 1, unknown: 0, strengths: [1] });
  });

  it('names the trait that wants attention, and no division when views agree', () => {
    const low = (answers: Answers) => {
      const copy: Record<string, string> = { ...answers };
      for (const item of mirror.items.filter((candidate) => candidate.about === 'trait-3')) copy[item.id] = item.answers.find((answer) => answer.strength === 0)!.id;
      return copy;
    };
    const codes = [low(mirrorAll(1)), low(mirrorAll(1))].map((answers) => encodeShareCode(mirror, answers));
    const group = groupOf(aggregateTeam(codes.map((code) => entry(code)), definitions), 'group-mirror');
    if (group.kind !== 'mirror') throw new Error('not a mirror group');
    expect(group.traits.attention).toEqual(['trait-3']);
    expect(group.traits.flat).toBe(false);
    expect(group.traits.divided).toEqual([]);
    expect(DIVIDED_FROM).toBeGreaterThan(0);
  });

  it('places people on the path: where they are, and each step taken or next', () => {
    const reachedAll: Answers = answersFor(path, (item) => item.answers.find((answer) => answer.reached !== false)!.id);
    const reachedNone: Answers = answersFor(path, (item) => item.answers.find((answer) => answer.reached !== true)!.id);
    const codes = [reachedAll, reachedNone, reachedNone].map((answers) => encodeShareCode(path, answers));
    // The second and third are the same code: counted once.
    const picture = aggregateTeam(codes.map((code) => entry(code)), definitions);
    const group = groupOf(picture, 'individual-path');
    if (group.kind !== 'path') throw new Error('not a path group');
    expect(picture.duplicates).toEqual([{ position: 3, of: { position: 2 } }]);
    expect(group.people).toBe(2);
    expect(group.path.complete).toBe(1);
    expect(group.path.stages[0]).toEqual({ steps: ['step-1', 'step-2'], at: 1 });
    expect(group.path.steps.find((step) => step.step === 'step-1')).toEqual({ step: 'step-1', taken: 1, next: 1, ahead: 0 });
    expect(group.path.steps.find((step) => step.step === 'step-5')).toEqual({ step: 'step-5', taken: 1, next: 0, ahead: 0 });
  });

  it('names bad and duplicate links by position and label, and the reason', () => {
    const good = encodeShareCode(whichOption, answersAt(whichOption, () => 0));
    const picture = aggregateTeam(
      [entry(good, 'Ana'), entry(`v1.which-option.${whichOption.version}.0`, '<script>x</script>'), entry(good, '  Bo  '), entry('nonsense'), entry(good, 'Ana '), { code: '', problem: 'result-page' }],
      definitions,
    );
    expect(picture.counted).toEqual([
      { position: 1, label: 'Ana', code: good, assessmentId: 'which-option' },
      { position: 3, label: 'Bo', code: good, assessmentId: 'which-option' },
    ]);
    expect(picture.rejected).toMatchObject([
      { position: 2, label: '<script>x</script>', reason: 'earlier-format' },
      { position: 4, reason: 'malformed' },
      { position: 6, reason: 'result-page' },
    ]);
    expect(picture.rejected[1]).not.toHaveProperty('label');
    expect(picture.rejected[2]?.message).toContain('not a result');
    expect(picture.duplicates).toEqual([{ position: 5, label: 'Ana', of: { position: 1, label: 'Ana' } }]);
    expect(picture.twins).toEqual([[{ position: 1, label: 'Ana' }, { position: 3, label: 'Bo' }]]);
  });

  it('explains a link to an earlier version of the questions instead of mixing it in', () => {
    const newer = { ...whichOption, version: whichOption.version + 1 };
    const oldCode = encodeShareCode(whichOption, answersAt(whichOption, () => 1));
    const newCode = encodeShareCode(newer, answersAt(newer, () => 1));
    const picture = aggregateTeam([entry(oldCode), entry(newCode)], [newer, mirror, path]);
    expect(picture.rejected).toMatchObject([{ position: 1, reason: 'outdated' }]);
    expect(picture.rejected[0]?.message).toContain('earlier version');
    expect(picture.groups.map((group) => [group.definition.id, group.version, group.people])).toEqual([['which-option', whichOption.version + 1, 1]]);
  });

  it('names links of the earlier format, and never reads an inherited name as an assessment', () => {
    const formatOne = `v1.which-option.${whichOption.version}.${'0'.repeat(whichOption.items.length)}`;
    const body = 'v2.constructor.1.0.00';
    const picture = aggregateTeam([entry(formatOne), entry(`${body}${checkOf(body)}`), entry('v2.__proto__.1.0.0000'), entry('toString')], definitions);
    expect(picture.counted).toEqual([]);
    expect(picture.rejected.map((rejected) => rejected.reason)).toEqual(['earlier-format', 'unknown-assessment', 'malformed', 'malformed']);
    expect(picture.rejected[0]?.message).toContain('made for an earlier version of the questions');
    for (const rejected of picture.rejected) expect(rejected.message).not.toMatch(/function|native code/);
  });

  it('gives an empty picture for no links', () => {
    expect(aggregateTeam([], definitions)).toEqual({ groups: [], counted: [], rejected: [], duplicates: [], twins: [] });
  });
});

function answersFor(definition: AssessmentDefinition, choose: (item: AssessmentDefinition['items'][number]) => string): Answers {
  return Object.fromEntries(definition.items.map((item) => [item.id, choose(item)]));
}
