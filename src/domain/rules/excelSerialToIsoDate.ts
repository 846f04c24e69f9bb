import { isoDay } from '../cells/formatIsoDate';

const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system, as Excel counts from day 61 on (it believes 1900 was a leap year). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const LAST_SERIAL = 2_958_465; // 31.12.9999

/** `YYYY-MM-DD` of an Excel serial date (1900 system; the time of day is dropped); undefined out of range or for the fictitious 29.02.1900. */
export function excelSerialToIsoDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= LAST_SERIAL + 1) return undefined;
  const days = Math.floor(serial);
  if (days === 60) return undefined;
  const time = days < 60 ? EPOCH_1900 + (days + 1) * DAY_MS : EPOCH_1900 + days * DAY_MS;
  const date = new Date(time);
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
