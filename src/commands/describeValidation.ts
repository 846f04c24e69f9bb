import { clientTemplate, type Language } from '@/domain';
import type { MessageDialogContent } from '@/dialog/MessageDialogContent';
import type { ActiveSheetValidation } from '@/excel/marks/validateActiveSheet';
import { paneMessages } from '@/taskpane/i18n/paneMessages';

const templateHeader = new Map(clientTemplate.map((column) => [column.key, column.header]));

/**
 * The dialog after "Valider la feuille": the sheet, its rows and valid rows, the missing required columns (by their
 * template header), the template's example row (not imported), how many cells were marked and where their messages
 * are, or "Aucune anomalie". Counts and headers
 * only: no cell value. An error dialog when nothing can be imported (no header row, a required column missing).
 */
export function describeValidation(result: ActiveSheetValidation, lang: Language): MessageDialogContent {
  const t = paneMessages[lang].commands;
  const { validation, marked } = result;
  const title = t.validateTitle;
  const sheet = t.sheet(result.sheetName);
  if (validation.headerRow === null) return { lang, kind: 'error', title, lines: [sheet, t.noHeader] };

  const missing = validation.columns.missingRequired.map((key) => templateHeader.get(key) ?? key);
  const lines = [sheet, validation.rows === 0 ? t.noRows : t.rows(validation.rows, validation.validRows)];
  // The template's example row is said, never counted: it is information, not an anomaly.
  const exampleRow = validation.issues.find((issue) => issue.code === 'template.exampleRow')?.row ?? null;
  if (exampleRow !== null) lines.push(t.exampleRow(exampleRow));
  if (missing.length > 0) lines.push(t.missingColumns(missing));
  if (marked.cells > 0) {
    lines.push(marked.mode === 'notes' ? t.markedNotes(marked.cells) : t.markedColumn(marked.cells));
    if (marked.tooManyForNotes) lines.push(t.tooManyForNotes);
    if (marked.withoutNote > 0) lines.push(t.withoutNote(marked.withoutNote));
    if (marked.withComment > 0) lines.push(t.withComment(marked.withComment));
  }
  if (validation.issues.every((issue) => issue.severity === 'info')) lines.push(t.noIssues);
  else lines.push(t.openPane);
  return { lang, kind: missing.length > 0 ? 'error' : 'info', title, lines };
}
