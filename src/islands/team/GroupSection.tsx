import type { TeamGroup } from '../../lib/team/aggregate.ts';
import type { ElementRefs } from '../assessment/types.ts';
import { people } from './CountBar.tsx';
import { OptionTally } from './OptionTally.tsx';
import { PathTally } from './PathTally.tsx';
import { TraitSpreads } from './TraitSpread.tsx';

/** One assessment's part of the team picture: never mixed with another's. */
export function GroupSection({ group, elements }: { group: TeamGroup; elements: ElementRefs }) {
  const { definition, people: count } = group;
  return (
    <section class="team-group" aria-labelledby={`group-${definition.id}`} data-assessment={definition.id}>
      <h2 id={`group-${definition.id}`}>
        {definition.title} <span class="group-count">· {people(count)}</span>
      </h2>
      {group.kind === 'mirror' && <TraitSpreads tally={group.traits} elements={elements} />}
      {group.kind === 'path' && <PathTally tally={group.path} total={count} elements={elements} />}
      <OptionTally
        tally={group.options}
        total={count}
        elements={elements}
        heading="Which option each person's answers point to"
      />
    </section>
  );
}
