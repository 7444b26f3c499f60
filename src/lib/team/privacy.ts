/**
 * Which labels would tell who answered what, if the team link carried them. Pure.
 *
 * In an assessment's section of one or two people, a label beside a result is as good as a name on
 * the answers: the counts of the section then describe that person. Labels are kept out of the
 * team link unless the reader chooses; when they choose, these are named before the link goes.
 */
import type { TeamPicture } from './aggregate.ts';

/** A section this small makes a labeled result identifiable. */
export const IDENTIFIABLE_UP_TO = 2;

export interface IdentifyingLabel {
  label: string;
  /** The assessment's title. */
  title: string;
  /** People in that section. */
  people: number;
}

export function identifyingLabels(picture: Pick<TeamPicture, 'counted' | 'groups'>): IdentifyingLabel[] {
  return picture.groups.flatMap((group) => {
    if (group.people > IDENTIFIABLE_UP_TO) return [];
    return picture.counted
      .filter((entry) => entry.assessmentId === group.definition.id && entry.label !== undefined)
      .map((entry) => ({ label: entry.label ?? '', title: group.definition.title, people: group.people }));
  });
}
