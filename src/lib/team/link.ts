/**
 * Team links: several people's share codes, each with an optional label, in one URL fragment,
 * with the day the team was made.
 *
 * Format 2 (written since December 2026):
 *
 *     #team=d<day>,<entry>,<entry>,…
 *     <day>   = YYYY-MM-DD, the day the team's latest result was added; empty when not known
 *     <entry> = <share code>            an anonymous result
 *             | <share code>~<label>    a labeled one
 *
 *     #team=d2026-12-04,v2.which-option.1.20-130123-21.5jbs~Ana,v2.which-option.1.012023110210.7kq2
 *
 * - `<share code>` is a share code exactly as share-code.ts writes it: only [a-z0-9.-], so it
 *   needs no escaping and never holds `,` or `~`. It is not checked here: the team view decodes
 *   each one against the definitions and names the ones it cannot read.
 * - `<label>` is everything after the entry's first `~`: the label after {@link normalizeLabel},
 *   as UTF-8 bytes, letters and digits as they are and every other byte as `.` and two hex digits
 *   (`Ana Lee` is `Ana.20Lee`, `Team,V1.0` is `Team.2CV1.2E0`). So a written link holds only
 *   letters, digits, `.`, `-`, `~` and `,`: nothing a browser, mail program or chat escapes, and
 *   never `%`. Any `%XX` in a format-2 link was added on the way (a mail program escaping its
 *   commas, say): it is undone before reading, so what the page writes reads back unchanged.
 * - A label that does not decode is dropped and counted, never guessed at; its result still counts.
 *
 * Format 1 (before December 2026): no day, labels percent-encoded (encodeURIComponent). Still
 * read, for links made then. A `%2C` right before a whole share code is read as a separator there
 * (some mail programs escape the commas of a link) and noted.
 *
 * Both: entries are separated by `,`; empty entries are skipped. At most {@link MAX_TEAM_ENTRIES}
 * entries are read; the rest are counted as left out. A label longer than any this site writes is
 * dropped and counted; its result still counts. Text beyond {@link MAX_TEAM_LINK_LENGTH} characters
 * (far past any link a browser keeps) is not read, and its entries are counted.
 *
 * The fragment (after `#`) is never sent to a server. Pure: no DOM. Parsing never throws.
 */
import { isDay, type Day } from './day.ts';

/** The URL fragment key: `#team=…`. */
export const TEAM_PARAM = 'team';

/** Labels are names or initials, not notes: longer ones are cut. */
export const MAX_LABEL_LENGTH = 40;

/** Far more than a group looking at itself needs; entries beyond it are left out and counted. */
export const MAX_TEAM_ENTRIES = 60;

/** Longest share code this reader keeps whole (share-code.ts refuses anything longer anyway). */
const MAX_CODE_PART = 200;

/** A label can be at most 12 written characters per character (a 4-byte character as .XX.XX.XX.XX or %XX%XX%XX%XX). */
const MAX_LABEL_PART = MAX_LABEL_LENGTH * 12;

/** Chromium's longest URL: nothing longer can arrive in an address bar, so nothing longer is read. */
export const MAX_TEAM_LINK_LENGTH = 2_000_000;

const SEPARATOR = ',';
const LABEL_MARK = '~';

/** One result in a team: a share code, and a label only when someone gave one. */
export interface TeamLinkEntry {
  code: string;
  label?: string;
}

/** What reading a team link (or a paste) could not take as it was, for the notes the reader sees. */
export interface ReadingReport {
  /** Entries beyond {@link MAX_TEAM_ENTRIES}, not read. */
  leftOut: number;
  /** Labels that were not valid escapes: dropped, while their results still count. */
  unreadableLabels: number;
  /** Labels longer than any this site writes: dropped, while their results still count. */
  overlongLabels: number;
  /** Entries (in a team link) or lines (in a paste) past the length that is read at all. */
  pastLimit: number;
  /** Commas written as `%2C` between results, read as commas. */
  escapedSeparators: number;
  /** Team links whose day could not be read (not a real calendar day): read as undated. */
  unreadableDays: number;
}

export const emptyReport = (): ReadingReport => ({ leftOut: 0, unreadableLabels: 0, overlongLabels: 0, pastLimit: 0, escapedSeparators: 0, unreadableDays: 0 });

export interface ParsedTeamLink extends ReadingReport {
  entries: TeamLinkEntry[];
  /** 2 for links with a day (written since December 2026), 1 for the earlier links without one. */
  format: 1 | 2;
  /** The day the team was made, when the link says it. */
  madeOn?: Day;
}

/** How a team link is written: with the day the team was made, and with its labels or without. */
export interface TeamLinkOptions {
  madeOn?: Day | undefined;
  /** Labels go into the link only when the reader chooses; without them it carries results only. */
  labels?: boolean;
}

// Characters a label may not keep: controls (Cc) and the invisible marks that reorder text
// (bidirectional embeddings, overrides and isolates), which could make a label look like another.
const CONTROLS = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;
// Half of a surrogate pair with no other half: it has no UTF-8 form, so no link could carry it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A label as the team view keeps it: lone surrogates and control characters removed, runs of
 * spaces made one, trimmed, and cut to {@link MAX_LABEL_LENGTH} characters (code points, so no
 * character is split). Applying it twice changes nothing. The empty string means "no label".
 */
export function normalizeLabel(label: string): string {
  const cleaned = label.replace(LONE_SURROGATE, '').replace(CONTROLS, ' ').replace(/\s+/gu, ' ').trim();
  const characters = Array.from(cleaned);
  return characters.length <= MAX_LABEL_LENGTH ? cleaned : characters.slice(0, MAX_LABEL_LENGTH).join('').trim();
}

/** Whether `code` can go into a team link unchanged: a share code's characters only. */
export function isLinkableCode(code: string): boolean {
  return code.length > 0 && code.length <= MAX_CODE_PART && /^[a-z0-9.-]+$/.test(code);
}

const DAY_MARK = 'd';
const LABEL_ESCAPE = '.';
const encoder = new TextEncoder();

/** A label in format 2: letters and digits as they are, every other UTF-8 byte as `.XX`. */
export function encodeLabel(label: string): string {
  let written = '';
  for (const byte of encoder.encode(label)) {
    const isPlain = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
    written += isPlain ? String.fromCharCode(byte) : `${LABEL_ESCAPE}${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return written;
}

/** A format-2 label from its written form, normalized; undefined when it is not one {@link encodeLabel} could write. */
export function decodeLabel(written: string): string | undefined {
  if (!/^(?:[A-Za-z0-9]|\.[0-9A-Fa-f]{2})*$/.test(written)) return undefined;
  const bytes: number[] = [];
  for (let index = 0; index < written.length; ) {
    if (written[index] === LABEL_ESCAPE) {
      bytes.push(Number.parseInt(written.slice(index + 1, index + 3), 16));
      index += 3;
    } else {
      bytes.push(written.charCodeAt(index));
      index += 1;
    }
  }
  try {
    return normalizeLabel(new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes)));
  } catch {
    return undefined;
  }
}

/**
 * The `team=…` part of a team link (without `#`) for `entries`, in the order given, in format 2.
 * Codes that could not be read back unchanged (see {@link isLinkableCode}) are left out; empty
 * labels too, and every label unless `labels` is true.
 */
export function formatTeamLink(entries: readonly TeamLinkEntry[], options: TeamLinkOptions = {}): string {
  const { madeOn, labels = false } = options;
  const parts = entries
    .filter((entry) => isLinkableCode(entry.code))
    .slice(0, MAX_TEAM_ENTRIES)
    .map((entry) => {
      const label = labels ? normalizeLabel(entry.label ?? '') : '';
      return label === '' ? entry.code : `${entry.code}${LABEL_MARK}${encodeLabel(label)}`;
    });
  const day = madeOn !== undefined && isDay(madeOn) ? madeOn : '';
  return `${TEAM_PARAM}=${[`${DAY_MARK}${day}`, ...parts].join(SEPARATOR)}`;
}

/** The fragment for a team link, ready to append to the team page's URL. */
export function teamFragment(entries: readonly TeamLinkEntry[], options: TeamLinkOptions = {}): string {
  return `#${formatTeamLink(entries, options)}`;
}

/** The part after `team=` in a URL fragment, or undefined when the fragment is not a team link. */
export function readTeamFragment(hash: string): string | undefined {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${TEAM_PARAM}=`;
  return fragment.startsWith(prefix) ? fragment.slice(prefix.length) : undefined;
}

/** A format-2 link opens with its day mark; a format-1 link with a share code (`v…`). */
const FORMAT_2_START = /^\s*d/;
/** The day part that opens a format-2 link, up to its first separator. */
const FORMAT_2_HEAD = /^\s*d([^,]*)(?:,|$)/;

/**
 * Reads the entries of a team link: the part after `team=`, or a whole fragment or `team=…`
 * (both are recognized), of either format. Accepts any value and never throws.
 */
export function parseTeamLink(input: unknown): ParsedTeamLink {
  const result: ParsedTeamLink = { entries: [], ...emptyReport(), format: 1 };
  if (typeof input !== 'string') return result;
  let text = readTeamFragment(input) ?? input;

  if (text.length > MAX_TEAM_LINK_LENGTH) {
    // Read up to the last whole entry within the limit; count what follows without reading it.
    const kept = text.slice(0, MAX_TEAM_LINK_LENGTH + 1);
    const cut = kept.lastIndexOf(SEPARATOR);
    const rest = cut === -1 ? text : text.slice(cut + 1);
    result.pastLimit += countNonEmpty(rest);
    text = cut === -1 ? '' : text.slice(0, cut);
  }

  if (FORMAT_2_START.test(text)) {
    result.format = 2;
    // Nothing this site writes in format 2 holds "%": every %XX of an ASCII character came from the way.
    text = text.replace(/%([0-7][0-9A-F])/gi, (_, hex: string) => {
      const character = String.fromCharCode(Number.parseInt(hex, 16));
      if (character === SEPARATOR) result.escapedSeparators += 1;
      return character;
    });
    const head = FORMAT_2_HEAD.exec(text);
    const day = head?.[1]?.trim() ?? '';
    if (isDay(day)) result.madeOn = day;
    else if (day !== '') result.unreadableDays += 1;
    text = text.slice(head?.[0].length ?? 0);
  } else {
    text = text.replace(ESCAPED_SEPARATOR, () => {
      result.escapedSeparators += 1;
      return SEPARATOR;
    });
  }

  const parts = text.split(SEPARATOR).filter((part) => part.trim() !== '');
  result.leftOut += Math.max(0, parts.length - MAX_TEAM_ENTRIES);
  for (const part of parts.slice(0, MAX_TEAM_ENTRIES)) {
    const mark = part.indexOf(LABEL_MARK);
    const code = (mark === -1 ? part : part.slice(0, mark)).trim().slice(0, MAX_CODE_PART + 1);
    const entry: TeamLinkEntry = { code };
    if (mark !== -1) {
      const written = part.slice(mark + 1).trim();
      const tooLong = written.length > MAX_LABEL_PART;
      const label = tooLong ? undefined : result.format === 2 ? decodeLabel(written) : decodePercentLabel(written);
      if (tooLong) result.overlongLabels += 1;
      else if (label === undefined) result.unreadableLabels += 1;
      else if (label !== '') entry.label = label;
    }
    result.entries.push(entry);
  }
  return result;
}

/**
 * Format 1: `%2C` (a comma escaped by a mail program) right before a whole share code and what may
 * follow one (a label, another entry, the end). A label's own escaped comma is read as a comma
 * unless the label goes on with what is, to the letter, a whole share code.
 */
const ESCAPED_SEPARATOR = /%2[Cc](?=\s*v[0-9]+\.[a-z0-9.-]*(?:~|,|%2[Cc]|\s*$))/g;

/** A format-1 label from its percent-encoded form, normalized; undefined when it is not valid percent-encoding. */
function decodePercentLabel(escaped: string): string | undefined {
  try {
    return normalizeLabel(decodeURIComponent(escaped));
  } catch {
    return undefined;
  }
}

function countNonEmpty(text: string): number {
  return text.split(SEPARATOR).filter((part) => part.trim() !== '').length;
}

/**
 * What a team link carries, in the words the copy button announces:
 * "3 results, no labels", "3 results with labels", "3 results, 1 with a label".
 */
export function describeTeamLink(entries: readonly TeamLinkEntry[]): string {
  const linkable = entries.filter((entry) => isLinkableCode(entry.code)).slice(0, MAX_TEAM_ENTRIES);
  const results = `${linkable.length} ${linkable.length === 1 ? 'result' : 'results'}`;
  const labeled = linkable.filter((entry) => normalizeLabel(entry.label ?? '') !== '').length;
  if (labeled === 0) return `${results}, no labels`;
  if (labeled === linkable.length) return `${results} with ${labeled === 1 ? 'a label' : 'labels'}`;
  return `${results}, ${labeled} with ${labeled === 1 ? 'a label' : 'labels'}`;
}
