import type { ImportRowStatus, RowReason } from '@/domain';

/** What happened to one sheet row in an import, as the sheet shows it ("Statut import"). */
export type ImportRowOutcome = {
  /** Sheet row number (1-based). */
  row: number;
  status: ImportRowStatus;
  /** The client code the store gave (created, updated, unchanged). */
  code?: string | null;
  /** Why the row failed, as codes: each reader gets them in their language (describeRowReasons). */
  reasons?: readonly RowReason[];
  /** Empties the row's "Code client" (a created client removed by "Annuler cet import"). */
  clearCode?: boolean;
};
