import type { PathPlacement } from '../../lib/assessment/path-placement.ts';
import type { TraitProfile } from '../../lib/assessment/trait-profile.ts';
import { elementRef, type ElementRefs } from './types.ts';

const stepStatus = { reached: 'taken', 'not-reached': 'not yet', unsure: 'not sure', unanswered: 'not answered' } as const;
const traitLevel = { strong: 'strong', partly: 'partly there', weak: 'to grow', unknown: 'not sure' } as const;

/** Where the reader stands on the five steps, and which comes next. */
export function PathSummary({ placement, elements }: { placement: PathPlacement; elements: ElementRefs }) {
  const link = (id: string) => <a href={elementRef(elements, id)?.href}>{elementRef(elements, id)?.label ?? id}</a>;
  return (
    <>
      <h3>Where you are on the path</h3>
      <ol class="step-list">
        {placement.steps.map((entry) => (
          <li key={entry.step} data-status={entry.status}>
            {link(entry.step)}: <strong>{stepStatus[entry.status]}</strong>
          </li>
        ))}
      </ol>
      {placement.complete ? (
        <p>You have taken all five steps: the path is behind you.</p>
      ) : (
        placement.next.length > 0 && (
          <p>
            Next on the path:{' '}
            {placement.next.map((id, index) => (
              <span key={id}>
                {index > 0 && ' or '}
                {link(id)}
              </span>
            ))}
            {placement.next.length > 1 && ' (these two may come in either order)'}.
          </p>
        )
      )}
    </>
  );
}

/** How strongly the group shows each trait, with the weakest ones to look at first. */
export function TraitSummary({ profile, elements }: { profile: TraitProfile; elements: ElementRefs }) {
  const link = (id: string) => <a href={elementRef(elements, id)?.href}>{elementRef(elements, id)?.label ?? id}</a>;
  return (
    <>
      <h3>Your group's traits</h3>
      <p>A profile to grow, not a grade: a group with weak traits is still a group.</p>
      <ul class="bars trait-bars">
        {profile.traits.map((entry) => {
          const percent = entry.strength === null ? 0 : Math.round(entry.strength * 100);
          return (
            <li key={entry.trait} class="bar">
              <span class="bar-label">{link(entry.trait)}</span>
              <svg class="bar-track" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="bar-bg" x="0" y="0" width="100" height="6" rx="1" />
                <rect class="bar-fill" x="0" y="0" width={percent} height="6" rx="1" />
              </svg>
              <span class="bar-value">
                {traitLevel[entry.level]}
                {entry.strength !== null && ` (${percent}%)`}
              </span>
            </li>
          );
        })}
      </ul>
      {profile.allStrong ? (
        <p>Every trait you answered about shows strongly: none is singled out to grow.</p>
      ) : profile.flat ? (
        <p>Your answers show the traits about evenly: no single one stands out as one to grow first.</p>
      ) : (
        profile.weakest.length > 0 && (
          <p>
            The trait{profile.weakest.length > 1 ? 's' : ''} to grow first:{' '}
            {profile.weakest.map((id, index) => (
              <span key={id}>
                {index > 0 && ', '}
                {link(id)}
              </span>
            ))}
            .
          </p>
        )
      )}
    </>
  );
}
