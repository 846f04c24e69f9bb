import { ruleProblem, type RuleProblem } from '../issues/RuleProblem';
import { shortValue } from '../rules/shortValue';
import { cellToText } from './cellToText';
import { EXCEL_ERROR_VALUES } from './excelErrorValues';
import { formatIsoDate } from './formatIsoDate';
import { isDateValue } from './isDateValue';

export type ReadCell = { kind: 'empty' } | { kind: 'text'; text: string } | { kind: 'problem'; problem: RuleProblem };

const EMPTY: ReadCell = { kind: 'empty' };

/**
 * Any value a spreadsheet can hand over, read as text for the rules: blank and whitespace-only
 * strings, null and undefined are empty; Excel error values (`#N/A`…), booleans, non-finite
 * numbers and objects other than valid Dates are problems. Never throws.
 */
export function readCell(value: unknown): ReadCell {
  if (value === null || value === undefined) return EMPTY;
  switch (typeof value) {
    case 'string': {
      const text = value.trim();
      if (text.length === 0) return EMPTY;
      if (text.charCodeAt(0) === 35 /* # */ && EXCEL_ERROR_VALUES.has(text.toUpperCase())) {
        return { kind: 'problem', problem: ruleProblem('value.excelError', { value: text }) };
      }
      return { kind: 'text', text };
    }
    case 'number':
      if (!Number.isFinite(value)) return invalid(String(value));
      return { kind: 'text', text: cellToText(value) };
    case 'bigint':
      return { kind: 'text', text: value.toString() };
    case 'boolean':
      return invalid(value ? 'TRUE' : 'FALSE');
    case 'object': {
      if (isDateValue(value)) {
        const iso = formatIsoDate(value);
        return iso === undefined ? invalid('Invalid Date') : { kind: 'text', text: iso };
      }
      return invalid(Array.isArray(value) ? 'array' : 'object');
    }
    default:
      return invalid(typeof value);
  }
}

function invalid(value: string): ReadCell {
  return { kind: 'problem', problem: ruleProblem('value.invalidType', { value: shortValue(value) }) };
}
