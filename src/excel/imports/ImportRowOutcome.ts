/** What happened to one sheet row in an import, as the sheet shows it ("Statut import"). */
export type ImportRowOutcome = {
  /** Sheet row number (1-based). */
  row: number;
  status: 'created' | 'updated' | 'unchanged' | 'failed' | 'not_imported' | 'reverted';
  /** The client code the store gave (created, updated, unchanged). */
  code?: string | null;
  /** Why the row failed, already in the reader's language. */
  reason?: string | null;
  /** Empties the row's "Code client" (a created client removed by "Annuler cet import"). */
  clearCode?: boolean;
};
