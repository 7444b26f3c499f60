import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TO_GROW, STRONG_FROM, WEAKEST_MARGIN, WEAK_BELOW, levelOf, traitIds, traitProfile } from '../../../src/lib/assessment/trait-profile.ts';
import { assess } from '../../../src/lib/assessment/result.ts';
import { loadDefinition } from '../../helpers/assessments.ts';

const mirror = loadDefinition('group-mirror');

/** Answers giving each trait's items the answer whose strength is closest to the trait's target. */
function answersWithStrengths(targets: Partial<Record<string, number>>): Record<string, string> {
  return Object.fromEntries(
    mirror.items.flatMap((item) => {
      const target = targets[item.about];
      if (target === undefined) return [];
      const closest = item.answers.reduce((chosen, answer) =>
        Math.abs((answer.strength ?? 0) - target) < Math.abs((chosen.strength ?? 0) - target) ? answer : chosen,
      );
      return [[item.id, closest.id]];
    }),
  );
}

const strengthOf = (profile: ReturnType<typeof traitProfile>, trait: string) => profile.traits.find((entry) => entry.trait === trait)?.strength;

describe('traitProfile', () => {
  it('lists all five traits in order with how many of their items are answered', () => {
    const profile = traitProfile(mirror, {});
    expect(profile.traits.map((entry) => entry.trait)).toEqual([...traitIds]);
    for (const entry of profile.traits) {
      const total = mirror.items.filter((item) => item.about === entry.trait).length;
      expect(entry).toMatchObject({ strength: null, level: 'unknown', answered: 0, total });
    }
    // Trait 4 is asked inside the group and with people outside it.
    expect(profile.traits.map((entry) => entry.total)).toEqual([2, 2, 2, 3, 2]);
    expect(profile).toMatchObject({ weakest: [], flat: false, allStrong: false });
  });

  it('averages the strengths of a trait’s answered items', () => {
    const [first, second] = mirror.items.filter((item) => item.about === 'trait-3');
    const strongest = (item: typeof first) => item!.answers.find((answer) => answer.strength === 1)!.id;
    const weakestAnswer = (item: typeof first) => item!.answers.find((answer) => answer.strength === 0)!.id;
    const answers = { [first!.id]: strongest(first), [second!.id]: weakestAnswer(second) };
    expect(strengthOf(traitProfile(mirror, answers), 'trait-3')).toBe(0.5);
    expect(traitProfile(mirror, { [first!.id]: strongest(first) }).traits[2]).toMatchObject({ strength: 1, answered: 1, level: 'strong' });
  });

  it('shows a trait strongly from three quarters: one answer of three that shows none of it keeps it from strong', () => {
    const items = mirror.items.filter((item) => item.about === 'trait-4');
    expect(items).toHaveLength(3);
    const withStrength = (item: (typeof items)[number], strength: number) => item.answers.find((answer) => answer.strength === strength)!.id;
    const levelOf = (strengths: readonly number[]) =>
      traitProfile(mirror, Object.fromEntries(strengths.map((strength, index) => [items[index]!.id, withStrength(items[index]!, strength)]))).traits[3]!.level;
    expect(levelOf([1, 1, 0])).toBe('partly');
    expect(levelOf([1, 1, 0.5])).toBe('strong');
    expect(levelOf([1, 0.5, 0.5])).toBe('partly');
    expect(levelOf([1, 0.5])).toBe('strong');
    expect(levelOf([1, 1, 1])).toBe('strong');
  });

  it('names the weakest traits: the lowest, and any within WEAKEST_MARGIN of it', () => {
    const profile = traitProfile(mirror, answersWithStrengths({ 'trait-1': 1, 'trait-2': 0.25, 'trait-3': 1, 'trait-4': 0.5, 'trait-5': 0.25 }));
    expect(profile.weakest).toEqual(['trait-2', 'trait-5']);
    expect(profile.flat).toBe(false);
    expect(profile.traits.map((entry) => entry.level)).toEqual(['strong', 'weak', 'strong', 'partly', 'weak']);
  });

  it(`singles out at most ${MAX_TO_GROW}: more traits equally low are left for the group to weigh`, () => {
    const three = traitProfile(mirror, answersWithStrengths({ 'trait-1': 1, 'trait-2': 0, 'trait-3': 0, 'trait-4': 0, 'trait-5': 1 }));
    expect(three).toMatchObject({ weakest: [], flat: true, allStrong: false });
    const two = traitProfile(mirror, answersWithStrengths({ 'trait-1': 1, 'trait-2': 0, 'trait-3': 0, 'trait-4': 0.5, 'trait-5': 1 }));
    expect(two).toMatchObject({ weakest: ['trait-2', 'trait-3'], flat: false });
    fc.assert(
      fc.property(fc.record(Object.fromEntries(mirror.items.map((item) => [item.id, fc.constantFrom(...item.answers.map((answer) => answer.id))]))), (answers) => {
        const profile = traitProfile(mirror, answers);
        expect(profile.weakest.length).toBeLessThanOrEqual(MAX_TO_GROW);
        if (profile.allStrong) expect(profile.weakest).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('singles out none when the profile is flat', () => {
    for (const level of [0, 0.5]) {
      const profile = traitProfile(mirror, answersWithStrengths(Object.fromEntries(traitIds.map((trait) => [trait, level]))));
      expect(profile).toMatchObject({ weakest: [], flat: true, allStrong: false });
    }
  });

  it('names no trait to grow when every answered trait is strong, even if some are stronger', () => {
    const allOne = traitProfile(mirror, answersWithStrengths(Object.fromEntries(traitIds.map((trait) => [trait, 1]))));
    expect(allOne).toMatchObject({ weakest: [], flat: false, allStrong: true });
    // trait-2 at 0.75 (one strong answer, one partly) is still strong: nothing to single out.
    const answers = answersWithStrengths(Object.fromEntries(traitIds.map((trait) => [trait, 1])));
    const second = mirror.items.filter((item) => item.about === 'trait-2')[1]!;
    answers[second.id] = second.answers.find((answer) => answer.strength === 0.5)!.id;
    const mixed = traitProfile(mirror, answers);
    expect(mixed.traits[1]).toMatchObject({ strength: 0.75, level: 'strong' });
    expect(mixed).toMatchObject({ weakest: [], allStrong: true });
  });

  it('leaves a trait answered only "not sure" unknown, not weak', () => {
    const answers = answersWithStrengths(Object.fromEntries(traitIds.map((trait) => [trait, 1])));
    for (const item of mirror.items.filter((candidate) => candidate.about === 'trait-4')) answers[item.id] = item.answers.at(-1)!.id;
    const profile = traitProfile(mirror, answers);
    expect(profile.traits[3]).toMatchObject({ strength: null, level: 'unknown', answered: 0 });
    expect(profile.allStrong).toBe(true);
  });

  it('uses the published thresholds for levels', () => {
    expect([0, WEAK_BELOW - 0.01, WEAK_BELOW, STRONG_FROM - 0.01, STRONG_FROM, 1, null].map(levelOf)).toEqual([
      'weak', 'weak', 'partly', 'partly', 'strong', 'strong', 'unknown',
    ]);
  });

  it('keeps the weakest list consistent for any answers', () => {
    const answerSets = fc.record(
      Object.fromEntries(mirror.items.map((item) => [item.id, fc.constantFrom(...item.answers.map((answer) => answer.id))])),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(answerSets, (answers) => {
        const profile = traitProfile(mirror, answers as Record<string, string>);
        // Only traits that are not strong can be named to grow.
        const growable = profile.traits.filter((entry) => entry.strength !== null && entry.level !== 'strong');
        const lowest = Math.min(...growable.map((entry) => entry.strength as number));
        for (const trait of profile.weakest) expect(profile.traits.find((entry) => entry.trait === trait)?.level).not.toBe('strong');
        for (const trait of profile.weakest) expect(strengthOf(profile, trait)! - lowest).toBeLessThanOrEqual(WEAKEST_MARGIN + 1e-9);
        for (const entry of growable) {
          if (profile.flat) continue;
          const within = (entry.strength as number) - lowest <= WEAKEST_MARGIN + 1e-9;
          expect(profile.weakest.includes(entry.trait)).toBe(within);
        }
        if (profile.flat || profile.allStrong) expect(profile.weakest).toEqual([]);
        expect(profile.allStrong).toBe(growable.length === 0 && profile.traits.some((entry) => entry.strength !== null));
      }),
    );
  });

  it('comes with the option scores through assess()', () => {
    // The items not about a trait: the first answer (membership of a chosen group, and so on).
    const others = Object.fromEntries(mirror.items.filter((item) => !item.about.startsWith('trait-')).map((item) => [item.id, item.answers[0]!.id]));
    const result = assess(mirror, { ...others, ...answersWithStrengths({ 'trait-1': 1, 'trait-2': 1, 'trait-3': 1, 'trait-4': 1, 'trait-5': 0 }) });
    expect(result.kind).toBe('mirror');
    if (result.kind !== 'mirror') return;
    expect(result.traits.weakest).toEqual(['trait-5']);
    expect(result.score.outcome).toEqual({ kind: 'single', option: 'option-2' });
  });
});
