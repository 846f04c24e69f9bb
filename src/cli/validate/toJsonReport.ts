import { describeIssue, type Language, type ClientValues, type SheetValidation } from '@/domain';

export type JsonReport = {
  file: string;
  sheet: string;
  headerRow: number | null;
  columns: {
    /** A full-name column split into Nom and Prénom appears once for `lastName` and once for `firstName`. */
    mapped: { header: string; key: string; column: string; confidence: string }[];
    missingRequired: string[];
    /** Headers nothing reads (a column a mapping ignores is listed under `ignored` instead). */
    unknown: string[];
    /** Columns a confirmed mapping (`--mapping`, `--map`) says not to import. */
    ignored: { header: string; column: string }[];
    /** Other columns that could feed a key, with the column read instead (`chosen`, a letter). */
    alternatives: { header: string; key: string; column: string; chosen: string }[];
    /** Headers written twice with the exact same text (the second is not read). */
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

/** The `--json` object of issue 3 (item 5), with what the mapping decided (issue 10, item 6): exactly these keys, messages in `lang`. */
export function toJsonReport(file: string, sheet: string, result: SheetValidation, lang: Language): JsonReport {
  return {
    file,
    sheet,
    headerRow: result.headerRow,
    columns: {
      mapped: result.columns.mapped.map(({ header, key, column, confidence }) => ({ header, key, column, confidence })),
      missingRequired: [...result.columns.missingRequired],
      unknown: result.columns.unknown.filter((column) => column.ignored !== true).map((column) => column.header),
      ignored: result.columns.unknown.filter((column) => column.ignored === true).map(({ header, column }) => ({ header, column })),
      alternatives: result.columns.alternatives.map(({ header, key, column, chosen }) => ({ header, key, column, chosen })),
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
