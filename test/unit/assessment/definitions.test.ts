/**
 * Properties of the three real definitions over their whole answer space: exhaustive where it is
 * small (the individual path), fast-check otherwise. They fail when someone edits items or weights
 * so that a result contradicts itself, claims what the answers do not say, depends on list order,
 * shows below the minimum, or can no longer reach an option decisively.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionIds, type Answers, type AssessmentDefinition, type OptionId } from '../../../src/schemas/assessment.ts';
import { assess, type AssessmentResult } from '../../../src/lib/assessment/result.ts';
import { allowedUnsure, chosenAnswer, evidenceOf, outcomeOptions, score } from '../../../src/lib/assessment/scoring.ts';
import { answersTowards } from '../../helpers/assessment-plans.ts';
import { loadDefinitions } from '../../helpers/assessments.ts';

const definitions = loadDefinitions();
const cases = definitions.map((definition) => [definition.id, definition] as const);

/**
 * Every claim a result makes that the answers must back, as a list of contradictions (empty when
 * the result is consistent). The texts these claims stand for are in the definitions' outcomes and
 * in the result view: "Your answers say that you belong to a group…" (option 2), "Your answers show
 * you … behaving as such a group would" (option 3), "steps … at work in you" (option 1), "the path is
 * behind you" (complete), "Next on the path" (next), "the traits to grow first" (weakest).
 */
function contradictions(definition: AssessmentDefinition, answers: Answers, result: AssessmentResult): string[] {
  const found: string[] = [];
  const chosen = definition.items.flatMap((item) => {
    const answer = chosenAnswer(item, answers);
    return answer ? [{ item, answer }] : [];
  });
  const { outcome } = result.score;
  // Recomputed from the answers, not read from the result: the check must not trust what it checks.
  const evidence = evidenceOf(definition, answers);
  const named = outcomeOptions(outcome);
  const weighsFor = (option: OptionId) => chosen.some(({ answer }) => answer.weights[option] > 0);

  if (!evidence.enough && outcome.kind !== 'insufficient') found.push('a result below the minimum');
  if (evidence.enough && outcome.kind === 'insufficient') found.push('no result at or above the minimum');
  for (const option of named) if (!weighsFor(option)) found.push(`${option} named with no answer weighing for it`);
  if (named.includes('option-2') && !chosen.some(({ answer }) => answer.member)) found.push('option-2 named without membership');
  if (named.includes('option-1') && !chosen.some(({ item, answer }) => item.about.startsWith('step-') && answer.weights['option-1'] > 0)) {
    found.push('option-1 named with no step under way');
  }
  // The minimum of evidence for naming an option (scoring rule 4), recomputed from the answers.
  const member = chosen.some(({ answer }) => answer.member === true);
  const evidenceFor = (option: OptionId) => chosen.filter(({ answer }) => answer.weights[option] > 0 && (option !== 'option-2' || member));
  const itemsFor = (option: OptionId) => new Set(evidenceFor(option).map(({ item }) => item.id)).size;
  const pointsFor = (option: OptionId) => evidenceFor(option).reduce((sum, { answer }) => sum + answer.weights[option], 0);
  const maximumOf = (option: OptionId) => definition.items.reduce((sum, item) => sum + Math.max(...item.answers.map((answer) => answer.weights[option])), 0);
  const reachesShare = (option: OptionId) => pointsFor(option) * 4 >= maximumOf(option);
  for (const option of named) {
    if (itemsFor(option) < 2) found.push(`${option} named on evidence from ${itemsFor(option)} item`);
    if (!reachesShare(option)) found.push(`${option} named below a quarter of its maximum`);
  }
  if (outcome.kind === 'none' && optionIds.some((option) => itemsFor(option) >= 2 && reachesShare(option))) {
    found.push('"no option" while an option meets the minimum of evidence');
  }
  if (outcome.kind === 'between' && named.length < 2) found.push('"between" fewer than two options');
  if (outcome.kind === 'between' && named.every((option) => itemsFor(option) <= 1)) found.push('"between" options on one answer each');

  if (result.kind === 'path') {
    const { path } = result;
    if (path.complete && path.next.length > 0) found.push('path complete with a next step');
    if (!path.complete && path.next.length === 0) found.push('path not complete without a next step');
    // "Behind you": all five steps taken, or (path rule 5) a member with steps 3 to 5 taken, since
    // in the model steps 1 and 2 happen within every group member.
    const taken = (step: string) => path.steps.some((entry) => entry.step === step && entry.status === 'reached');
    const behind = path.steps.every((entry) => entry.status === 'reached') || (member && ['step-3', 'step-4', 'step-5'].every(taken));
    if (path.complete !== behind) found.push('"behind you" not matching the steps');
    if (member && ['step-3', 'step-4', 'step-5'].every(taken) && path.next.length > 0) found.push('a member past step 5 sent back to step 1 or 2');
    // The option-2 text says the reader has kept working with someone for months: that is step 5.
    if (named.includes('option-2') && !path.reached.includes('step-5')) found.push('option-2 on the path without step 5');
  }
  if (result.kind === 'mirror') {
    const { traits } = result;
    if (traits.allStrong && traits.weakest.length > 0) found.push('an all-strong profile with a trait to grow');
    for (const trait of traits.weakest) {
      if (traits.traits.find((entry) => entry.trait === trait)?.level === 'strong') found.push(`strong ${trait} named to grow`);
    }
  }
  return found;
}

/** Every answer set of a definition, one at a time (only for small answer spaces). */
function* everyAnswerSet(definition: AssessmentDefinition): Generator<Record<string, string>> {
  const positions = definition.items.map(() => 0);
  for (;;) {
    yield Object.fromEntries(definition.items.map((item, index) => [item.id, item.answers[positions[index]!]!.id]));
    let index = positions.length - 1;
    while (index >= 0 && positions[index] === definition.items[index]!.answers.length - 1) positions[index--] = 0;
    if (index < 0) return;
    positions[index]! += 1;
  }
}

/** True when an answer in `answers` says the assessment is not for the reader (scoring rule 3a). */
const endsRun = (definition: AssessmentDefinition, answers: Answers) =>
  definition.items.some((item) => chosenAnswer(item, answers)?.outside === true);

const spaceSize = (definition: AssessmentDefinition) => definition.items.reduce((size, item) => size * item.answers.length, 1);

/** Complete answer sets, and sets with items left out, drawn at random. */
const answerSetArb = (definition: AssessmentDefinition, requireAll: boolean) =>
  fc
    .record(
      Object.fromEntries(definition.items.map((item) => [item.id, fc.constantFrom(...item.answers.map((answer) => answer.id))])),
      requireAll ? undefined : { requiredKeys: [] },
    )
    .map((record) => Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => entry[1] !== undefined)));

describe.each(cases)('%s', (_id, definition) => {
  it('never contradicts itself or claims what the answers do not say (exhaustive where the space is small, else random)', () => {
    if (spaceSize(definition) <= 300_000) {
      let checked = 0;
      for (const answers of everyAnswerSet(definition)) {
        const found = contradictions(definition, answers, assess(definition, answers));
        if (found.length > 0) throw new Error(`${JSON.stringify(answers)}: ${found.join('; ')}`);
        checked += 1;
      }
      expect(checked).toBe(spaceSize(definition));
    } else {
      fc.assert(
        fc.property(fc.oneof(answerSetArb(definition, true), answerSetArb(definition, false)), (answers) => {
          expect(contradictions(definition, answers, assess(definition, answers))).toEqual([]);
        }),
        { numRuns: 3000 },
      );
    }
  }, 120_000);

  it('can lead to each of the three options decisively, on complete answers', () => {
    for (const option of optionIds) {
      const answers = answersTowards(definition, option);
      const result = score(definition, answers);
      expect(result.evidence.enough, option).toBe(true);
      expect(result.outcome, option).toEqual({ kind: 'single', option });
    }
  });

  it('can end "between" each pair of options, and between all three', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(answerSetArb(definition, true), (answers) => {
        const { outcome } = score(definition, answers);
        if (outcome.kind === 'between') seen.add(outcome.options.join('+'));
      }),
      { numRuns: 4000 },
    );
    // Mixed answers from the answers leaning to two options: every pair is reachable, unless the
    // minimum of evidence rules it out: when the most one option can score is no more than half
    // the least the other needs to be named (a quarter of its maximum), the first is never named
    // beside it (the group mirror asks about the steps only twice, so never "between 1 and 2").
    const maximumOf = (option: OptionId) => definition.items.reduce((sum, item) => sum + Math.max(...item.answers.map((answer) => answer.weights[option])), 0);
    const leastNamed = (option: OptionId) => Math.ceil(maximumOf(option) / 4);
    const possible = (a: OptionId, b: OptionId) => maximumOf(a) * 2 > leastNamed(b) && maximumOf(b) * 2 > leastNamed(a);
    for (const [first, second] of [['option-1', 'option-2'], ['option-1', 'option-3'], ['option-2', 'option-3']] as const) {
      if (!possible(first, second)) {
        expect(seen.has(`${first}+${second}`), `${first} and ${second} cannot be named together here`).toBe(false);
        continue;
      }
      const a = answersTowards(definition, first);
      const b = answersTowards(definition, second);
      const reached = definition.items.some((_, cut) => {
        const mixed = Object.fromEntries(definition.items.map((item, index) => [item.id, (index < cut ? a : b)[item.id]!]));
        const { outcome } = score(definition, mixed);
        return outcome.kind === 'between' && outcome.options.join('+') === `${first}+${second}`;
      });
      expect(reached || seen.has(`${first}+${second}`), `${first} and ${second}`).toBe(true);
    }
  });

  it('never shows a result below the minimum: an unanswered item or too many "not sure" gives none', () => {
    fc.assert(
      fc.property(answerSetArb(definition, false), fc.nat(), (answers, seed) => {
        const items = definition.items;
        // An answer saying the assessment is not for the reader ends it: that is its own result (rule 3a).
        const below = (set: Answers) => (endsRun(definition, set) ? { kind: 'outside' } : { kind: 'insufficient' });
        // Leave one item out, or make one more than the allowed "not sure".
        const without = { ...answers };
        delete without[items[seed % items.length]!.id];
        expect(score(definition, without).outcome).toEqual(below(without));
        // The first allowed + 1 items "not sure", the others answered as drawn (or with their first answer).
        const tooMany = allowedUnsure(items.length) + 1;
        const tooUnsure = Object.fromEntries(items.map((item, index) => [item.id, index < tooMany ? item.answers.at(-1)!.id : (answers[item.id] ?? item.answers[0]!.id)]));
        expect(score(definition, tooUnsure).outcome).toEqual(below(tooUnsure));
      }),
      { numRuns: 500 },
    );
  });

  const ending = definition.items.flatMap((item) => item.answers.filter((answer) => answer.outside).map((answer) => [item.id, answer.id] as const));
  // Only definitions with an ending answer (the group mirror's "in no group") get this test at all.
  if (ending.length > 0) it('ends with a plain "not for you" result on an answer that says so, whatever else is answered', () => {
    fc.assert(
      fc.property(answerSetArb(definition, false), (answers) => {
        for (const [itemId, answerId] of ending) {
          const result = score(definition, { ...answers, [itemId]: answerId });
          expect(result.outcome).toEqual({ kind: 'outside' });
          expect(result.decisive).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('names no option on one evidence item, and puts no one "between" two options on one answer each', () => {
    // Answer patterns made mostly of absences, the ones where a single answer could tip a result:
    // every item answered with an absence, then one to three items given an answer that is evidence.
    const absence = (item: AssessmentDefinition['items'][number]) => item.answers.find((answer) => answer.evidence === 'none' && !answer.outside) ?? item.answers.at(-1)!;
    const evidenceAnswers = definition.items.flatMap((item) => item.answers.filter((answer) => answer.evidence === undefined).map((answer) => [item.id, answer.id] as const));
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...evidenceAnswers), { minLength: 1, maxLength: 3, selector: ([itemId]) => itemId }), (picked) => {
        const answers: Record<string, string> = Object.fromEntries(definition.items.map((item) => [item.id, absence(item).id]));
        for (const [itemId, answerId] of picked) answers[itemId] = answerId;
        const result = score(definition, answers);
        const named = outcomeOptions(result.outcome);
        for (const option of named) {
          const items = new Set(result.contributions.filter((entry) => entry.option === option).map((entry) => entry.itemId));
          expect(items.size, `${option} on ${JSON.stringify(picked)}`).toBeGreaterThanOrEqual(2);
        }
        // One evidence answer alone never names an option.
        if (picked.length === 1) expect(named, JSON.stringify(picked)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('lets neither the order of items nor the order of answers decide', () => {
    const shuffled = (seed: number): AssessmentDefinition => {
      // A deterministic shuffle from the seed: reversal and rotation of items and answers.
      const rotate = <T,>(list: readonly T[], by: number) => list.map((_, index) => list[(index + by) % list.length]!);
      const items = rotate(seed % 2 ? [...definition.items].reverse() : definition.items, seed % definition.items.length);
      return {
        ...definition,
        items: items.map((item, index) => ({ ...item, answers: rotate(item.answers, (seed + index) % item.answers.length) })),
      };
    };
    fc.assert(
      fc.property(answerSetArb(definition, true), fc.nat(1000), (answers, seed) => {
        expect(assess(shuffled(seed), answers).score.outcome).toEqual(assess(definition, answers).score.outcome);
      }),
      { numRuns: 500 },
    );
  });

  it('gives no result to "not sure" everywhere', () => {
    const allUnsure = Object.fromEntries(definition.items.map((item) => [item.id, item.answers.at(-1)!.id]));
    expect(score(definition, allUnsure).outcome).toEqual({ kind: 'insufficient' });
  });

  it('says in its intro how many "not sure" a result allows', () => {
    const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    expect(definition.intro).toContain(`at most ${words[allowedUnsure(definition.items.length)]} "not sure"`);
  });
});

describe('the contradiction check itself', () => {
  // A check that can never fail proves nothing: these results are broken on purpose.
  const path = definitions.find((definition) => definition.id === 'individual-path')!;
  const mirror = definitions.find((definition) => definition.id === 'group-mirror')!;

  it('catches a complete path with a next step, and option 2 named without membership', () => {
    const answers = answersTowards(path, 'option-2');
    const result = assess(path, answers);
    if (result.kind !== 'path') throw new Error('not a path result');
    expect(contradictions(path, answers, result)).toEqual([]);
    const broken = { ...result, path: { ...result.path, next: ['step-1'] } };
    expect(contradictions(path, answers, broken)).toContain('path complete with a next step');
    const noMember = { ...answers, 'stayed-together': path.items.find((item) => item.id === 'stayed-together')!.answers.at(-1)!.id };
    expect(contradictions(path, noMember, result)).toContain('option-2 named without membership');
  });

  it('catches an option named on one evidence item', () => {
    const which = definitions.find((definition) => definition.id === 'which-option')!;
    const absence = (item: AssessmentDefinition['items'][number]) => item.answers.find((answer) => answer.evidence === 'none' && !answer.outside)!;
    const answers: Record<string, string> = Object.fromEntries(which.items.map((item) => [item.id, absence(item).id]));
    const firstEvidence = which.items[1]!.answers.find((answer) => answer.weights['option-1'] > 0)!;
    answers[which.items[1]!.id] = firstEvidence.id;
    const result = assess(which, answers);
    expect(result.score.outcome).toEqual({ kind: 'none' });
    expect(contradictions(which, answers, result)).toEqual([]);
    const broken = { ...result, score: { ...result.score, outcome: { kind: 'single', option: 'option-1' } as const } };
    expect(contradictions(which, answers, broken)).toContain('option-1 named on evidence from 1 item');
  });

  it('catches an all-strong mirror with a trait to grow, and a result shown below the minimum', () => {
    const answers = answersTowards(mirror, 'option-2');
    const result = assess(mirror, answers);
    if (result.kind !== 'mirror') throw new Error('not a mirror result');
    expect(result.traits.allStrong).toBe(true);
    expect(contradictions(mirror, answers, { ...result, traits: { ...result.traits, weakest: ['trait-1'] } })).toContain('an all-strong profile with a trait to grow');
    const partial = { ...answers };
    delete partial[mirror.items[0]!.id];
    expect(contradictions(mirror, partial, result)).toContain('a result below the minimum');
  });
});

describe('valuing difference in general, with no one in particular in mind', () => {
  const byId = (id: string) => definitions.find((definition) => definition.id === id)!;
  // Step 2 is something valued in one particular person; the raters of panels 3 to 5 chose "I could
  // name them" for readers who value what unlike people bring but name no one, for want of this answer.
  it.each(['which-option', 'individual-path'])('%s offers it, and it is evidence of nothing', (id) => {
    const answer = byId(id).items.find((item) => item.id === 'someone-you-value')!.answers.find((entry) => entry.id === 'in-general');
    expect(answer).toMatchObject({ weights: { 'option-1': 0, 'option-2': 0, 'option-3': 0 }, evidence: 'none' });
  });

  it('leaves step 2 ahead on the individual path', () => {
    const result = assess(byId('individual-path'), { 'a-difficulty': 'needs-more-than-me', 'someone-you-value': 'in-general', 'wish-to-work': 'in-general', 'informal-talk': 'not-yet', 'stayed-together': 'nothing-started', 'working-alone': 'as-a-group-would', 'seeing-differently': 'ask-to-explain', 'people-come-to-you': 'come-to-me' });
    if (result.kind !== 'path') throw new Error('the individual path places the reader on the path');
    expect(result.path.onPath).toEqual(['step-1']);
    expect(result.path.next).toEqual(['step-2']);
  });
});

describe('a group forming around a reader who acts as such a group would', () => {
  const byId = (id: string) => definitions.find((definition) => definition.id === id)!;
  // Steps 1 and 2 taken, no one in particular in mind; the talk and the start are with people drawn
  // to the reader: the model's picture of Option 3 at work, not steps toward someone of one's own choosing.
  const drawnIn = { 'a-difficulty': 'needs-more-than-me', 'someone-you-value': 'can-name-them', 'wish-to-work': 'in-general', 'informal-talk': 'came-to-me', 'stayed-together': 'joined-me', 'seeing-differently': 'ask-to-explain', 'people-come-to-you': 'come-to-me' };

  it('is told Option 3 in "which option", even beside an informal talk and a start of their own', () => {
    const traits = { 'learning-new': 'learn-in-the-open', 'showing-yourself': 'most-on-my-own', 'asked-to-conform': 'keep-acting-as-group', 'nobody-joins': 'as-a-group-would' };
    expect(score(byId('which-option'), { ...drawnIn, ...traits, 'belong-to-group': 'forming-around-me' }).outcome).toEqual({ kind: 'single', option: 'option-3' });
    const ownStart = { ...drawnIn, ...traits, 'belong-to-group': 'forming-around-me', 'informal-talk': 'have-talked', 'stayed-together': 'just-begun' };
    expect(score(byId('which-option'), ownStart).outcome).toEqual({ kind: 'single', option: 'option-3' });
    // Without the group forming, the same start of their own does put them between Options 1 and 3.
    expect(score(byId('which-option'), { ...ownStart, 'belong-to-group': 'not-in-a-group', 'people-come-to-you': 'not-noticed' }).outcome.kind).toBe('between');
  });

  it('is told Option 3 on the individual path; a talk that others came to begin is no step 4 of theirs', () => {
    const result = assess(byId('individual-path'), { ...drawnIn, 'working-alone': 'as-a-group-would' });
    expect(result.score.outcome).toEqual({ kind: 'single', option: 'option-3' });
    if (result.kind !== 'path') throw new Error('the individual path places the reader on the path');
    // People drawn in came to talk: Option 3 at work (two adjudicators of the panel read it so), not
    // a step the reader took ahead of step 3.
    expect(result.path.next).toEqual(['step-3']);
    expect(result.path.ahead).toEqual([]);
  });
});
