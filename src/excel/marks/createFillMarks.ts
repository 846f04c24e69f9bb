import { cellKey as key, type CellPosition } from '@/domain';
import { chunkAddressList } from '../ranges/chunkAddressList';
import { mergeCellsIntoRects } from '../ranges/mergeCellsIntoRects';
import type { CellMark } from './CellMark';
import { createFillLookup } from './createFillLookup';
import { createdObjectResponseBytes, rangeAreasBytes } from '../requests/requestBytes';
import { markColors } from './markColors';
import type { MarkWriter } from './markWriter';
import type { MarkEntry } from './MarkEntry';

/**
 * A MarkWriter of cell fills. `add(marks, ownFill)`: `ownFill` is their cells' own fill when the read that found them
 * also told it (uniform), else null; the bytes are those of their cells merged into rectangles. `queue` puts the fill
 * of the marks whose own fill is known (RangeAreas per severity, address lists under 8,192 characters) and the reads of
 * the own fills still unknown.
 */
export type FillMarks = MarkWriter<[ownFill: string | null]> & {
  /** What "Effacer les marques" needs: each marked cell's own fill, as address lists per colour. */
  entries: (sheetId: string) => MarkEntry[];
};

/** Marks filled per step of the budget. */
const groupSize = 2000;

/** The fills of a validation's marks, with the own fill of each marked cell kept for clearing. */
export function createFillMarks(): FillMarks {
  const lookup = createFillLookup();
  const unknown = new Map<string, CellMark>();
  let ready: CellMark[] = [];
  const own = new Map<string, { cell: CellPosition; color: string }>();
  return {
    add: (marks, ownFill) => {
      for (const mark of marks) {
        if (own.has(key(mark))) continue;
        if (ownFill === null) unknown.set(key(mark), mark);
        else {
          own.set(key(mark), { cell: mark, color: ownFill });
          ready.push(mark);
        }
      }
      if (ownFill === null) lookup.add(marks);
      return fillBytes(marks);
    },
    queue: async (sheet, budget) => {
      const hadUnknown = lookup.pending() > 0;
      const resolved = await lookup.queue(sheet, budget);
      // In groups of marks: a group that does not fit in this request waits for the next one.
      let taken = 0;
      while (taken < ready.length) {
        const group = ready.slice(taken, taken + groupSize);
        const lists = addressListsBySeverity(group);
        const bytes = lists.reduce((sum, list) => sum + rangeAreasBytes(list.address), 0);
        if (!budget.tryReserve(bytes, lists.length * createdObjectResponseBytes)) break;
        for (const { severity, address } of lists) {
          // Solid first: a cell's own pattern would hide the mark's colour.
          const fill = sheet.getRanges(address).format.fill;
          fill.pattern = 'Solid';
          fill.color = markColors[severity];
        }
        taken += group.length;
      }
      return {
        settled: !hadUnknown && taken === ready.length,
        commit: () => {
          ready = ready.slice(taken);
          for (const [cellKey, color] of resolved()) {
            const mark = unknown.get(cellKey);
            if (mark === undefined) continue;
            unknown.delete(cellKey);
            own.set(cellKey, { cell: mark, color });
            ready.push(mark);
          }
        },
      };
    },
    entries: (sheetId) => {
      const byColor = new Map<string, CellPosition[]>();
      for (const { cell, color } of own.values()) {
        const cells = byColor.get(color);
        if (cells) cells.push(cell);
        else byColor.set(color, [cell]);
      }
      return [...byColor].flatMap(([color, cells]) =>
        chunkAddressList(mergeCellsIntoRects(cells)).map((chunk) => ({ sheetId, kind: 'fill' as const, color, addresses: chunk.address })),
      );
    },
  };
}

/** The marks' cells merged into rectangles, as address lists per severity. */
function addressListsBySeverity(marks: readonly CellMark[]): { severity: CellMark['severity']; address: string }[] {
  return (['warning', 'error'] as const).flatMap((severity) =>
    chunkAddressList(mergeCellsIntoRects(marks.filter((mark) => mark.severity === severity))).map((chunk) => ({
      severity,
      address: chunk.address,
    })),
  );
}

/** The request bytes of filling these marks (their cells merge into rectangles: a column of invalid cells is one area). */
function fillBytes(marks: readonly CellMark[]): number {
  return addressListsBySeverity(marks).reduce((sum, list) => sum + rangeAreasBytes(list.address), 0);
}
