import { z } from 'astro/zod';
import { optionIds, type OptionId } from '../lib/assessment/options.ts';

// The model fixes the number of options, so every answer weighs exactly these three: an answer
// that forgot one would silently count as zero for it.
export { optionIds, type OptionId };

/**
 * What an assessment adds to the option scores:
 * - `situation`: only the option scores ("Which option fits you now?");
 * - `path`: also places the reader among the five steps (items about a step say `reached`);
 * - `mirror`: also a strength per trait (items about a trait give each answer a `strength`).
 */
export const assessmentKinds = ['situation', 'path', 'mirror'] as const;
export type AssessmentKind = (typeof assessmentKinds)[number];

/** Lower-case words joined by single hyphens: safe in URLs, share codes and HTML ids. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, like "met-a-difficulty"');

const weight = z.number().min(0, 'weights cannot be negative');

/** How much one answer points to each option; every option must be listed, zero included. */
const weightsSchema = z
  .object({ 'option-1': weight, 'option-2': weight, 'option-3': weight })
  .strict();

/**
 * An answer's label is what the reader chooses, so it must say something in words:
 * a bare "3" or "agree" leaves the reader guessing what they agreed to.
 */
const answerLabel = z
  .string()
  .min(12, 'must be a sentence describing a behavior or situation (12 characters or more)')
  .max(240)
  .refine((label) => /[a-z]{2,}.*\s.*[a-z]{2,}/i.test(label), 'must be words, not just a number or a single word');

/**
 * What an answer is evidence of. Most answers point to at least one option. Two kinds point nowhere
 * and must weigh nothing, so that saying "nobody", "nothing" or "I am not sure" can never add up to
 * a result:
 * - `none`: the answer reports an absence or a situation the construct does not count (no one comes
 *   to mind, a team a manager put together); it may still place a step or a trait strength;
 * - `unsure`: "not sure / does not apply": no evidence of anything, shown as such in the review and
 *   the result; every item has exactly one, last.
 */
export const evidenceKinds = ['none', 'unsure'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

const answerSchema = z
  .object({
    /** Unique within its item; share codes store the answer's position, not this id. */
    id: slug,
    label: answerLabel,
    weights: weightsSchema,
    /** Absent for an answer that is evidence for an option; otherwise what kind of non-evidence it is. */
    evidence: z.enum(evidenceKinds).optional(),
    /**
     * Positive evidence that the reader belongs today to a self-organizing work group (two or more
     * people who chose to work together and organize their own work). Option 2 counts only when an
     * answer chosen says so: the guide's reading of Option 2 needs a group that already exists.
     */
    member: z.literal(true).optional(),
    /**
     * The assessment is not for a reader who gives this answer (the group mirror asks about a group,
     * and this reader is in none): it ends the run with a plain "not for you" result instead of
     * leaving every later question to a forced "not sure". Only on the first item, weighing nothing.
     */
    outside: z.literal(true).optional(),
    /** Path assessments, items about a step: whether this answer means the reader has taken that step. */
    reached: z.boolean().optional(),
    /** Mirror assessments, items about a trait: how strongly this answer shows the trait, 0 (not at all) to 1. */
    strength: z.number().min(0).max(1).optional(),
  })
  .strict();

/** One option's result text: what it means for the reader and what to try next. */
const outcomeSchema = z
  .object({
    /** The option this outcome is about, which is also where its "read more" link goes. */
    element: z.enum(optionIds),
    // No headline of its own: the result names the option by the model's name for it
    // (content/model/elements.json), so that each option has one name everywhere.
    explanation: z.string().min(40).max(900),
    /** Concrete things to try next, in the order a reader might try them. */
    next: z.array(z.string().min(10).max(300)).min(1).max(5),
    /** Shown when this option is not the reader's result: the model holds that all three work. */
    stillApplies: z.string().min(30).max(500),
  })
  .strict();

type AnswerShape = z.infer<typeof answerSchema>;

/** Adds an issue at `path` with `message`; keeps the superRefine below readable. */
type AddIssue = (path: PropertyKey[], message: string) => void;

/**
 * The schema of an assessment definition, checking `about` against the model's element ids.
 * A factory, so the build passes the ids from the model file and tests can pass their own.
 */
export function assessmentSchema(elementIds: readonly string[]) {
  const known = new Set(elementIds);
  const elementId = z.string().superRefine((id, ctx) => {
    if (!known.has(id)) ctx.addIssue({ code: 'custom', message: `unknown model element "${id}"` });
  });

  const itemSchema = z
    .object({
      /** Unique within the assessment; stored answers are keyed by it. */
      id: slug,
      /** The question, as the legend of its fieldset. */
      prompt: z.string().min(10).max(300),
      /** The model element the item is about: its section is linked from the item and the result. */
      about: elementId,
      /** An optional hint under the prompt. */
      help: z.string().min(10).max(400).optional(),
      answers: z.array(answerSchema).min(3, 'needs at least 3 answers, "not sure" included').max(6, 'has more than 6 answers'),
    })
    .strict();

  return z
    .object({
      /** Equals the file name; used in URLs, share codes and storage keys. */
      id: slug,
      kind: z.enum(assessmentKinds),
      /** Bump whenever items, answers or weights change: saved answers and share codes of an older version are not scored against the new one. */
      version: z.number().int().min(1),
      title: z.string().min(5).max(100),
      /** One or two sentences for the list of assessments and link previews. */
      summary: z.string().min(40).max(240),
      /** Honest estimate of the time it takes. */
      minutes: z.number().int().min(1).max(30),
      /** Shown before the first question; must say that the link from answers to options is the guide's reading of the model. */
      intro: z
        .string()
        .min(40)
        .max(1200)
        .refine((text) => /guide's (own )?reading of the model/.test(text), "must say that the link from answers to options is the guide's reading of the model"),
      items: z.array(itemSchema).min(3).max(40),
      /**
       * Path assessments: what to try for each step when it is the reader's next one, so that the
       * advice follows where the reader is. Not part of the items: changing it needs no new version.
       */
      stepAdvice: z
        .array(z.object({ step: elementId, advice: z.array(z.string().min(20).max(300)).min(1).max(3) }).strict())
        .optional(),
      /** Exactly one outcome per option. */
      outcomes: z.array(outcomeSchema).length(optionIds.length, `needs exactly ${optionIds.length} outcomes, one per option`),
    })
    .strict()
    .superRefine((definition, ctx) => {
      const addIssue: AddIssue = (path, message) => ctx.addIssue({ code: 'custom', message, path });
      checkUniqueIds(definition.items, addIssue);
      checkEveryOptionReachable(definition.items, addIssue);
      checkOneOutcomePerOption(definition.outcomes, addIssue);
      checkKindFields(definition.kind, definition.items, [...known], addIssue);
      checkEvidence(definition.items, addIssue);
      checkStepAdvice(definition.kind, definition.stepAdvice, [...known], addIssue);
    });
}

export type AssessmentSchema = ReturnType<typeof assessmentSchema>;
export type AssessmentDefinition = z.infer<AssessmentSchema>;
export type AssessmentItem = AssessmentDefinition['items'][number];
export type AssessmentAnswer = AssessmentItem['answers'][number];
export type AssessmentOutcome = AssessmentDefinition['outcomes'][number];
export type OptionWeights = AssessmentAnswer['weights'];

/** A reader's answers: item id → answer id. Items not yet answered are simply absent. */
export type Answers = Readonly<Record<string, string>>;

interface ItemShape {
  id: string;
  about: string;
  answers: AnswerShape[];
}

/**
 * Every answer is evidence of something, or of nothing, and says which: an answer weighing nothing
 * must say why (`none` or `unsure`), an answer marked so must weigh nothing, and every item ends with
 * its one "not sure / does not apply". Option 2 needs an answer that shows membership.
 */
function checkEvidence(items: readonly ItemShape[], addIssue: AddIssue): void {
  let optionTwoWeighed = false;
  let membershipAsked = false;
  items.forEach((item, itemIndex) => {
    const unsure = item.answers.filter((answer) => answer.evidence === 'unsure').length;
    if (unsure !== 1) addIssue(['items', itemIndex, 'answers'], `needs exactly one "not sure / does not apply" answer (evidence "unsure"), found ${unsure}`);
    else if (item.answers.at(-1)?.evidence !== 'unsure') addIssue(['items', itemIndex, 'answers'], 'the "not sure / does not apply" answer must come last');
    item.answers.forEach((answer, answerIndex) => {
      const path = ['items', itemIndex, 'answers', answerIndex];
      const weighs = optionIds.some((option) => answer.weights[option] > 0);
      if (answer.evidence !== undefined && weighs) {
        addIssue([...path, 'weights'], `an answer marked evidence "${answer.evidence}" reports no evidence for any option, so every weight must be 0`);
      }
      if (answer.evidence === undefined && !weighs) {
        addIssue([...path, 'evidence'], 'weighs nothing for every option: mark it evidence "none" (an absence) or "unsure", or give it a weight');
      }
      if (answer.evidence === 'unsure' && (answer.reached !== undefined || answer.strength !== undefined)) {
        addIssue(path, '"not sure" is no evidence: it cannot say a step is reached or give a trait strength');
      }
      if (answer.outside && (itemIndex !== 0 || answer.evidence !== 'none')) {
        addIssue([...path, 'outside'], 'an answer that ends the assessment must be on the first item and marked evidence "none"');
      }
      if (answer.member && answer.weights['option-2'] === 0) addIssue([...path, 'member'], 'an answer showing membership must weigh for option-2');
      if (answer.weights['option-2'] > 0) optionTwoWeighed = true;
      if (answer.member) membershipAsked = true;
    });
  });
  if (optionTwoWeighed && !membershipAsked) addIssue(['items'], 'option-2 counts only with an answer showing membership ("member": true), and none has it');
}

/** A path assessment has advice for every step, once each; other kinds have none. */
function checkStepAdvice(kind: AssessmentKind, advice: readonly { step: string }[] | undefined, elementIds: readonly string[], addIssue: AddIssue): void {
  if (kind !== 'path') {
    if (advice !== undefined) addIssue(['stepAdvice'], 'only path assessments have advice per step');
    return;
  }
  for (const step of elementIds.filter(isStep)) {
    const count = advice?.filter((entry) => entry.step === step).length ?? 0;
    if (count !== 1) addIssue(['stepAdvice'], `needs advice for "${step}" exactly once, found ${count}`);
  }
}

function checkUniqueIds(items: readonly ItemShape[], addIssue: AddIssue): void {
  const itemIds = new Set<string>();
  items.forEach((item, itemIndex) => {
    if (itemIds.has(item.id)) addIssue(['items', itemIndex, 'id'], `duplicate item id "${item.id}"`);
    itemIds.add(item.id);
    const answerIds = new Set<string>();
    item.answers.forEach((answer, answerIndex) => {
      if (answerIds.has(answer.id)) {
        addIssue(['items', itemIndex, 'answers', answerIndex, 'id'], `duplicate answer id "${answer.id}" in item "${item.id}"`);
      }
      answerIds.add(answer.id);
    });
  });
}

/** An option no answer ever points to could never be a result, whatever the reader says. */
function checkEveryOptionReachable(items: readonly ItemShape[], addIssue: AddIssue): void {
  for (const option of optionIds) {
    const pointedTo = items.some((item) => item.answers.some((answer) => answer.weights[option] > 0));
    if (!pointedTo) addIssue(['items'], `no answer gives "${option}" a weight above 0, so it can never be the result`);
  }
}

function checkOneOutcomePerOption(outcomes: readonly { element: OptionId }[], addIssue: AddIssue): void {
  const seen = new Set<OptionId>();
  outcomes.forEach((outcome, index) => {
    if (seen.has(outcome.element)) addIssue(['outcomes', index, 'element'], `second outcome for "${outcome.element}"`);
    seen.add(outcome.element);
  });
  for (const option of optionIds) {
    if (!seen.has(option) && outcomes.length === optionIds.length) addIssue(['outcomes'], `no outcome for "${option}"`);
  }
}

const isStep = (id: string): boolean => id.startsWith('step-');
const isTrait = (id: string): boolean => id.startsWith('trait-');

/**
 * `reached` belongs to path items about a step, `strength` to mirror items about a trait, and there
 * they are required on every answer: a missing one would make placement or profile guess.
 */
function checkKindFields(kind: AssessmentKind, items: readonly ItemShape[], elementIds: readonly string[], addIssue: AddIssue): void {
  items.forEach((item, itemIndex) => {
    const wantsReached = kind === 'path' && isStep(item.about);
    const wantsStrength = kind === 'mirror' && isTrait(item.about);
    item.answers.forEach((answer, answerIndex) => {
      const path = ['items', itemIndex, 'answers', answerIndex];
      if (wantsReached && answer.reached === undefined && answer.evidence !== 'unsure') addIssue([...path, 'reached'], 'required on every answer of a path item about a step (except "not sure")');
      if (!wantsReached && answer.reached !== undefined) addIssue([...path, 'reached'], 'only allowed on path items about a step');
      if (wantsStrength && answer.strength === undefined && answer.evidence !== 'unsure') addIssue([...path, 'strength'], 'required on every answer of a mirror item about a trait (except "not sure")');
      if (!wantsStrength && answer.strength !== undefined) addIssue([...path, 'strength'], 'only allowed on mirror items about a trait');
    });
    if (wantsReached) {
      const says = new Set(item.answers.map((answer) => answer.reached).filter((reached) => reached !== undefined));
      if (!says.has(true) || !says.has(false)) addIssue(['items', itemIndex, 'answers'], 'needs an answer that reaches the step and one that does not');
    }
    if (wantsStrength) {
      const strengths = new Set(item.answers.map((answer) => answer.strength).filter((strength) => strength !== undefined));
      if (strengths.size < 2) addIssue(['items', itemIndex, 'answers'], 'needs answers of at least two different strengths');
    }
  });

  // Placement and profile cover the whole model: a step or trait without an item would be left blank.
  const covers = (want: (id: string) => boolean) => elementIds.filter(want).filter((id) => !items.some((item) => item.about === id));
  if (kind === 'path') {
    for (const step of covers(isStep)) addIssue(['items'], `no item is about "${step}", so the reader cannot be placed on it`);
  }
  if (kind === 'mirror') {
    for (const trait of covers(isTrait)) addIssue(['items'], `no item is about "${trait}", so the profile would leave it out`);
  }
}

/** A persona's expected result on one assessment: an option, options joined by "+" (between), "none" or "insufficient". */
const expectedResult = z
  .string()
  .regex(/^(none|insufficient|outside|option-[123](\+option-[123]){0,2})$/, 'must be "option-1", "option-1+option-3", "none", "insufficient" or "outside"');

/**
 * The people the questions were checked with ("How we checked the questions" on the method page):
 * each described in plain sentences, with, per assessment, the answers that person would honestly
 * give, the result a careful reader of the model would expect, and why, naming model elements.
 */
export const personasSchema = z
  .object({
    personas: z
      .array(
        z
          .object({
            id: slug,
            name: z.string().min(5).max(80),
            /** What the persona stands for in the suite: an option, a "between" pair, or a situation. */
            covers: z.array(z.string().min(3).max(60)).min(1),
            description: z.string().min(150).max(1000),
            checks: z.record(
              slug,
              z
                .object({
                  answers: z.record(slug, slug),
                  expect: expectedResult,
                  reason: z.string().min(30).max(300),
                })
                .strict(),
            ),
          })
          .strict(),
      )
      .min(12, 'the suite needs at least 12 personas'),
  })
  .strict();

export type Persona = z.infer<typeof personasSchema>['personas'][number];

/**
 * The construct the questions measure: for each option, in observable terms, the situation it fits
 * in the guide's reading of the model, what counts as evidence for it and what does not.
 * Shown on the method page; the items' weights are meant to follow it.
 */
export const constructSchema = z
  .object({
    /** Says that the link from answers to options is the guide's reading, not the author's finding. */
    reading: z.string().min(80).max(600).refine((text) => /guide's reading of the model/.test(text), "must say that this is the guide's reading of the model"),
    options: z
      .array(
        z
          .object({
            option: z.enum(optionIds),
            fits: z.string().min(40).max(400),
            evidence: z.array(z.string().min(20).max(300)).min(1),
            notEvidence: z.array(z.string().min(20).max(300)).min(1),
          })
          .strict(),
      )
      .length(optionIds.length)
      .refine((options) => optionIds.every((option, index) => options[index]?.option === option), 'must list option-1, option-2 and option-3 in order'),
    /** Where the source is ambiguous about Option 2, and which reading the assessments use. */
    optionTwoReading: z.string().min(80).max(600),
  })
  .strict();

export type Construct = z.infer<typeof constructSchema>;
