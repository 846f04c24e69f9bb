import { columnIndex, clientTemplate } from '@/domain';
import type { ExcelFeatures } from '@/excel/excelFeatures';
import { createExcelHost, type ExcelHost } from '@test/excel-host/createExcelHost';
import type { ExcelLimits } from '@test/excel-host/ExcelLimits';
import { installExcelHost } from '@test/excel-host/installExcelHost';

export const withNotes: ExcelFeatures = {
  sheetCustomProperties: true,
  insertWorksheetsFromBase64: true,
  notes: true,
  mergeUndoGroup: false,
};
export const withoutNotes: ExcelFeatures = { ...withNotes, notes: false };
export const templateHeaders = clientTemplate.map((column) => (column.required ? `${column.header} *` : column.header));

/** A valid template row (18 columns) with overrides by column letter. */
export function clientRow(overrides: Record<string, unknown> = {}, n = 1): unknown[] {
  const base: unknown[] = [
    '',
    'Mme',
    `Favre${n}`,
    'Sophie',
    '',
    '',
    `client${n}@example.ch`,
    '',
    '',
    '',
    '1204',
    'Genève',
    'CH',
    'CH',
    'CH',
    'fr',
    '',
    '',
  ];
  for (const [letter, value] of Object.entries(overrides)) base[columnIndex(letter) ?? 0] = value;
  return base;
}

/** An in-memory Excel with a "Clients" sheet (template headers, then `rows`), installed as the global Excel. */
export function startClientsHost(
  rows: unknown[][],
  excelApi = '1.18',
  limits: Partial<ExcelLimits> = {},
): { host: ExcelHost; uninstall: () => void } {
  const host = createExcelHost({ apiSets: { ExcelApi: excelApi }, limits });
  host.workbook.addSheet('Clients', [templateHeaders, ...rows]);
  return { host, uninstall: installExcelHost(host) };
}
