import type { OptionTally as Tally } from '../../lib/team/aggregate.ts';
import { CLEAR_MARGIN } from '../../lib/team/aggregate.ts';
import type { ElementRefs } from '../assessment/types.ts';
import { CountBar, people, percent } from './CountBar.tsx';
import { ElementLink } from './ElementLink.tsx';

interface Props {
  tally: Tally;
  total: number;
  elements: ElementRefs;
  /** The heading's wording depends on what the assessment asks about. */
  heading: string;
}

/** Where people land among the three options, and how decided each result is. */
export function OptionTally({ tally, total, elements, heading }: Props) {
  const { closeness } = tally;
  const bands = [
    { key: 'too-close', label: 'Between options: the next option scored more than half as much as the top one', count: closeness.tooClose },
    { key: 'close', label: `Narrow lead: the next option scored ${percent(1 - CLEAR_MARGIN)}% to half as much`, count: closeness.close },
    { key: 'clear', label: `Clear lead: the next option scored less than ${percent(1 - CLEAR_MARGIN)}% as much`, count: closeness.clear },
  ];
  return (
    <>
      <h3>{heading}</h3>
      <ul class="bars team-bars" data-tally="options">
        {tally.counts.map((count) => (
          <li key={count.option} class="bar" data-option={count.option}>
            <span class="bar-label">
              <ElementLink id={count.option} elements={elements} />
            </span>
            <CountBar total={total} solid={count.clear} light={count.between} />
            <span class="bar-value">{optionValue(count.clear, count.between)}</span>
          </li>
        ))}
      </ul>
      <p class="help">
        Every bar is out of the {people(total)} in this section. Its solid part counts people whose answers point clearly
        to that option; its pale part counts people whose result is between this option and another: they appear on
        both bars, so the bars can add up to more than the group.
        {tally.between > 0 && ` ${capitalize(people(tally.between))} ${tally.between === 1 ? 'is' : 'are'} between options.`}
        {tally.none > 0 && ` ${capitalize(people(tally.none))} gave answers that point to no option yet.`}
        {tally.outside > 0 &&
          ` ${capitalize(people(tally.outside))} answered that they are in no group or team: this assessment names no option for them, and their other answers are left out.`}
        {tally.insufficient > 0 && ` ${capitalize(people(tally.insufficient))} answered too few questions for a result.`}
      </p>

      <h4>How decided the results are</h4>
      <p class="help">For each person, how far their best-fitting option is ahead of the next one.</p>
      <ul class="bars team-bars" data-tally="closeness">
        {bands.map((band) => (
          <li key={band.key} class="bar" data-band={band.key}>
            <span class="bar-label">{band.label}</span>
            <CountBar total={total} solid={band.count} />
            <span class="bar-value">{band.count}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** "2", "2 clear, 1 between", "1 between": no sum to work out. */
export function optionValue(clear: number, between: number): string {
  if (between === 0) return `${clear}`;
  return clear === 0 ? `${between} between` : `${clear} clear, ${between} between`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
