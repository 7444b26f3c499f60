import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, AssessmentDefinition } from '../../../src/schemas/assessment.ts';
import { encodeShareCode } from '../../../src/lib/assessment/share-code.ts';
import { aggregateTeam, type TeamPicture } from '../../../src/lib/team/aggregate.ts';
import { compareTeams, signed, type Change, type GroupComparison, type TeamComparison } from '../../../src/lib/team/compare.ts';
import { inAssessmentOrder } from '../../../src/lib/assessment/order.ts';
import { loadDefinitions } from '../../helpers/assessments.ts';

const definitions = inAssessmentOrder(loadDefinitions());

/** A valid share code of any assessment, with any non-empty set of answers. */
const codeArb = fc.constantFrom(...definitions).chain((definition: AssessmentDefinition) =>
  fc
    .record(Object.fromEntries(definition.items.map((item) => [item.id, fc.constantFrom(...item.answers.map((answer) => answer.id))])), { requiredKeys: [] })
    .filter((answers) => Object.keys(answers).length > 0)
    .map((answers) => encodeShareCode(definition, answers as Answers)),
);
/** A team as a team link gives it: each result a person of its own. */
const pictureArb = fc.array(codeArb, { maxLength: 12 }).map((codes) =>
  aggregateTeam(
    codes.map((code, index) => ({ code, batch: index + 1 })),
    definitions,
  ),
);

/** Every count a comparison holds, in a fixed order. */
function counts(group: GroupComparison): Change[] {
  const list = [group.people, group.between, group.none, group.outside, group.insufficient, ...group.options.flatMap((option) => [option.clear, option.between])];
  if (group.kind === 'path') list.push(group.complete, ...group.stages.map((stage) => stage.at), ...group.steps.flatMap((step) => [step.taken, step.next, step.ahead]));
  return list;
}

/** The comparison with then and now swapped, as compareTeams(b, a) should give it. */
function swapped(comparison: TeamComparison): unknown {
  const flip = (count: Change): Change => ({ then: count.now, now: count.then, change: -count.change || 0 });
  return {
    onlyThen: comparison.onlyNow,
    onlyNow: comparison.onlyThen,
    moved: comparison.moved,
    groups: comparison.groups.map((group) => {
      const base = {
        definition: group.definition,
        version: group.version,
        people: flip(group.people),
        options: group.options.map((option) => ({ option: option.option, clear: flip(option.clear), between: flip(option.between) })),
        between: flip(group.between),
        none: flip(group.none),
        outside: flip(group.outside),
        insufficient: flip(group.insufficient),
      };
      if (group.kind === 'path') {
        return {
          ...base,
          kind: 'path',
          stages: group.stages.map((stage) => ({ steps: stage.steps, at: flip(stage.at) })),
          complete: flip(group.complete),
          steps: group.steps.map((step) => ({ step: step.step, taken: flip(step.taken), next: flip(step.next), ahead: flip(step.ahead) })),
        };
      }
      if (group.kind === 'mirror') {
        return {
          ...base,
          kind: 'mirror',
          traits: group.traits.map((trait) => ({ trait: trait.trait, then: trait.now, now: trait.then, mean: trait.mean === null ? null : -trait.mean || 0, spread: -trait.spread || 0 })),
        };
      }
      return { ...base, kind: 'situation' };
    }),
  };
}

const byKey = (comparison: unknown) => {
  const value = comparison as TeamComparison;
  return { ...value, groups: [...value.groups].sort((a, b) => `${a.definition.id}@${a.version}`.localeCompare(`${b.definition.id}@${b.version}`)) };
};

/** Floating-point noise away, so that a − b and −(b − a) compare equal. */
const rounded = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (_, entry: unknown) => (typeof entry === 'number' ? Math.round(entry * 1e9) / 1e9 + 0 : entry)));

describe('compareTeams: properties', () => {
  it('compared with itself, nothing moved: every change is zero, no group is on one side only', () => {
    fc.assert(
      fc.property(pictureArb, (picture) => {
        const comparison = compareTeams(picture, picture);
        expect(comparison.moved).toBe(false);
        expect(comparison.onlyThen).toEqual([]);
        expect(comparison.onlyNow).toEqual([]);
        expect(comparison.groups).toHaveLength(picture.groups.length);
        for (const group of comparison.groups) {
          for (const count of counts(group)) expect(count.change).toBe(0);
          if (group.kind === 'mirror') for (const trait of group.traits) expect([trait.spread, trait.mean ?? 0].map(Math.abs)).toEqual([0, 0]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is symmetric: the other way round, then and now swap and every change turns its sign', () => {
    fc.assert(
      fc.property(pictureArb, pictureArb, (a, b) => {
        expect(rounded(byKey(compareTeams(b, a)))).toEqual(rounded(byKey(swapped(compareTeams(a, b)))));
      }),
      { numRuns: 150 },
    );
  });

  it('conserves counts: on each side everyone is placed once, and the changes add up', () => {
    fc.assert(
      fc.property(pictureArb, pictureArb, (then, now) => {
        for (const group of compareTeams(then, now).groups) {
          for (const side of ['then', 'now', 'change'] as const) {
            const clear = group.options.reduce((sum, option) => sum + option.clear[side], 0);
            // Clear results, people between (each once), no option, not in a group, too few answers: everyone once.
            expect(clear + group.between[side] + group.none[side] + group.outside[side] + group.insufficient[side]).toBe(group.people[side]);
            if (group.kind === 'path') expect(group.stages.reduce((sum, stage) => sum + stage.at[side], 0) + group.complete[side]).toBe(group.people[side]);
          }
          for (const count of counts(group)) expect(count.change).toBe(count.now - count.then);
          if (group.kind === 'mirror') {
            for (const trait of group.traits) {
              for (const side of [trait.then, trait.now]) expect(side.weak + side.partly + side.strong).toBe(side.answered);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('matches groups by assessment and version only, and names the ones on one side', () => {
    fc.assert(
      fc.property(pictureArb, pictureArb, (then, now) => {
        const comparison = compareTeams(then, now);
        const keys = (picture: TeamPicture) => picture.groups.map((group) => `${group.definition.id}@${group.version}`);
        const [before, after] = [keys(then), keys(now)];
        expect(comparison.groups.map((group) => `${group.definition.id}@${group.version}`)).toEqual(after.filter((key) => before.includes(key)));
        expect(comparison.onlyThen.map((group) => `${group.definition.id}@${group.version}`)).toEqual(before.filter((key) => !after.includes(key)));
        expect(comparison.onlyNow.map((group) => `${group.definition.id}@${group.version}`)).toEqual(after.filter((key) => !before.includes(key)));
      }),
      { numRuns: 100 },
    );
  });

  it('never looks at labels: relabeling either side changes nothing', () => {
    fc.assert(
      fc.property(fc.array(codeArb, { minLength: 1, maxLength: 8 }), fc.array(codeArb, { minLength: 1, maxLength: 8 }), fc.string(), (a, b, label) => {
        const picture = (codes: string[], named: boolean) =>
          aggregateTeam(
            codes.map((code, index) => (named ? { code, batch: index + 1, label: `${label}${index}` } : { code, batch: index + 1 })),
            definitions,
          );
        expect(compareTeams(picture(a, true), picture(b, false))).toEqual(compareTeams(picture(a, false), picture(b, true)));
      }),
      { numRuns: 60 },
    );
  });
});

describe('compareTeams: an example', () => {
  it('counts one more person with a clear Option 2 now, and says it moved', () => {
    const which = definitions.find((definition) => definition.id === 'which-option')!;
    const first = (index: number) => encodeShareCode(which, Object.fromEntries(which.items.map((item) => [item.id, item.answers[index % item.answers.length]!.id])));
    const then = aggregateTeam([{ code: first(0), batch: 1 }], definitions);
    const now = aggregateTeam([{ code: first(0), batch: 1 }, { code: first(0), batch: 2 }], definitions);
    const comparison = compareTeams(then, now);
    expect(comparison.moved).toBe(true);
    expect(comparison.groups[0]?.people).toEqual({ then: 1, now: 2, change: 1 });
    const total = (group: GroupComparison) => group.options.reduce((sum, option) => sum + option.clear.change + option.between.change, 0);
    expect(total(comparison.groups[0]!)).toBeGreaterThanOrEqual(1);
  });

  it('says a change in words a screen reader reads right', () => {
    expect([signed(2), signed(0), signed(-3)]).toEqual(['+2', 'same', '−3']);
  });
});
