import type { CellRect } from '../address/CellRect';
import { AddressParseError, parseRangeAddress, splitAddressList } from '../address/parseRangeAddress';
import type { ExcelLimits } from '../ExcelLimits';
import { HostOfficeError } from '../HostOfficeError';
import type { SheetModel } from '../model/SheetModel';

/** What a Range (one rectangle) or a RangeAreas (several) points at. */
export type RangeTarget = { sheet: SheetModel; rects: CellRect[] };

export function firstRect(target: RangeTarget): CellRect {
  const rect = target.rects[0];
  if (!rect) throw new HostOfficeError('InvalidReference');
  return rect;
}

function parseOnSheet(sheet: SheetModel, address: string, location: string): CellRect {
  try {
    const parsed = parseRangeAddress(address);
    if (parsed.sheetName !== null && parsed.sheetName.toLowerCase() !== sheet.name.toLowerCase()) {
      throw new HostOfficeError('InvalidArgument', { location });
    }
    return parsed.rect;
  } catch (error) {
    if (error instanceof AddressParseError) throw new HostOfficeError('InvalidArgument', { location });
    throw error;
  }
}

function checkLength(address: string, limits: ExcelLimits, location: string): void {
  if (address.length > limits.maxAddressLength) throw new HostOfficeError('InvalidArgument', { location });
}

/** Worksheet.getRange(address): one rectangle on that sheet; checked when the sync executes, as in Excel. */
export function resolveRangeAddress(sheet: SheetModel, address: string, limits: ExcelLimits): RangeTarget {
  checkLength(address, limits, 'Worksheet.getRange');
  return { sheet, rects: [parseOnSheet(sheet, address, 'Worksheet.getRange')] };
}

/** Worksheet.getRanges("A1:B2, D4"): several rectangles on that sheet. */
export function resolveRangeAreasAddress(sheet: SheetModel, addresses: string, limits: ExcelLimits): RangeTarget {
  checkLength(addresses, limits, 'Worksheet.getRanges');
  const rects = splitAddressList(addresses).map((address) => parseOnSheet(sheet, address, 'Worksheet.getRanges'));
  return { sheet, rects };
}
