import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessmentDefinition } from '../../../src/schemas/assessment.ts';
import { pathStages, placeOnPath } from '../../../src/lib/assessment/path-placement.ts';
import { assess } from '../../../src/lib/assessment/result.ts';
import { loadDefinition } from '../../helpers/assessments.ts';

const path = loadDefinition('individual-path');
const allSteps = pathStages.flat();

/** Answers to the step items: reached for the steps listed, not reached for the others. */
function answersReaching(definition: AssessmentDefinition, reached: readonly string[], skip: readonly string[] = []): Record<string, string> {
  return Object.fromEntries(
    definition.items
      .filter((item) => item.about.startsWith('step-') && !skip.includes(item.about))
      .map((item) => {
        const wanted = reached.includes(item.about);
        const answer = item.answers.find((candidate) => candidate.reached === wanted);
        if (!answer) throw new Error(`${item.id} has no answer with reached=${wanted}`);
        return [item.id, answer.id];
      }),
  );
}

describe('placeOnPath', () => {
  it('with no step taken, offers steps 1 and 2 as next, either first', () => {
    const placement = placeOnPath(path, answersReaching(path, []));
    expect(placement).toMatchObject({ reached: [], onPath: [], next: ['step-1', 'step-2'], ahead: [], complete: false });
  });

  it('honors that step 2 may come before step 1', () => {
    expect(placeOnPath(path, answersReaching(path, ['step-2']))).toMatchObject({ onPath: ['step-2'], next: ['step-1'], ahead: [] });
    expect(placeOnPath(path, answersReaching(path, ['step-1']))).toMatchObject({ onPath: ['step-1'], next: ['step-2'], ahead: [] });
  });

  it.each([
    [['step-1', 'step-2'], ['step-3']],
    [['step-1', 'step-2', 'step-3'], ['step-4']],
    [['step-1', 'step-2', 'step-3', 'step-4'], ['step-5']],
  ])('after %j, the next step is %j', (reached, next) => {
    expect(placeOnPath(path, answersReaching(path, reached))).toMatchObject({ onPath: reached, next, ahead: [], complete: false });
  });

  it('is complete when all five steps are taken', () => {
    expect(placeOnPath(path, answersReaching(path, allSteps))).toMatchObject({ onPath: allSteps, next: [], complete: true });
  });

  it('reports steps taken beyond a gap as ahead, without counting them as on the path', () => {
    const placement = placeOnPath(path, answersReaching(path, ['step-1', 'step-2', 'step-4']));
    expect(placement).toMatchObject({ reached: ['step-1', 'step-2', 'step-4'], onPath: ['step-1', 'step-2'], next: ['step-3'], ahead: ['step-4'] });
    const skippedOpening = placeOnPath(path, answersReaching(path, ['step-2', 'step-3', 'step-5']));
    expect(skippedOpening).toMatchObject({ onPath: ['step-2'], next: ['step-1'], ahead: ['step-3', 'step-5'] });
  });

  it('marks unanswered steps as unanswered and does not count them as taken', () => {
    const placement = placeOnPath(path, answersReaching(path, ['step-1', 'step-2'], ['step-3', 'step-4']));
    expect(placement.steps).toEqual([
      { step: 'step-1', status: 'reached' },
      { step: 'step-2', status: 'reached' },
      { step: 'step-3', status: 'unanswered' },
      { step: 'step-4', status: 'unanswered' },
      { step: 'step-5', status: 'not-reached' },
    ]);
    expect(placement.next).toEqual(['step-3']);
  });

  it('counts a step as reached only when more than half of its answered items say so', () => {
    const base = path.items.find((item) => item.about === 'step-3');
    if (!base) throw new Error('no step-3 item');
    const copies = [0, 1, 2].map((index) => ({ ...base, id: `${base.id}-${index}` }));
    const definition = { ...path, items: [...path.items.filter((item) => item.about !== 'step-3'), ...copies] };
    const yes = base.answers.find((answer) => answer.reached)?.id ?? '';
    const no = base.answers.find((answer) => !answer.reached)?.id ?? '';
    const status = (answers: Record<string, string>) => placeOnPath(definition, answers).steps.find((entry) => entry.step === 'step-3')?.status;
    expect(status({ [copies[0]!.id]: yes, [copies[1]!.id]: yes, [copies[2]!.id]: no })).toBe('reached');
    expect(status({ [copies[0]!.id]: yes, [copies[1]!.id]: no })).toBe('not-reached');
    expect(status({ [copies[0]!.id]: yes })).toBe('reached');
  });

  it('keeps its parts consistent for any answers', () => {
    const answerSets = fc.record(
      Object.fromEntries(path.items.map((item) => [item.id, fc.constantFrom(...item.answers.map((answer) => answer.id))])),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(answerSets, (answers) => {
        const placement = placeOnPath(path, answers as Record<string, string>);
        // A member past step 5 has the whole path behind them, whatever they recall of steps 1 and 2.
        if (placement.behindAsMember) expect(placement.onPath).toEqual(allSteps);
        else expect(new Set([...placement.onPath, ...placement.ahead])).toEqual(new Set(placement.reached));
        for (const step of placement.next) expect(placement.reached).not.toContain(step);
        expect(placement.complete).toBe(placement.onPath.length === allSteps.length);
        expect(placement.next.length === 0).toBe(placement.complete);
      }),
    );
  });
});

describe('a member past step 5 (rule 5)', () => {
  const member = (item: AssessmentDefinition['items'][number]) => item.answers.find((answer) => answer.member === true);
  const withMembership = (answers: Record<string, string>) => {
    const copy = { ...answers };
    for (const item of path.items) if (member(item) && item.about === 'step-5') copy[item.id] = member(item)!.id;
    return copy;
  };

  it('has the path behind them, whatever they recall of steps 1 and 2', () => {
    for (const recalled of [[], ['step-1'], ['step-2']]) {
      const placement = placeOnPath(path, withMembership(answersReaching(path, [...recalled, 'step-3', 'step-4', 'step-5'])));
      expect(placement, recalled.join(',')).toMatchObject({ complete: true, next: [], ahead: [], behindAsMember: true, onPath: allSteps });
      // The steps still show what the answers said: nothing is claimed for the reader.
      for (const step of ['step-1', 'step-2'].filter((step) => !recalled.includes(step))) {
        expect(placement.steps.find((entry) => entry.step === step)?.status).toBe('not-reached');
      }
    }
  });

  it('is not past the path without steps 3 and 4, or without membership', () => {
    const short = placeOnPath(path, withMembership(answersReaching(path, ['step-3', 'step-5'])));
    expect(short).toMatchObject({ complete: false, behindAsMember: false });
    const alone = placeOnPath(path, answersReaching(path, ['step-3', 'step-4']));
    expect(alone).toMatchObject({ complete: false, behindAsMember: false, next: ['step-1', 'step-2'] });
  });
});

describe('"not sure" on a step', () => {
  it('leaves the step open: shown as not sure, never taken', () => {
    const answers = answersReaching(path, ['step-1', 'step-2']);
    const item = path.items.find((candidate) => candidate.about === 'step-3');
    if (!item) throw new Error('no step-3 item');
    answers[item.id] = item.answers.find((answer) => answer.evidence === 'unsure')?.id ?? '';
    const placement = placeOnPath(path, answers);
    expect(placement.steps.find((entry) => entry.step === 'step-3')).toEqual({ step: 'step-3', status: 'unsure' });
    expect(placement.next).toEqual(['step-3']);
  });
});

describe('the path assessment: options follow the evidence, not the placement alone', () => {
  /** For every step item, the answer with that `reached` that weighs most for `option` (an absence if none does). */
  const stepAnswers = (reached: readonly string[], option: 'option-1' | 'option-2' | 'option-3') =>
    Object.fromEntries(
      path.items
        .filter((item) => item.about.startsWith('step-'))
        .map((item) => {
          // Absences first, so that where nothing weighs for `option` the answer is evidence of nothing.
          const fitting = item.answers
            .filter((answer) => answer.reached === reached.includes(item.about))
            .sort((a, b) => Number(b.evidence === 'none') - Number(a.evidence === 'none'));
          return [item.id, fitting.reduce((best, answer) => (answer.weights[option] > best.weights[option] ? answer : best)).id];
        }),
    );
  /** For every other item, the answer weighing most for `option`, or the first absence when `option` is undefined. */
  const otherAnswers = (option?: 'option-1' | 'option-2' | 'option-3') =>
    Object.fromEntries(
      path.items
        .filter((item) => !item.about.startsWith('step-'))
        .map((item) => [
          item.id,
          option === undefined
            ? item.answers.find((answer) => answer.evidence === 'none')!.id
            : item.answers.reduce((best, answer) => (answer.weights[option] > best.weights[option] ? answer : best)).id,
        ]),
    );

  it('steps under way, no group → option 1, with the next step shown', () => {
    const result = assess(path, { ...stepAnswers(['step-1', 'step-2', 'step-3', 'step-4'], 'option-1'), ...otherAnswers() });
    expect(result.score.outcome).toEqual({ kind: 'single', option: 'option-1' });
    expect(result.kind === 'path' && result.path.next).toEqual(['step-5']);
  });

  it('no step yet, but working as a group would → option 3; no step yet and nothing else → no option', () => {
    const acting = assess(path, { ...stepAnswers([], 'option-3'), ...otherAnswers('option-3') });
    expect(acting.score.outcome).toEqual({ kind: 'single', option: 'option-3' });
    expect(acting.kind === 'path' && acting.path.onPath).toEqual([]);
    // Every answer an absence: people coming to the reader (Option 3 at work, though no step) left out too.
    const absences = Object.fromEntries(path.items.map((item) => [item.id, item.answers.find((answer) => answer.evidence === 'none')!.id]));
    const nothing = assess(path, absences);
    expect(nothing.score.outcome).toEqual({ kind: 'none' });
  });

  it('in a group for months → option 2, and the path is complete with no next step', () => {
    const result = assess(path, { ...stepAnswers(allSteps, 'option-2'), ...otherAnswers('option-2') });
    expect(result.score.outcome).toEqual({ kind: 'single', option: 'option-2' });
    expect(result.kind === 'path' && result.path).toMatchObject({ complete: true, next: [] });
  });
});
