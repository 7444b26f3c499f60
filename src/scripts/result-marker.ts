import { decodeSavedOutcome } from '../lib/assessment/saved-outcome.ts';

const assessments: Record<string, string> = {
  'which-option': 'Which option fits you now?',
  'individual-path': 'Where are you on the individual path?',
  'group-mirror': 'The group mirror',
};

/** Marks the option sections that the reader's saved assessment results point to. */
export function markSavedResults(): void {
  const found = new Map<string, string[]>();
  for (const assessment of Object.keys(assessments)) {
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(`sowg:outcome:${assessment}`);
    } catch {
      return;
    }
    const outcome = decodeSavedOutcome(raw);
    if (outcome?.assessment !== assessment) continue;
    for (const option of outcome.options) found.set(option, [...(found.get(option) ?? []), assessments[assessment] ?? assessment]);
  }
  for (const [option, titles] of found) {
    const wrap = document.querySelector(`[data-element="${option}"] .heading-wrap`);
    if (!wrap) continue;
    const marker = document.createElement('p');
    marker.className = 'your-result';
    marker.textContent = `Your result in ${titles.join(' and in ')}`;
    wrap.after(marker);
  }
}
