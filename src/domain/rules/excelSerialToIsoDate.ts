import { formatIsoDate, isoDay } from '../cells/formatIsoDate';

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

/**
 * The Excel serial (1900 system) of a Date read as UTC, the way spreadsheet readers hand over date cells: whole days,
 * plus the time of day as a fraction. Undefined for an invalid Date or one before 01.03.1900.
 */
export function dateToExcelSerial(date: Date): number | undefined {
  const time = Date.prototype.getTime.call(date);
  if (!Number.isFinite(time)) return undefined;
  const serial = (time - EPOCH_1900) / DAY_MS;
  return serial >= 61 && serial < LAST_SERIAL + 1 ? serial : undefined;
}

/** The Excel serial of an ISO day `YYYY-MM-DD` (see `dateToExcelSerial`); undefined for any other text. */
export function isoDateToExcelSerial(iso: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return formatIsoDate(date) === iso ? dateToExcelSerial(date) : undefined;
}
