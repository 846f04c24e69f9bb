import type { ClientValues, DuplicateOf, ImportRowStatus, RowReason, SheetConflict } from '@/domain';

/** What happened to one sheet row in an import, as the sheet shows it ("Statut import"). */
export type ImportRowOutcome = {
  /** Sheet row number (1-based). */
  row: number;
  status: ImportRowStatus;
  /** The client code the store gave (created, updated, unchanged). */
  code?: string | null;
  /** Why the row failed, as codes: each reader gets them in their language (describeRowReasons). */
  reasons?: readonly RowReason[];
  /** Empties the row's "Code client" (a created client removed by "Annuler cet import"), and its "Version". */
  clearCode?: boolean;
  /** The client's version after the import (written into the row's "Version" cell; null empties it). */
  version?: number | null;
  /** The store's values of the keys it kept (changed in the store, not in the sheet): written into the row's cells. */
  kept?: ClientValues;
  /** The row's conflict with the store (status 'conflict'): nothing of the row was written. */
  conflict?: SheetConflict;
  /** The client the row is probably a twin of (status 'duplicate'): nothing of the row was written. */
  duplicateOf?: DuplicateOf;
};
