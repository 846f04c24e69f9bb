import { formatIsoDate, isoDay } from '../cells/formatIsoDate';
import { isDateValue } from '../cells/isDateValue';
import { ruleProblem } from '../issues/RuleProblem';
import { excelSerialToIsoDate } from './excelSerialToIsoDate';
import type { RuleResult } from './RuleResult';
import { shortValue } from './shortValue';

const DAY_FIRST = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** A compact date `yyyymmdd` (`20080901`), as databases and some exports write it. */
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MIN_BIRTH_DATE = '1900-01-01';
const YEAR_ALONE_MIN = 1900;
const YEAR_ALONE_MAX = 2100;

/**
 * Birth date as `YYYY-MM-DD`, from an Excel serial number, a Date (its UTC day), or text written
 * dd.mm.yyyy, dd/mm/yyyy, dd-mm-yyyy or yyyy-mm-dd (a number from 1900 to 2100 is a year alone:
 * `date.invalid`). Eight digits, as text or as a number, are a compact `yyyymmdd` date (`20080901`) only when
 * that day exists and lies from 1900 to `today` (no other reading of eight digits can then be a date); otherwise
 * they stay `date.invalid`. Never month first: `12/31/1985` is
 * `date.ambiguous` with the day-first spelling as suggestion. Impossible days, dates after `today`
 * (`YYYY-MM-DD`) and dates before 1900 are errors.
 */
export function parseBirthDate(text: string, raw: unknown, today: string): RuleResult {
  const compact = readCompactDate(text, today);
  if (compact !== undefined) return { ok: true, value: compact };
  const iso = readDate(text, raw);
  if (typeof iso !== 'string') return { ok: false, problem: iso };
  if (iso > today) return { ok: false, problem: ruleProblem('date.future', { value: shortValue(text) }) };
  if (iso < MIN_BIRTH_DATE) return { ok: false, problem: ruleProblem('date.tooOld', { value: shortValue(text) }) };
  return { ok: true, value: iso };
}

/** `YYYY-MM-DD` of an unambiguous `yyyymmdd` birth date (a real day from 1900 to today), else undefined. */
function readCompactDate(text: string, today: string): string | undefined {
  const match = COMPACT.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isRealDay(year, month, day)) return undefined;
  const iso = isoDay(year, month, day);
  return iso >= MIN_BIRTH_DATE && iso <= today ? iso : undefined;
}

function readDate(text: string, raw: unknown) {
  const value = shortValue(text);
  if (typeof raw === 'number') {
    // A whole number like 1985 is a year typed alone, not the serial of a day in 1905.
    if (Number.isInteger(raw) && raw >= YEAR_ALONE_MIN && raw <= YEAR_ALONE_MAX) return ruleProblem('date.invalid', { value });
    return excelSerialToIsoDate(raw) ?? ruleProblem('date.invalid', { value });
  }
  if (isDateValue(raw)) return formatIsoDate(raw) ?? ruleProblem('date.invalid', { value });
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst !== null) {
    const day = Number(dayFirst[1]);
    const month = Number(dayFirst[3]);
    const year = Number(dayFirst[4]);
    if (month > 12 && day <= 12 && isRealDay(year, day, month)) {
      const suggestion = `${pad(month)}.${pad(day)}.${year}`;
      return ruleProblem('date.ambiguous', { value }, suggestion);
    }
    return checkedDay(year, month, day, value);
  }
  const isoMatch = ISO.exec(text);
  if (isoMatch !== null) return checkedDay(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]), value);
  return ruleProblem('date.invalid', { value });
}

function checkedDay(year: number, month: number, day: number, value: string) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return ruleProblem('date.invalid', { value });
  if (!isRealDay(year, month, day)) return ruleProblem('date.impossible', { value });
  return isoDay(year, month, day);
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
