import { describe, expect, it } from 'vitest';
import { formatSchemaError } from '../../../src/lib/site/schema-errors.ts';
import { assessmentFileIds, definitionSchema, readDefinitionJson } from '../../helpers/assessments.ts';

/** Each issue as "field.path: message", the way the build reports it. */
function issuesOf(input: unknown): string[] {
  const result = definitionSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

/** A fresh copy of a real definition to break; `any` because the point is to make it invalid. */
function copyOf(fileId: string): any {
  return structuredClone(readDefinitionJson(fileId));
}

describe('assessment schema: the real definitions', () => {
  it('finds the three assessments', () => {
    expect(assessmentFileIds).toEqual(['group-mirror', 'individual-path', 'which-option']);
  });

  it.each(assessmentFileIds)('accepts %s.json', (fileId) => {
    expect(issuesOf(readDefinitionJson(fileId))).toEqual([]);
  });

  it.each(assessmentFileIds)('%s.json has the id of its file name (share codes and URLs use it)', (fileId) => {
    expect(readDefinitionJson(fileId)['id']).toBe(fileId);
  });
});

describe('assessment schema: broken definitions fail naming the field', () => {
  it('rejects an answer without weights', () => {
    const broken = copyOf('which-option');
    delete broken.items[3].answers[1].weights;
    const issues = issuesOf(broken);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^items\.3\.answers\.1\.weights: /);
    // The build's message: file name, then the field.
    const error = definitionSchema.safeParse(broken).error;
    expect(error && formatSchemaError('content/assessments/which-option.json', error)).toMatch(
      /^content\/assessments\/which-option\.json is not valid:\n {2}items\.3\.answers\.1\.weights: /,
    );
  });

  it('rejects weights that leave out an option, even one that would be 0', () => {
    const broken = copyOf('which-option');
    delete broken.items[0].answers[2].weights['option-2'];
    expect(issuesOf(broken)).toEqual([expect.stringMatching(/^items\.0\.answers\.2\.weights\.option-2: /)]);
  });

  it('rejects a negative weight and a weight for an option the model does not have', () => {
    const broken = copyOf('which-option');
    broken.items[1].answers[0].weights['option-1'] = -1;
    broken.items[2].answers[0].weights['option-4'] = 1;
    const issues = issuesOf(broken);
    expect(issues).toContainEqual('items.1.answers.0.weights.option-1: weights cannot be negative');
    expect(issues).toContainEqual(expect.stringMatching(/^items\.2\.answers\.0\.weights: .*option-4/));
  });

  it('rejects an item about an element the model does not have', () => {
    const broken = copyOf('individual-path');
    broken.items[5].about = 'trait-6';
    expect(issuesOf(broken)).toContainEqual('items.5.about: unknown model element "trait-6"');
  });

  it('rejects a duplicate item id', () => {
    const broken = copyOf('which-option');
    broken.items[4].id = broken.items[1].id;
    expect(issuesOf(broken)).toEqual([`items.4.id: duplicate item id "${broken.items[1].id}"`]);
  });

  it('rejects a duplicate answer id within an item, but allows the same id in different items', () => {
    const broken = copyOf('group-mirror');
    broken.items[2].answers[3].id = broken.items[2].answers[0].id;
    expect(issuesOf(broken)).toEqual([expect.stringMatching(/^items\.2\.answers\.3\.id: duplicate answer id/)]);

    const fine = copyOf('group-mirror');
    fine.items[2].answers[0].id = fine.items[1].answers[0].id;
    expect(issuesOf(fine)).toEqual([]);
  });

  it.each([
    ['the definition', (d: any) => (d.autor = 'x'), /^: Unrecognized key: "autor"/],
    ['an item', (d: any) => (d.items[0].promt = 'x'), /^items\.0: Unrecognized key: "promt"/],
    ['an answer', (d: any) => (d.items[0].answers[0].wieghts = {}), /^items\.0\.answers\.0: Unrecognized key: "wieghts"/],
    ['an outcome', (d: any) => (d.outcomes[1].nxt = []), /^outcomes\.1: Unrecognized key: "nxt"/],
  ])('rejects an extra key in %s (a typo must not pass silently)', (_where, breakIt, expected) => {
    const broken = copyOf('which-option');
    breakIt(broken);
    expect(issuesOf(broken)).toEqual([expect.stringMatching(expected)]);
  });

  it('rejects a label that is only a number, and items with too few or too many answers', () => {
    const broken = copyOf('which-option');
    broken.items[0].answers[0].label = '3';
    broken.items[1].answers = broken.items[1].answers.slice(0, 1);
    broken.items[2].answers = [...broken.items[2].answers, ...broken.items[3].answers].map((answer: any, index: number) => ({ ...answer, id: `a${index}` }));
    const issues = issuesOf(broken);
    expect(issues).toContainEqual(expect.stringMatching(/^items\.0\.answers\.0\.label: /));
    expect(issues).toContainEqual('items.1.answers: needs at least 3 answers, "not sure" included');
    expect(issues).toContainEqual('items.2.answers: has more than 6 answers');
  });

  it('rejects ids that would not be safe in a URL or share code, and a version that is not a positive integer', () => {
    const broken = copyOf('which-option');
    broken.id = 'Which Option';
    broken.items[0].id = 'how.you';
    broken.version = 0;
    const issues = issuesOf(broken);
    expect(issues).toContainEqual(expect.stringMatching(/^id: must be lower-case words/));
    expect(issues).toContainEqual(expect.stringMatching(/^items\.0\.id: must be lower-case words/));
    expect(issues).toContainEqual(expect.stringMatching(/^version: /));
  });

  it('rejects an option that no answer points to, since it could never be the result', () => {
    const broken = copyOf('which-option');
    for (const item of broken.items) {
      for (const answer of item.answers) {
        answer.weights['option-3'] = 0;
        // An answer that now weighs nothing must say so, or the schema would (rightly) object to that too.
        if (answer.evidence === undefined && Object.values(answer.weights).every((weight) => weight === 0)) answer.evidence = 'none';
      }
    }
    expect(issuesOf(broken)).toEqual(['items: no answer gives "option-3" a weight above 0, so it can never be the result']);
  });

  it('needs exactly one outcome per option', () => {
    const duplicated = copyOf('which-option');
    duplicated.outcomes[2].element = 'option-1';
    expect(issuesOf(duplicated)).toEqual(['outcomes.2.element: second outcome for "option-1"', 'outcomes: no outcome for "option-3"']);

    const missing = copyOf('which-option');
    missing.outcomes.pop();
    expect(issuesOf(missing)).toEqual([expect.stringMatching(/^outcomes: needs exactly 3 outcomes/)]);

    const notAnOption = copyOf('which-option');
    notAnOption.outcomes[0].element = 'step-1';
    expect(issuesOf(notAnOption)).toEqual([expect.stringMatching(/^outcomes\.0\.element: /)]);
  });
});

describe('assessment schema: fields that belong to one kind of assessment', () => {
  it('path: every answer of an item about a step must say whether the step is reached', () => {
    const broken = copyOf('individual-path');
    delete broken.items[0].answers[0].reached;
    expect(issuesOf(broken)).toEqual(['items.0.answers.0.reached: required on every answer of a path item about a step (except "not sure")']);
  });

  it('path: a step item needs both a reaching and a non-reaching answer', () => {
    const broken = copyOf('individual-path');
    for (const answer of broken.items[0].answers) if (answer.reached !== undefined) answer.reached = true;
    expect(issuesOf(broken)).toEqual(['items.0.answers: needs an answer that reaches the step and one that does not']);
  });

  it('path: every step needs an item, or the reader could not be placed on it', () => {
    const broken = copyOf('individual-path');
    const index = broken.items.findIndex((item: any) => item.about === 'step-4');
    broken.items.splice(index, 1);
    expect(issuesOf(broken)).toEqual(['items: no item is about "step-4", so the reader cannot be placed on it']);
  });

  it('mirror: every answer of a trait item needs a strength from 0 to 1', () => {
    const broken = copyOf('group-mirror');
    const [first, second] = broken.items.flatMap((item: any, index: number) => (item.about.startsWith('trait-') ? [index] : []));
    delete broken.items[first].answers[1].strength;
    broken.items[second].answers[0].strength = 1.5;
    expect(issuesOf(broken)).toEqual([
      expect.stringMatching(new RegExp(`^items\\.${second}\\.answers\\.0\\.strength: `)),
      `items.${first}.answers.1.strength: required on every answer of a mirror item about a trait (except "not sure")`,
    ]);
  });

  it('mirror: every trait needs an item', () => {
    const broken = copyOf('group-mirror');
    broken.items = broken.items.filter((item: any) => item.about !== 'trait-3');
    expect(issuesOf(broken)).toEqual(['items: no item is about "trait-3", so the profile would leave it out']);
  });

  it('rejects reached or strength where they mean nothing', () => {
    const broken = copyOf('which-option');
    broken.items[2].answers[0].reached = true; // which-option is not a path assessment
    broken.items[0].answers[0].strength = 1; // ...nor a mirror
    expect(issuesOf(broken)).toEqual([
      'items.0.answers.0.strength: only allowed on mirror items about a trait',
      'items.2.answers.0.reached: only allowed on path items about a step',
    ]);
  });
});

describe('assessment schema: every answer is evidence of something, or of nothing', () => {
  it('an answer marked as no evidence must weigh nothing', () => {
    const broken = copyOf('which-option');
    const index = broken.items[1].answers.findIndex((answer: any) => answer.evidence === 'none');
    broken.items[1].answers[index].weights['option-3'] = 1;
    expect(issuesOf(broken)).toEqual([`items.1.answers.${index}.weights: an answer marked evidence "none" reports no evidence for any option, so every weight must be 0`]);
  });

  it('an answer that weighs nothing must say why', () => {
    const broken = copyOf('which-option');
    const index = broken.items[1].answers.findIndex((answer: any) => answer.evidence === 'none');
    delete broken.items[1].answers[index].evidence;
    expect(issuesOf(broken)).toEqual([expect.stringMatching(new RegExp(`^items\\.1\\.answers\\.${index}\\.evidence: weighs nothing for every option`))]);
  });

  it('every item ends with exactly one "not sure"', () => {
    const missing = copyOf('which-option');
    missing.items[0].answers.pop();
    expect(issuesOf(missing)).toContainEqual('items.0.answers: needs exactly one "not sure / does not apply" answer (evidence "unsure"), found 0');
    const moved = copyOf('which-option');
    moved.items[0].answers.unshift(moved.items[0].answers.pop());
    expect(issuesOf(moved)).toEqual(['items.0.answers: the "not sure / does not apply" answer must come last']);
  });

  it('"not sure" cannot place a step or give a strength', () => {
    const broken = copyOf('individual-path');
    broken.items[0].answers.at(-1).reached = false;
    expect(issuesOf(broken)).toEqual([`items.0.answers.${broken.items[0].answers.length - 1}: "not sure" is no evidence: it cannot say a step is reached or give a trait strength`]);
  });

  it('Option 2 needs an answer showing membership, and membership must weigh for Option 2', () => {
    const noMember = copyOf('which-option');
    for (const item of noMember.items) for (const answer of item.answers) delete answer.member;
    expect(issuesOf(noMember)).toEqual(['items: option-2 counts only with an answer showing membership ("member": true), and none has it']);
    const wrongMember = copyOf('which-option');
    wrongMember.items[1].answers[0].member = true;
    expect(issuesOf(wrongMember)).toEqual(['items.1.answers.0.member: an answer showing membership must weigh for option-2']);
  });

  it("the intro must say that the link from answers to options is the guide's reading", () => {
    const broken = copyOf('which-option');
    broken.intro = broken.intro.replace("the guide's reading of the model", 'how it works');
    expect(issuesOf(broken)).toEqual([expect.stringMatching(/^intro: must say that the link from answers to options/)]);
  });
});

describe('assessment schema: advice per step on the individual path', () => {
  it('needs advice for every step, once, on a path assessment', () => {
    const broken = copyOf('individual-path');
    broken.stepAdvice = broken.stepAdvice.filter((entry: { step: string }) => entry.step !== 'step-4');
    expect(issuesOf(broken)).toEqual(['stepAdvice: needs advice for "step-4" exactly once, found 0']);
    const doubled = copyOf('individual-path');
    doubled.stepAdvice.push(doubled.stepAdvice[0]);
    expect(issuesOf(doubled)).toEqual(['stepAdvice: needs advice for "step-1" exactly once, found 2']);
  });

  it('allows no advice per step on other kinds', () => {
    const broken = copyOf('which-option');
    broken.stepAdvice = copyOf('individual-path').stepAdvice;
    expect(issuesOf(broken)).toEqual(['stepAdvice: only path assessments have advice per step']);
  });
});
