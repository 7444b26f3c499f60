/**
 * A count out of a total as a bar: a solid part and, when given, a lighter part after it.
 * Drawn with SVG attributes only (no inline styles), so it works under a strict CSP and prints.
 */
export function CountBar({ total, solid, light = 0 }: { total: number; solid: number; light?: number }) {
  const width = (count: number) => (total > 0 ? (Math.max(0, count) / total) * 100 : 0);
  return (
    <svg class="bar-track" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="bar-bg" x="0" y="0" width="100" height="6" rx="1" />
      <rect class="bar-fill" x="0" y="0" width={width(solid)} height="6" rx="1" />
      {light > 0 && (
        <rect class="bar-light" x={width(solid)} y="0.5" width={width(light)} height="5" rx="1" />
      )}
    </svg>
  );
}

/** "1 person", "3 people". */
export function people(count: number): string {
  return `${count} ${count === 1 ? 'person' : 'people'}`;
}

/** A 0..1 value as a whole percentage. */
export function percent(value: number): number {
  return Math.round(value * 100);
}
