import type { MessageDialogContent } from '@/dialog/MessageDialogContent';
import type { Language } from '@/domain';
import type { SheetRefresh } from '@/excel/refresh/refreshSheetFromStore';
import { paneMessages } from '@/taskpane/i18n/paneMessages';

/** The conflicting rows a dialog names one by one; the others are counted. */
const maxConflictRows = 10;

/**
 * The ribbon's dialog after "Actualiser depuis la base": the sheet, what changed (as the pane's summary says it), the
 * rows in conflict with their fields (never their values: a dialog shows no personal data), and where the details are.
 */
export function describeRefresh(result: SheetRefresh, lang: Language): MessageDialogContent {
  const t = paneMessages[lang];
  const title = t.commands.refreshTitle;
  if (result.outcome === 'no_code_column') return { lang, kind: 'info', title, lines: [t.refresh.noCodeColumn(result.sheetName)] };
  const { counts, conflicts } = result;
  const lines = [
    t.commands.sheet(result.sheetName),
    `${t.refresh.summary(counts.updatedCells, counts.deletedRows, counts.unknownRows, counts.conflictFields)}.`,
    ...conflicts
      .slice(0, maxConflictRows)
      .map((conflict) =>
        t.commands.refreshConflictRow(conflict.row, conflict.fields.map((field) => t.clients.fields[field.key]).join(', ')),
      ),
    ...(conflicts.length > maxConflictRows ? [t.commands.refreshMoreConflicts(conflicts.length - maxConflictRows)] : []),
    ...(conflicts.length > 0 ? [t.commands.openPane] : []),
  ];
  return { lang, kind: 'info', title, lines };
}
