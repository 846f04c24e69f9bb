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

/**
 * Range.text of one cell: the value as Excel displays it under a small set of number formats
 * (General, @, 0, 0.00…, #,##0, 0%, and date formats made of dd mm yyyy). Other formats fall back to General.
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
