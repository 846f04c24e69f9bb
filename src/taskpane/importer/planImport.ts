import { columnIndex, type ColumnKey, type Issue } from '@/domain';
import { IMPORT_BATCH_MAX_ROWS, type ImportRow } from '@/contract/ImportRequest';
import type { ImportRowOutcome } from '@/excel/imports/ImportRowOutcome';
import { findStatusColumn, findVersionColumn } from '@/excel/imports/writeImportResults';
import type { ActiveSheetValidation } from '@/excel/marks/validateActiveSheet';

/** What an import of a validated sheet sends, and where its results go back. */
export type ImportPlan = {
  sheetName: string;
  headerRow: number;
  /** 0-based sheet columns of "Code client" and "Statut import" (null: written back in a new column). */
  codeColumn: number | null;
  statusColumn: number | null;
  /** 0-based sheet column of "Version" (null: added when a version is written back). */
  versionColumn: number | null;
  /** 0-based sheet columns of the template keys the sheet holds (one column each): where the store's values go back. */
  keyColumns: Partial<Record<ColumnKey, number>>;
  /** The valid rows, in batches of at most IMPORT_BATCH_MAX_ROWS, in row order. */
  batches: ImportRow[][];
  /** The rows not sent because of an error, each with its first error as a code ("Erreur : …" in the sheet). */
  invalid: ImportRowOutcome[];
  validRows: number;
  /** Valid rows left out because they have not changed since the last import or refresh (withoutUnchangedRows). */
  unchanged: number;
};

/** Why a sheet cannot be imported at all. */
export type ImportBlocker = 'no_header' | 'missing_columns' | 'no_rows';

/**
 * The import of a validated sheet: every row without an error is sent (an invalid row never is), in batches of at
 * most 1,000 rows, each with the client version its "Version" cell holds (the store then merges three ways); each
 * invalid row gets its first error as status. A sheet without a header row, with a missing
 * required column, or without any row cannot be imported.
 */
export function planImport(result: ActiveSheetValidation, batchSize = IMPORT_BATCH_MAX_ROWS): ImportPlan | ImportBlocker {
  const { validation, sheetName } = result;
  if (validation.headerRow === null) return 'no_header';
  if (validation.columns.missingRequired.length > 0) return 'missing_columns';
  if (validation.records.length === 0) return 'no_rows';
  const firstError = new Map<number, Issue>();
  for (const issue of validation.issues) {
    if (issue.severity === 'error' && issue.row !== null && !firstError.has(issue.row)) firstError.set(issue.row, issue);
  }
  const valid: ImportRow[] = [];
  const invalid: ImportRowOutcome[] = [];
  for (const record of validation.records) {
    const issue = firstError.get(record.row);
    if (issue)
      invalid.push({ row: record.row, status: 'failed', reasons: [{ code: issue.code, params: issue.params, header: issue.header }] });
    else
      valid.push(
        record.version === undefined
          ? { row: record.row, values: { ...record.values } }
          : { row: record.row, version: record.version, values: { ...record.values } },
      );
  }
  const batches = inBatches(valid, batchSize);
  const code = validation.columns.mapped.find((column) => column.key === 'code');
  const firstColumn = validation.columns.mapped[0] ?? validation.columns.unknown[0];
  const offset = firstColumn ? (columnIndex(firstColumn.column) ?? 0) - firstColumn.index : 0;
  // A key read from a full name or a split birth date has no one cell to write back into.
  const keyColumns: Partial<Record<ColumnKey, number>> = {};
  for (const column of validation.columns.mapped) {
    const index = columnIndex(column.column);
    if (column.part === undefined && index !== null) keyColumns[column.key] = index;
  }
  return {
    sheetName,
    headerRow: validation.headerRow,
    codeColumn: code ? (columnIndex(code.column) ?? null) : null,
    statusColumn: findStatusColumn(validation, offset),
    versionColumn: findVersionColumn(validation, offset),
    keyColumns,
    batches,
    invalid,
    validRows: valid.length,
    unchanged: 0,
  };
}

/** Rows in batches of at most `batchSize`, in their order. */
export function inBatches(rows: readonly ImportRow[], batchSize = IMPORT_BATCH_MAX_ROWS): ImportRow[][] {
  const batches: ImportRow[][] = [];
  for (let start = 0; start < rows.length; start += batchSize) batches.push(rows.slice(start, start + batchSize));
  return batches;
}
