import { isoDay } from '../cells/formatIsoDate';

/** `YYYY-MM-DD` of the given day (a Date's local calendar day, or already a `YYYY-MM-DD` string). */
export function todayIso(today: Date | string = new Date()): string {
  if (typeof today === 'string') return today;
  return isoDay(today.getFullYear(), today.getMonth() + 1, today.getDate());
}
