/**
 * A generated corpus of hostile and damaged input: tampered share links, corrupt or refused
 * storage, tampered team links and pastes. Every case says what a reader must end up with: a
 * result, or a visible message. The unit tests decode the whole corpus; the browser tests run a
 * slice of every category in Chromium. Generated from the current definitions, so it follows them.
 */
import { checkOf, encodeShareCode, questionsKey } from '../../src/lib/assessment/share-code.ts';
import { encodeProgress } from '../../src/lib/assessment/saved-progress.ts';
import { MAX_PASTE_LENGTH } from '../../src/lib/team/paste.ts';
import { MAX_TEAM_ENTRIES, teamFragment } from '../../src/lib/team/link.ts';
import { answersAt, loadDefinitions } from './assessments.ts';

export const corpusDefinitions = loadDefinitions();
const byId = (id: string) => corpusDefinitions.find((definition) => definition.id === id)!;

/** A code with intact check characters for any id, version and answer characters. */
export function signedCode(id: string, version: number | string, answerText: string, key = '00'): string {
  const body = `v2.${id}.${version}.${answerText}.${key}`;
  return `${body}${checkOf(body)}`;
}

const replaceAt = (text: string, at: number, by: string) => text.slice(0, at) + by + text.slice(at + 1);
const swapAt = (text: string, at: number) => text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);

// ---------------------------------------------------------------- share links

export type ShareExpectation =
  /** The shared result, read-only. */
  | 'result'
  /** The "cannot be shown" message. */
  | 'message'
  /** A pointer to the assessment's own page. */
  | 'elsewhere';

export interface ShareCase {
  category: string;
  name: string;
  /** The assessment page the link is opened on. */
  page: string;
  /** What follows the page's path: `#share=…`, `?share=…`, `#share`… */
  suffix: string;
  expect: ShareExpectation;
}

function shareCases(): ShareCase[] {
  const cases: ShareCase[] = [];
  const add = (category: string, name: string, page: string, suffix: string, expect: ShareExpectation) => cases.push({ category, name, page, suffix, expect });
  for (const definition of corpusDefinitions) {
    const page = definition.id;
    const valid = [encodeShareCode(definition, answersAt(definition, () => 0)), encodeShareCode(definition, answersAt(definition, (index) => index + 1))];
    valid.forEach((code, index) => add('valid', `${page} valid ${index + 1}`, page, `#share=${code}`, 'result'));
    const code = valid[1]!;
    // Substitutions spread over the whole code, each by a character a code can have.
    for (let at = 0; at < code.length; at += 3) {
      const by = code[at] === '1' ? '2' : code[at] === '.' ? '-' : '1';
      add('substitution', `${page} substitution at ${at}`, page, `#share=${replaceAt(code, at, by)}`, 'message');
    }
    for (let at = 1; at < code.length; at += 4) add('deletion', `${page} deletion at ${at}`, page, `#share=${code.slice(0, at) + code.slice(at + 1)}`, 'message');
    for (let at = 2; at + 1 < code.length; at += 4) {
      if (code[at] !== code[at + 1]) add('transposition', `${page} swap at ${at}`, page, `#share=${swapAt(code, at)}`, 'message');
    }
    for (const keep of [code.length - 1, code.length - 2, code.length - 5, Math.floor(code.length / 2), 3]) {
      add('truncation', `${page} cut to ${keep}`, page, `#share=${code.slice(0, keep)}`, 'message');
    }
    add('earlier format', `${page} format 1`, page, `#share=v1.${page}.${definition.version}.${'0'.repeat(definition.items.length)}`, 'message');
    add('version', `${page} newer version`, page, `#share=${signedCode(page, definition.version + 1, '0'.repeat(definition.items.length), questionsKey(definition))}`, 'message');
    add('version', `${page} version 0`, page, `#share=${signedCode(page, 0, '0'.repeat(definition.items.length), questionsKey(definition))}`, 'message');
    add('questions changed', `${page} other questions key`, page, `#share=${signedCode(page, definition.version, '0'.repeat(definition.items.length), questionsKey(definition) === 'zz' ? 'yy' : 'zz')}`, 'message');
    add('answers', `${page} no answers`, page, `#share=${signedCode(page, definition.version, '-'.repeat(definition.items.length), questionsKey(definition))}`, 'message');
    add('answers', `${page} impossible answer`, page, `#share=${signedCode(page, definition.version, `z${'0'.repeat(definition.items.length - 1)}`, questionsKey(definition))}`, 'message');
  }
  const which = byId('which-option');
  const mirror = byId('group-mirror');
  const whichCode = encodeShareCode(which, answersAt(which, () => 1));
  for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']) {
    add('inherited name', `v2 ${id}`, 'which-option', `#share=${signedCode(id, 1, '0')}`, 'message');
    add('inherited name', `v1 ${id}`, 'which-option', `#share=v1.${id}.1.0`, 'message');
  }
  add('lookalike', '#share', 'which-option', '#share', 'message');
  add('lookalike', '#share%3D', 'which-option', `#share%3D${whichCode}`, 'message');
  add('lookalike', '##share=', 'which-option', `##share=${whichCode}`, 'message');
  add('lookalike', '?share=', 'which-option', `?share=${whichCode}`, 'message');
  add('lookalike', '#SHARE=', 'which-option', `#SHARE=${whichCode}`, 'message');
  add('lookalike', '#share:', 'which-option', `#share:${whichCode}`, 'message');
  add('markup', 'script element', 'which-option', '#share=<script>window.__pwned=1</script>', 'message');
  add('markup', 'image with onerror', 'which-option', `#share=v2.which-option.1.<img src=x onerror="window.__pwned=2">`, 'message');
  add('markup', 'javascript: URL', 'which-option', '#share=javascript:window.__pwned=3', 'message');
  add('markup', 'escaped markup', 'which-option', '#share=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D4%3E', 'message');
  add('empty', 'nothing after share=', 'which-option', '#share=', 'message');
  add('empty', 'only a hyphen', 'which-option', '#share=-', 'message');
  add('over-long', 'ten thousand characters', 'which-option', `#share=${whichCode}${'0'.repeat(10_000)}`, 'message');
  add('other page', 'a mirror code on which-option', 'which-option', `#share=${encodeShareCode(mirror, answersAt(mirror, () => 2))}`, 'elsewhere');
  add('other page', 'a which-option code on the mirror', 'group-mirror', `#share=${whichCode}`, 'elsewhere');
  return cases;
}

export const shareCorpus: readonly ShareCase[] = shareCases();

// ---------------------------------------------------------------- storage

/** How the browser's storage behaves. */
export type StorageMode =
  /** Works, holding `values`. */
  | 'values'
  /** `window.localStorage` is null (Firefox with storage turned off). */
  | 'null'
  /** Every use of it throws. */
  | 'throwing'
  /** Reading `window.localStorage` itself throws. */
  | 'getter-throws'
  /** Reads `values`, but every write throws (full). */
  | 'full';

/** The notice the assessment greets the reader with; `none` is a fresh start. */
export type StorageExpectation = 'none' | 'restored' | 'corrupt' | 'outdated' | 'unkept';

export interface StorageCase {
  category: string;
  name: string;
  page: string;
  mode: StorageMode;
  values: Record<string, string>;
  expect: StorageExpectation;
}

function storageCases(): StorageCase[] {
  const cases: StorageCase[] = [];
  for (const definition of corpusDefinitions) {
    const page = definition.id;
    const key = `sowg:progress:${page}`;
    const firstItem = definition.items[0]!;
    const progress = (data: Record<string, unknown>) => JSON.stringify({ assessment: page, version: definition.version, answers: {}, position: 0, ...data });
    const add = (category: string, name: string, value: string, expect: StorageExpectation, mode: StorageMode = 'values') =>
      cases.push({ category, name: `${page}: ${name}`, page, mode, values: { [key]: value }, expect });
    const oneAnswer = { [firstItem.id]: firstItem.answers[0]!.id };

    add('valid', 'one answer saved', encodeProgress({ assessment: page, version: definition.version, answers: oneAnswer, position: 1 }), 'restored');
    add('valid', 'nothing answered yet', progress({}), 'none');
    for (const [name, value] of [
      ['not JSON', '{'],
      ['JSON null', 'null'],
      ['an array', '[]'],
      ['a number', '42'],
      ['markup', '<img src=x onerror="window.__pwned=5">'],
      ['another assessment', progress({ assessment: 'some-other' })],
      ['a version as text', progress({ version: String(definition.version) })],
      ['answers as an array', progress({ answers: [firstItem.answers[0]!.id] })],
      ['an unknown item', progress({ answers: { 'no-such-item': 'x' } })],
      ['an unknown answer', progress({ answers: { [firstItem.id]: 'no-such-answer' } })],
      ['an inherited name as item', `{"assessment":"${page}","version":${definition.version},"answers":{"__proto__":"x","constructor":"y"},"position":0}`],
      ['a position past the end', progress({ answers: oneAnswer, position: definition.items.length })],
      ['a fractional position', progress({ answers: oneAnswer, position: 0.5 })],
      ['markup as an answer', progress({ answers: { [firstItem.id]: '<script>window.__pwned=6</script>' } })],
    ] as const) {
      add('corrupt', name, value, 'corrupt');
    }
    add('version', 'an older version', progress({ version: definition.version - 1, answers: oneAnswer }), 'outdated');
    add('version', 'a newer version', progress({ version: definition.version + 1, answers: oneAnswer }), 'outdated');
    add('corrupt outcome', 'a garbled saved outcome beside no progress', '', 'none');
    cases.at(-1)!.values = { [`sowg:outcome:${page}`]: '{"assessment":"constructor","options":["__proto__"]}' };
    for (const mode of ['null', 'throwing', 'getter-throws'] as const) {
      cases.push({ category: 'refused', name: `${page}: storage ${mode}`, page, mode, values: {}, expect: 'unkept' });
    }
    cases.push({ category: 'refused', name: `${page}: full, nothing saved`, page, mode: 'full', values: {}, expect: 'unkept' });
    cases.push({
      category: 'refused',
      name: `${page}: full, with answers saved`,
      page,
      mode: 'full',
      values: { [key]: encodeProgress({ assessment: page, version: definition.version, answers: oneAnswer, position: 1 }) },
      expect: 'restored',
    });
  }
  return cases;
}

export const storageCorpus: readonly StorageCase[] = storageCases();

// ---------------------------------------------------------------- team links and pastes

export interface TeamCase {
  category: string;
  name: string;
  /** Opened as the team page's address (`#team=…`, `?team=…`), or pasted into its box. */
  via: 'address' | 'paste';
  text: string;
  /** How many results must count. */
  counted: number;
  /** Whether a note or a problem must be shown (a visible message). */
  message: boolean;
}

function teamCases(): TeamCase[] {
  const cases: TeamCase[] = [];
  const add = (category: string, name: string, via: TeamCase['via'], text: string, counted: number, message: boolean) => cases.push({ category, name, via, text, counted, message });
  const which = byId('which-option');
  const mirror = byId('group-mirror');
  const codes = [0, 1, 2].map((shift) => encodeShareCode(which, answersAt(which, (index) => index + shift)));
  const mirrorCode = encodeShareCode(mirror, answersAt(mirror, () => 1));

  add('valid', 'three results', 'address', teamFragment(codes.map((code) => ({ code }))), 3, false);
  add('valid', 'three labelled results', 'address', teamFragment(codes.map((code, index) => ({ code, label: `P${index}` }))), 3, false);
  add('valid', 'two assessments', 'address', teamFragment([{ code: codes[0]! }, { code: mirrorCode }]), 2, false);
  for (const text of ['#team=', '#team=,,,', '#team= , ,', '#team=,', '#team=%20']) add('empty', text, 'address', text, 0, true);
  for (const text of ['#team', `#team%3D${codes[0]}`, `##team=${codes[0]}`, `?team=${codes[0]}`, `#TEAM=${codes[0]}`, `#share%3D${codes[0]}`]) {
    add('lookalike', text.slice(0, 12), 'address', text, 0, true);
  }
  add('escaped commas', 'all commas escaped', 'address', `#team=${codes.join('%2C')}`, 3, true);
  add('escaped commas', 'commas escaped after labels', 'address', `#team=${codes[0]}~Ana%2C${codes[1]}~Bo%2c${codes[2]}`, 3, true);
  add('labels', 'an over-long label', 'address', `#team=${codes[0]}~${'%C3%A9'.repeat(5000)},${codes[1]},${codes[2]}`, 3, true);
  add('labels', 'a broken escape in a label', 'address', `#team=${codes[0]}~%E0%A4%A,${codes[1]}`, 2, true);
  add('labels', 'markup in labels', 'address', teamFragment([{ code: codes[0]!, label: '<img src=x onerror="window.__pwned=7">' }, { code: codes[1]!, label: '<script>window.__pwned=8</script>' }]), 2, false);
  add('limits', 'more than the team view holds', 'address', `#team=${Array.from({ length: MAX_TEAM_ENTRIES + 3 }, (_, index) => encodeShareCode(which, answersAt(which, (item) => (index >> item) & 1))).join(',')}`, MAX_TEAM_ENTRIES, true);
  // A team link counted each of its results as a person: the same answers twice are two people, said to be maybe one.
  add('duplicates', 'the same code twice', 'address', `#team=${codes[0]},${codes[0]}`, 2, true);
  // Tampered codes inside a team link: each is named, the others still count.
  for (let at = 3; at < codes[1]!.length; at += 3) {
    add('tampered code', `changed at ${at}`, 'address', `#team=${codes[0]},${replaceAt(codes[1]!, at, codes[1]![at] === '0' ? '1' : '0')}`, 1, true);
  }
  for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    add('inherited name', `v2 ${id}`, 'address', `#team=${codes[0]},${signedCode(id, 1, '0')}`, 1, true);
    add('inherited name', `pasted ${id}`, 'paste', `${id}\n${codes[0]}`, 1, true);
  }
  add('earlier format', 'format-1 codes', 'address', `#team=v1.which-option.1.000000000000,${codes[0]}`, 1, true);
  for (const [name, text] of [
    ['a space', ' '],
    ['blank lines', '\n\n\n'],
    ['tabs and no-break spaces', '\t \u00a0 \t'],
    ['carriage returns', '\r\n\r\n'],
    ['an em space and a line separator', '\u2003\u2028'],
  ] as const) {
    add('white space', name, 'paste', text, 0, true);
  }
  add('paste limit', 'a valid link past 200,000 characters', 'paste', `${codes[0]}\n${'x'.repeat(MAX_PASTE_LENGTH)}\n${codes[1]}`, 1, true);
  add('paste limit', 'a long paste within the limit', 'paste', `${codes[0]}\n${'word '.repeat(1000)}\n${codes[1]}`, 2, true);
  add('paste', 'labelled share links', 'paste', codes.map((code, index) => `Person ${index}: https://example.org/assess/which-option/#share=${code}`).join('\n'), 3, false);
  add('paste', 'markup lines', 'paste', `<script>window.__pwned=9</script>\n<img src=x onerror="window.__pwned=10">\n${codes[0]}`, 1, true);
  add('paste', 'a team link with escaped commas', 'paste', `https://example.org/team/#team=${codes.join('%2C')}`, 3, true);
  add('paste', 'a truncated link', 'paste', `${codes[0]}\n${codes[1]!.slice(0, -3)}`, 1, true);
  return cases;
}

export const teamCorpus: readonly TeamCase[] = teamCases();

/** A few cases of every category, for the browser: the first `perCategory` of each. */
export function sliceByCategory<T extends { category: string }>(cases: readonly T[], perCategory: number): T[] {
  const taken = new Map<string, number>();
  return cases.filter((entry) => {
    const count = taken.get(entry.category) ?? 0;
    taken.set(entry.category, count + 1);
    return count < perCategory;
  });
}
