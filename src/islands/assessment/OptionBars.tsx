import type { OptionScore } from '../../lib/assessment/scoring.ts';
import { elementRef, type ElementRefs } from './types.ts';

/** All three options as labelled bars, drawn in SVG so they need no inline styles and print as they are. */
export function OptionBars({ scores, elements }: { scores: readonly OptionScore[]; elements: ElementRefs }) {
  return (
    <ul class="bars" aria-label="How well each option fits your answers">
      {scores.map((entry) => {
        const percent = Math.round(entry.normalised * 100);
        const label = elementRef(elements, entry.option)?.label ?? entry.option;
        return (
          <li key={entry.option} class="bar">
            <span class="bar-label">{label}</span>
            <svg class="bar-track" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect class="bar-bg" x="0" y="0" width="100" height="6" rx="1" />
              <rect class="bar-fill" x="0" y="0" width={percent} height="6" rx="1" />
            </svg>
            <span class="bar-value">
              {entry.raw} of {entry.maximum}
              <span class="sr-only"> points</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
