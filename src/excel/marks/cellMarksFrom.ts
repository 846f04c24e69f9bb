import { cellKey, describeIssue, type Language, type HeaderColumns, type Issue } from '@/domain';
import type { CellMark } from './CellMark';

/**
 * The cells some issues mark: every cell issue whose column exists in the sheet (column issues are listed in
 * the pane, not marked). `firstColumn` is the sheet column (0-based) of the values' first column.
 */
export function cellMarksFrom(issues: readonly Issue[], columns: HeaderColumns, firstColumn: number, lang: Language): CellMark[] {
  const byKey = new Map(columns.mapped.map((column) => [column.key, column]));
  const marks = new Map<string, CellMark>();
  for (const issue of issues) {
    if (issue.row === null || issue.column === null || issue.severity === 'info') continue;
    if (issue.code.startsWith('column.') || issue.code === 'header.notFound') continue;
    const mapped = byKey.get(issue.column);
    if (mapped === undefined) continue;
    const row = issue.row - 1;
    const column = firstColumn + mapped.index;
    const key = cellKey({ row, column });
    const message = describeIssue(issue, lang);
    const existing = marks.get(key);
    if (existing) {
      existing.message = `${existing.message}\n${message}`;
      if (issue.severity === 'error') existing.severity = 'error';
    } else {
      marks.set(key, { row, column, header: mapped.header, severity: issue.severity, message });
    }
  }
  return [...marks.values()];
}
