import type { OptionScore } from '../../lib/assessment/scoring.ts';
import { elementRef, type ElementRefs } from './types.ts';

/**
 * All three options as bars on one scale, drawn in SVG so they need no inline styles and print as
 * they are. The scale is the largest maximum among the options, so a point is as long in every
 * bar: each track ends where its own option's maximum is, and its fill shows the score. Labels sit
 * above the tracks and every value in one column (the list is a grid the bars share), so the
 * tracks start and end in line whatever the labels' widths.
 */
export function OptionBars({ scores, elements, label }: { scores: readonly OptionScore[]; elements: ElementRefs; label: string }) {
  const scale = Math.max(1, ...scores.map((entry) => entry.maximum));
  const length = (points: number) => Math.round((points / scale) * 1000) / 10;
  return (
    <ul class="bars option-bars" aria-label={label}>
      {scores.map((entry) => {
        const name = elementRef(elements, entry.option)?.label ?? entry.option;
        return (
          <li key={entry.option} class="bar" data-option={entry.option} data-enough={entry.enough ? 'yes' : 'no'}>
            <span class="bar-label">{name}</span>
            <svg class="bar-track" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect class="bar-bg" x="0" y="0" width={length(entry.maximum)} height="6" rx="1" />
              <rect class="bar-fill" x="0" y="0" width={length(entry.raw)} height="6" rx="1" />
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
