import type { PathPlacement, StepStatus } from '../../lib/assessment/path-placement.ts';
import type { TraitProfile } from '../../lib/assessment/trait-profile.ts';
import { elementRef, type ElementRefs } from './types.ts';
import type { Voice } from './voice.ts';

const traitLevel = { strong: 'strong', partly: 'partly there', weak: 'to grow', unknown: 'not sure' } as const;

/** "Step 1" from "Step 1: Meets a difficulty…": the short form, for headings that name two steps. */
const shortName = (label: string) => label.split(':')[0] ?? label;

/** The heading of a path result: the reader's step first (where they are), not the option. */
export function pathHeading(placement: PathPlacement, elements: ElementRefs, voice: Voice): string {
  if (placement.complete) return `The path is behind ${voice.them}`;
  const labels = placement.next.map((id) => elementRef(elements, id)?.label ?? id);
  if (labels.length > 1) return `Next on ${voice.your} path: ${labels.map(shortName).join(' and ')}, in either order`;
  return `Next on ${voice.your} path: ${labels[0] ?? ''}`;
}

/** Where the reader stands on the five steps, and what to try for the next one. */
export function PathSummary({
  placement,
  elements,
  advice,
  voice,
}: {
  placement: PathPlacement;
  elements: ElementRefs;
  /** The definition's advice per step: only the next step's is shown. */
  advice: readonly { step: string; advice: readonly string[] }[];
  voice: Voice;
}) {
  const link = (id: string) => <a href={elementRef(elements, id)?.href}>{elementRef(elements, id)?.label ?? id}</a>;
  const statusText = (step: string, status: StepStatus): string => {
    // Rule 5: a member past step 5 has steps 1 and 2 behind them, whatever they recall of them.
    if (placement.behindAsMember && status !== 'reached' && (step === 'step-1' || step === 'step-2')) return `behind ${voice.them}`;
    return { reached: 'taken', 'not-reached': 'not yet', unsure: 'not sure', unanswered: 'not answered' }[status];
  };
  const nextAdvice = placement.next.flatMap((step) => advice.find((entry) => entry.step === step)?.advice ?? []);
  return (
    <>
      <h3>Where {voice.you} {voice.are} on the path</h3>
      <ul class="step-list">
        {placement.steps.map((entry) => (
          <li key={entry.step} data-status={entry.status}>
            {link(entry.step)}: <strong>{statusText(entry.step, entry.status)}</strong>
          </li>
        ))}
      </ul>
      {placement.behindAsMember ? (
        <p class="path-verdict">
          {voice.Your} answers show a group {voice.you} chose to work in, and steps 3 to 5 taken, so the path is behind {voice.them}.
          In the groups the author studied, steps 1 and 2 happened within every member, whether or not they come to mind
          later. If {voice.you} like, recall the difficulty that brought {voice.them} in.
        </p>
      ) : placement.complete ? (
        <p class="path-verdict">
          {voice.You} {voice.have} taken all five steps: the path is behind {voice.them}. Newcomers may be on it now, and it can help to understand them.
        </p>
      ) : (
        <>
          <p class="path-verdict">
            Next on the path:{' '}
            {placement.next.map((id, index) => (
              <span key={id}>
                {index > 0 && ' and '}
                {link(id)}
              </span>
            ))}
            {placement.next.length > 1 && ', in either order'}.
            {placement.ahead.length > 0 && ' Some later steps are already taken as well, as the list shows.'}
          </p>
          {nextAdvice.length > 0 && (
            <ul class="step-advice">
              {nextAdvice.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

/** How strongly the group shows each trait, with at most two to look at first. */
export function TraitSummary({ profile, elements, voice }: { profile: TraitProfile; elements: ElementRefs; voice: Voice }) {
  const link = (id: string) => <a href={elementRef(elements, id)?.href}>{elementRef(elements, id)?.label ?? id}</a>;
  return (
    <>
      <h3>{voice.Your} group's traits</h3>
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
        <p class="traits-verdict">Every trait answered about shows strongly.</p>
      ) : profile.flat ? (
        <p class="traits-verdict">
          No one or two traits stand out as lowest: the group can choose together which of them matters most to it.
        </p>
      ) : (
        profile.weakest.length > 0 && (
          <p class="traits-verdict">
            {profile.weakest.length > 1 ? 'The traits to grow first: ' : 'The trait to grow first: '}
            {profile.weakest.map((id, index) => (
              <span key={id}>
                {index > 0 && ' and '}
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
