import { describeIssue, type Language, type ClientValues, type SheetValidation } from '@/domain';

export type JsonReport = {
  file: string;
  sheet: string;
  headerRow: number | null;
  columns: {
    mapped: { header: string; key: string; column: string }[];
    missingRequired: string[];
    unknown: string[];
    duplicate: string[];
  };
  rows: number;
  validRows: number;
  issues: {
    row: number | null;
    column: string | null;
    header: string | null;
    severity: string;
    code: string;
    message: string;
    suggestion: string | null;
  }[];
  records: { row: number; values: ClientValues }[];
};

/** The `--json` object of issue 3 (item 5): exactly these keys, messages in `lang`. */
export function toJsonReport(file: string, sheet: string, result: SheetValidation, lang: Language): JsonReport {
  return {
    file,
    sheet,
    headerRow: result.headerRow,
    columns: {
      mapped: result.columns.mapped.map(({ header, key, column }) => ({ header, key, column })),
      missingRequired: [...result.columns.missingRequired],
      unknown: result.columns.unknown.map((column) => column.header),
      duplicate: result.columns.duplicate.map((column) => column.header),
    },
    rows: result.rows,
    validRows: result.validRows,
    issues: result.issues.map((issue) => ({
      row: issue.row,
      column: issue.column,
      header: issue.header,
      severity: issue.severity,
      code: issue.code,
      message: describeIssue(issue, lang),
      suggestion: issue.suggestion,
    })),
    records: result.records.map(({ row, values }) => ({ row, values })),
  };
}
