import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { EarlierRead } from '../../lib/team/earlier.ts';
import { signed, type Change, type GroupComparison, type TraitSide } from '../../lib/team/compare.ts';
import { dayInWords, type Day } from '../../lib/team/day.ts';
import { STRONG_FROM, WEAK_BELOW } from '../../lib/assessment/trait-profile.ts';
import type { ElementRefs } from '../assessment/types.ts';
import { people, percent } from './CountBar.tsx';
import { ElementLink } from './ElementLink.tsx';
import { optionValue } from './OptionTally.tsx';

type ShownEarlier = Extract<EarlierRead, { ok: true }>;

/** Then and now, side by side: what the earlier link holds, notes, and each assessment's counts and spreads. */
export function CompareResult({ shown, madeOn, elements, focus }: { shown: ShownEarlier; madeOn: Day | undefined; elements: ElementRefs; focus: boolean }) {
  const when = (day: Day | undefined) => (day ? dayInWords(day) : 'no date');
  const box = useRef<HTMLDivElement>(null);
  // Just asked for: the reader is taken to it. Kept from an earlier visit: it waits where it is.
  // Keyed on what the earlier link holds, so a change to the team (a label typed) never moves the focus here.
  const holds = `${shown.link.madeOn ?? ''}|${shown.link.entries.map((entry) => entry.code).join(',')}`;
  useEffect(() => {
    if (focus) box.current?.focus();
  }, [focus, holds]);
  return (
    <div id="team-compare-result" ref={box} tabIndex={-1} data-compare={shown.same ? 'same' : 'moved'}>
      <p>
        <strong>Then:</strong> {when(shown.link.madeOn)}, {shown.picture.counted.length}{' '}
        {shown.picture.counted.length === 1 ? 'result' : 'results'}. <strong>Now:</strong> {when(madeOn)}, the team
        above. Only counts and spreads are set side by side: nobody is followed from one link to the other, and labels
        are never matched.
      </p>
      {shown.notes.length > 0 && (
        <ul class="compare-notes">
          {shown.notes.map((note) => (
            <li key={note} data-compare-note>
              {note}
            </li>
          ))}
        </ul>
      )}
      {shown.same || !shown.comparison.moved ? (
        <p class="notice" data-compare-same>
          {shown.same ? 'Both links hold exactly the same results: nothing moved. Is this the same team link twice?' : 'Nothing moved: every count and spread is the same then and now.'}
        </p>
      ) : (
        shown.comparison.groups.map((group) => <GroupChange key={`${group.definition.id}@${group.version}`} group={group} elements={elements} />)
      )}
    </div>
  );
}

/** Then and now drawn as two bars on one scale: the pale one then, the solid one now. */
function PairBars({ then, now, scale }: { then: number; now: number; scale: number }) {
  const width = (count: number) => (scale > 0 ? (Math.max(0, count) / scale) * 100 : 0);
  return (
    <svg class="pair-bars" viewBox="0 0 100 13" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="pair-track" x="0" y="0" width="100" height="5" />
      <rect class="pair-then" x="0" y="0" width={width(then)} height="5" />
      <rect class="pair-track" x="0" y="7" width="100" height="5" />
      <rect class="pair-now" x="0" y="7" width={width(now)} height="5" />
    </svg>
  );
}

/** A table of counts then and now; each row's change drawn as paired bars beside its number. */
function ChangeTable({ caption, rowHeader, rows, scale, kind }: { caption: string; rowHeader: string; rows: { key: string; name: ComponentChildren; count: Change; then?: string; now?: string }[]; scale: number; kind: string }) {
  return (
    <div class="table-scroll">
      <table class="data-table compare-table" data-compare-table={kind}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            <th scope="col">Then</th>
            <th scope="col">Now</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">{row.name}</th>
              <td>{row.then ?? row.count.then}</td>
              <td>{row.now ?? row.count.now}</td>
              <td class="change-cell" data-change={row.count.change}>
                <PairBars then={row.count.then} now={row.count.now} scale={scale} />
                <span class="change-text">{signed(row.count.change)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One trait then and now: two rows of the same bands, each with its range and average. */
function SpreadPair({ then, now }: { then: TraitSide; now: TraitSide }) {
  const weakEnd = WEAK_BELOW * 100;
  const strongStart = STRONG_FROM * 100;
  const row = (side: TraitSide, y: number, kind: string) =>
    side.min === null || side.max === null || side.mean === null ? null : (
      <g class={`spread-${kind}`}>
        <rect class="spread-range" x={Math.min(side.min * 100, 98.5)} y={y + 2} width={Math.max(1.5, (side.max - side.min) * 100)} height="3" />
        <rect class="spread-mean" x={Math.max(0, Math.min(99, side.mean * 100 - 0.5))} y={y} width="1" height="7" />
      </g>
    );
  return (
    <svg class="spread-pair" viewBox="0 0 100 18" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="band band-weak" x="0" y="0" width={weakEnd} height="18" />
      <rect class="band band-partly" x={weakEnd} y="0" width={strongStart - weakEnd} height="18" />
      <rect class="band band-strong" x={strongStart} y="0" width={100 - strongStart} height="18" />
      {row(then, 1, 'then')}
      {row(now, 10, 'now')}
    </svg>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sideText(side: TraitSide): string {
  if (side.answered === 0 || side.min === null || side.max === null || side.mean === null) return 'no answers';
  const range = side.answered === 1 ? `${percent(side.min)}%` : `${percent(side.min)}% to ${percent(side.max)}%`;
  return `weak ${side.weak}, partly ${side.partly}, strong ${side.strong}; ${range}, average ${percent(side.mean)}%`;
}

function meanText(then: TraitSide, now: TraitSide): string {
  if (then.mean === null || now.mean === null) return 'cannot say';
  const [before, after] = [percent(then.mean), percent(now.mean)];
  if (before === after) return `average the same, ${after}%`;
  return `average ${after > before ? 'higher' : 'lower'}: ${before}% then, ${after}% now`;
}

/** One assessment then and now. */
function GroupChange({ group, elements }: { group: GroupComparison; elements: ElementRefs }) {
  const scale = Math.max(group.people.then, group.people.now);
  const optionRows = group.options.map((option) => ({
    key: option.option,
    name: <ElementLink id={option.option} elements={elements} />,
    count: { then: option.clear.then + option.between.then, now: option.clear.now + option.between.now, change: option.clear.change + option.between.change },
    then: optionValue(option.clear.then, option.between.then),
    now: optionValue(option.clear.now, option.between.now),
  }));
  const unplaced = [
    { key: 'none', name: 'Answers point to no option yet', count: group.none },
    { key: 'outside', name: 'In no group or team', count: group.outside },
    { key: 'insufficient', name: 'Too few answers for a result', count: group.insufficient },
  ].filter((row) => row.count.then > 0 || row.count.now > 0);
  return (
    <section class="compare-group" aria-labelledby={`compare-${group.definition.id}`} data-assessment={group.definition.id}>
      <h3 id={`compare-${group.definition.id}`}>
        {group.definition.title} <span class="group-count">· {people(group.people.then)} then, {people(group.people.now)} now</span>
      </h3>
      <p class="help">
        In each row the pale bar is then and the solid bar now, both out of {people(scale)}, so a longer solid bar means
        more people now.
      </p>
      <ChangeTable caption="Which option each person's answers point to, then and now" rowHeader="Option" rows={[...optionRows, ...unplaced]} scale={scale} kind="options" />
      {group.kind === 'path' && (
        <>
          <ChangeTable
            caption="Where people are on the path: the first step they have not yet taken, then and now"
            rowHeader="Next step"
            rows={[
              ...group.stages.map((stage) => ({
                key: stage.steps.join('+'),
                name: (
                  <>
                    {stage.steps.map((step, index) => (
                      <span key={step}>
                        {index > 0 && ' or '}
                        <ElementLink id={step} elements={elements} />
                      </span>
                    ))}
                  </>
                ),
                count: stage.at,
              })),
              { key: 'complete', name: 'All five steps taken', count: group.complete },
            ]}
            scale={scale}
            kind="stages"
          />
          <ChangeTable
            caption="How many people have taken each step, then and now"
            rowHeader="Step"
            rows={group.steps.map((step) => ({ key: step.step, name: <ElementLink id={step.step} elements={elements} />, count: step.taken }))}
            scale={scale}
            kind="steps"
          />
        </>
      )}
      {group.kind === 'mirror' && (
        <>
          <h4>How the group sees each trait, then and now</h4>
          <p class="help">
            For each trait, the upper line runs from the lowest view to the highest then, the lower line now; the short
            upright mark on each is the average. The bands behind are weak, partly and strong.
          </p>
          <ul class="trait-changes" data-compare-table="traits">
            {group.traits.map((trait) => (
              <li key={trait.trait} data-row={trait.trait}>
                <p class="trait-name">
                  <ElementLink id={trait.trait} elements={elements} />
                </p>
                <div class="spread-rows">
                  <span aria-hidden="true">then</span>
                  <span aria-hidden="true">now</span>
                  <SpreadPair then={trait.then} now={trait.now} />
                </div>
                <p class="trait-summary">
                  Then: {sideText(trait.then)}. Now: {sideText(trait.now)}. <strong>{capitalize(meanText(trait.then, trait.now))}.</strong>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
