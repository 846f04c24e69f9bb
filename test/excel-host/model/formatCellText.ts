import type { CellValue } from './CellValue';

const excelEpoch = Date.UTC(1899, 11, 30);

function formatDate(serial: number, format: string): string {
  const date = new Date(excelEpoch + Math.round(serial * 86_400_000));
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return format
    .replace(/yyyy/gi, pad(date.getUTCFullYear(), 4))
    .replace(/yy/gi, pad(date.getUTCFullYear() % 100, 2))
    .replace(/dd/gi, pad(date.getUTCDate(), 2))
    .replace(/mm/gi, pad(date.getUTCMonth() + 1, 2))
    .replace(/\\/g, '');
}

function formatGeneral(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) {
    return String(value);
  }
  const precise = Number(value.toPrecision(10));
  return Math.abs(precise) >= 1e11 || (precise !== 0 && Math.abs(precise) < 1e-9)
    ? precise.toExponential(5).replace('e+', 'E+').replace('e-', 'E-')
    : String(precise);
}

type FormatPart = { literal: string } | { placeholder: '0' | '#' };

/** `0000`, `0## ### ## ##`, `"+41 "## ### ## ##`: digit placeholders with literal characters, no thousands separator or decimals. */
function digitPattern(format: string): FormatPart[] | null {
  const parts: FormatPart[] = [];
  for (let index = 0; index < format.length; index++) {
    const char = format[index] ?? '';
    if (char === '"') {
      const end = format.indexOf('"', index + 1);
      if (end < 0) return null;
      parts.push({ literal: format.slice(index + 1, end) });
      index = end;
    } else if (char === '\\') {
      parts.push({ literal: format[index + 1] ?? '' });
      index += 1;
    } else if (char === '0' || char === '#') parts.push({ placeholder: char });
    else if (' -/()+'.includes(char) || (char === '.' && format.split('.').length > 2)) parts.push({ literal: char });
    else return null;
  }
  return parts.filter((part) => 'placeholder' in part).length >= 2 ? parts : null;
}

/** A whole number through a digit pattern, as Excel writes it: digits from the right, `0` pads, extra digits go left. */
function formatDigits(value: number, parts: readonly FormatPart[]): string {
  let digits = String(Math.abs(Math.round(value)));
  const out: string[] = [];
  const lastPlaceholder = parts.findIndex((part) => 'placeholder' in part);
  for (let index = parts.length - 1; index >= 0; index--) {
    const part = parts[index];
    if (part === undefined) continue;
    if ('literal' in part) {
      out.unshift(part.literal);
      continue;
    }
    if (index === lastPlaceholder) {
      out.unshift(digits === '' ? (part.placeholder === '0' ? '0' : '') : digits);
      digits = '';
    } else if (digits !== '') {
      out.unshift(digits.slice(-1));
      digits = digits.slice(0, -1);
    } else if (part.placeholder === '0') out.unshift('0');
  }
  return `${value < 0 ? '-' : ''}${out.join('')}`;
}

/**
 * Range.text of one cell: the value as Excel displays it under a small set of number formats
 * (General, @, 0, 0.00…, #,##0, 0%, digit patterns like 0000 or 0## ### ## ##, and date formats made of dd mm yyyy).
 * Other formats fall back to General.
 */
export function formatCellText(value: CellValue | undefined, numberFormat: string): string {
  if (value === undefined || value === '') {
    return '';
  }
  if (typeof value === 'boolean') {
    return value ? 'TRUE' : 'FALSE';
  }
  if (typeof value === 'string') {
    return value;
  }
  const format = numberFormat.trim();
  if (/^(d|m|y)/i.test(format) && /y/i.test(format)) {
    return formatDate(value, format);
  }
  const digits = Number.isInteger(value) ? digitPattern(format) : null;
  if (digits !== null) return formatDigits(value, digits);
  const fixed = /^(#,##)?0(?:\.(0+))?(%?)$/.exec(format);
  if (fixed) {
    const decimals = fixed[2]?.length ?? 0;
    const scaled = fixed[3] ? value * 100 : value;
    const text = scaled.toFixed(decimals);
    const [integerPart = '', decimalPart] = text.split('.');
    const grouped = fixed[1] ? integerPart.replace(/\B(?=(\d{3})+$)/g, ',') : integerPart;
    return `${grouped}${decimalPart === undefined ? '' : `.${decimalPart}`}${fixed[3] ?? ''}`;
  }
  return formatGeneral(value);
}
