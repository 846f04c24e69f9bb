import { unzipSync, type Unzipped } from 'fflate';
import { ReadFailure } from '../ReadFailure';
import { parseDateStyles } from './parseDateStyles';
import { parseSharedStrings } from './parseSharedStrings';
import { parseSheetRows } from './parseSheetRows';
import { parseWorkbook } from './parseWorkbook';

/** Refuse archives that would unpack to more than this (a zip bomb or a workbook far beyond a client list). */
const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;

export type SheetData = { sheet: string; rows: unknown[][] };

/**
 * An .xlsx file's bytes → one worksheet's values (the first sheet, or the one named `sheetName`).
 * Only the workbook, its relationships, the shared strings, the styles and that sheet are unpacked.
 */
export function readXlsx(bytes: Uint8Array, sheetName?: string): SheetData {
  const workbookFiles = unzip(bytes, (name) =>
    ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'].includes(name),
  );
  const workbookXml = text(workbookFiles, 'xl/workbook.xml');
  const relationshipsXml = text(workbookFiles, 'xl/_rels/workbook.xml.rels');
  if (workbookXml === undefined || relationshipsXml === undefined) throw new ReadFailure('notSpreadsheet', 'no workbook');
  const workbook = parseWorkbook(workbookXml, relationshipsXml);
  const sheet = sheetName === undefined ? workbook.sheets[0] : findSheet(workbook.sheets, sheetName);
  if (sheet === undefined) {
    if (sheetName === undefined) throw new ReadFailure('empty', 'no worksheet');
    throw new ReadFailure('sheetNotFound', `${sheetName} (${workbook.sheets.map((candidate) => candidate.name).join(', ')})`);
  }
  const sheetXml = text(
    unzip(bytes, (name) => name === sheet.path),
    sheet.path,
  );
  if (sheetXml === undefined) throw new ReadFailure('notSpreadsheet', `missing ${sheet.path}`);
  const sharedStringsXml = text(workbookFiles, 'xl/sharedStrings.xml');
  const stylesXml = text(workbookFiles, 'xl/styles.xml');
  const rows = parseSheetRows(sheetXml, {
    sharedStrings: sharedStringsXml === undefined ? [] : parseSharedStrings(sharedStringsXml),
    dateStyles: stylesXml === undefined ? [] : parseDateStyles(stylesXml),
    date1904: workbook.date1904,
  });
  return { sheet: sheet.name, rows };
}

function findSheet<Sheet extends { name: string }>(sheets: readonly Sheet[], name: string): Sheet | undefined {
  return sheets.find((sheet) => sheet.name === name) ?? sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
}

function unzip(bytes: Uint8Array, wanted: (name: string) => boolean): Unzipped {
  let unpacked = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES) throw new ReadFailure('tooLarge');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ReadFailure) throw error;
    throw new ReadFailure('notSpreadsheet', 'damaged zip archive');
  }
}

function text(files: Unzipped, name: string): string | undefined {
  const file = files[name];
  return file === undefined ? undefined : new TextDecoder('utf-8').decode(file);
}
