/**
 * What marking changed on one sheet, kept in a very hidden sheet so "Effacer les marques" can undo exactly that:
 * - fill: cells (an address list) whose own fill was `color` before they were marked ('' = no fill, a colour, or
 *   colour|pattern|pattern colour: see ownFill);
 * - note: cells that received a note;
 * - column: the "Anomalies" column written at the end of the rows.
 */
export type MarkEntry =
  | { sheetId: string; kind: 'fill'; color: string; addresses: string }
  | { sheetId: string; kind: 'note'; addresses: string }
  | { sheetId: string; kind: 'column'; addresses: string };

export const markStoreSheetName = 'SuiviClients_Marques';

/** One row of the store sheet: sheet id, kind, colour, address list. */
export function markEntryToRow(entry: MarkEntry): string[] {
  return [entry.sheetId, entry.kind, entry.kind === 'fill' ? entry.color : '', entry.addresses];
}

/** The store sheet's rows → entries (rows that are not entries are skipped). */
export function rowsToMarkEntries(rows: readonly unknown[][]): MarkEntry[] {
  const entries: MarkEntry[] = [];
  for (const [sheetId, kind, color, addresses] of rows) {
    if (typeof sheetId !== 'string' || sheetId === '' || typeof addresses !== 'string' || addresses === '') continue;
    if (kind === 'fill') entries.push({ sheetId, kind, color: typeof color === 'string' ? color : '', addresses });
    else if (kind === 'note' || kind === 'column') entries.push({ sheetId, kind, addresses });
  }
  return entries;
}
