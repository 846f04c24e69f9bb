import {
  type CellPosition,
  extendSelection,
  type GridArea,
  type GridKey,
  type GridSelection,
  isSelected,
  moveSelection,
  selectCell,
  selectionOfRect,
  selectionRect,
} from './moveSelection';

/** A 10-row × 6-column area with values in B2:D2 and F2 (row 1, columns 1–3 and 5) and B5 (row 4, column 1). */
const filled = new Set(['1,1', '1,2', '1,3', '1,5', '4,1']);
const area: GridArea = { rowCount: 10, columnCount: 6, hasValue: (row, column) => filled.has(`${row},${column}`) };

const at = (row: number, column: number): CellPosition => ({ row, column });

function press(key: string, modifiers: Partial<GridKey> = {}): GridKey {
  return { key, shiftKey: false, ctrlKey: false, metaKey: false, ...modifiers };
}

describe('moveSelection', () => {
  const b2 = selectCell(at(1, 1));
  it.each<[string, GridSelection, GridKey, GridSelection | null]>([
    ['ArrowDown moves the active cell', b2, press('ArrowDown'), selectCell(at(2, 1))],
    ['ArrowUp', b2, press('ArrowUp'), selectCell(at(0, 1))],
    ['ArrowLeft', b2, press('ArrowLeft'), selectCell(at(1, 0))],
    ['ArrowRight', b2, press('ArrowRight'), selectCell(at(1, 2))],
    ['ArrowUp stops at row 1', selectCell(at(0, 1)), press('ArrowUp'), selectCell(at(0, 1))],
    ['ArrowRight stops at the last column', selectCell(at(1, 5)), press('ArrowRight'), selectCell(at(1, 5))],
    ['ArrowDown stops at the last row', selectCell(at(9, 0)), press('ArrowDown'), selectCell(at(9, 0))],
    ['an arrow collapses a range', extendSelection(b2, at(3, 3)), press('ArrowDown'), selectCell(at(2, 1))],
    ['Shift+ArrowDown extends from the corner', b2, press('ArrowDown', { shiftKey: true }), { active: at(1, 1), corner: at(2, 1) }],
    [
      'Shift+ArrowLeft shrinks a range',
      extendSelection(b2, at(3, 3)),
      press('ArrowLeft', { shiftKey: true }),
      { active: at(1, 1), corner: at(3, 2) },
    ],
    ['Tab moves right', b2, press('Tab'), selectCell(at(1, 2))],
    ['Shift+Tab moves left', b2, press('Tab', { shiftKey: true }), selectCell(at(1, 0))],
    ['Enter moves down', b2, press('Enter'), selectCell(at(2, 1))],
    ['Shift+Enter moves up', b2, press('Enter', { shiftKey: true }), selectCell(at(0, 1))],
    ['Enter moves down from the active cell of a range', extendSelection(b2, at(3, 3)), press('Enter'), selectCell(at(2, 1))],
    ['Home goes to column A', b2, press('Home'), selectCell(at(1, 0))],
    ['End goes to the last column', b2, press('End'), selectCell(at(1, 5))],
    ['Ctrl+Home goes to A1', selectCell(at(5, 4)), press('Home', { ctrlKey: true }), selectCell(at(0, 0))],
    ['Ctrl+End goes to the last cell', b2, press('End', { ctrlKey: true }), selectCell(at(9, 5))],
    ['Shift+End extends to the last column', b2, press('End', { shiftKey: true }), { active: at(1, 1), corner: at(1, 5) }],
    ['Ctrl+Right inside a block goes to its end', b2, press('ArrowRight', { ctrlKey: true }), selectCell(at(1, 3))],
    [
      'Ctrl+Right at the end of a block goes to the next value',
      selectCell(at(1, 3)),
      press('ArrowRight', { ctrlKey: true }),
      selectCell(at(1, 5)),
    ],
    [
      'Ctrl+Right from an empty cell goes to the next value',
      selectCell(at(1, 0)),
      press('ArrowRight', { ctrlKey: true }),
      selectCell(at(1, 1)),
    ],
    ['Ctrl+Down with no value below goes to the edge', selectCell(at(5, 1)), press('ArrowDown', { ctrlKey: true }), selectCell(at(9, 1))],
    ['Ctrl+Down from a lone value goes to the next one', b2, press('ArrowDown', { ctrlKey: true }), selectCell(at(4, 1))],
    ['Ctrl+Up at the top stays', selectCell(at(0, 2)), press('ArrowUp', { ctrlKey: true }), selectCell(at(0, 2))],
    ['Cmd+Left as Ctrl+Left', selectCell(at(1, 3)), press('ArrowLeft', { metaKey: true }), selectCell(at(1, 1))],
    [
      'Ctrl+Shift+Right extends to the end of the block',
      b2,
      press('ArrowRight', { ctrlKey: true, shiftKey: true }),
      { active: at(1, 1), corner: at(1, 3) },
    ],
    ['a letter does not move', b2, press('a'), null],
    ['PageDown is not handled', b2, press('PageDown'), null],
  ])('%s', (_case, selection, key, expected) => {
    expect(moveSelection(selection, key, area)).toEqual(expected);
  });
});

describe('selectionRect and isSelected', () => {
  it.each<[string, GridSelection, { row: number; column: number; rowCount: number; columnCount: number }]>([
    ['one cell', selectCell(at(2, 3)), { row: 2, column: 3, rowCount: 1, columnCount: 1 }],
    ['corner below right', extendSelection(selectCell(at(1, 1)), at(3, 2)), { row: 1, column: 1, rowCount: 3, columnCount: 2 }],
    ['corner above left', extendSelection(selectCell(at(3, 2)), at(1, 1)), { row: 1, column: 1, rowCount: 3, columnCount: 2 }],
  ])('%s', (_case, selection, rect) => {
    expect(selectionRect(selection)).toEqual(rect);
    expect(isSelected(selection, rect.row, rect.column)).toBe(true);
    expect(isSelected(selection, rect.row + rect.rowCount, rect.column)).toBe(false);
    expect(isSelected(selection, rect.row, rect.column - 1)).toBe(false);
  });
});

describe('selectionOfRect', () => {
  const rect = { row: 1, column: 1, rowCount: 3, columnCount: 2 };
  it.each<[string, CellPosition | undefined, GridSelection]>([
    ['no active cell: the top-left', undefined, { active: at(1, 1), corner: at(3, 2) }],
    ['active at the bottom-right', at(3, 2), { active: at(3, 2), corner: at(1, 1) }],
    ['active at the bottom-left', at(3, 1), { active: at(3, 1), corner: at(1, 2) }],
    ['an active cell outside: the top-left', at(7, 7), { active: at(1, 1), corner: at(3, 2) }],
  ])('%s', (_case, active, expected) => {
    expect(selectionOfRect(rect, active)).toEqual(expected);
    expect(selectionRect(selectionOfRect(rect, active))).toEqual(rect);
  });
});
