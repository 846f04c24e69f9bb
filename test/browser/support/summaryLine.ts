import { fr } from '@/taskpane/i18n/fr';

/** A text of the catalogue as a regular expression's source: special characters escaped, spaces match no-break ones too. */
export function textSource(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ \u00a0]/g, '\\s');
}

/** The report's summary line up to its row count (« « X » : N lignes valides sur »), whatever follows it. */
export function summaryLine(sheet: string, rows: number, valid: number): RegExp {
  const text = fr.importer.report.summary(sheet, rows, valid, 0, 0);
  const start = text.slice(0, text.lastIndexOf(' sur ') + 5);
  return new RegExp(`^${textSource(start)}`);
}
