import type { AssessmentDefinition } from '../../schemas/assessment.ts';
import { optionIds, type OptionId } from './options.ts';

/** One answer's row in a published weight table. */
export interface WeightTableAnswer {
  answerId: string;
  label: string;
  weights: Readonly<Record<OptionId, number>>;
  /** Path items about a step: whether this answer counts the step as taken. */
  reached?: boolean;
  /** Mirror items about a trait: the strength this answer gives the trait. */
  strength?: number;
  /** `none` or `unsure` for answers that are evidence for no option. */
  evidence?: 'none' | 'unsure';
  /** True when the answer shows membership of a group (rule 2). */
  member?: boolean;
}

/** One item's block of rows. */
export interface WeightTableItem {
  itemId: string;
  /** 1-based, as the reader sees it. */
  number: number;
  prompt: string;
  about: string;
  answers: readonly WeightTableAnswer[];
  /** The largest weight this item can give each option: what it adds to the option's maximum. */
  maximum: Readonly<Record<OptionId, number>>;
}

/** The weight table of a definition: columns are the options, rows the answers, grouped by item. */
export interface WeightTable {
  assessmentId: string;
  version: number;
  options: readonly OptionId[];
  items: readonly WeightTableItem[];
  /** Each option's maximum when every item is answered. */
  maximum: Readonly<Record<OptionId, number>>;
}

/** Builds the method page's table straight from the definition, so the published weights cannot drift from the scored ones. */
export function weightTable(definition: AssessmentDefinition): WeightTable {
  const items = definition.items.map((item, index) => ({
    itemId: item.id,
    number: index + 1,
    prompt: item.prompt,
    about: item.about,
    answers: item.answers.map((answer) => ({
      answerId: answer.id,
      label: answer.label,
      weights: { ...answer.weights },
      ...(answer.reached === undefined ? {} : { reached: answer.reached }),
      ...(answer.strength === undefined ? {} : { strength: answer.strength }),
      ...(answer.evidence === undefined ? {} : { evidence: answer.evidence }),
      ...(answer.member ? { member: true } : {}),
    })),
    maximum: perOption((option) => Math.max(...item.answers.map((answer) => answer.weights[option]))),
  }));
  return {
    assessmentId: definition.id,
    version: definition.version,
    options: optionIds,
    items,
    maximum: perOption((option) => items.reduce((sum, item) => sum + item.maximum[option], 0)),
  };
}

function perOption(value: (option: OptionId) => number): Record<OptionId, number> {
  return { 'option-1': value('option-1'), 'option-2': value('option-2'), 'option-3': value('option-3') };
}
