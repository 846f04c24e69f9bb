/** `YYYY-MM-DD` of a Date's UTC calendar day (how spreadsheet readers hand over date cells), or undefined for an invalid Date. */
export function formatIsoDate(date: Date): string | undefined {
  const time = Date.prototype.getTime.call(date);
  if (!Number.isFinite(time)) return undefined;
  const day = new Date(time);
  return isoDay(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
