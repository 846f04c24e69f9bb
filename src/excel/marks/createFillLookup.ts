import { cellAddress, cellKey as key, positionsOfRects, type CellPosition } from '@/domain';
import { chunkAddressList } from '../ranges/chunkAddressList';
import { mergeCellsIntoRects } from '../ranges/mergeCellsIntoRects';
import type { SyncBudget } from '../requests/createSyncBudget';
import { rangeAreasBytes, smallLoadResponseBytes } from '../requests/requestBytes';
import { ownFill, ownFillProperties } from './ownFill';

export type FillLookup = {
  /** Cells whose own fill must be read before they are marked. */
  add: (cells: readonly CellPosition[]) => void;
  /** Queues the reads: one per address list (a uniform list answers in one value), cell by cell for lists found mixed. */
  queue: (sheet: Excel.Worksheet, budget: SyncBudget) => Promise<Commit>;
  /** Cells still waiting for their own fill. */
  pending: () => number;
};

/** Called after the sync that carried the reads: the cells whose own fill is now known, by cell key "row,column". */
export type Commit = () => Map<string, string>;

/** Reads the own fill of cells about to be marked, so "Effacer les marques" can give it back. */
export function createFillLookup(): FillLookup {
  let fresh: CellPosition[] = [];
  let mixed: CellPosition[] = [];
  return {
    add: (cells) => {
      for (const cell of cells) fresh.push(cell);
    },
    pending: () => fresh.length + mixed.length,
    queue: async (sheet, budget) => {
      const lists: { cells: CellPosition[]; fill: Excel.RangeFill }[] = [];
      for (const chunk of chunkAddressList(mergeCellsIntoRects(fresh))) {
        await budget.reserve(rangeAreasBytes(chunk.address), smallLoadResponseBytes);
        lists.push({ cells: positionsOfRects(chunk.rects), fill: sheet.getRanges(chunk.address).format.fill.load(ownFillProperties) });
      }
      const takenFresh = fresh.length;
      const takenMixed = mixed.length;
      const single: { cell: CellPosition; fill: Excel.RangeFill }[] = [];
      for (const cell of mixed.slice(0, takenMixed)) {
        const address = cellAddress(cell.row, cell.column);
        await budget.reserve(rangeAreasBytes(address), smallLoadResponseBytes);
        single.push({ cell, fill: sheet.getRange(address).format.fill.load(ownFillProperties) });
      }
      return () => {
        const known = new Map<string, string>();
        const stillMixed: CellPosition[] = [];
        for (const { cells, fill } of lists) {
          const color = ownFill(fill);
          if (color === null) stillMixed.push(...cells);
          else for (const cell of cells) known.set(key(cell), color);
        }
        for (const { cell, fill } of single) known.set(key(cell), ownFill(fill) ?? '');
        // Cells added since the reads were queued wait for the next ones.
        fresh = fresh.slice(takenFresh);
        mixed = [...stillMixed, ...mixed.slice(takenMixed)];
        return known;
      };
    },
  };
}
