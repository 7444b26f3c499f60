import type { TraitSpread as Spread, TraitTally } from '../../lib/team/aggregate.ts';
import { STRONG_FROM, WEAK_BELOW } from '../../lib/assessment/trait-profile.ts';
import type { ElementRefs } from '../assessment/types.ts';
import { people, percent } from './CountBar.tsx';
import { ElementLink } from './ElementLink.tsx';

const MARK_WIDTH = 2.4;
const ROW = 10;

/**
 * One trait's answers as a strip: a mark per person at their strength, stacked where several are
 * equal, over bands for weak, partly and strong, with the range and the mean. No one is named.
 * The SVG is stretched to its box (marks are rectangles, which stretch well) and sized by attributes.
 */
function Strip({ spread }: { spread: Spread }) {
  const stacks = new Map<number, number>();
  const marks = spread.strengths.map((strength) => {
    const row = stacks.get(strength) ?? 0;
    stacks.set(strength, row + 1);
    return { x: Math.min(100 - MARK_WIDTH, Math.max(0, strength * 100 - MARK_WIDTH / 2)), row };
  });
  const rows = Math.max(1, ...stacks.values());
  const height = rows * ROW + 6;
  const weakEnd = WEAK_BELOW * 100;
  const strongStart = STRONG_FROM * 100;
  return (
    <svg class="strip" width="100%" height={height * 2.2} viewBox={`0 0 100 ${height}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="band band-weak" x="0" y="0" width={weakEnd} height={height} />
      <rect class="band band-partly" x={weakEnd} y="0" width={strongStart - weakEnd} height={height} />
      <rect class="band band-strong" x={strongStart} y="0" width={100 - strongStart} height={height} />
      {spread.min !== null && spread.max !== null && (
        <rect class="range" x={spread.min * 100} y={height - 3.5} width={Math.max(0.6, (spread.max - spread.min) * 100)} height="1.5" />
      )}
      {marks.map((mark, index) => (
        <rect key={index} class="mark" x={mark.x} y={height - 6 - (mark.row + 1) * ROW + 2} width={MARK_WIDTH} height={ROW - 3} rx="0.4" />
      ))}
      {spread.mean !== null && <rect class="mean" x={Math.min(99.4, spread.mean * 100)} y="0" width="0.6" height={height} />}
      <rect class="strip-frame" x="0" y="0" width="100" height={height} />
    </svg>
  );
}

function describe(spread: Spread): string {
  if (spread.answered === 0 || spread.min === null || spread.max === null || spread.mean === null) return 'Nobody answered the questions about this trait.';
  const { weak, partly, strong } = spread.levels;
  const levels = `weak ${weak}, partly ${partly}, strong ${strong}`;
  const range =
    spread.answered === 1
      ? `one answer: ${percent(spread.min)}%`
      : `lowest ${percent(spread.min)}%, highest ${percent(spread.max)}%, average ${percent(spread.mean)}%`;
  const missing = spread.unknown > 0 ? `; ${people(spread.unknown)} did not answer` : '';
  return `${levels} (${range})${missing}.`;
}

/** Per trait, how the group's answers spread; where members differ most; what wants attention. */
export function TraitSpreads({ tally, elements }: { tally: TraitTally; elements: ElementRefs }) {
  const links = (ids: readonly string[]) =>
    ids.map((id, index) => (
      <span key={id}>
        {index > 0 && (index === ids.length - 1 ? ' and ' : ', ')}
        <ElementLink id={id} elements={elements} />
      </span>
    ));
  const spreadOf = (id: string) => tally.traits.find((entry) => entry.trait === id);
  return (
    <>
      <h3>How the group sees each trait</h3>
      <p class="help">
        Each mark is one person's view of the group, placed from "not at all" (left) to "fully" (right); marks stack
        where views are the same. The bands show weak, partly and strong; the line across the bottom runs from the
        lowest view to the highest, and the upright line is the average.
      </p>
      <ul class="trait-spreads">
        {tally.traits.map((spread) => (
          <li key={spread.trait} data-trait={spread.trait}>
            <p class="trait-name">
              <ElementLink id={spread.trait} elements={elements} />
            </p>
            <Strip spread={spread} />
            <p class="strip-scale" aria-hidden="true">
              <span>weak</span>
              <span>partly</span>
              <span>strong</span>
            </p>
            <p class="trait-summary">{describe(spread)}</p>
          </li>
        ))}
      </ul>

      <h3>Where members see the group differently</h3>
      {tally.divided.length > 0 ? (
        <p data-tally="divided">
          The views are furthest apart on{' '}
          {tally.divided.map((id, index) => {
            const spread = spreadOf(id);
            return (
              <span key={id}>
                {index > 0 && (index === tally.divided.length - 1 ? ' and ' : ', ')}
                <ElementLink id={id} elements={elements} />
                {spread && spread.min !== null && spread.max !== null && ` (from ${percent(spread.min)}% to ${percent(spread.max)}%)`}
              </span>
            );
          })}
          . A gap like this is worth talking about first: each view has seen something the others may not have.
        </p>
      ) : (
        <p data-tally="divided">The views of each trait lie close together: no trait splits the group by more than a third of the scale.</p>
      )}

      <h3>Traits that most want attention</h3>
      {tally.flat ? (
        <p data-tally="attention">On average the group sees every trait about equally strongly: none stands out as weaker than the rest.</p>
      ) : tally.attention.length > 0 ? (
        <p data-tally="attention">Lowest on average: {links(tally.attention)}. Each link opens the trait's section in the guide.</p>
      ) : (
        <p data-tally="attention">No trait has enough answers to say.</p>
      )}
    </>
  );
}
