import { type CellRect, maxColumns, maxRows } from './CellRect';
import { columnIndex } from '@/domain';

export type ParsedAddress = { sheetName: string | null; rect: CellRect };

/** Why an address was refused; the caller turns it into Excel's InvalidArgument. */
export class AddressParseError extends Error {
  constructor(readonly address: string) {
    super(`Invalid range address: ${address.length > 80 ? `${address.slice(0, 80)}…` : address}`);
    this.name = 'AddressParseError';
  }
}

type Corner = { row: number | null; column: number | null };

const cellPattern = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/;

function parseCorner(text: string, address: string): Corner {
  const match = cellPattern.exec(text);
  if (!match || (match[1] === undefined && match[2] === undefined)) {
    throw new AddressParseError(address);
  }
  const column = match[1] === undefined ? null : (columnIndex(match[1]) ?? null);
  const row = match[2] === undefined ? null : Number(match[2]) - 1;
  if ((column !== null && column >= maxColumns) || (row !== null && (row < 0 || row >= maxRows))) {
    throw new AddressParseError(address);
  }
  return { row, column };
}

function splitSheet(address: string): { sheetName: string | null; reference: string } {
  const trimmed = address.trim();
  if (trimmed.startsWith("'")) {
    const end = /^'((?:[^']|'')+)'!(.*)$/.exec(trimmed);
    if (!end || end[1] === undefined || end[2] === undefined) {
      throw new AddressParseError(address);
    }
    return { sheetName: end[1].replace(/''/g, "'"), reference: end[2] };
  }
  const bang = trimmed.lastIndexOf('!');
  if (bang === -1) {
    return { sheetName: null, reference: trimmed };
  }
  const sheetName = trimmed.slice(0, bang);
  if (sheetName === '' || /[\s'[\]:*?/\\]/.test(sheetName)) {
    throw new AddressParseError(address);
  }
  return { sheetName, reference: trimmed.slice(bang + 1) };
}

/**
 * Parses one A1-style reference as Excel's getRange accepts it: "B2", "a1:c3", "$A$1:$B$2",
 * "C3:A1" (normalised), "A:C" (whole columns), "2:5" (whole rows), with an optional sheet
 * ("Clients!A1", "'Clients 2024'!A1"). Throws AddressParseError otherwise.
 */
export function parseRangeAddress(address: string): ParsedAddress {
  const { sheetName, reference } = splitSheet(address);
  const parts = reference.split(':');
  if (parts.length > 2 || parts.some((part) => part === '')) {
    throw new AddressParseError(address);
  }
  const first = parseCorner(parts[0] ?? '', address);
  const second = parts[1] === undefined ? first : parseCorner(parts[1], address);
  const kind = (corner: Corner) => (corner.row === null ? 'columns' : corner.column === null ? 'rows' : 'cell');
  if (kind(first) !== kind(second) || (parts.length === 1 && kind(first) !== 'cell')) {
    throw new AddressParseError(address);
  }
  const rowA = first.row ?? 0;
  const rowB = second.row ?? maxRows - 1;
  const columnA = first.column ?? 0;
  const columnB = second.column ?? maxColumns - 1;
  const rect: CellRect = {
    row: Math.min(rowA, rowB),
    column: Math.min(columnA, columnB),
    rowCount: Math.abs(rowB - rowA) + 1,
    columnCount: Math.abs(columnB - columnA) + 1,
  };
  return { sheetName, rect };
}

/** "A1:B2, D4,Clients!E5" → ["A1:B2", "D4", "Clients!E5"]; commas inside quoted sheet names are kept. */
export function splitAddressList(addresses: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of addresses) {
    if (char === "'") {
      quoted = !quoted;
    }
    if (char === ',' && !quoted) {
      parts.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current.trim());
  return parts;
}
