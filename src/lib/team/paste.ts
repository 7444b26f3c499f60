/**
 * Reads what a facilitator pastes into the team view: share links, one per line.
 *
 * Each non-empty line gives entries:
 * - a share link (`https://…/assess/which-option/#share=v1.…`), a bare fragment (`#share=v1.…`)
 *   or a bare code (`v1.which-option.1.…`) gives one entry;
 * - a team link (`…/team/#team=…`) gives all of its entries, with their labels;
 * - when a line holds exactly one share link, words before it are that entry's label
 *   (`Ana: https://…`): a way to label while pasting, never required;
 * - a line with nothing that looks like a result gives one entry that says what the line is (plain
 *   text, an assessment page with no result in it, another site's address…), so the team view can
 *   say why it could not be read instead of silently dropping it. A line that looks like a damaged
 *   share or team link gives its first word as the code, and decoding says what is wrong with it.
 * - entries that come from a pasted team link are marked, because that team counted each of them.
 *
 * Codes are cut at the first character a share code never has, so punctuation after a link in an
 * e-mail ("…-21).") does not spoil it. Whether a code is valid is decided later, by decoding it.
 * Pure and total: any string in, a list out, never an exception.
 */
import { looksLikeDamagedLink, SHARE_PARAM } from '../assessment/share-fragment.ts';
import { emptyReport, MAX_TEAM_ENTRIES, normalizeLabel, parseTeamLink, TEAM_PARAM, type ReadingReport, type TeamLinkEntry } from './link.ts';

/** What a pasted line that holds no result is, so the reader hears what to ask for instead. */
export type LineProblem = 'not-a-link' | 'result-page' | 'team-page' | 'site-page' | 'other-site';

/** A pasted entry: a result to decode, or a line that holds none (`problem`, with `code` empty). */
export interface PastedEntry extends TeamLinkEntry {
  /** From a team link: that team counted it as a person of its own. */
  fromTeamLink?: true;
  problem?: LineProblem;
}

/** The entries, and what could not be taken as it was (`pastLimit` counts lines here). */
export interface PastedLinks extends ReadingReport {
  entries: PastedEntry[];
}

export interface PasteOptions {
  /** The team page's own origin (`https://example.org`): an address elsewhere is "another site's". */
  siteOrigin?: string;
}

/** What the reader is told about a line that holds no result, and what to do. */
export const lineProblemMessages: Readonly<Record<LineProblem, string>> = {
  'not-a-link': 'this is not a link. Paste the link each person copied with "Copy share link" on their result.',
  'result-page': `this is an assessment's page, not a result: it holds no answers. Ask for the link from "Copy share link" on the result.`,
  'team-page': `this is the team view's address with no team in it. Ask for the link from "Copy team link".`,
  'site-page': 'this is a page of this guide, not a result. Ask for the link from "Copy share link" on the result.',
  'other-site': `this is another site's address, not a result from this guide. Ask for the link from "Copy share link" on the result.`,
};

/** Longest paste read: a few kilobytes per person is far more than any link needs. Lines beyond are counted. */
export const MAX_PASTE_LENGTH = 200_000;

const SHARE_MARK = `${SHARE_PARAM}=`;
const TEAM_MARK = `${TEAM_PARAM}=`;
/** Looks like a share code of some format version, even if it turns out to be a bad one. */
const BARE_CODE = /^#?v[0-9]+\.[a-z]/;
/** A web address: scheme and host, or a host with a path. */
const ADDRESS = /^(?:https?:\/\/|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\S*$/i;

/** A bullet or number before a pasted line ("- ", "2. "), not part of a label. */
const LIST_MARKER = /^(?:[-*•]|[0-9]{1,3}[.)])\s+/u;
/** What separates a label from its link ("Ana: ", "Ana – "). */
const TRAILING_PUNCTUATION = /[\s:;,.\-–—=>|]+$/u;
/** A word that is not a link is kept this long at most. */
const MAX_WORD = 201;

type Token = { kind: 'share'; code: string } | { kind: 'team'; text: string } | { kind: 'word'; text: string };

/** Every entry in `text`, in the order pasted (rules in the module comment). */
export function readPastedLinks(text: unknown, options: PasteOptions = {}): PastedLinks {
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
    for (const entry of readLine(line, result, options)) {
      if (result.entries.length < MAX_TEAM_ENTRIES) result.entries.push(entry);
      else result.leftOut += 1;
    }
  }
  return result;
}

function readLine(line: string, result: PastedLinks, options: PasteOptions): PastedEntry[] {
  const tokens = line.split(/\s+/u).filter(Boolean).map(classify);
  if (tokens.length === 0) return [];
  const links = tokens.filter((token) => token.kind !== 'word');
  if (links.length === 0) return [lineWithoutResult(tokens, options)];

  if (links.length === 1 && links[0]?.kind === 'share') {
    const before = tokens.slice(0, tokens.indexOf(links[0])).map((token) => (token.kind === 'word' ? token.text : ''));
    const words = before.join(' ').replace(LIST_MARKER, '').replace(TRAILING_PUNCTUATION, '');
    const label = normalizeLabel(words);
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
    result.unreadableDays += parsed.unreadableDays;
    return parsed.entries.map((entry): PastedEntry => ({ ...entry, code: shareCharacters(entry.code), fromTeamLink: true }));
  });
}

/** A line with nothing shaped like a result: what it is, or, when it seems a damaged link, its first word to decode. */
function lineWithoutResult(tokens: readonly Token[], options: PasteOptions): PastedEntry {
  const words = tokens.flatMap((token) => (token.kind === 'word' ? [token.text] : []));
  const address = words.find((word) => ADDRESS.test(word));
  if (address === undefined) {
    // A word like "#share" or "share%3Dv2…" is a link damaged on its way: decoding says so.
    const damaged = words.find((word) => looksLikeDamagedLink(word.startsWith('#') ? word : `#${word}`, '', SHARE_PARAM) || looksLikeDamagedLink(word.startsWith('#') ? word : `#${word}`, '', TEAM_PARAM));
    return damaged === undefined ? { code: '', problem: 'not-a-link' } : { code: damaged.slice(0, MAX_WORD) };
  }
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(address) ? address : `https://${address}`);
  } catch {
    return { code: '', problem: 'not-a-link' };
  }
  // Kept as typed (but short), so that decoding names it as damaged; it is never shown as it is.
  if (looksLikeDamagedLink(url.hash, url.search, SHARE_PARAM) || looksLikeDamagedLink(url.hash, url.search, TEAM_PARAM)) return { code: address.slice(0, MAX_WORD) };
  const path = url.pathname;
  if (/\/assess\/[a-z0-9-]+\/?$/.test(path)) return { code: '', problem: 'result-page' };
  if (/\/team\/?$/.test(path)) return { code: '', problem: 'team-page' };
  const ownSite = options.siteOrigin !== undefined && url.origin === options.siteOrigin;
  return { code: '', problem: ownSite ? 'site-page' : 'other-site' };
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
