/**
 * Reads what a facilitator pastes into the team view: share links, one per line.
 *
 * Each non-empty line gives entries:
 * - a share link (`https://…/assess/which-option/#share=v1.…`), a bare fragment (`#share=v1.…`)
 *   or a bare code (`v1.which-option.1.…`) gives one entry;
 * - a team link (`…/team/#team=…`) gives all of its entries, with their labels;
 * - when a line holds exactly one share link, words before it are that entry's label
 *   (`Ana: https://…`): a way to label while pasting, never required;
 * - a line with nothing that looks like a link gives one entry with the line's first word as its
 *   code, so the team view can say that it could not be read instead of silently dropping it.
 *
 * Codes are cut at the first character a share code never has, so punctuation after a link in an
 * e-mail ("…-21).") does not spoil it. Whether a code is valid is decided later, by decoding it.
 * Pure and total: any string in, a list out, never an exception.
 */
import { SHARE_PARAM } from '../assessment/share-fragment.ts';
import { emptyReport, MAX_TEAM_ENTRIES, normaliseLabel, parseTeamLink, TEAM_PARAM, type ReadingReport, type TeamLinkEntry } from './link.ts';

/** The entries, and what could not be taken as it was (`pastLimit` counts lines here). */
export interface PastedLinks extends ReadingReport {
  entries: TeamLinkEntry[];
}

/** Longest paste read: a few kilobytes per person is far more than any link needs. Lines beyond are counted. */
export const MAX_PASTE_LENGTH = 200_000;

const SHARE_MARK = `${SHARE_PARAM}=`;
const TEAM_MARK = `${TEAM_PARAM}=`;
/** Looks like a share code of some format version, even if it turns out to be a bad one. */
const BARE_CODE = /^#?v[0-9]+\./;

/** A bullet or number before a pasted line ("- ", "2. "), not part of a label. */
const LIST_MARKER = /^(?:[-*•]|[0-9]{1,3}[.)])\s+/u;
/** What separates a label from its link ("Ana: ", "Ana – "). */
const TRAILING_PUNCTUATION = /[\s:;,.\-–—=>|]+$/u;
/** A word that is not a link is kept this long at most. */
const MAX_WORD = 201;

type Token = { kind: 'share'; code: string } | { kind: 'team'; text: string } | { kind: 'word'; text: string };

/** Every entry in `text`, in the order pasted (rules in the module comment). */
export function readPastedLinks(text: unknown): PastedLinks {
  const result: PastedLinks = { entries: [], ...emptyReport() };
  if (typeof text !== 'string') return result;
  let read = text;
  if (text.length > MAX_PASTE_LENGTH) {
    // Up to the last line that ends within the limit; a single longer line is read up to the limit.
    const head = text.slice(0, MAX_PASTE_LENGTH + 1);
    const lastBreak = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('\r'));
    const cut = lastBreak <= 0 ? MAX_PASTE_LENGTH : lastBreak;
    read = text.slice(0, cut);
    result.pastLimit = text
      .slice(cut)
      .split(/\r\n|\r|\n/)
      .filter((line) => line.trim() !== '').length;
  }
  for (const line of read.split(/\r\n|\r|\n/)) {
    for (const entry of readLine(line, result)) {
      if (result.entries.length < MAX_TEAM_ENTRIES) result.entries.push(entry);
      else result.leftOut += 1;
    }
  }
  return result;
}

function readLine(line: string, result: PastedLinks): TeamLinkEntry[] {
  const tokens = line.split(/\s+/u).filter(Boolean).map(classify);
  if (tokens.length === 0) return [];
  const links = tokens.filter((token) => token.kind !== 'word');
  // Kept as typed (but short), so that decoding names it as unreadable; it is never shown as it is.
  if (links.length === 0) return [{ code: tokens[0]?.kind === 'word' ? tokens[0].text.slice(0, MAX_WORD) : '' }];

  if (links.length === 1 && links[0]?.kind === 'share') {
    const before = tokens.slice(0, tokens.indexOf(links[0])).map((token) => (token.kind === 'word' ? token.text : ''));
    const words = before.join(' ').replace(LIST_MARKER, '').replace(TRAILING_PUNCTUATION, '');
    const label = normaliseLabel(words);
    return [label === '' ? { code: links[0].code } : { code: links[0].code, label }];
  }

  return links.flatMap((token) => {
    if (token.kind === 'share') return [{ code: token.code }];
    if (token.kind !== 'team') return [];
    const parsed = parseTeamLink(token.text);
    result.leftOut += parsed.leftOut;
    result.unreadableLabels += parsed.unreadableLabels;
    result.overlongLabels += parsed.overlongLabels;
    result.escapedSeparators += parsed.escapedSeparators;
    return parsed.entries.map((entry) => ({ ...entry, code: shareCharacters(entry.code) }));
  });
}

function classify(word: string): Token {
  const team = markedPart(word, TEAM_MARK);
  if (team !== undefined) return { kind: 'team', text: team };
  const share = markedPart(word, SHARE_MARK);
  if (share !== undefined) return { kind: 'share', code: shareCharacters(share) };
  if (BARE_CODE.test(word)) return { kind: 'share', code: shareCharacters(word.replace(/^#/, '')) };
  return { kind: 'word', text: word };
}

/** What follows `mark` when it starts the word or follows `#`, `?` or `&` (as in a URL). */
function markedPart(word: string, mark: string): string | undefined {
  if (word.startsWith(mark)) return word.slice(mark.length);
  for (const lead of ['#', '?', '&']) {
    const at = word.indexOf(`${lead}${mark}`);
    if (at !== -1) return word.slice(at + lead.length + mark.length);
  }
  return undefined;
}

/** The leading run of characters a share code can have. */
function shareCharacters(text: string): string {
  return /^[a-z0-9.-]*/.exec(text)?.[0].replace(/\.+$/, '') ?? '';
}
