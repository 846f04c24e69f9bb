import { findHeaderRow } from '../headers/findHeaderRow';
import type { HeaderColumns, MappedColumn } from '../headers/HeaderColumns';
import type { Issue, IssueParams } from '../issues/Issue';
import { ISSUE_SEVERITY, type IssueCode } from '../issues/IssueCode';
import { clientTemplate } from '../template/clientTemplate';
import type { ColumnKey } from '../template/ColumnKey';
import { createDuplicateFinder } from './createDuplicateFinder';
import { createValueNormalizer } from './createValueNormalizer';
import { isEmptyRow } from './isEmptyRow';
import type { SheetRecord, SheetValidation } from './SheetValidation';
import type { ValidateSheetOptions } from './ValidateSheetOptions';
import type { ValueProblem } from './ValueProblem';

const templateHeader = new Map(clientTemplate.map((column) => [column.key, column.header]));
const templateOrder = new Map(clientTemplate.map((column, index) => [column.key, index]));

/**
 * Validates a sheet's values (`unknown[][]`, as Excel or a file reader hands them over) against the
 * template: finds the header row among the first 20, maps the columns, then checks and normalises
 * every non-empty data row, and reports duplicates of code and email inside the sheet. Never throws.
 */
export function validateSheet(rows: readonly unknown[][], options: ValidateSheetOptions = {}): SheetValidation {
  const firstRow = options.firstRow ?? 1;
  const firstColumn = options.firstColumn ?? 0;
  const safeRows = Array.isArray(rows) ? rows : [];
  const header = findHeaderRow(safeRows, firstColumn);
  if (header === undefined) {
    const missingRequired = clientTemplate.filter((column) => column.required).map((column) => column.key);
    return {
      headerRow: null,
      columns: { mapped: [], missingRequired, unknown: [], duplicate: [] },
      rows: 0,
      validRows: 0,
      issues: [makeIssue('header.notFound', null, null, null, null)],
      records: [],
    };
  }
  const headerRow = firstRow + header.index;
  const issues = columnIssues(header.columns, headerRow);
  const mapped = header.columns.mapped;
  const normalize = createValueNormalizer({ ...options, keys: mapped.map((column) => column.key) });
  const findDuplicates = createDuplicateFinder();
  const byKey = new Map<ColumnKey, MappedColumn>(mapped.map((column) => [column.key, column]));
  const records: SheetRecord[] = [];
  let validRows = 0;
  // One input object for every row: the normaliser reads it and keeps nothing of it.
  const input: Partial<Record<ColumnKey, unknown>> = {};

  for (let index = header.index + 1; index < safeRows.length; index++) {
    const row = safeRows[index];
    if (isEmptyRow(row) || !Array.isArray(row)) continue;
    const rowNumber = firstRow + index;
    for (const column of mapped) input[column.key] = row[column.index];
    const { values, problems } = normalize(input);
    const invalidKeys = problems.length === 0 ? NO_KEYS : errorKeys(problems);
    const duplicates = findDuplicates(rowNumber, values, invalidKeys);
    const rowProblems = duplicates.length === 0 ? problems : [...problems, ...duplicates];
    if (rowProblems.length > 1) rowProblems.sort((a, b) => (byKey.get(a.key)?.index ?? 0) - (byKey.get(b.key)?.index ?? 0));
    let hasError = false;
    for (const problem of rowProblems) {
      const column = byKey.get(problem.key);
      issues.push(makeIssue(problem.code, rowNumber, problem.key, column?.header ?? null, column?.column ?? null, problem.params, problem.suggestion));
      if (ISSUE_SEVERITY[problem.code] === 'error') hasError = true;
    }
    if (!hasError) validRows++;
    records.push({ row: rowNumber, values });
  }
  // Without a required column no row can be imported, whatever its cells say.
  if (header.columns.missingRequired.length > 0) validRows = 0;
  return { headerRow, columns: header.columns, rows: records.length, validRows, issues, records };
}

const NO_KEYS: ReadonlySet<ColumnKey> = new Set();

function errorKeys(problems: readonly ValueProblem[]): ReadonlySet<ColumnKey> {
  const keys = new Set<ColumnKey>();
  for (const problem of problems) if (ISSUE_SEVERITY[problem.code] === 'error') keys.add(problem.key);
  return keys;
}

function columnIssues(columns: HeaderColumns, headerRow: number): Issue[] {
  const issues: Issue[] = [];
  const missing = [...columns.missingRequired].sort((a, b) => (templateOrder.get(a) ?? 0) - (templateOrder.get(b) ?? 0));
  for (const key of missing) issues.push(makeIssue('column.missingRequired', headerRow, key, null, null));
  for (const duplicate of columns.duplicate) {
    issues.push(makeIssue('column.duplicate', headerRow, duplicate.key, duplicate.header, duplicate.column, {
      firstColumn: duplicate.firstColumn,
      firstHeader: duplicate.firstHeader,
    }));
  }
  return issues;
}

function makeIssue(
  code: IssueCode,
  row: number | null,
  column: ColumnKey | null,
  header: string | null,
  letter: string | null,
  params: IssueParams = {},
  suggestion: string | null = null,
): Issue {
  return {
    code,
    severity: ISSUE_SEVERITY[code],
    row,
    column,
    header: header ?? (column === null ? null : (templateHeader.get(column) ?? null)),
    columnLetter: letter,
    params,
    suggestion,
  };
}
