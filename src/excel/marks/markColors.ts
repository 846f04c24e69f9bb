import type { Severity } from '@/domain';

/** Fill of a marked cell: Excel's "Bad" red for errors, "Neutral" yellow for warnings. */
export const markColors: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C' };
