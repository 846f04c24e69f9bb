import type { Issue } from '@/domain';

export type RowIssues = { row: number; issues: Issue[] };

/** Cell issues grouped by sheet row, in row order (column issues and issues without a row are left out). */
export function groupIssuesByRow(issues: readonly Issue[]): RowIssues[] {
  const byRow = new Map<number, Issue[]>();
  for (const issue of issues) {
    if (issue.row === null || issue.column === null || issue.code.startsWith('column.')) continue;
    const list = byRow.get(issue.row);
    if (list) list.push(issue);
    else byRow.set(issue.row, [issue]);
  }
  return [...byRow].sort(([a], [b]) => a - b).map(([row, list]) => ({ row, issues: list }));
}
