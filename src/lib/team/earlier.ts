/**
 * An earlier team link, given to see what moved: read, checked, and set beside the team shown.
 * Pure: the island passes the text, the definitions, the team shown and today's day.
 *
 * What is refused, each with its own message, leaving what is shown as it was: nothing given; a
 * single share link or anything that is not a team link; a team link with no results or none that
 * can be read; results made for another version of the questions; a link dated in the future, or
 * after the team shown; a link whose assessments the team shown has none of. A link that holds the
 * same results as the team shown is read, and says that nothing moved.
 */
import type { AssessmentDefinition } from '../../schemas/assessment.ts';
import { aggregateTeam, type TeamPicture } from './aggregate.ts';
import { compareTeams, type GroupRef, type TeamComparison } from './compare.ts';
import { dayInWords, daysBetween, isFutureDay, type Day } from './day.ts';
import { parseTeamLink, TEAM_PARAM, type ParsedTeamLink } from './link.ts';
import { SHARE_PARAM } from '../assessment/share-fragment.ts';

export type EarlierProblem =
  | 'nothing-given'
  | 'share-link'
  | 'not-a-team-link'
  | 'no-results'
  | 'none-readable'
  | 'other-version'
  | 'future'
  | 'after-now'
  | 'other-assessment'
  | 'nothing-shown';

export type EarlierRead =
  | { ok: false; problem: EarlierProblem; message: string }
  | {
      ok: true;
      link: ParsedTeamLink;
      picture: TeamPicture;
      comparison: TeamComparison;
      /** Both hold exactly the same results: nothing moved. */
      same: boolean;
      /** What the reader should know about the comparison: results left out, groups on one side only. */
      notes: string[];
    };

/** The team shown now: its picture and the day it was made. */
export interface TeamNow {
  picture: TeamPicture;
  madeOn?: Day | undefined;
}

/** Share-code problems that mean "made for other questions" rather than "damaged". */
const OTHER_VERSION = new Set(['outdated', 'earlier-format', 'newer-version', 'changed-questions']);

export function readEarlierLink(text: unknown, definitions: readonly AssessmentDefinition[], now: TeamNow, today: Day): EarlierRead {
  const refuse = (problem: EarlierProblem, message: string): EarlierRead => ({ ok: false, problem, message });
  if (typeof text !== 'string' || text.trim() === '') return refuse('nothing-given', 'Paste the team link from the earlier meeting first.');
  if (now.picture.counted.length === 0) return refuse('nothing-shown', "There is no team to compare with yet: add this time's share links first, then the earlier team link.");
  const words = text.trim().split(/\s+/u);
  const teamWord = words.map((word) => markedPart(word, TEAM_PARAM)).find((part) => part !== undefined);
  if (teamWord === undefined) {
    const isShare = words.some((word) => markedPart(word, SHARE_PARAM) !== undefined);
    return isShare
      ? refuse('share-link', `This is one person's share link, not a team link. Paste the link from "Copy team link" in the team view of the earlier meeting.`)
      : refuse('not-a-team-link', 'This is not a team link. Paste the whole link from "Copy team link" in the team view of the earlier meeting: it contains "#team=".');
  }
  const link = parseTeamLink(teamWord);
  if (link.entries.length === 0) return refuse('no-results', 'That team link holds no results: it may have been cut off when it was copied. Ask for it again, copied whole.');
  if (link.madeOn !== undefined && isFutureDay(link.madeOn, today)) {
    return refuse('future', `That team link is dated ${dayInWords(link.madeOn)}, which is after today (${dayInWords(today)} on this device). Check the date on this device, or ask for the link again.`);
  }
  if (link.madeOn !== undefined && now.madeOn !== undefined && daysBetween(now.madeOn, link.madeOn) > 0) {
    return refuse('after-now', `That team link was made on ${dayInWords(link.madeOn)}, after the team shown here (${dayInWords(now.madeOn)}). Paste a team link made before it.`);
  }

  // Each result of a team link is a person of its own (that team counted it): one batch each.
  const picture = aggregateTeam(
    link.entries.map((entry, index) => ({ ...entry, batch: index + 1 })),
    definitions,
  );
  if (picture.counted.length === 0) {
    const otherVersion = picture.rejected.length > 0 && picture.rejected.every((entry) => OTHER_VERSION.has(entry.reason));
    return otherVersion
      ? refuse('other-version', "The results in that team link were made for another version of the questions, so they cannot be set beside today's. Compare links made with the same questions.")
      : refuse('none-readable', 'None of the results in that team link could be read: it looks damaged. Ask for it again, copied whole.');
  }
  const comparison = compareTeams(picture, now.picture);
  if (comparison.groups.length === 0) {
    return refuse('other-assessment', `That team link holds results of ${titles(comparison.onlyThen)}, and the team shown has none of ${comparison.onlyThen.length === 1 ? 'that assessment' : 'those assessments'}. Only results of the same assessment can be compared.`);
  }

  const notes: string[] = [];
  if (link.madeOn === undefined) notes.push('That team link was made before links carried their date, so "then" has no date.');
  const left = picture.rejected.length;
  if (left > 0) {
    const why = picture.rejected.every((entry) => OTHER_VERSION.has(entry.reason)) ? 'were made for another version of the questions' : 'could not be read';
    notes.push(`${left} ${left === 1 ? 'result' : 'results'} in that team link ${why}, and ${left === 1 ? 'is' : 'are'} left out of "then".`);
  }
  if (comparison.onlyThen.length > 0) notes.push(`Only the earlier link has results of ${titles(comparison.onlyThen)}: ${comparison.onlyThen.length === 1 ? 'it is' : 'they are'} not compared.`);
  if (comparison.onlyNow.length > 0) notes.push(`Only the team shown has results of ${titles(comparison.onlyNow)}: ${comparison.onlyNow.length === 1 ? 'it is' : 'they are'} not compared.`);
  return { ok: true, link, picture, comparison, same: sameResults(picture, now.picture), notes };
}

/** Whether two pictures count exactly the same results (the same codes, as many times each). */
export function sameResults(a: TeamPicture, b: TeamPicture): boolean {
  const codes = (picture: TeamPicture) => picture.counted.map((entry) => entry.code).sort();
  const [first, second] = [codes(a), codes(b)];
  return first.length === second.length && first.every((code, index) => code === second[index]);
}

function titles(groups: readonly GroupRef[]): string {
  const names = [...new Set(groups.map((group) => `"${group.definition.title}"`))];
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** What follows `mark=` when it starts the word or follows `#`, `?` or `&` (as in a URL). */
function markedPart(word: string, key: string): string | undefined {
  const mark = `${key}=`;
  if (word.startsWith(mark)) return word.slice(mark.length);
  for (const lead of ['#', '?', '&']) {
    const at = word.indexOf(`${lead}${mark}`);
    if (at !== -1) return word.slice(at + lead.length + mark.length);
  }
  return undefined;
}
