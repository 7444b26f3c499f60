/**
 * Calendar days, as a team link carries them: `2026-12-04`, the day on the maker's calendar.
 * A day has no time and no time zone: it is what the maker's device called "today". Pure.
 */

/** A calendar day written `YYYY-MM-DD`. */
export type Day = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar day (`2026-02-30` is not), between the years 2000 and 9999. */
export function isDay(text: unknown): text is Day {
  if (typeof text !== 'string') return false;
  const match = DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 2000 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day of `date` on the calendar of the device that runs this (its local time). */
export function dayOf(date: Date): Day {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Days from `a` to `b` (positive when `b` is later). Both must be days. */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * A link made "today" somewhere east of here can be tomorrow on this calendar: a day counts as in
 * the future only when it is more than this many days after today.
 */
export const TIME_ZONE_ALLOWANCE_DAYS = 1;

/** Whether `day` lies after `today`, beyond what time zones explain. */
export function isFutureDay(day: Day, today: Day): boolean {
  return daysBetween(today, day) > TIME_ZONE_ALLOWANCE_DAYS;
}

/** "December 4, 2026": the day in words, the same on every device. */
export function dayInWords(day: Day): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}
