import { ReadFailure } from '@/spreadsheet/ReadFailure';
import { readXlsx } from '@/spreadsheet/xlsx/readXlsx';
import { HostOfficeError } from '../HostOfficeError';
import type { WorkbookModel } from './WorkbookModel';

const excelEpoch = Date.UTC(1899, 11, 30);

/** The first sheet of an .xlsx (base64) added at the end of the workbook with its values (dates as serials); its id. */
export function insertWorkbookFromBase64(model: WorkbookModel, base64: string): string[] {
  let data;
  try {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    data = readXlsx(bytes);
  } catch (error) {
    if (error instanceof ReadFailure || error instanceof DOMException)
      throw new HostOfficeError('InvalidArgument', { location: 'Workbook.insertWorksheetsFromBase64' });
    throw error;
  }
  let name = data.sheet;
  for (let n = 2; model.findSheet(name); n += 1) name = `${data.sheet.slice(0, 26)} (${n})`;
  const sheet = model.createSheet(name);
  sheet.setValues(data.rows.map((row) => row.map((cell) => (cell instanceof Date ? (cell.getTime() - excelEpoch) / 86_400_000 : cell))));
  return [sheet.id];
}
