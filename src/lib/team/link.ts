/**
 * Team links: several people's share codes, each with an optional label, in one URL fragment.
 *
 * Format, version 1:
 *
 *     #team=<entry>,<entry>,…
 *     <entry> = <share code>            an anonymous result
 *             | <share code>~<label>    a labelled one
 *
 *     #team=v1.which-option.1.20-130123-21~Ana,v1.which-option.1.012023110210
 *
 * - `<share code>` is a share code exactly as share-code.ts writes it: only [a-z0-9.-], so it
 *   needs no escaping and never contains `,` or `~`. It is not checked here: the team view decodes
 *   each one against the definitions and names the ones it cannot read.
 * - `<label>` is optional and is everything after the entry's first `~`. It is the label after
 *   {@link normaliseLabel} (no control or direction-changing characters, spaces collapsed, at most
 *   {@link MAX_LABEL_LENGTH} characters), written with encodeURIComponent, which escapes `,`, `#`,
 *   `%`, spaces, markup and every non-ASCII character. A label that does not decode is dropped and
 *   counted, never guessed at; the result itself still counts.
 * - Entries are separated by `,`; empty entries are skipped. A `%2C` right before a share code is
 *   read as a separator (some mail programs escape the commas of a link) and noted. At most
 *   {@link MAX_TEAM_ENTRIES} entries are read; the rest are counted as left out. A label longer than
 *   any this site writes is dropped and counted; its result still counts. Text beyond
 *   {@link MAX_TEAM_LINK_LENGTH} characters (far past any link a browser keeps) is not read, and its
 *   entries are counted.
 * - The fragment (after `#`) is never sent to a server, so labels stay in the reader's browser and
 *   in the link itself. A later format would use another key (`team2=`), so this reader ignores it
 *   rather than misreading it.
 *
 * Pure: no DOM. Parsing never throws, whatever string it is given.
 */

/** The URL fragment key: `#team=…`. */
export const TEAM_PARAM = 'team';

/** Labels are names or initials, not notes: longer ones are cut. */
export const MAX_LABEL_LENGTH = 40;

/** Far more than a group looking at itself needs; entries beyond it are left out and counted. */
export const MAX_TEAM_ENTRIES = 60;

/** Longest share code this reader keeps whole (share-code.ts refuses anything longer anyway). */
const MAX_CODE_PART = 200;

/** A label can be at most 12 escaped characters per character (a 4-byte character as %XX%XX%XX%XX). */
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
  /** Labels that were not valid percent-encoding: dropped, while their results still count. */
  unreadableLabels: number;
  /** Labels longer than any this site writes: dropped, while their results still count. */
  overlongLabels: number;
  /** Entries (in a team link) or lines (in a paste) past the length that is read at all. */
  pastLimit: number;
  /** Commas written as `%2C` between results, read as commas. */
  escapedSeparators: number;
}

export const emptyReport = (): ReadingReport => ({ leftOut: 0, unreadableLabels: 0, overlongLabels: 0, pastLimit: 0, escapedSeparators: 0 });

export interface ParsedTeamLink extends ReadingReport {
  entries: TeamLinkEntry[];
}

// Characters a label may not keep: controls (Cc) and the invisible marks that reorder text
// (bidirectional embeddings, overrides and isolates), which could make a label look like another.
const CONTROLS = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;
// Half of a surrogate pair with no other half: encodeURIComponent would throw on it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A label as the team view keeps it: lone surrogates and control characters removed, runs of
 * spaces made one, trimmed, and cut to {@link MAX_LABEL_LENGTH} characters (code points, so no
 * character is split). Applying it twice changes nothing. The empty string means "no label".
 */
export function normaliseLabel(label: string): string {
  const cleaned = label.replace(LONE_SURROGATE, '').replace(CONTROLS, ' ').replace(/\s+/gu, ' ').trim();
  const characters = Array.from(cleaned);
  return characters.length <= MAX_LABEL_LENGTH ? cleaned : characters.slice(0, MAX_LABEL_LENGTH).join('').trim();
}

/** Whether `code` can go into a team link unchanged: a share code's characters only. */
export function isLinkableCode(code: string): boolean {
  return code.length > 0 && code.length <= MAX_CODE_PART && /^[a-z0-9.-]+$/.test(code);
}

/**
 * The `team=…` part of a team link (without `#`) for `entries`, in the order given. Codes that
 * could not be read back unchanged (see {@link isLinkableCode}) are left out; empty labels too.
 */
export function formatTeamLink(entries: readonly TeamLinkEntry[]): string {
  const parts = entries
    .filter((entry) => isLinkableCode(entry.code))
    .slice(0, MAX_TEAM_ENTRIES)
    .map((entry) => {
      const label = normaliseLabel(entry.label ?? '');
      return label === '' ? entry.code : `${entry.code}${LABEL_MARK}${encodeURIComponent(label)}`;
    });
  return `${TEAM_PARAM}=${parts.join(SEPARATOR)}`;
}

/** The fragment for a team link, ready to append to the team page's URL. */
export function teamFragment(entries: readonly TeamLinkEntry[]): string {
  return `#${formatTeamLink(entries)}`;
}

/** The part after `team=` in a URL fragment, or undefined when the fragment is not a team link. */
export function readTeamFragment(hash: string): string | undefined {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${TEAM_PARAM}=`;
  return fragment.startsWith(prefix) ? fragment.slice(prefix.length) : undefined;
}

/**
 * Reads the entries of a team link: the part after `team=`, or a whole fragment or `team=…`
 * (both are recognised). Accepts any value and never throws.
 */
export function parseTeamLink(input: unknown): ParsedTeamLink {
  const result: ParsedTeamLink = { entries: [], ...emptyReport() };
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
  text = text.replace(ESCAPED_SEPARATOR, () => {
    result.escapedSeparators += 1;
    return SEPARATOR;
  });

  const parts = text.split(SEPARATOR).filter((part) => part.trim() !== '');
  result.leftOut += Math.max(0, parts.length - MAX_TEAM_ENTRIES);
  for (const part of parts.slice(0, MAX_TEAM_ENTRIES)) {
    const mark = part.indexOf(LABEL_MARK);
    const code = (mark === -1 ? part : part.slice(0, mark)).trim().slice(0, MAX_CODE_PART + 1);
    const entry: TeamLinkEntry = { code };
    if (mark !== -1) {
      const escaped = part.slice(mark + 1);
      const label = escaped.length > MAX_LABEL_PART ? undefined : decodeLabel(escaped);
      if (escaped.length > MAX_LABEL_PART) result.overlongLabels += 1;
      else if (label === undefined) result.unreadableLabels += 1;
      else if (label !== '') entry.label = label;
    }
    result.entries.push(entry);
  }
  return result;
}

/** `%2C` (a comma escaped by a mail program) right before what starts a share code of any format. */
const ESCAPED_SEPARATOR = /%2C(?=\s*v[0-9]+\.)/gi;

/** A label from its escaped form, normalised; undefined when it is not valid percent-encoding. */
function decodeLabel(escaped: string): string | undefined {
  try {
    return normaliseLabel(decodeURIComponent(escaped));
  } catch {
    return undefined;
  }
}

function countNonEmpty(text: string): number {
  return text.split(SEPARATOR).filter((part) => part.trim() !== '').length;
}

/**
 * What a team link carries, in the words the copy button announces:
 * "3 results, no names", "3 results with labels", "3 results, 1 with a label".
 */
export function describeTeamLink(entries: readonly TeamLinkEntry[]): string {
  const linkable = entries.filter((entry) => isLinkableCode(entry.code)).slice(0, MAX_TEAM_ENTRIES);
  const results = `${linkable.length} ${linkable.length === 1 ? 'result' : 'results'}`;
  const labelled = linkable.filter((entry) => normaliseLabel(entry.label ?? '') !== '').length;
  if (labelled === 0) return `${results}, no names`;
  if (labelled === linkable.length) return `${results} with ${labelled === 1 ? 'a label' : 'labels'}`;
  return `${results}, ${labelled} with ${labelled === 1 ? 'a label' : 'labels'}`;
}
