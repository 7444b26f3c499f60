import type { PathTally as Tally } from '../../lib/team/aggregate.ts';
import type { ElementRefs } from '../assessment/types.ts';
import { CountBar } from './CountBar.tsx';
import { ElementLink } from './ElementLink.tsx';

/** How many people are at each stage of the individual path, and each step's counts. */
export function PathTally({ tally, total, elements }: { tally: Tally; total: number; elements: ElementRefs }) {
  const stageName = (steps: readonly string[]) =>
    steps.length > 1 ? (
      <>
        <ElementLink id={steps[0] ?? ''} elements={elements} /> or <ElementLink id={steps[1] ?? ''} elements={elements} />
      </>
    ) : (
      <ElementLink id={steps[0] ?? ''} elements={elements} />
    );
  return (
    <>
      <h3>Where people are on the path</h3>
      <p class="help">Each person is counted once, at the first step they have not yet taken. Steps 1 and 2 may come in either order, so they share a place.</p>
      <ul class="bars team-bars" data-tally="stages">
        {tally.stages.map((stage) => (
          <li key={stage.steps.join('+')} class="bar" data-stage={stage.steps.join('+')}>
            <span class="bar-label">Next: {stageName(stage.steps)}</span>
            <CountBar total={total} solid={stage.at} />
            <span class="bar-value">{stage.at}</span>
          </li>
        ))}
        <li class="bar" data-stage="complete">
          <span class="bar-label">All five steps taken</span>
          <CountBar total={total} solid={tally.complete} />
          <span class="bar-value">{tally.complete}</span>
        </li>
      </ul>

      <h4>Step by step</h4>
      <div class="table-scroll">
        <table class="data-table team-table" data-tally="steps">
          <caption class="sr-only">How many people have taken each step, have it next, or took it ahead of an earlier one</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Taken</th>
              <th scope="col">Next</th>
              <th scope="col">Taken ahead</th>
            </tr>
          </thead>
          <tbody>
            {tally.steps.map((step) => (
              <tr key={step.step} data-step={step.step}>
                <th scope="row">
                  <ElementLink id={step.step} elements={elements} />
                </th>
                <td>{step.taken}</td>
                <td>{step.next}</td>
                <td>{step.ahead}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="help">
        "Taken ahead" counts people who have taken a step while an earlier one is still open: for example, they have
        talked informally before finding the wish to work together.
      </p>
    </>
  );
}
