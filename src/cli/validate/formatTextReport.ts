import { describeIssue, type Issue, type Language, type SheetValidation } from '@/domain';
import { cliMessages } from './cliMessages';

/** The readable report: file and sheet, header row, columns, a summary, then one line per issue. */
export function formatTextReport(file: string, sheet: string, result: SheetValidation, lang: Language): string {
  const t = cliMessages(lang);
  const { columns } = result;
  const lines = [t.fileLine(file, sheet), t.headerRow(result.headerRow)];
  if (columns.mapped.length > 0) {
    lines.push(
      `${t.mapped(columns.mapped.length)} ${columns.mapped.map((column) => `${column.column} ${column.header} → ${column.key}`).join(', ')}`,
    );
  }
  if (columns.missingRequired.length > 0) lines.push(`${t.missingRequired} ${columns.missingRequired.join(', ')}`);
  const unknown = columns.unknown.filter((column) => column.ignored !== true);
  const ignored = columns.unknown.filter((column) => column.ignored === true);
  if (unknown.length > 0) lines.push(`${t.unknown} ${unknown.map((column) => `${column.column} ${column.header}`).join(', ')}`);
  if (ignored.length > 0) lines.push(`${t.ignored} ${ignored.map((column) => `${column.column} ${column.header}`).join(', ')}`);
  if (columns.alternatives.length > 0) {
    lines.push(
      `${t.alternatives} ${columns.alternatives.map((column) => `${column.column} ${column.header} (→ ${column.key}: ${column.chosen})`).join(', ')}`,
    );
  }
  if (columns.duplicate.length > 0)
    lines.push(`${t.duplicate} ${columns.duplicate.map((column) => `${column.column} ${column.header}`).join(', ')}`);
  const count = (severity: Issue['severity']) => result.issues.filter((issue) => issue.severity === severity).length;
  lines.push(t.summary(result.rows, result.validRows, count('error'), count('warning')), '');
  for (const issue of result.issues) {
    const where = [
      issue.row === null ? undefined : t.row(issue.row),
      issue.column === null ? undefined : t.column(issue.columnLetter, issue.header ?? issue.column),
    ]
      .filter((part) => part !== undefined)
      .join(', ');
    const suggestion = issue.suggestion === null ? '' : ` ${t.suggestion(issue.suggestion)}`;
    lines.push(t.issueLine(where, t.severity[issue.severity], `${describeIssue(issue, lang)}${suggestion}`));
  }
  if (result.issues.length === 0) lines.push(t.noIssue);
  return `${lines.join('\n')}\n`;
}
