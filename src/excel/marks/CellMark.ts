import type { Severity } from '@/domain';

/** One cell to mark (0-based), with its worst severity and its messages joined. */
export type CellMark = { row: number; column: number; header: string; severity: Severity; message: string };
