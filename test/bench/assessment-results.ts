/**
 * How the assessments' results fall under answers drawn at random: per assessment, the share of
 * "between" results among those shown, and the shares of each kind of outcome. A figure for the
 * README, not an assertion: random answers are not readers, but a "between" that is common even at
 * random would say the rule, not the reader, decides. Seeded, so the figure only moves when the
 * definitions or the rules do.
 */
import { score, type Outcome } from '../../src/lib/assessment/scoring.ts';
import type { AssessmentDefinition } from '../../src/schemas/assessment.ts';
import { loadDefinitions } from '../helpers/assessments.ts';
import type { Table } from './format.ts';

/** Answer sets drawn per assessment and per way of drawing. */
export const RANDOM_RUNS = 20_000;

/** A small seeded generator (mulberry32): the same seed gives the same answers on every machine. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomOutcomes {
  assessmentId: string;
  /** How the answers were drawn. */
  drawing: 'any answer' | 'never "not sure"';
  runs: number;
  counts: Record<Outcome['kind'], number>;
}

/** Draws `runs` complete answer sets, every item's answer uniformly at random (or never its "not sure"). */
export function randomOutcomes(definition: AssessmentDefinition, drawing: RandomOutcomes['drawing'], runs = RANDOM_RUNS): RandomOutcomes {
  const random = generator(definition.id.length * 7919 + (drawing === 'any answer' ? 1 : 2));
  const counts: Record<Outcome['kind'], number> = { insufficient: 0, outside: 0, none: 0, single: 0, between: 0 };
  for (let run = 0; run < runs; run += 1) {
    const answers = Object.fromEntries(
      definition.items.map((item) => {
        const choices = drawing === 'any answer' ? item.answers : item.answers.filter((answer) => answer.evidence !== 'unsure');
        return [item.id, choices[Math.floor(random() * choices.length)]!.id];
      }),
    );
    counts[score(definition, answers).outcome.kind] += 1;
  }
  return { assessmentId: definition.id, drawing, runs, counts };
}

const percent = (part: number, whole: number): string => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);

/** The table for the bench's report: one row per assessment and way of drawing. */
export function randomOutcomesTable(): Table {
  const rows = loadDefinitions().flatMap((definition) =>
    (['any answer', 'never "not sure"'] as const).map((drawing) => {
      const { counts, runs } = randomOutcomes(definition, drawing);
      const shown = counts.none + counts.single + counts.between;
      return [definition.id, drawing, percent(counts.between, shown), percent(counts.single, shown), percent(counts.none, shown), percent(counts.insufficient, runs)];
    }),
  );
  return {
    headers: ['Assessment', 'Answers drawn', '"Between" of results', 'One option', 'No option', 'Below the minimum'],
    rows,
    align: ['left', 'left'],
  };
}
