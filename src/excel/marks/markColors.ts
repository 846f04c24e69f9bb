import type { MarkSeverity } from './CellMark';

/** Fill of a marked cell: Excel's "Bad" red for errors, "Neutral" yellow for warnings. */
export const markColors: Record<MarkSeverity, string> = { error: '#FFC7CE', warning: '#FFEB9C' };
