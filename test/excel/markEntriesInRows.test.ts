import { markEntriesInRows } from '@/excel/marks/markEntriesInRows';
import type { MarkEntry } from '@/excel/marks/MarkEntry';

describe('markEntriesInRows', () => {
  it('splits fills and notes by row, lists the "Anomalies" cells of the rows and keeps the column whole, other sheets apart', () => {
    const entries: MarkEntry[] = [
      { sheetId: 's1', kind: 'fill', color: '', addresses: 'G2:G10,K4' },
      { sheetId: 's1', kind: 'fill', color: '#00FF00', addresses: 'C5' },
      { sheetId: 's1', kind: 'note', addresses: 'G3,G9' },
      { sheetId: 's1', kind: 'column', addresses: 'S1:S10' },
      { sheetId: 's2', kind: 'fill', color: '', addresses: 'G3' },
    ];
    // Rows 3, 4 and 9 of the sheet (0-based 2, 3, 8).
    const { inRows, outside } = markEntriesInRows(entries, 's1', new Set([2, 3, 8]));
    expect(inRows).toEqual([
      { sheetId: 's1', kind: 'fill', color: '', addresses: 'G3:G4,G9,K4' },
      { sheetId: 's1', kind: 'note', addresses: 'G3,G9' },
      { sheetId: 's1', kind: 'column', addresses: 'S3:S4' },
      { sheetId: 's1', kind: 'column', addresses: 'S9' },
    ]);
    expect(outside).toEqual([
      { sheetId: 's1', kind: 'fill', color: '', addresses: 'G2,G5:G8,G10' },
      { sheetId: 's1', kind: 'fill', color: '#00FF00', addresses: 'C5' },
      { sheetId: 's1', kind: 'column', addresses: 'S1:S10' },
      { sheetId: 's2', kind: 'fill', color: '', addresses: 'G3' },
    ]);
  });
});
