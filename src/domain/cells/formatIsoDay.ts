/**
 * The day of an ISO date written day, month, year with `separator` (`1981-03-09` → `09.03.1981` with ".", the way a Swiss
 * reader writes dates; `09/03/1981` with "/"); any other text unchanged.
 */
export function formatIsoDay(iso: string, separator: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match === null ? iso : `${match[3]}${separator}${match[2]}${separator}${match[1]}`;
}
