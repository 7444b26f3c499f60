import { describe, expect, it } from 'vitest';
import type { Answers, AssessmentDefinition } from '../../../src/schemas/assessment.ts';
import { encodeShareCode } from '../../../src/lib/assessment/share-code.ts';
import { inAssessmentOrder } from '../../../src/lib/assessment/order.ts';
import { aggregateTeam } from '../../../src/lib/team/aggregate.ts';
import { readEarlierLink, type EarlierRead } from '../../../src/lib/team/earlier.ts';
import { teamFragment } from '../../../src/lib/team/link.ts';
import { loadDefinitions } from '../../helpers/assessments.ts';

const definitions = inAssessmentOrder(loadDefinitions());
const byId = (id: string) => definitions.find((definition) => definition.id === id)!;
const which = byId('which-option');
const mirror = byId('group-mirror');
const answersAt = (definition: AssessmentDefinition, pick: (index: number) => number): Answers =>
  Object.fromEntries(definition.items.map((item, index) => [item.id, item.answers[pick(index) % item.answers.length]!.id]));
const codes = [0, 1, 2].map((k) => encodeShareCode(which, answersAt(which, (index) => index + k)));
const mirrorCode = encodeShareCode(mirror, answersAt(mirror, () => 1));

const today = '2026-12-04';
const now = { picture: aggregateTeam(codes.map((code, index) => ({ code, batch: index + 1 })), definitions), madeOn: today };
const link = (list: string[], madeOn?: string) => `https://example.org/team/${teamFragment(list.map((code) => ({ code })), madeOn === undefined ? {} : { madeOn })}`;
const read = (text: string, team = now): EarlierRead => readEarlierLink(text, definitions, team, today);
const problemOf = (result: EarlierRead) => (result.ok ? 'ok' : result.problem);

describe('readEarlierLink', () => {
  it('sets an earlier team link of the same assessment beside the team shown', () => {
    const result = read(link(codes.slice(0, 2), '2026-06-01'));
    if (!result.ok) throw new Error(result.message);
    expect(result.same).toBe(false);
    expect(result.link.madeOn).toBe('2026-06-01');
    expect(result.comparison.groups.map((group) => [group.definition.id, group.people])).toEqual([['which-option', { then: 2, now: 3, change: 1 }]]);
    expect(result.notes).toEqual([]);
  });

  it('says that nothing moved when the earlier link is the team itself', () => {
    const result = read(link([...codes].reverse(), today));
    expect(result.ok && result.same).toBe(true);
    expect(result.ok && result.comparison.moved).toBe(false);
  });

  it('refuses each kind of bad input with its own message', () => {
    const cases: [string, string][] = [
      ['', 'nothing-given'],
      ['   ', 'nothing-given'],
      [`https://example.org/assess/which-option/#share=${codes[0]}`, 'share-link'],
      ['hello, this is not a link', 'not-a-team-link'],
      ['https://example.org/team/', 'not-a-team-link'],
      ['https://example.org/team/#team=', 'no-results'],
      ['https://example.org/team/#team=d2026-01-01,,', 'no-results'],
      [link(['v2.which-option.1.garbage']), 'none-readable'],
      [link([`${codes[0]!.slice(0, -1)}x`]), 'none-readable'],
      [link(codes, '2027-03-01'), 'future'],
      [link(codes, '2026-12-20'), 'future'],
      [link([mirrorCode], '2026-06-01'), 'other-assessment'],
    ];
    for (const [text, problem] of cases) {
      const result = read(text);
      expect(problemOf(result), text).toBe(problem);
      if (!result.ok) expect(result.message.length).toBeGreaterThan(20);
    }
    // Made with other questions (the earlier format of share codes): refused as such, not as damaged.
    const other = read(link([`v1.which-option.1.${'0'.repeat(which.items.length)}`]));
    expect(problemOf(other)).toBe('other-version');
    expect(other.ok ? '' : other.message).toContain('another version of the questions');
  });

  it('refuses a link dated after the team shown, and takes one dated tomorrow (time zones)', () => {
    expect(problemOf(read(link(codes.slice(0, 1), '2026-12-05'), { ...now, madeOn: '2026-11-01' }))).toBe('after-now');
    expect(problemOf(read(link(codes.slice(0, 1), '2026-12-05'), { picture: now.picture, madeOn: '2026-12-05' }))).toBe('ok');
  });

  it('reads an undated (format 1) link and says that it has no date; names what is left out', () => {
    const old = `https://example.org/team/#team=${codes[0]},${codes[1]}~Ana%2CV1.0,not-a-code,${mirrorCode}`;
    const result = read(old);
    if (!result.ok) throw new Error(result.message);
    expect(result.link.madeOn).toBeUndefined();
    expect(result.notes.join(' ')).toContain('before links carried their date');
    expect(result.notes.join(' ')).toContain('1 result in that team link could not be read');
    expect(result.notes.join(' ')).toContain('Only the earlier link has results of "The group mirror"');
  });

  it('refuses to compare when the team shown has no result', () => {
    expect(problemOf(read(link(codes), { picture: aggregateTeam([], definitions), madeOn: today }))).toBe('nothing-shown');
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, {}, '#team=%', '#team=d9999-99-99,v2', 'team=~~~,,', '\u0000#team=d']) {
      expect(() => readEarlierLink(input, definitions, now, today)).not.toThrow();
    }
  });
});
