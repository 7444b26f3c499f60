/**
 * What the team page's address carries: a team link, a single share link, a link that looks
 * damaged (`#team`, `#team%3D…`, `?team=…`, `##team=…`, or the same for `share`), or nothing.
 * Pure: the island passes `location.hash` and `location.search`.
 */
import { looksLikeDamagedLink, readShareFragment, SHARE_PARAM } from '../assessment/share-fragment.ts';
import { parseTeamLink, readTeamFragment, TEAM_PARAM, type ParsedTeamLink } from './link.ts';

export type TeamAddress =
  | { kind: 'team'; parsed: ParsedTeamLink }
  | { kind: 'share'; code: string }
  | { kind: 'damaged' }
  | { kind: 'none' };

export function readTeamAddress(hash: string, search: string): TeamAddress {
  const team = readTeamFragment(hash);
  if (team !== undefined) return { kind: 'team', parsed: parseTeamLink(team) };
  const share = readShareFragment(hash);
  if (share !== undefined) return { kind: 'share', code: share };
  const damaged = looksLikeDamagedLink(hash, search, TEAM_PARAM) || looksLikeDamagedLink(hash, search, SHARE_PARAM);
  return damaged ? { kind: 'damaged' } : { kind: 'none' };
}
