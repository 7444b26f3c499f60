import type { TeamPicture as Picture } from '../../lib/team/aggregate.ts';
import type { ElementRefs } from '../assessment/types.ts';
import { GroupSection } from './GroupSection.tsx';

/** The group's picture: one section per assessment, counts and spreads only, no one ranked or named. */
export function TeamPicture({ picture, elements }: { picture: Picture; elements: ElementRefs }) {
  const { groups, counted } = picture;
  if (counted.length === 0) {
    return (
      <p class="team-empty" data-state="empty">
        No result can be counted yet, so there is no picture. Paste share links below and it appears here.
      </p>
    );
  }
  return (
    <div class="team-picture" data-state="picture">
      {groups.length > 1 && (
        <p class="team-summary">
          Each assessment asks different questions, so each is shown on its own: their answers are never added together.
        </p>
      )}
      {groups.map((group) => (
        <GroupSection key={`${group.definition.id}@${group.version}`} group={group} elements={elements} />
      ))}
    </div>
  );
}
