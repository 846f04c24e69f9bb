import type { Severity } from '@/domain';

/** One cell to mark (0-based), with its worst severity and its messages joined. */
export type CellMark = { row: number; column: number; header: string; severity: MarkSeverity; message: string };

/** What a mark shows: an error or a warning (an info, such as the template's example row, marks no cell). */
export type MarkSeverity = Exclude<Severity, 'info'>;
