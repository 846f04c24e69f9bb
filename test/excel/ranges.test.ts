import fc from 'fast-check';
import { cellAddress, rectAddress, cellsOfRects, splitAddressList, type CellPosition } from '@/domain';
import { chunkAddressList } from '@/excel/ranges/chunkAddressList';
import { mergeCellsIntoRects } from '@/excel/ranges/mergeCellsIntoRects';

describe('mergeCellsIntoRects', () => {
  it.each([
    [[], []],
    [[{ row: 0, column: 0 }], ['A1']],
    [
      [
        { row: 1, column: 2 },
        { row: 2, column: 2 },
        { row: 3, column: 2 },
      ],
      ['C2:C4'],
    ],
    [
      [
        { row: 0, column: 0 },
        { row: 1, column: 0 },
        { row: 0, column: 1 },
        { row: 1, column: 1 },
      ],
      ['A1:B2'],
    ],
    [
      [
        { row: 0, column: 0 },
        { row: 2, column: 0 },
        { row: 0, column: 1 },
      ],
      ['A1:B1', 'A3'],
    ],
  ])('%j → %j', (cells, addresses) => {
    expect(mergeCellsIntoRects(cells).map(rectAddress)).toEqual(addresses);
  });

  it('covers exactly the given cells, each once', () => {
    const cell = fc.record({ row: fc.integer({ min: 0, max: 30 }), column: fc.integer({ min: 0, max: 10 }) });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 120 }), (cells: CellPosition[]) => {
        const covered = cellsOfRects(mergeCellsIntoRects(cells));
        expect(new Set(covered).size).toBe(covered.length);
        expect(new Set(covered)).toEqual(new Set(cells.map((c) => cellAddress(c.row, c.column))));
      }),
    );
  });
});

describe('chunkAddressList', () => {
  it('keeps every list under 8,000 characters and 400 areas, and loses no area', () => {
    const rects = Array.from({ length: 5000 }, (_, i) => ({ row: i * 2 + 100_000, column: i % 18, rowCount: 1, columnCount: 1 }));
    const chunks = chunkAddressList(rects);
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks) {
      expect(chunk.address.length).toBeLessThanOrEqual(8000);
      expect(chunk.rects.length).toBeLessThanOrEqual(400);
      expect(splitAddressList(chunk.address)).toEqual(chunk.rects.map(rectAddress));
    }
    expect(chunks.flatMap((chunk) => chunk.rects)).toEqual(rects);
  });

  it('cuts on length when addresses are long', () => {
    const rects = Array.from({ length: 100 }, (_, i) => ({ row: 1_000_000 + i * 3, column: 16_000, rowCount: 2, columnCount: 300 }));
    const chunks = chunkAddressList(rects, 200, 400);
    expect(chunks.every((chunk) => chunk.address.length <= 200)).toBe(true);
    expect(chunks.flatMap((chunk) => chunk.rects)).toHaveLength(100);
  });
});
